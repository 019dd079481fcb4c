"""The outbox: the ``signatures`` rows waiting for the server, read and answered in one place.

The reads: what is due, how much is pending, and when next. Reading a page of due records
goes through the store's read-only engine (``store.read_engine``) whose plain transactions
take no write lock at all: in WAL mode a reader never holds up a signer's commit.

The writes: what the server said about a batch (:func:`record_sync_results`) and cutting a
wait short (:func:`retry_now`), each one short ``BEGIN IMMEDIATE`` transaction, so the signing
screen (another connection) never waits long for the write lock. Updates only ever move a row
out of ``pending``: a row already synced or rejected is never touched again.

The sync engine (sync/client/engine.py) drives it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import ColumnClause, Engine, Integer, Table, bindparam, func, literal_column, or_, select, update
from sqlalchemy.orm import Session

from kiosk.models import EventRecord, SignatureRecord, SyncState
from kiosk.signature import ClearColumns, Consent
from kiosk.store_database import UPSERT_META, StoreDatabase

# "Due already": earlier than any real schedule.
DUE_NOW = datetime(1970, 1, 1, tzinfo=UTC)

_TABLE = cast(Table, SignatureRecord.__table__)
# The outbox moves a row only out of "pending".
_STILL_PENDING = (_TABLE.c.uuid == bindparam("b_uuid"), _TABLE.c.state == SyncState.PENDING.value)
_MARK_SYNCED = update(_TABLE).where(*_STILL_PENDING).values(
    state=SyncState.SYNCED.value, server_receipt=bindparam("b_receipt"), synced_at=bindparam("b_now"),
    last_error=None, next_attempt_at=None, attempts=_TABLE.c.attempts + 1)
# synced_at is when the server's final answer came, a refusal too: retention times both from it.
_MARK_REJECTED = update(_TABLE).where(*_STILL_PENDING).values(
    state=SyncState.REJECTED.value, last_error=bindparam("b_code"), synced_at=bindparam("b_now"),
    next_attempt_at=None,
    attempts=_TABLE.c.attempts + 1)
_MARK_NOT_SENT = update(_TABLE).where(*_STILL_PENDING).values(
    state=SyncState.NOT_SENT.value, last_error=bindparam("b_code"), next_attempt_at=None)
_MARK_RETRY = update(_TABLE).where(*_STILL_PENDING).values(
    last_error=bindparam("b_code"), next_attempt_at=bindparam("b_next"), attempts=_TABLE.c.attempts + 1)


@dataclass(frozen=True)
class Retry:
    """A record to try again later, with a code saying why (never personal data)."""

    code: str
    next_attempt_at: datetime


@dataclass(frozen=True)
class DueRow:
    """A due record: its clear columns and consent, its sealed blob, and how often it was tried."""

    columns: ClearColumns
    consent: Consent
    sealed: bytes | None
    attempts: int
    repeat: bool = False  # a repeat signer's: never sent, settled with its batch (sync/upstream/riders.py)

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



def record_sync_results(database: StoreDatabase, now: datetime, confirmed: Mapping[str, str],
                        rejected: Mapping[str, str], retries: Mapping[str, Retry], meta: Mapping[str, str],
                        not_sent: Mapping[str, str] | None = None) -> None:
    """Write one sync batch's outcome (and sync status facts) in a single short transaction.

    ``not_sent`` holds records the target cannot take (no contact details for Action
    Network): kept here with their data, in their own state, never rejected.

    One ``executemany`` per kind of outcome, keyed by uuid, so the write lock is held as
    briefly as possible. Only a ``pending`` row moves: a row already synced or rejected is
    never touched again.
    """
    with database.engine.begin() as connection:
        if confirmed:
            connection.execute(_MARK_SYNCED, [{"b_uuid": u, "b_receipt": r, "b_now": now}
                                              for u, r in confirmed.items()])
        if rejected:
            connection.execute(_MARK_REJECTED, [{"b_uuid": u, "b_code": r, "b_now": now}
                                               for u, r in rejected.items()])
        if not_sent:
            connection.execute(_MARK_NOT_SENT, [{"b_uuid": u, "b_code": r} for u, r in not_sent.items()])
        if retries:
            connection.execute(_MARK_RETRY, [{"b_uuid": u, "b_code": r.code, "b_next": r.next_attempt_at}
                                             for u, r in retries.items()])
        if meta:
            connection.execute(UPSERT_META, [{"key": k, "value": v} for k, v in meta.items()])
    database.checkpoint()  # on the sync thread: never in a signer's way


def retry_now(engine: Engine, campaign_id: str, codes: Collection[str], now: datetime) -> int:
    """Make pending records that last failed with one of ``codes`` due at ``now``; how many.

    Attempts and the error code are kept as they were: only the wait is cut short.
    """
    if not codes:
        return 0
    query = (update(_TABLE)
             .where(_TABLE.c.state == SyncState.PENDING.value, _TABLE.c.campaign_id == campaign_id,
                    _TABLE.c.last_error.in_(list(codes)), _TABLE.c.next_attempt_at > now)
             .values(next_attempt_at=now))
    with engine.begin() as connection:
        return int(connection.execute(query).rowcount or 0)
