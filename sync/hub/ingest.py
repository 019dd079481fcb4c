"""Storing an uploaded batch: deduplicated by UUID, all of it or none of it.

One transaction per batch. A UUID the hub already has answers "duplicate" (the kiosk counts
it as synced); a new one "accepted". The same person signing at two kiosks is kept but
counted once (``counted`` false on the later row, found by keyed contact hashes). Every row
is queued for the upstream targets, a repeat too, but a repeat is never sent: it rides in the
queue and is settled with the batch it is leased in (sync/upstream/riders.py), so its receipt turns
"delivered upstream" exactly when a new signature's would, and a duplicate never travels further.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Dialect, Engine, Table, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from kiosk.contact_keys import name_contact, normalized_name
from sync.hub.context import HubSealer
from sync.hub.database import is_postgresql
from sync.hub.models import Device, HubSignature, UpstreamItem
from sync.hub.opening import SealedRecordRefused, upload_contents
from sync.hub.upstream import target_names
from sync.protocol import Outgoing, decode_signature

RECEIPT = "hub"


@dataclass(frozen=True)
class Received:
    """What the hub stored, as the ``results`` list of the protocol's answer."""

    results: list[dict[str, str]]
    accepted: int


def _row(item: Outgoing, device_id: str, now: datetime, sealer: HubSealer) -> dict[str, Any]:
    """One upload as a row: its blob kept as sealed (or sealed once, if it came in clear)."""
    uuid = item.uuid.lower()
    columns, consent = item.columns, item.consent
    row = {
        "uuid": uuid, "campaign_id": columns.campaign_id, "device_id": device_id, "kiosk_id": columns.kiosk_id[:64],
        "event": columns.event[:200], "event_place": columns.event_place[:200], "language": columns.language[:8],
        "postal_code": columns.postal_code[:16],
        "signed_at": columns.signed_at, "received_at": now,
        "consent_updates": consent.email, "consent_sha256": consent.email_text_sha256 or "",
        "consent_sms": consent.sms, "consent_sms_sha256": consent.sms_text_sha256,
        "counted": True,
        "purged_at": None,  # until delivered everywhere and kept its days (sync/hub/retention.py)
    }
    if item.sealed is not None and not sealer.can_open:
        # A relay hub (sync/hub/relay_link.py): the record goes on as the kiosk sealed it, unopened
        # and unhashed; the campaign hub opens it and recognises a repeat. Its blob is bound to the
        # UUID as sent, so only the stored (lower-case) form can travel.
        if item.uuid != uuid:
            raise SealedRecordRefused("sealed under another uuid")
        return {**row, "has_drawing": False, "sealed": item.sealed, "email_hash": None, "phone_hash": None}
    personal = upload_contents(sealer, item)  # opened once, for the contact hashes
    # A sealed upload is kept as the kiosk sealed it: never sealed a second time. A clear one
    # is sealed once, to the hub's own HPKE key (a relay hub's: the campaign hub's): one format
    # at rest. (So is a sealed one sent under an upper-case UUID, which its blob is bound to:
    # kept under the UUID as stored, it opens by its row.)
    keep = item.sealed is not None and item.uuid == uuid
    blob = item.sealed if keep and item.sealed is not None else sealer.seal_clear_upload(uuid, personal)
    person = personal.person
    # A person is a full name with a contact, as at the kiosk (kiosk/contact_keys.py): two of
    # a family sharing one phone are two signers here too, and each is counted.
    name = normalized_name(person.given_name, person.family_name)  # once for both hashes
    return {
        **row, "has_drawing": bool(personal.svg or personal.strokes), "sealed": blob,
        "email_hash": sealer.contact_hash("email", name_contact(name, person.email)) if person.email else None,
        "phone_hash": sealer.contact_hash("phone", name_contact(name, person.phone)) if person.phone else None,
    }


def _in_list(engine: Engine, column: str, count: int) -> str:
    """``column IN (?, …)`` (SQLite) or ``column = ANY(%s)`` (PostgreSQL, one array parameter)."""
    if is_postgresql(engine):
        return f"{column} = ANY(%s)"
    return f"{column} IN ({', '.join('?' * count)})"


def _in_params(engine: Engine, values: Sequence[str]) -> list[Any]:
    return [list(values)] if is_postgresql(engine) else list(values)


def _driver_rows(session: Session, engine: Engine, statement: str, params: Sequence[Any]) -> list[Any]:
    # Driver SQL, not a compiled select: rendering a 500-value IN list cost SQLAlchemy more
    # per row than the look-up itself.
    return list(session.connection().exec_driver_sql(statement, tuple(params)))


def _existing(session: Session, engine: Engine, uuids: Sequence[str]) -> set[str]:
    """The UUIDs among ``uuids`` the hub already has."""
    if not uuids:
        return set()
    statement = f"SELECT uuid FROM hub_signatures WHERE {_in_list(engine, 'uuid', len(uuids))}"  # noqa: S608
    return {str(found[0]) for found in _driver_rows(session, engine, statement, _in_params(engine, uuids))}


def _mark_repeats(session: Session, engine: Engine, campaign_id: str, rows: Sequence[dict[str, Any]]) -> None:
    """Set ``counted`` false on rows whose person was already counted (here or earlier in the batch)."""
    emails = sorted({r["email_hash"] for r in rows if r["email_hash"]})
    phones = sorted({r["phone_hash"] for r in rows if r["phone_hash"]})
    seen_emails: set[str] = set()
    seen_phones: set[str] = set()
    # One index look-up per contact kind, joined by UNION ALL, and ``counted`` read rather
    # than filtered on: with ``counted`` or an OR in the WHERE, SQLite's planner walked the
    # whole campaign through the (campaign, counted) index on every batch, so each batch
    # cost more than the one before.
    # PostgreSQL's contact-hash indexes hold counted rows only (they are unique, see
    # _insert_pg), so there the look-up says ``counted`` to be served by them.
    placeholder, only_counted = ("%s", " AND counted") if is_postgresql(engine) else ("?", "")
    parts, params = [], []
    for column, hashes in (("email_hash", emails), ("phone_hash", phones)):
        if hashes:
            parts.append(f"SELECT email_hash, phone_hash, counted FROM hub_signatures "  # noqa: S608 - fixed names
                         f"WHERE campaign_id = {placeholder} AND {_in_list(engine, column, len(hashes))}{only_counted}")
            params += [campaign_id, *_in_params(engine, hashes)]
    if parts:
        for email_hash, phone_hash, counted in _driver_rows(session, engine, " UNION ALL ".join(parts), params):
            if not counted:
                continue
            if email_hash:
                seen_emails.add(email_hash)
            if phone_hash:
                seen_phones.add(phone_hash)
    for row in rows:
        if (row["email_hash"] and row["email_hash"] in seen_emails) or (
                row["phone_hash"] and row["phone_hash"] in seen_phones):
            row["counted"] = False
            continue
        if row["email_hash"]:
            seen_emails.add(row["email_hash"])
        if row["phone_hash"]:
            seen_phones.add(row["phone_hash"])


_TABLE = cast(Table, HubSignature.__table__)
_COLUMNS = [c.name for c in _TABLE.columns]
# SQLite's limit on one statement's parameters (SQLITE_MAX_VARIABLE_NUMBER since 3.32).
_SQLITE_MAX_PARAMETERS = 32_766
_SQLITE_ROWS_PER_INSERT = _SQLITE_MAX_PARAMETERS // len(_COLUMNS)


def column_position(name: str) -> int:
    """Where column ``name`` sits in each row of a :class:`PreparedBatch`'s params (the inserts' order)."""
    return _COLUMNS.index(name)


@functools.lru_cache(maxsize=64)
def _sqlite_insert(count: int) -> str:
    """One ``INSERT OR IGNORE`` of ``count`` rows (multi-row VALUES)."""
    one = f"({', '.join('?' * len(_COLUMNS))})"
    return (f"INSERT OR IGNORE INTO hub_signatures ({', '.join(_COLUMNS)}) "  # noqa: S608 - fixed column names
            f"VALUES {', '.join([one] * count)}")


_PG_INSERT = (f"INSERT INTO hub_signatures ({', '.join(_COLUMNS)}) "  # noqa: S608 - fixed column names
              f"VALUES ({', '.join(['%s'] * len(_COLUMNS))}) ON CONFLICT DO NOTHING RETURNING uuid")
_PG_COPY = f"COPY hub_signatures ({', '.join(_COLUMNS)}) FROM STDIN (FORMAT BINARY)"


@functools.cache
def _pg_copy_types(dialect: Dialect) -> tuple[str, ...]:
    """Each column's PostgreSQL type, as binary COPY wants them named ("varchar", "timestamp
    without time zone", …: names the driver's type registry knows)."""
    return tuple(_TABLE.c[name].type.compile(dialect=dialect).split("(")[0].lower() for name in _COLUMNS)


_UNSET = object()


def _driver_params(dialect: Dialect, rows: Sequence[dict[str, Any]]) -> list[list[Any]]:
    """The rows as driver parameters, each value through its column type's bind processor."""
    processors = [(index, processor) for index, name in enumerate(_COLUMNS)
                  if (processor := _TABLE.c[name].type.bind_processor(dialect)) is not None]
    pick = itemgetter(*_COLUMNS)
    # The last value each processor saw and made: a batch's rows share one ``received_at``
    # and a handful of booleans, and a processor's result depends on its value alone.
    last: list[tuple[object, Any]] = [(_UNSET, None)] * len(processors)
    params = []
    for row in rows:
        values = list(pick(row))
        for slot, (index, processor) in enumerate(processors):
            value = values[index]
            seen, made = last[slot]
            if value is not seen:
                made = processor(value)
                last[slot] = (value, made)
            values[index] = made
        params.append(values)
    return params


_COUNTED = _COLUMNS.index("counted")


def _mark_uncounted(engine: Engine, rows: Sequence[dict[str, Any]], params: dict[str, list[Any]]) -> None:
    """Carry ``_mark_repeats``'s verdicts into the parameters made before the look-up."""
    processor = _TABLE.c["counted"].type.bind_processor(engine.dialect)
    counted, uncounted = (processor(True), processor(False)) if processor else (True, False)
    for row in rows:
        # Both ways: a batch written again after a rolled-back attempt may count a row now.
        params[row["uuid"]][_COUNTED] = counted if row["counted"] else uncounted


def _insert(session: Session, engine: Engine, rows: Sequence[dict[str, Any]],
            prepared: dict[str, list[Any]]) -> set[str]:
    """Insert ``rows``; the UUIDs inserted (the others the hub already held).

    SQLite: the batch's transaction began IMMEDIATE, so no other writer can slip a UUID or a
    counted person in between the look-ups and this insert, and every row given is new.
    PostgreSQL: see :func:`_insert_pg`.
    """
    _mark_uncounted(engine, rows, prepared)
    if is_postgresql(engine):
        return _insert_pg(session, engine, rows, prepared)
    params = [prepared[row["uuid"]] for row in rows]
    # One multi-row statement, not executemany: the driver lets go of the interpreter lock
    # around every row it steps, and with ten kiosks' uploads being parsed on other threads
    # each hand-back waited its turn, so the write lock was held many times longer than the
    # insert took. One statement is one step.
    connection = session.connection()
    for offset in range(0, len(params), _SQLITE_ROWS_PER_INSERT):
        chunk = params[offset:offset + _SQLITE_ROWS_PER_INSERT]
        connection.exec_driver_sql(_sqlite_insert(len(chunk)), tuple(chain.from_iterable(chunk)))
    return {row["uuid"] for row in rows}


def _insert_pg(session: Session, engine: Engine, rows: Sequence[dict[str, Any]],
               prepared: dict[str, list[Any]]) -> set[str]:
    """PostgreSQL: :func:`_copy_or_insert_pg`, with the driver's own errors given SQLAlchemy's form.

    No SQLAlchemy statement stands between these calls and the driver, so a full disk, a
    deadlock or a lost server would otherwise reach the request as an unknown error (500):
    as a DBAPIError the hub answers 503, and the kiosks keep their copies and retry.
    """
    import psycopg  # the PostgreSQL driver: imported only by a hub that runs on PostgreSQL

    try:
        return _copy_or_insert_pg(session, engine, rows, prepared)
    except psycopg.Error as exc:
        raise DBAPIError(_PG_COPY, None, exc) from exc


def _copy_or_insert_pg(session: Session, engine: Engine, rows: Sequence[dict[str, Any]],
                       prepared: dict[str, list[Any]]) -> set[str]:
    """PostgreSQL: binary COPY of the batch, and row by row only if one of them collides.

    Several hub workers write batches at once, each in its own READ COMMITTED transaction,
    so the repeat look-up cannot see a person another worker is writing at that moment. The
    unique indexes on a counted person's contact hashes (migration h0002) settle it: the
    second insert waits for the first transaction and then collides. So does a UUID the hub
    already holds. Either way the COPY is rolled back to its savepoint and the rows are
    inserted with ON CONFLICT DO NOTHING; a row still counted that did not go in is then a
    repeat of a person counted meanwhile, and is stored again as not counted.

    COPY is the fast path because collisions are rare (a lost answer, two kiosks signing one
    person in the same second): the driver packs each row in C, 10 µs a row measured against
    25 to 33 µs for a pipelined executemany of the same rows.
    """
    import psycopg  # the PostgreSQL driver: imported only by a hub that runs on PostgreSQL

    try:
        with session.begin_nested():
            # Asked for inside the nested transaction, or its SAVEPOINT would not be emitted.
            driver: Any = session.connection().connection.dbapi_connection
            with driver.cursor() as cursor, cursor.copy(_PG_COPY) as copy:
                copy.set_types(_pg_copy_types(engine.dialect))
                for row in rows:
                    copy.write_row(prepared[row["uuid"]])
        return {row["uuid"] for row in rows}
    except psycopg.errors.UniqueViolation:
        pass  # rolled back to the savepoint: nothing of the COPY is left
    inserted = _insert_pg_rows(driver, [prepared[row["uuid"]] for row in rows])
    collided = [row for row in rows if row["uuid"] not in inserted and row["counted"]]
    for row in collided:
        row["counted"] = False
    _mark_uncounted(engine, collided, prepared)
    return inserted | _insert_pg_rows(driver, [prepared[row["uuid"]] for row in collided])


def _insert_pg_rows(driver: Any, params: list[list[Any]]) -> set[str]:
    """Insert what does not collide with a stored UUID or counted person; the UUIDs inserted."""
    inserted: set[str] = set()
    if not params:
        return inserted
    # psycopg's pipelined executemany with RETURNING: one round trip for the batch, and the
    # rows it inserted come back.
    with driver.cursor() as cursor:
        cursor.executemany(_PG_INSERT, params, returning=True)
        while True:
            inserted.update(str(found[0]) for found in cursor.fetchall())
            if not cursor.nextset():
                break
    return inserted


@dataclass
class PreparedBatch:
    """A validated upload made ready to write: its rows and their driver parameters.

    Made outside the write transaction (opening, hashing, binding), on a preparing process
    (sync/hub/preparing.py), so that only the look-ups and the insert happen while the
    database's one writer is busy with it. Picklable: it crosses back from that process.
    """

    device_id: str
    campaign_id: str
    order: list[tuple[str, str]]  # (the UUID as sent, as stored)
    fresh: dict[str, dict[str, Any]]
    params: dict[str, list[Any]]
    now: datetime
    waiting: int | None
    app_version: str


def prepare_batch(dialect: Dialect, sealer: HubSealer, device_id: str, document: dict[str, Any],
                  waiting: int | None = None, app_version: str = "") -> PreparedBatch:
    """Decode, open once and hash a validated Batch for device ``device_id`` (no database
    access: its rows are bound for ``dialect``, the hub's engine's, or in a preparing process
    one made from its name, sync/hub/preparing.py).

    Raises :class:`SealedRecordRefused` when a sealed record does not open with the hub's key,
    and :class:`~sync.protocol.v1.WireProblem` when its ``sealed`` field does not decode.
    """
    now = utcnow()
    campaign_id, kiosk_id = document["campaign"], document["kiosk_id"]
    order: list[tuple[str, str]] = []
    fresh: dict[str, dict[str, Any]] = {}
    for item in document["signatures"]:
        uuid = item["uuid"].lower()
        order.append((item["uuid"], uuid))
        if uuid not in fresh:
            signature = decode_signature(item, kiosk_id, campaign_id)
            fresh[uuid] = _row(signature, device_id, now, sealer)
    # The driver's parameters are made before the write lock is taken (only ``counted`` can
    # change once the repeat look-up has run): while one batch holds the lock, the others do
    # their share of the work.
    params = dict(zip(fresh, _driver_params(dialect, list(fresh.values())), strict=True))
    return PreparedBatch(device_id, campaign_id, order, fresh, params, now, waiting, app_version)


_PG_QUEUE = ("INSERT INTO hub_upstream (target, uuid, state, attempts) "
             "SELECT target, uuid, 'pending', 0 FROM unnest(%s::varchar[], %s::varchar[]) AS queued(target, uuid) "
             "ON CONFLICT DO NOTHING")


def _queue_upstream(session: Session, engine: Engine, queued: Sequence[tuple[str, str]]) -> None:
    """Queue each (target, UUID) for its target, once.

    PostgreSQL: one statement for the whole upload. As an executemany it was one statement a
    row, and the outbox's statement triggers (the counters' and the NOTIFY that wakes the
    forwarders) ran 500 times an upload: 150 to 320 ms of it at 10^7 signatures, against
    13 to 20 ms for the signatures' own COPY.
    """
    if is_postgresql(engine):
        targets, uuids = zip(*queued, strict=True)
        session.connection().exec_driver_sql(_PG_QUEUE, (list(targets), list(uuids)))
        return
    session.execute(sqlite_insert(UpstreamItem).on_conflict_do_nothing(),
                    [{"target": t, "uuid": u, "state": "pending", "attempts": 0} for t, u in queued])


def write_batch(session: Session, engine: Engine, batch: PreparedBatch) -> Received:
    """Write ``batch`` inside ``session``'s open write transaction; every UUID gets a result.

    Safe to call again for the same batch after a rolled-back attempt: the look-ups run
    afresh and every row starts out counted.
    """
    for row in batch.fresh.values():
        row["counted"] = True
    # PostgreSQL's insert finds the UUIDs it already holds itself (a unique violation, then
    # ON CONFLICT), so the look-up is left out there: a batch is sent again only when its
    # answer was lost.
    existing = set() if is_postgresql(engine) else _existing(session, engine, list(batch.fresh))
    rows = [row for uuid, row in batch.fresh.items() if uuid not in existing]
    _mark_repeats(session, engine, batch.campaign_id, rows)
    inserted: set[str] = set()
    if rows:
        inserted = _insert(session, engine, rows, batch.params)
        targets = target_names(session)
        # Repeats too (never sent: sync/upstream/riders.py), so their receipts keep the new signers' pace.
        queued = [(t, r["uuid"]) for r in rows if r["uuid"] in inserted for t in targets]
        if queued:
            _queue_upstream(session, engine, queued)
    values: dict[str, Any] = {"last_seen_at": batch.now}
    if batch.waiting is not None:
        values["waiting"] = max(0, batch.waiting)
    if batch.app_version:
        values["app_version"] = batch.app_version[:40]
    session.execute(update(Device).where(Device.id == batch.device_id).values(**values))
    results: list[dict[str, str]] = []
    answered: set[str] = set()
    for sent, uuid in batch.order:
        status = "accepted" if uuid in inserted and uuid not in answered else "duplicate"
        answered.add(uuid)
        entry = {"uuid": sent, "status": status}
        if status == "accepted":
            entry["receipt"] = RECEIPT
        results.append(entry)
    return Received(results, len(inserted))

