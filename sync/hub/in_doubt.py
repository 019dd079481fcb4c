"""Requests in doubt: an outbox row whose last request went out and was never answered.

Before the forwarder sends a part, it writes ``attempt_started_at`` on its rows and commits
(:func:`mark_attempt`); the outcome written with the answer clears it. A row leased with the
mark still set is in doubt: its process died with the request in flight (kill -9, power), or
the connection broke after the request was sent, or the answer could not be read. The upstream
may have recorded it, so before it is sent again the forwarder asks the upstream
(:meth:`~sync.adapters.base.Adapter.recorded`; Action Network: its signatures read back,
sync/upstream/adapters/osdi_read_back.py). What the upstream shows is marked delivered with its receipt;
the rest is sent again, which cannot double anything where the upstream is idempotent by UUID
(the json protocol, a campaign hub) and is deduplicated by person at Action Network.

An answer with an HTTP status (a 4xx, a 429, a 5xx) is taken at its word: nothing recorded,
the mark is cleared. Marking also proves this process still holds the rows' lease, and pushes
it: a process whose lease was lost (to a long stall, say) never sends a row another process
may have taken (:class:`LeaseLost`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, select, update
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from sync.hub.models import UpstreamItem
from sync.upstream.errors import SyncCode

#: Failures after which the request may have been recorded: it went out and no readable
#: answer came back (reset, timeout, a 200 without a receipt).
IN_DOUBT_CODES = frozenset({SyncCode.CONNECTION, SyncCode.TIMEOUT, SyncCode.BAD_RESPONSE, SyncCode.NO_RESULT})


class LeaseLost(RuntimeError):
    """Rows about to be sent are no longer leased by this process: nothing of the part is sent."""


def mark_attempt(engine: Engine, target: str, owner: str, uuids: Sequence[str], lease: timedelta) -> None:
    """Note, durably, that a request carrying ``uuids`` is about to go out, and push their lease.

    Raises :class:`LeaseLost` (nothing written) when any of them is no longer held by ``owner``
    under a running lease."""
    now = utcnow()
    held = and_(UpstreamItem.target == target, UpstreamItem.lease_owner == owner, UpstreamItem.state == "pending",
                UpstreamItem.lease_until > now, UpstreamItem.uuid.in_(list(uuids)))
    with Session(engine) as session, session.begin():
        done = session.execute(update(UpstreamItem).where(held).values(attempt_started_at=now,
                                                                         lease_until=now + lease))
        if int(getattr(done, "rowcount", 0) or 0) != len(set(uuids)):
            raise LeaseLost(target)  # leaving the transaction by an exception rolls the marks back


def in_doubt(engine: Engine, target: str, owner: str, uuids: Sequence[str]) -> dict[str, datetime]:
    """Those of ``uuids`` (held by ``owner``) whose last request was never answered: when it started."""
    if not uuids:
        return {}
    with Session(engine) as session:
        rows = session.execute(select(UpstreamItem.uuid, UpstreamItem.attempt_started_at).where(
            UpstreamItem.target == target, UpstreamItem.lease_owner == owner, UpstreamItem.state == "pending",
            UpstreamItem.attempt_started_at.is_not(None), UpstreamItem.uuid.in_(list(uuids))))
        return {uuid: started for uuid, started in rows if started is not None}


def still_in_doubt(code: SyncCode) -> bool:
    """Whether a request that failed with ``code`` may have been recorded upstream all the same."""
    return code in IN_DOUBT_CODES


__all__ = ["IN_DOUBT_CODES", "LeaseLost", "in_doubt", "mark_attempt", "still_in_doubt"]
