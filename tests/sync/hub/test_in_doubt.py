"""The "in doubt" mark on the hub's outbox (sync/hub/in_doubt.py), on a real SQLite hub database:
a process marks only rows it still holds, and one whose lease ran out and went to another
process sends nothing of them (nothing is marked, so nothing goes out)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from sync.hub.database import make_hub_engine, migrate_hub
from sync.hub.in_doubt import LeaseLost, in_doubt, mark_attempt
from sync.hub.leases import lease_batch
from sync.hub.models import Device, HubSignature, UpstreamItem

TARGET = "an"
LEASE = timedelta(seconds=20)
UUIDS = ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"]


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = make_hub_engine(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    migrate_hub(made)
    now = utcnow()
    with Session(made) as session, session.begin():
        session.add(Device(id="device-1", token_sha256="0" * 64, created_at=now))
        session.flush()
        for uuid in UUIDS:
            session.add(HubSignature(uuid=uuid, campaign_id="demo", device_id="device-1", kiosk_id="kiosk-1",
                                     language="en", signed_at=now, received_at=now, consent_sha256="0" * 64,
                                     sealed=b"sealed"))
        session.flush()
        for uuid in UUIDS:
            session.add(UpstreamItem(target=TARGET, uuid=uuid))
    yield made
    made.dispose()


def _started(engine: Engine) -> dict[str, object]:
    with Session(engine) as session:
        return {uuid: started for uuid, started in session.execute(
            select(UpstreamItem.uuid, UpstreamItem.attempt_started_at))}


def test_a_held_row_is_marked_before_its_request_and_read_as_in_doubt(engine: Engine) -> None:
    assert [u for u, _ in lease_batch(engine, TARGET, "A", 25, LEASE)] == UUIDS
    mark_attempt(engine, TARGET, "A", UUIDS[:1], LEASE)
    assert set(in_doubt(engine, TARGET, "A", UUIDS)) == {UUIDS[0]}
    assert in_doubt(engine, TARGET, "B", UUIDS) == {}  # only the holder acts on it


def test_a_process_that_lost_its_lease_marks_nothing_and_so_sends_nothing(engine: Engine) -> None:
    lease_batch(engine, TARGET, "A", 25, LEASE)
    with Session(engine) as session, session.begin():  # A stalled past its lease ...
        session.execute(update(UpstreamItem).values(lease_until=utcnow() - timedelta(seconds=1)))
    assert len(lease_batch(engine, TARGET, "B", 1, LEASE)) == 1  # ... and B took one of its rows
    with pytest.raises(LeaseLost):
        mark_attempt(engine, TARGET, "A", UUIDS, LEASE)
    assert set(_started(engine).values()) == {None}  # not even the row B left alone was marked
