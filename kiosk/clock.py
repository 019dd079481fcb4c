"""The clock: one definition of "now", so the code and the tests agree on its type.

Every timestamp the kiosk and the hub keep is an aware UTC ``datetime``; the store, the
sync engine, the hub and the wipe all take it from here.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Aware UTC now (one definition so tests and code agree on the type)."""
    return datetime.now(UTC)
