"""The ``osdi`` adapter: Action Network's record-signature helper, one POST per signature.

Facts (shared/reference/action-network.md): ``OSDI-API-Token`` header; the helper finds or
creates the person by email/phone and records one signature per person per petition, so a
retry after a lost answer cannot double-count; 4 requests per second at most; a 200 without
an ``action_network:`` identifier is a failure (blind POSTs answer 200 with an empty body).

List membership ("Subscription status" in the reference): a person new to the email list is
*subscribed* when a POST carries no email status, so every email goes out with an explicit
status, ``subscribed`` only with the email consent and ``unsubscribed`` otherwise. The
mobile list defaults the other way (new people are unsubscribed), so a phone carries
``subscribed`` only with the text-message consent and no status at all otherwise, which
leaves an existing texting subscriber's choice alone. A signer with neither email nor phone
cannot be a person there: such a record is kept on the kiosk as "not sent (no contact)".
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from kiosk.models import NOT_SENT_NO_CONTACT
from sync import sanitize
from sync.adapters.base import Adapter, Halt, Outgoing, SendResult, StatusKind, classify_status, probe_verdict
from sync.backoff import parse_retry_after
from sync.config import SyncConfig
from sync.errors import SyncCode, SyncConfigError
from sync.http import Reply, TransportFailure, check_url, get, make_session, post
from sync.rate_limit import RateLimiter

IDENTIFIER_SYSTEM = "petition_kiosk"
EMAIL_SUBSCRIBED = "subscribed"
EMAIL_UNSUBSCRIBED = "unsubscribed"
MOBILE_SUBSCRIBED = "subscribed"
RECEIPT_PREFIX = "action_network:"
# Results are written to the database every this many signatures (about 6 s at 4/s), so a
# crash or a pause loses at most a few confirmations, which the server deduplicates anyway.
OSDI_BATCH = 25
# Action Network answers a recorded signature with 200 or 201.
OSDI_SUCCESS = (200, 201)
_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def event_slug(event: str) -> str:
    """``MacArthur Park rally`` -> ``macarthur-park-rally`` (non-ASCII letters dropped)."""
    return _SLUG_DROP.sub("-", event.lower()).strip("-")


def signature_body(item: Outgoing, tags: Sequence[str], country: str) -> dict[str, Any]:
    """The record-signature helper's request body for one signer."""
    signer, columns, consent = item.person, item.columns, item.consent
    person: dict[str, Any] = {
        "given_name": signer.given_name,
        "family_name": signer.family_name,
        "languages_spoken": [columns.language],
    }
    if signer.email:
        # Never without a status: no status subscribes a person new to the list.
        status = EMAIL_SUBSCRIBED if consent.email else EMAIL_UNSUBSCRIBED
        person["email_addresses"] = [{"address": signer.email, "status": status}]
    if signer.phone:
        phone: dict[str, str] = {"number": signer.phone}
        if consent.sms:
            # Only the text-message consent subscribes to texts; without it, no status: a new
            # person then stays off the mobile list and an existing one keeps their choice.
            phone.update(number_type="Mobile", status=MOBILE_SUBSCRIBED)
        person["phone_numbers"] = [phone]
    postal: dict[str, Any] = {"country": country}
    if columns.postal_code:
        postal["postal_code"] = columns.postal_code
    if signer.address:
        postal["address_lines"] = [signer.address]
    person["postal_addresses"] = [postal]
    if columns.event:
        person["custom_fields"] = {"kiosk_event": columns.event}
    add_tags = list(dict.fromkeys([*tags, *([columns.event] if columns.event else [])]))
    slug = event_slug(columns.event)
    return {
        "person": person,
        "identifiers": [f"{IDENTIFIER_SYSTEM}:{item.uuid}"],
        "add_tags": add_tags,
        # The thank-you email goes only to people who asked to hear from the campaign.
        "triggers": {"autoresponse": {"enabled": bool(consent.email and signer.email)}},
        "action_network:referrer_data": {"source": f"kiosk-{slug}" if slug else "kiosk"},
    }


def parse_signature_response(body: bytes) -> str | None:
    """The ``action_network:`` identifier of a signature resource (its id withheld unless it is
    a plain identifier, see :mod:`sync.sanitize`), or None when there is none."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    identifiers = document.get("identifiers")
    if not isinstance(identifiers, list):
        return None
    for identifier in identifiers:
        if (isinstance(identifier, str) and identifier.startswith(RECEIPT_PREFIX)
                and len(identifier) > len(RECEIPT_PREFIX)):
            return RECEIPT_PREFIX + sanitize.receipt(identifier[len(RECEIPT_PREFIX):])
    return None


class OsdiAdapter(Adapter):
    """Posts signatures one by one to Action Network's record-signature helper."""

    max_batch = OSDI_BATCH

    def __init__(self, config: SyncConfig, token: str, limiter: RateLimiter | None = None) -> None:
        base = check_url(config.url)
        if not config.petition_id:
            raise SyncConfigError(SyncCode.NOT_CONFIGURED)
        self._petition = f"{base}/petitions/{config.petition_id}"
        self._endpoint = f"{self._petition}/signatures/"
        self._session = make_session(base, config.ca_bundle)
        self._timeout = (config.connect_timeout_s, config.read_timeout_s)
        self._headers = {
            "OSDI-API-Token": token,
            "Content-Type": "application/json",
            "Accept": "application/hal+json, application/json",
        }
        self._tags = config.tags
        self._country = config.country
        # Injected by the caller (the hub shares one slot clock between its processes).
        self.limiter = limiter if limiter is not None else RateLimiter(config.rate_per_s)

    def send(self, batch: Sequence[Outgoing]) -> SendResult:
        """Post each signature in turn; stop at the first failure that is not about one record."""
        result = SendResult()
        for item in batch:
            if item.sealed is not None:
                # Sealed to a hub: only the hub can open it and forward it to Action Network.
                result.failed[item.uuid] = SyncCode.SEAL_UNREADABLE
                continue
            if not item.person.email and not item.person.phone:
                # Action Network needs an email or a phone to make a person: keep the record
                # here, visibly, instead of a POST that could only be refused.
                result.not_sent[item.uuid] = NOT_SENT_NO_CONTACT
                continue
            if not self.limiter.wait(self.interrupt):
                break
            body = json.dumps(signature_body(item, self._tags, self._country), ensure_ascii=False).encode("utf-8")
            answer = post(self._session, self._endpoint, body, self._headers, self._timeout)
            result.requests += 1
            if isinstance(answer, TransportFailure):
                result.failed[item.uuid] = answer.code
                result.halt = Halt(answer.code)
                break
            if not self._read(item.uuid, answer, result):
                break
        result.confirmed = sanitize.without_echoes(result.confirmed, batch)  # no signer data in receipts
        return result

    def _read(self, uuid: str, answer: Reply, result: SendResult) -> bool:
        """Record the verdict for one signature; False when sending must stop."""
        verdict = classify_status(answer.status, OSDI_SUCCESS)
        if verdict.kind is StatusKind.SUCCESS:
            receipt = parse_signature_response(answer.body)
            if receipt is not None:
                result.confirmed[uuid] = receipt
                return True
            result.failed[uuid] = SyncCode.BAD_RESPONSE
            result.halt = Halt(SyncCode.BAD_RESPONSE)
            return False
        if verdict.kind is StatusKind.REJECT:
            result.rejected[uuid] = sanitize.reject_reason(answer.error_reason("error"))
            return True
        assert verdict.code is not None
        if verdict.kind is StatusKind.PAUSE:
            result.halt = Halt(verdict.code)
            return False
        retry_after = parse_retry_after(answer.headers.get("retry-after")) if verdict.waits else None
        if verdict.kind is StatusKind.RATE_LIMITED:
            self.limiter.hold(retry_after or 1.0)
        result.failed[uuid] = verdict.code
        result.halt = Halt(verdict.code, retry_after)
        return False

    def probe(self) -> Halt | None:
        """Read the petition (a GET: Action Network stores nothing), in a request slot of its own."""
        if not self.limiter.wait(self.interrupt):
            return Halt(SyncCode.CONNECTION)
        headers = {k: v for k, v in self._headers.items() if k != "Content-Type"}
        return probe_verdict(get(self._session, self._petition, headers, self._timeout))

    def close(self) -> None:
        """Close the HTTP session."""
        self._session.close()
