"""Sync status facts kept in the ``meta`` table, for ``status --json`` and the indicator.

Values are timestamps and codes only. ``ui/cli/records.py`` merges :func:`sync_status` into
``petition-kiosk status --json``.
"""

from __future__ import annotations

from typing import Any, Protocol
from urllib.parse import urlsplit

META_LAST_SUCCESS = "sync.last_success_at"
META_LAST_ERROR = "sync.last_error"
META_LAST_ERROR_AT = "sync.last_error_at"
META_LAST_ERROR_TARGET = "sync.last_error_target"
META_LAST_ATTEMPT = "sync.last_attempt_at"
META_PAUSED = "sync.paused"


class MetaStore(Protocol):
    """What :func:`sync_status` needs from a store."""

    def get_meta(self, key: str) -> str | None: ...


def target_label(kind: str, url: str) -> str:
    """Which target an error came from, as ``<kind> <scheme>://<host>[:port]``.

    Only the scheme and the host: a URL's path, query or user part might carry a token, and
    this line is shown in ``status --json`` and the admin area.
    """
    if not url:
        return kind
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{kind} {parts.scheme}://{host}{port}"


def cleared_error() -> dict[str, str]:
    """The meta values that forget the last error (a sync the server answered)."""
    return {META_LAST_ERROR: "", META_LAST_ERROR_AT: "", META_LAST_ERROR_TARGET: ""}


def sync_status(store: MetaStore) -> dict[str, Any]:
    """``last_success_at``, ``last_error`` (a code) with its time and target, the last attempt and any pause.

    ``last_error`` is the error still standing: a sync the server answered clears it, so a
    kiosk with nothing pending does not go on reporting a refusal it has got past.
    """
    paused = store.get_meta(META_PAUSED) or None
    return {
        "last_success_at": store.get_meta(META_LAST_SUCCESS),
        "last_error": store.get_meta(META_LAST_ERROR) or None,
        "last_error_at": store.get_meta(META_LAST_ERROR_AT) or None,
        "last_error_target": store.get_meta(META_LAST_ERROR_TARGET) or None,
        "last_attempt_at": store.get_meta(META_LAST_ATTEMPT),
        "sync_paused": paused,
    }
