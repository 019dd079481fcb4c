"""The hub's request slots toward a rate-limited target, kept in the database.

Every hub process serving a campaign draws its Action Network request slots from one
``hub_meta`` row (``rate.<target>``), read and moved in one short transaction (row-locked on
PostgreSQL, the write lock on SQLite), so all of them together stay under the 4 requests per
second. The limiter that waits for those slots is the kiosk's own (sync/upstream/rate_limit.py),
injected into the adapter by the forwarder.
"""

from __future__ import annotations

import time

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from sync.hub.context import ensure_meta
from sync.hub.database import is_postgresql
from sync.hub.models import HubMeta
from sync.upstream.rate_limit import LATE_WAKE_S, RateLimiter


class DatabaseSlots:
    """A :class:`~sync.upstream.rate_limit.SlotBook` in ``hub_meta``, on wall-clock time (shared by processes)."""

    def __init__(self, engine: Engine, target: str) -> None:
        self._engine = engine
        self.key = f"rate.{target}"
        ensure_meta(engine, self.key, "0")

    def reserve(self, earliest: float, spacing: float) -> float:
        """See :meth:`sync.upstream.rate_limit.SlotBook.reserve`."""
        with Session(self._engine) as session, session.begin():
            query = select(HubMeta.value).where(HubMeta.key == self.key)
            if is_postgresql(self._engine):
                query = query.with_for_update()
            stored = float(session.scalar(query) or 0)
            slot = max(stored, earliest)
            session.execute(update(HubMeta).where(HubMeta.key == self.key).values(value=repr(slot + spacing)))
        return slot


def shared_limiter(engine: Engine, target: str, rate_per_s: float) -> RateLimiter:
    """The limiter every hub process uses toward ``target``: slots from the database, wall time."""
    return RateLimiter(rate_per_s, DatabaseSlots(engine, target), clock=time.time, late_wake_s=LATE_WAKE_S)


__all__ = ["DatabaseSlots", "shared_limiter"]
