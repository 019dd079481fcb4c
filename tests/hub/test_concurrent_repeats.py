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
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.hub.context import HubContext, open_hub
from sync.hub.devices import device_for_token, enroll, new_pairing_code, parse_code
from sync.hub.ingest import Received, prepare_batch, write_batch
from sync.hub.models import Device, HubSignature, UpstreamItem
from sync.hub.summary import summarize
from sync.hub.upstream import UpstreamTarget, save_target
from sync.hub.writer import BatchWriter
from tests.hub.test_hub_protocol import _signature

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
        first = prepare_batch(hub.engine, hub.sealer, first_tablet, _upload_of(hub, PERSON))
        second = prepare_batch(hub.engine, hub.sealer, second_tablet, _upload_of(hub, PERSON))
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
        assert stored == 2  # both kept, as each kiosk's receipt says
        assert summarize(hub.engine, hub.campaign).total == 1
        assert queued == 1  # Action Network hears of her once
    finally:
        writer.close()
        hub.close()
