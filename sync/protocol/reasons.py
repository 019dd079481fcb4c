"""The json protocol's reason codes: one list, shared by the kiosk and the hub.

Every refusal the hub answers carries one of these in its Error body (``{"error": code,
"reason": code}``) or in a rejected result's ``reason``; the kiosk's json adapter keeps a
code from this list as it was sent (sync/upstream/sanitize.py) and the admin area words it
(ui/messages.py). A code is short and fixed, so no signer's value can travel in one: the
one family with a variable part, ``invalid:<field>``, names a field of the contract
(``invalid:signatures.3.uuid``) from :data:`CONTRACT_FIELDS` and array positions only.

docs/openapi-json-v1.yaml publishes the list (the Error and Result schemas' ``reason``).
"""

from __future__ import annotations

import re
from enum import StrEnum


class Reason(StrEnum):
    """Why a request or a signature was refused (the values travel in the protocol)."""

    # -- a signature refused (a result's "reason", or a one-signature batch's 400) ----------
    REJECTED = "rejected"  # refused, no reason given
    UNKNOWN = "unknown"  # the kiosk's word for a reason that was not a code of this list
    INVALID_JSON = "invalid_json"  # the body is not a JSON object
    INVALID_SIGNATURE = "invalid_signature"
    INVALID_PERSON = "invalid_person"
    INVALID_NAME = "invalid_name"
    INVALID_EMAIL = "invalid_email"
    INVALID_PHONE = "invalid_phone"
    INVALID_POSTAL_CODE = "invalid_postal_code"
    INVALID_ADDRESS = "invalid_address"
    INVALID_CONSENT = "invalid_consent"
    INVALID_EVENT = "invalid_event"
    INVALID_EVENT_PLACE = "invalid_event_place"
    MISSING_FIELD = "missing_field"
    TOO_LONG = "too_long"
    TOO_LARGE = "too_large"
    BAD_REQUEST = "bad_request"
    VALIDATION_FAILED = "validation_failed"
    DUPLICATE_PERSON = "duplicate_person"
    BLOCKED = "blocked"
    BLOCKED_BY_SERVER = "blocked_by_server"
    NOT_ALLOWED = "not_allowed"
    CAMPAIGN_CLOSED = "campaign_closed"
    UNKNOWN_CAMPAIGN = "unknown_campaign"
    SEALED_UNREADABLE = "sealed_unreadable"  # sealed to another key, or to another UUID
    SEALED_NOT_BASE64 = "sealed_not_base64"  # fits the contract's pattern, but does not decode
    # -- a request refused as a whole (the kiosk maps these statuses to its sync codes) ------
    BODY_TOO_LARGE = "body_too_large"
    TOO_MANY_SIGNATURES = "too_many_signatures"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    TOO_MANY_REQUESTS = "too_many_requests"
    STORAGE_UNAVAILABLE = "storage_unavailable"
    INTERNAL_ERROR = "internal_error"
    PAIRING_CODE_INVALID = "pairing_code_invalid"
    PAIRING_CODE_EXPIRED = "pairing_code_expired"
    RELAY_KEY_UNVERIFIED = "relay_key_unverified"  # a relay hub's campaign key failed its pin: nothing handed out
    LOGIN_REQUIRED = "login_required"  # the dashboard's data, asked without a coordinator's session


#: The prefix of the one code family with a variable part: ``invalid:<field path>``.
INVALID_FIELD = "invalid:"

#: The names a field path may use: the contract's own property names (request bodies and
#: query parameters), and ``body`` for the body as a whole. Nothing else can follow ``invalid:``.
CONTRACT_FIELDS = frozenset({
    "body", "kiosk_id", "campaign", "signatures", "uuid", "signed_at", "event", "event_place", "language",
    "postal_code", "person", "given_name", "family_name", "email", "phone", "address", "consent", "updates",
    "text_sha256", "email_text_sha256", "sms", "sms_text_sha256", "signature_svg", "sealed", "secret", "label",
    "uuids", "waiting",
})
MAX_CODE_CHARS = 64
_CODES = frozenset(reason.value for reason in Reason)
_PATH = re.compile(r"[a-z_]+(?:\.(?:[a-z_0-9]+))*")

#: ``invalid:<field path>`` as a JSON Schema pattern (the contract's Error and Result schemas).
INVALID_FIELD_PATTERN = r"^invalid:[a-z_]+(\.[a-z_0-9]+)*$"


def invalid_field(path: str) -> str:
    """The code for a field the contract refuses, e.g. ``invalid:signatures.3.uuid``."""
    code = f"{INVALID_FIELD}{path or 'body'}"
    return code if is_reason(code) else f"{INVALID_FIELD}body"


def is_reason(code: object) -> bool:
    """Whether ``code`` is one of the list (``invalid:`` naming only contract fields and positions)."""
    if not isinstance(code, str) or len(code) > MAX_CODE_CHARS:
        return False
    if code in _CODES:
        return True
    if not code.startswith(INVALID_FIELD):
        return False
    path = code.removeprefix(INVALID_FIELD)
    return _PATH.fullmatch(path) is not None and all(
        part.isdigit() or part in CONTRACT_FIELDS for part in path.split("."))


def invalid_field_name(code: str) -> str:
    """The field an ``invalid:`` code names, its last named part (``signatures.3.uuid`` -> ``uuid``)."""
    parts = [part for part in code.removeprefix(INVALID_FIELD).split(".") if not part.isdigit()]
    return parts[-1] if parts else "body"
