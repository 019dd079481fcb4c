"""Sync error codes: short, stable, machine-readable, and never carrying signer data.

These are what ``last_error`` holds (per record and in the status), what ``status --json``
shows and what ``ui/`` translates into words for the coordinator.
"""

from __future__ import annotations

import re
from enum import StrEnum

from kiosk.errors import KioskError


class SyncCode(StrEnum):
    """Why a sync attempt did not confirm a record (or why sync is paused)."""

    TIMEOUT = "timeout"
    CONNECTION = "connection_failed"
    TLS = "tls_error"
    SERVER_ERROR = "server_error"
    RATE_LIMITED = "rate_limited"
    BAD_RESPONSE = "bad_response"
    NO_RESULT = "no_result"
    AUTH_FAILED = "auth_failed"
    NO_TOKEN = "no_token"  # noqa: S105 - an error code, not a credential
    NOT_FOUND = "petition_not_found"
    NOT_CONFIGURED = "not_configured"
    INSECURE_URL = "insecure_url"
    CA_BUNDLE_MISSING = "ca_bundle_missing"
    SEAL_UNREADABLE = "seal_unreadable"
    REJECTED = "rejected"


# Pausing codes: retrying cannot help until a person changes something (the token, the
# petition id, the URL), so the queue is left untouched instead of being burned.
PAUSING_CODES = frozenset({
    SyncCode.AUTH_FAILED, SyncCode.NO_TOKEN, SyncCode.NOT_FOUND, SyncCode.NOT_CONFIGURED,
    SyncCode.INSECURE_URL, SyncCode.CA_BUNDLE_MISSING,
})


class SyncConfigError(KioskError, code="sync_config_error"):
    """The sync target cannot be used as configured (no URL, plain HTTP off loopback...)."""

    def __init__(self, sync_code: SyncCode, detail: str = "") -> None:
        super().__init__(detail or sync_code.value)
        self.sync_code = sync_code


_CODE_LIKE = re.compile(r"[a-z0-9][a-z0-9_.:-]{0,63}")


def safe_reason(text: object, fallback: str) -> str:
    """``text`` if it looks like a short code, else ``fallback``.

    Servers word rejections freely and may echo what they refused ("ana@example.org is not
    valid"); only code-like reasons are kept so ``last_error`` never holds signer data.
    """
    if isinstance(text, str) and _CODE_LIKE.fullmatch(text):
        return text
    return fallback
