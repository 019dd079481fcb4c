"""Storing an uploaded batch: deduplicated by UUID, all of it or none of it.

One transaction per batch. A UUID the hub already has answers "duplicate" (the kiosk counts
it as synced); a new one "accepted". The same person signing at two kiosks is kept but
counted once (``counted`` false on the later row, found by keyed contact hashes), and only a
counted row is queued for the upstream targets, so a duplicate never travels further.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Engine, Table, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kiosk.store import utcnow
from sync.hub.context import HubSealer
from sync.hub.database import is_postgresql
from sync.hub.models import Device, HubSignature, UpstreamItem
from sync.hub.opening import in_clear

RECEIPT = "hub"


@dataclass(frozen=True)
class Received:
    """What the hub stored, as the ``results`` list of the protocol's answer."""

    results: list[dict[str, str]]
    accepted: int


def _row(item: dict[str, Any], device_id: str, kiosk_id: str, campaign_id: str, now: datetime,
         sealer: HubSealer) -> dict[str, Any]:
    item = in_clear(item, sealer.hpke)  # a sealed upload opened (sync/hub/opening.py)
    person = item["person"]
    uuid = item["uuid"].lower()
    email, phone = person.get("email") or "", person.get("phone") or ""
    consent = item["consent"]
    payload = {**person, "svg": item.get("signature_svg"), "consent": consent}
    return {
        "uuid": uuid, "campaign_id": campaign_id, "device_id": device_id, "kiosk_id": kiosk_id[:64],
        "event": item["event"][:200], "language": item["language"][:8], "postal_code": item["postal_code"][:16],
        "signed_at": datetime.fromisoformat(item["signed_at"].replace("Z", "+00:00")),
        "received_at": now, "consent_updates": bool(consent.get("updates")),
        "consent_sha256": consent["text_sha256"], "has_drawing": bool(item.get("signature_svg")),
        "sealed": sealer.seal(uuid, payload),
        "email_hash": sealer.contact_hash("email", email) if email else None,
        "phone_hash": sealer.contact_hash("phone", phone) if phone else None,
        "counted": True,
    }


def _mark_repeats(session: Session, campaign_id: str, rows: Sequence[dict[str, Any]]) -> None:
    """Set ``counted`` false on rows whose person was already counted (here or earlier in the batch)."""
    emails = {r["email_hash"] for r in rows if r["email_hash"]}
    phones = {r["phone_hash"] for r in rows if r["phone_hash"]}
    seen_emails: set[str] = set()
    seen_phones: set[str] = set()
    if emails or phones:
        clauses = []
        if emails:
            clauses.append(HubSignature.email_hash.in_(emails))
        if phones:
            clauses.append(HubSignature.phone_hash.in_(phones))
        for email_hash, phone_hash in session.execute(
                select(HubSignature.email_hash, HubSignature.phone_hash).where(
                    HubSignature.campaign_id == campaign_id, HubSignature.counted.is_(True), or_(*clauses))):
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
_SQLITE_INSERT = (f"INSERT OR IGNORE INTO hub_signatures ({', '.join(_COLUMNS)}) "  # noqa: S608 - fixed column names
                  f"VALUES ({', '.join('?' * len(_COLUMNS))})")


_PG_INSERT = (f"INSERT INTO hub_signatures ({', '.join(_COLUMNS)}) "  # noqa: S608 - fixed column names
              f"VALUES ({', '.join(['%s'] * len(_COLUMNS))}) ON CONFLICT (uuid) DO NOTHING RETURNING uuid")


def _insert(session: Session, engine: Engine, rows: Sequence[dict[str, Any]], existing: set[str]) -> set[str]:
    """Insert the new rows; the UUIDs actually inserted.

    SQLite: the batch's transaction began IMMEDIATE, so no other writer can slip a UUID in
    between the look-up of ``existing`` and this insert; a plain driver ``executemany``
    (the ORM's per-row bookkeeping cost more than the insert itself). PostgreSQL: concurrent
    batches may race for one UUID, so the database says which rows it inserted (RETURNING).
    """
    if not is_postgresql(engine):
        processors = [_TABLE.c[name].type.bind_processor(engine.dialect) for name in _COLUMNS]
        params = [tuple(p(row[name]) if p else row[name] for name, p in zip(_COLUMNS, processors, strict=True))
                  for row in rows]
        session.connection().exec_driver_sql(_SQLITE_INSERT, params)
        return {row["uuid"] for row in rows if row["uuid"] not in existing}
    # psycopg's pipelined executemany with RETURNING: one round trip for the batch, and the
    # rows it inserted come back (SQLAlchemy's generic path cost ten times the insert).
    processors = [_TABLE.c[name].type.bind_processor(engine.dialect) for name in _COLUMNS]
    params = [tuple(p(row[name]) if p else row[name] for name, p in zip(_COLUMNS, processors, strict=True))
              for row in rows]
    inserted: set[str] = set()
    driver: Any = session.connection().connection.dbapi_connection  # psycopg, whose executemany returns rows
    cursor = driver.cursor()
    try:
        cursor.executemany(_PG_INSERT, params, returning=True)
        while True:
            inserted.update(str(found[0]) for found in cursor.fetchall())
            if not cursor.nextset():
                break
    finally:
        cursor.close()
    return inserted


def store_batch(engine: Engine, sealer: HubSealer, device: Device, document: dict[str, Any], targets: Sequence[str],
                waiting: int | None = None, app_version: str = "") -> Received:
    """Store a validated Batch for ``device``; every UUID gets a result."""
    now = utcnow()
    campaign_id, kiosk_id = document["campaign"], document["kiosk_id"]
    order: list[tuple[str, str]] = []  # (the UUID as sent, as stored)
    fresh: dict[str, dict[str, Any]] = {}
    for item in document["signatures"]:
        uuid = item["uuid"].lower()
        order.append((item["uuid"], uuid))
        if uuid not in fresh:
            fresh[uuid] = _row(item, device.id, kiosk_id, campaign_id, now, sealer)
    insert = pg_insert if is_postgresql(engine) else sqlite_insert
    with Session(engine) as session, session.begin():
        existing = set(session.scalars(select(HubSignature.uuid).where(HubSignature.uuid.in_(list(fresh)))))
        rows = [row for uuid, row in fresh.items() if uuid not in existing]
        _mark_repeats(session, campaign_id, rows)
        inserted: set[str] = set()
        if rows:
            inserted = _insert(session, engine, rows, existing)
            queued = [(t, r["uuid"]) for r in rows if r["uuid"] in inserted and r["counted"] for t in targets]
            if queued:
                session.execute(insert(UpstreamItem).on_conflict_do_nothing(),
                                [{"target": t, "uuid": u, "state": "pending", "attempts": 0} for t, u in queued])
        values: dict[str, Any] = {"last_seen_at": now}
        if waiting is not None:
            values["waiting"] = max(0, waiting)
        if app_version:
            values["app_version"] = app_version[:40]
        session.execute(update(Device).where(Device.id == device.id).values(**values))
    results: list[dict[str, str]] = []
    answered: set[str] = set()
    for sent, uuid in order:
        status = "accepted" if uuid in inserted and uuid not in answered else "duplicate"
        answered.add(uuid)
        entry = {"uuid": sent, "status": status}
        if status == "accepted":
            entry["receipt"] = RECEIPT
        results.append(entry)
    return Received(results, len(inserted))
