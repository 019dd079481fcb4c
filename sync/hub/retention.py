"""Retention at the hub: a signature's personal data is destroyed once it has been delivered.

A signature is *delivered* when every upstream target it was queued for has confirmed it
(``hub_upstream.state`` is ``synced`` for each of its rows). From then on the hub keeps it
for the retention setting's days (``hub retention --days N``; 0, the default, purges at
once: what an event hub wants) and then destroys its sealed blob. A signature never queued
(the hub forwards nowhere, so it is the final store) or one a target refused is never
purged by this rule.

What a purged row keeps: its clear columns (campaign, kiosk, event, language, postal code,
times, consent flags), so every tally still counts it. Its keyed contact hashes go with the
blob: whoever seized the hub with its contact key could otherwise test guessed phones and
emails against them (the US phone space is minutes of work). The price: a signer who signs
again after their first signature was purged here is counted again by this hub; the campaign
hub (or Action Network, by email) still recognises the repeat (docs/hub.md).

The kiosk's guarantees apply (kiosk/database.py): ``secure_delete`` is on for every
connection (sync/hub/database.py), so the old blob's bytes are zeroed in the file; after a
purge the WAL, which still holds the pages as they were, is checkpointed and truncated; and
each purge writes ``hub_purge_log`` rows (a count per event, no personal data) in the same
transaction. On PostgreSQL the blob is emptied the same way; its old tuple stays on disk until
VACUUM reclaims it (docs/hub.md).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, Select, and_, case, func, select, update
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from sync.hub.context import get_meta, set_meta
from sync.hub.database import SQLITE_BUSY_TIMEOUT_MS, is_postgresql, reader_engine
from sync.hub.held_counters import kept_figures
from sync.hub.models import HubPurgeLogEntry, HubSignature, UpstreamItem

log = logging.getLogger(__name__)

META_RETENTION_DAYS = "retention.days"
DEFAULT_RETENTION_DAYS = 0  # an event hub keeps nothing it has delivered
MAX_RETENTION_DAYS = 3650
PURGE_BATCH = 500  # rows per transaction: a signer's upload never waits long behind a purge
CHECKPOINT_WAIT_MS = 250
PURGED_BLOB = b""  # what a purged row's ``sealed`` holds (the column is NOT NULL)


def retention_days(engine: Engine) -> int:
    """Days a delivered signature's personal data is kept (0: purged as soon as it is delivered)."""
    raw = get_meta(engine, META_RETENTION_DAYS)
    try:
        return max(0, int(raw)) if raw is not None else DEFAULT_RETENTION_DAYS
    except ValueError:
        return DEFAULT_RETENTION_DAYS


def set_retention_days(engine: Engine, days: int) -> None:
    """Keep delivered signatures ``days`` days (0: at once); ValueError outside 0..3650."""
    if not 0 <= days <= MAX_RETENTION_DAYS:
        raise ValueError("retention days out of range")
    set_meta(engine, META_RETENTION_DAYS, str(days))


def _delivered_before(cutoff: datetime, among: Sequence[str] | None) -> Select[str]:
    """UUIDs whose every upstream row is confirmed, the last confirmation at or before ``cutoff``."""
    item = UpstreamItem
    waiting = func.sum(case((item.state != "synced", 1), else_=0))
    query = select(item.uuid)
    if among is not None:
        query = query.where(item.uuid.in_(list(among)))
    return query.group_by(item.uuid).having(and_(waiting == 0, func.max(item.delivered_at) <= cutoff))


def purge_delivered(engine: Engine, now: datetime | None = None, among: Sequence[str] | None = None) -> int:
    """Destroy the sealed blob of every signature delivered everywhere and kept its days; how many.

    ``among``: only these UUIDs are looked at (the forwarder's just-confirmed batch, so a busy
    hub does not scan its whole outbox after every request); None looks at every signature.
    """
    now = now or utcnow()
    days = retention_days(engine)
    cutoff = now - timedelta(days=days)
    due = _delivered_before(cutoff, among).subquery()
    purged = 0
    while True:
        with Session(engine) as session, session.begin():
            rows = session.execute(select(HubSignature.uuid, HubSignature.event).where(
                HubSignature.purged_at.is_(None), HubSignature.uuid.in_(select(due.c.uuid)))
                .limit(PURGE_BATCH)).all()
            if not rows:
                break
            session.execute(update(HubSignature).where(HubSignature.uuid.in_([u for u, _ in rows]))
                            .values(sealed=PURGED_BLOB, purged_at=now, email_hash=None, phone_hash=None))
            per_event = Counter(event or "" for _, event in rows)
            session.add_all(HubPurgeLogEntry(purged_at=now, event=event, count=n, days=days)
                            for event, n in sorted(per_event.items()))
        purged += len(rows)
        if len(rows) < PURGE_BATCH:
            break
    if purged:
        log.info("retention: %d signatures purged after delivery", purged)
        if not is_postgresql(engine) and not checkpoint_truncate(engine):
            log.info("retention: the WAL is emptied at the next purge (a reader was still on it)")
    return purged


def checkpoint_truncate(engine: Engine, wait_ms: int = CHECKPOINT_WAIT_MS) -> bool:
    """Write the WAL back and truncate it to zero bytes (it still holds the blobs as they were).

    As the kiosk's (kiosk/database.py): it waits ``wait_ms`` at most for readers on an older
    snapshot, so an upload does not queue behind it; False when a reader kept it from finishing.
    """
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        cursor = raw.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
        try:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            busy, _log, _done = cursor.fetchone() or (1, 0, 0)
        finally:
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.close()
    return int(busy) == 0


@dataclass(frozen=True)
class Exposure:
    """What this hub could reveal if seized now: counts only."""

    openable: int  # signatures whose sealed blob this hub's key still opens (0 on a relay hub: it has no such key)
    purged: int  # signatures whose blob was destroyed after delivery
    days: int  # the retention setting
    forwards: bool  # whether any upstream target is set up (without one nothing is ever purged)
    relay: bool = False  # a relay hub: it holds no opening or contact key at all
    waiting: int = 0  # sealed blobs kept here, not yet purged (on a relay hub: none of them opens here)


def exposure(engine: Engine, can_open: bool = True) -> Exposure:
    """How many signatures this hub's key could still open, and how many were purged.

    ``can_open``: whether this hub holds an opening key (a relay hub does not, sync/hub/relay_link.py).
    """
    from sync.hub.upstream import configured_targets

    # From counters kept by triggers (sync/hub/held_counters.py): counting the signatures here
    # was a full scan on every dashboard page load (5 s at 10^7 on PostgreSQL, issue 26).
    with reader_engine(engine).connect() as connection:
        kept, purged = kept_figures(connection)
    return Exposure(kept if can_open else 0, purged, retention_days(engine),
                    bool(configured_targets(engine)), relay=not can_open, waiting=kept)
