"""Outbox queries on ``signatures``: what is due, how much is pending, and when next.

This module only reads. Every write (what the server said, cutting a wait short) is the
store's own (:meth:`SignatureStore.record_sync_results`, :meth:`SignatureStore.retry_now`),
one short ``BEGIN IMMEDIATE`` transaction per batch, so the signing screen (another
connection) never waits long for the write lock. Reading a page of due
records goes through the store's read-only engine (``store.read_engine``) whose plain
transactions take no write lock at all: in WAL mode a reader never holds up a signer's
commit. Updates only ever move a row out of ``pending``: a row already synced or rejected
is never touched again.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnClause, Engine, Integer, func, literal_column, or_, select
from sqlalchemy.orm import Session

from kiosk.models import EventRecord, SignatureRecord, SyncState
from kiosk.signature import ClearColumns, Consent
from kiosk.store import Retry

__all__ = ["DUE_NOW", "DueRow", "Retry", "due_batch", "next_due_at", "pending_count"]

# "Due already": earlier than any real schedule.
DUE_NOW = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class DueRow:
    """A due record: its clear columns and consent, its sealed blob, and how often it was tried."""

    columns: ClearColumns
    consent: Consent
    sealed: bytes | None
    attempts: int
    repeat: bool = False  # a repeat signer's: never sent, settled with its batch (sync/riders.py)

    @property
    def uuid(self) -> str:
        """The record's UUID."""
        return self.columns.uuid


def due_batch(engine: Engine, campaign_id: str, now: datetime, limit: int,
              exclude: Collection[str] = ()) -> list[DueRow]:
    """Pending records of ``campaign_id`` whose next attempt is due: never-tried ones first,
    in the order they were recorded.

    ``exclude`` leaves out records already in flight, so the next page can be read while the
    previous one is still on the wire.
    """
    # The page walks the outbox index (state, next_attempt_at, rowid) in order and stops
    # after ``limit`` rows: no sort of the whole backlog, no wide rows touched. Only then are
    # the wide columns (sealed blobs) fetched, for those rows alone.
    rowid: ColumnClause[int] = literal_column("signatures.rowid", Integer)
    page = (
        select(SignatureRecord.uuid.label("page_uuid"), SignatureRecord.next_attempt_at.label("page_next"),
               rowid.label("page_rowid"))
        .where(SignatureRecord.state == SyncState.PENDING, SignatureRecord.campaign_id == campaign_id,
               or_(SignatureRecord.next_attempt_at.is_(None), SignatureRecord.next_attempt_at <= now))
        .order_by(SignatureRecord.next_attempt_at, rowid)
        .limit(limit)
    )
    if exclude:
        page = page.where(SignatureRecord.uuid.not_in(list(exclude)))
    chosen = page.subquery()
    query = (
        select(SignatureRecord.uuid, SignatureRecord.campaign_id, SignatureRecord.kiosk_id,
               SignatureRecord.signed_at, EventRecord.name, SignatureRecord.language,
               SignatureRecord.postal_code, SignatureRecord.consent_email,
               SignatureRecord.consent_email_sha256, SignatureRecord.consent_sms, SignatureRecord.consent_sms_sha256,
               SignatureRecord.sealed, SignatureRecord.attempts, SignatureRecord.repeat,
               SignatureRecord.kiosk_label, EventRecord.place)
        .join(chosen, chosen.c.page_uuid == SignatureRecord.uuid)
        .outerjoin(EventRecord, EventRecord.id == SignatureRecord.event_id)
        .order_by(chosen.c.page_next, chosen.c.page_rowid)
    )
    # A Core connection, not an ORM session: the rows are plain tuples and the ORM's
    # per-row bookkeeping was a tenth of the sync's CPU time.
    with engine.connect() as connection:
        return [DueRow(ClearColumns(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], r[14] or "", r[15] or ""),
                       Consent(bool(r[7]), r[8] or None, bool(r[9]), r[10]), r[11], int(r[12]), bool(r[13]))
                for r in connection.execute(query)]


def pending_count(engine: Engine, campaign_id: str) -> int:
    """How many records of ``campaign_id`` still wait for the server."""
    query = select(func.count()).select_from(SignatureRecord).where(
        SignatureRecord.state == SyncState.PENDING, SignatureRecord.campaign_id == campaign_id)
    with Session(engine) as session:
        return int(session.scalar(query) or 0)


def next_due_at(engine: Engine, campaign_id: str) -> datetime | None:
    """When the earliest pending record becomes due: None if nothing is pending, and
    :data:`DUE_NOW` if some record has never been scheduled for later."""
    query = select(func.count(), func.count(SignatureRecord.next_attempt_at),
                   func.min(SignatureRecord.next_attempt_at)).where(
        SignatureRecord.state == SyncState.PENDING, SignatureRecord.campaign_id == campaign_id)
    with Session(engine) as session:
        total, scheduled, earliest = session.execute(query).one()
    if not total:
        return None
    if scheduled < total or earliest is None:
        return DUE_NOW
    assert isinstance(earliest, datetime)
    return earliest

