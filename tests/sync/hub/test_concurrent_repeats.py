"""One person signs at two kiosks, and the two uploads reach two hub workers at the same moment.

Each worker writes its batch in its own transaction. On PostgreSQL (READ COMMITTED) the
second one's repeat look-up used not to see the first one's row until that had committed, so
both were counted, and both were queued for Action Network. The hub's count and the
coordinator's dashboard then said 2 for one person.

Here the first batch is written and its transaction held open, as a worker busy committing
would; the second batch is sent meanwhile through the hub's batch writer, from another thread.
"""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from sync.hub.context import HubContext, open_hub
from sync.hub.database import make_hub_engine, migrate_hub
from sync.hub.devices import device_for_token, enroll, new_pairing_code, parse_code
from sync.hub.ingest import Received, column_position, prepare_batch, write_batch
from sync.hub.models import Device, HubSignature, UpstreamItem
from sync.hub.summary import summarize
from sync.hub.upstream import UpstreamTarget, save_target
from sync.hub.writer import BatchWriter
from tests.sync.hub.test_hub_protocol import _signature

PERSON = {"given_name": "María", "family_name": "López", "email": "maria@example.org", "phone": "", "address": ""}


def _device(hub: HubContext, label: str) -> Device:
    code, _ = new_pairing_code(hub.engine, hub.certificate.sha256)
    parsed = parse_code(code)
    assert parsed is not None
    device = device_for_token(hub.engine, enroll(hub.engine, parsed.secret, label, "test")[1])
    assert device is not None
    return device


def _upload_of(hub: HubContext, person: dict[str, str]) -> dict[str, Any]:
    return {"kiosk_id": str(uuid.uuid4()), "campaign": hub.campaign.id,
            "signatures": [_signature(uuid=str(uuid.uuid4()), person=person)]}


def test_one_person_uploaded_to_two_hub_workers_at_once_is_counted_and_forwarded_once(
        tmp_path: Path, hub_database: str | None) -> None:
    hub = open_hub(tmp_path / "hub", hub_database)
    writer = BatchWriter(hub.engine)
    try:
        # Only queued: no forwarder runs here, so the address is never called.
        save_target(hub.engine, UpstreamTarget("action-network", "osdi", "https://127.0.0.1:9/api/v2/"))
        first_tablet, second_tablet = _device(hub, "Tablet 1"), _device(hub, "Tablet 2")
        first = prepare_batch(hub.engine.dialect, hub.sealer, first_tablet.id, _upload_of(hub, PERSON))
        second = prepare_batch(hub.engine.dialect, hub.sealer, second_tablet.id, _upload_of(hub, PERSON))
        answers: list[Received] = []
        with Session(hub.engine) as session, session.begin():
            assert write_batch(session, hub.engine, first).accepted == 1
            other_worker = threading.Thread(target=lambda: answers.append(writer.store(second)))
            other_worker.start()
            other_worker.join(timeout=1.0)  # the other worker's batch arrives while this one is open
        other_worker.join(timeout=30)
        assert not other_worker.is_alive(), "the second upload never finished"
        # Both kiosks hear "accepted": neither screen may show that this person signed before.
        assert [r["status"] for r in answers[0].results] == ["accepted"]
        with Session(hub.engine) as session:
            stored = session.scalar(select(func.count()).select_from(HubSignature))
            queued = session.scalar(select(func.count()).select_from(UpstreamItem))
            to_send = session.scalar(select(func.count()).select_from(UpstreamItem).join(
                HubSignature, HubSignature.uuid == UpstreamItem.uuid).where(HubSignature.counted.is_(True)))
        assert stored == 2  # both kept, as each kiosk's receipt says
        assert summarize(hub.engine, hub.campaign).total == 1
        assert summarize(hub.engine, hub.campaign).signatures == 2  # what a device or the public sees
        # Issue 22: the repeat is queued too, so its receipt keeps a new signer's pace, but it
        # is never sent (sync/upstream/riders.py): Action Network hears of her once.
        assert (queued, to_send) == (2, 1)
    finally:
        writer.close()
        hub.close()


def _stored_signature(uuid_: str, email_hash: str, received_at: datetime) -> dict[str, Any]:
    return {"uuid": uuid_, "campaign_id": "end-s-comm", "device_id": "tablet-1", "kiosk_id": "k", "event": "Rally",
            "language": "es", "postal_code": "90057", "signed_at": received_at, "received_at": received_at,
            "consent_updates": False, "consent_sha256": "a" * 64, "has_drawing": False, "sealed": b"x",
            "email_hash": email_hash, "phone_hash": None, "counted": True}


def test_upgrading_a_postgresql_hub_settles_a_person_the_race_counted_twice(postgres_cluster: object) -> None:
    engine = make_hub_engine(postgres_cluster.new_database())  # type: ignore[attr-defined]
    try:
        migrate_hub(engine, "h0001")  # a hub database written by the release before the fix
        noon = datetime(2026, 11, 28, 12, tzinfo=UTC)
        twice = [str(uuid.uuid4()) for _ in range(2)]
        with engine.begin() as connection:
            connection.execute(insert(Device), [{"id": "tablet-1", "label": "Tablet 1", "token_sha256": "t" * 64,
                                                 "created_at": noon, "app_version": "", "waiting": 0}])
            connection.execute(insert(HubSignature), [
                _stored_signature(twice[1], "e" * 64, noon + timedelta(seconds=1)),
                _stored_signature(twice[0], "e" * 64, noon),
                _stored_signature(str(uuid.uuid4()), "f" * 64, noon)])
        migrate_hub(engine)
        with engine.connect() as connection:
            counted = dict(connection.execute(select(HubSignature.uuid, HubSignature.counted).where(
                HubSignature.uuid.in_(twice))).all())
            total = connection.scalar(select(func.count()).select_from(HubSignature).where(HubSignature.counted))
        assert counted == {twice[0]: True, twice[1]: False}  # the first received stays counted
        assert total == 2  # she and the other signer
        with pytest.raises(IntegrityError), engine.begin() as connection:  # and now she cannot be counted again
            connection.execute(insert(HubSignature), [_stored_signature(str(uuid.uuid4()), "e" * 64, noon)])
    finally:
        engine.dispose()


def test_a_batch_postgresql_refuses_mid_copy_is_a_storage_error_and_leaves_nothing(
        tmp_path: Path, postgres_cluster: object) -> None:
    """The COPY talks to the driver directly; its errors must still reach the request as the
    storage errors the hub answers 503 (the kiosk keeps its copy and retries), not as a 500."""
    hub = open_hub(tmp_path / "hub", postgres_cluster.new_database())  # type: ignore[attr-defined]
    try:
        batch = prepare_batch(hub.engine.dialect, hub.sealer, _device(hub, "Tablet 1").id, {
            **_upload_of(hub, PERSON), "signatures": [_signature(), _signature()]})
        last = list(batch.params.values())[-1]
        last[column_position("event")] = "x" * 201  # longer than the column: the server refuses the row
        with pytest.raises(DBAPIError), Session(hub.engine) as session, session.begin():
            write_batch(session, hub.engine, batch)
        with Session(hub.engine) as session:
            assert session.scalar(select(func.count()).select_from(HubSignature)) == 0
    finally:
        hub.close()
