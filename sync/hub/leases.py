"""Short, renewed leases on the hub's upstream outbox: a crashed process's rows come back fast.

A hub process takes due rows of ``hub_upstream`` by writing ``lease_until`` (a few seconds
ahead) and ``lease_owner`` in the same transaction that chose them (``FOR UPDATE SKIP LOCKED``
on PostgreSQL, the write lock on SQLite), so several processes never send a row at once.
While it works on them, a :class:`LeaseKeeper` thread renews the lease every third of its
length, however long one request takes; a process that dies (kill -9, power) stops renewing,
and its rows are due again for any process within one lease: :data:`DEFAULT_LEASE_S` (20 s),
well inside the 30 s promised (issue 26). ``PETITION_HUB_LEASE_S`` shortens it for tests.
No schema change: ``lease_until`` and ``lease_owner`` are columns since h0001.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from datetime import datetime, timedelta
from types import TracebackType

from sqlalchemy import ColumnElement, Engine, and_, or_, select, update
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from sync.hub.database import is_postgresql
from sync.hub.models import UpstreamItem

log = logging.getLogger(__name__)

DEFAULT_LEASE_S = 20.0
LEASE_ENV = "PETITION_HUB_LEASE_S"
# A lease is renewed this many times within its length, so one late renewal does not lose it.
RENEWALS_PER_LEASE = 3


def lease_length() -> timedelta:
    """The lease a process takes on rows: :data:`DEFAULT_LEASE_S`, or ``PETITION_HUB_LEASE_S``."""
    raw = os.environ.get(LEASE_ENV, "")
    try:
        seconds = float(raw) if raw else DEFAULT_LEASE_S
    except ValueError:
        seconds = DEFAULT_LEASE_S
    return timedelta(seconds=max(1.0, seconds))


def lease_batch(engine: Engine, target: str, owner: str, limit: int, lease: timedelta | None = None,
                now: datetime | None = None) -> list[tuple[str, int]]:
    """Take up to ``limit`` due rows of ``target`` under a lease; (uuid, attempts) each."""
    now = now or utcnow()
    lease = lease or lease_length()
    due = and_(UpstreamItem.target == target, UpstreamItem.state == "pending",
               or_(UpstreamItem.next_attempt_at.is_(None), UpstreamItem.next_attempt_at <= now),
               or_(UpstreamItem.lease_until.is_(None), UpstreamItem.lease_until < now))
    query = select(UpstreamItem.uuid, UpstreamItem.attempts).where(due).order_by(
        UpstreamItem.next_attempt_at, UpstreamItem.uuid).limit(limit)
    if is_postgresql(engine):
        query = query.with_for_update(skip_locked=True)
    with Session(engine) as session, session.begin():
        rows = [(u, int(a)) for u, a in session.execute(query)]
        if rows:
            session.execute(update(UpstreamItem).where(
                UpstreamItem.target == target, UpstreamItem.uuid.in_([u for u, _ in rows]))
                .values(lease_until=now + lease, lease_owner=owner))
    return rows


def _held(target: str, owner: str, uuids: Sequence[str]) -> ColumnElement[bool]:
    return and_(UpstreamItem.target == target, UpstreamItem.lease_owner == owner, UpstreamItem.state == "pending",
                UpstreamItem.lease_until.is_not(None), UpstreamItem.uuid.in_(list(uuids)))


def renew(engine: Engine, target: str, owner: str, uuids: Sequence[str], lease: timedelta) -> int:
    """Push the lease of those of ``uuids`` this owner still holds; how many."""
    with Session(engine) as session, session.begin():
        done = session.execute(update(UpstreamItem).where(_held(target, owner, uuids))
                               .values(lease_until=utcnow() + lease))
    return int(getattr(done, "rowcount", 0) or 0)


def release(engine: Engine, target: str, owner: str, uuids: Sequence[str]) -> None:
    """Give back, untouched and due at once, those of ``uuids`` still held (not tried before a stop)."""
    with Session(engine) as session, session.begin():
        session.execute(update(UpstreamItem).where(_held(target, owner, uuids))
                        .values(lease_until=None))


class LeaseKeeper:
    """Renews a batch's lease in a thread of its own while the batch is being sent (a context manager)."""

    def __init__(self, engine: Engine, target: str, owner: str, uuids: Sequence[str], lease: timedelta) -> None:
        self._engine = engine
        self._target = target
        self._owner = owner
        self._uuids = list(uuids)
        self._lease = lease
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hub-lease", daemon=True)

    def _run(self) -> None:
        every = self._lease.total_seconds() / RENEWALS_PER_LEASE
        while not self._done.wait(every):
            try:
                if not renew(self._engine, self._target, self._owner, self._uuids, self._lease):
                    return  # every row settled or taken back: nothing left to keep
            except Exception as exc:  # the next renewal tries again; log the type only
                log.warning("lease renewal: %s", type(exc).__name__)

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._done.set()
        self._thread.join()
        release(self._engine, self._target, self._owner, self._uuids)


__all__ = ["DEFAULT_LEASE_S", "LEASE_ENV", "LeaseKeeper", "lease_batch", "lease_length", "release", "renew"]
