"""Sync status facts kept in the ``meta`` table, for ``status --json`` and the indicator.

Values are timestamps and codes only. ``ui/cli/records.py`` merges :func:`sync_status` into
``petition-kiosk status --json``.
"""

from __future__ import annotations

from typing import Any, Protocol

META_LAST_SUCCESS = "sync.last_success_at"
META_LAST_ERROR = "sync.last_error"
META_LAST_ERROR_AT = "sync.last_error_at"
META_LAST_ATTEMPT = "sync.last_attempt_at"
META_PAUSED = "sync.paused"


class MetaStore(Protocol):
    """What :func:`sync_status` needs from a store."""

    def get_meta(self, key: str) -> str | None: ...


def sync_status(store: MetaStore) -> dict[str, Any]:
    """``last_success_at``, ``last_error`` (a code), its time, the last attempt and any pause."""
    paused = store.get_meta(META_PAUSED) or None
    return {
        "last_success_at": store.get_meta(META_LAST_SUCCESS),
        "last_error": store.get_meta(META_LAST_ERROR) or None,
        "last_error_at": store.get_meta(META_LAST_ERROR_AT),
        "last_attempt_at": store.get_meta(META_LAST_ATTEMPT),
        "sync_paused": paused,
    }
