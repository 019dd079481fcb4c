"""The hub's group-commit writer on a real SQLite file: batches that share one transaction
keep each its own answer, a UUID sent twice in one group is stored once, and a batch that
cannot be stored sinks none of the others it was grouped with."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync.hub.context import open_hub
from sync.hub.devices import device_for_token, enroll, new_pairing_code, parse_code
from sync.hub.ingest import PreparedBatch, Received, prepare_batch
from sync.hub.models import Device, HubSignature
from sync.hub.writer import BatchWriter
from tests.sync.hub.test_hub_protocol import _signature


def _document(campaign: str, uuids: list[str]) -> dict[str, Any]:
    return {"kiosk_id": str(uuid.uuid4()), "campaign": campaign, "signatures": [_signature(uuid=u) for u in uuids]}


def test_batches_grouped_in_one_commit_keep_their_own_answers(tmp_path: Path) -> None:
    hub = open_hub(tmp_path / "hub", None)
    code, _ = new_pairing_code(hub.engine, hub.certificate.sha256)
    parsed = parse_code(code)
    assert parsed is not None
    device = device_for_token(hub.engine, enroll(hub.engine, parsed.secret, "Tablet", "test")[1])
    assert device is not None
    stranger = Device(id="not-paired", label="", token_sha256="")  # no such device row: its insert fails

    def batch(uuids: list[str], on: Device = device) -> PreparedBatch:
        return prepare_batch(hub.engine.dialect, hub.sealer, on.id, _document(hub.campaign.id, uuids))

    shared = str(uuid.uuid4())
    first, good, repeat = [str(uuid.uuid4())], [shared, str(uuid.uuid4())], [shared, str(uuid.uuid4())]
    writer = BatchWriter(hub.engine)
    assert [r["status"] for r in writer.store(batch(first)).results] == ["accepted"]
    # Three batches waiting when the writer looks (queued before its thread runs again): it
    # takes them all into one transaction, as it does with the uploads that arrive while it
    # writes. The stranger's insert fails, so that transaction is rolled back whole.
    writer.close()
    futures: dict[str, Future[Received]] = dict(zip(
        ("good", "repeat", "stranger"),
        writer.submit([batch(good), batch(repeat), batch([str(uuid.uuid4())], stranger)]), strict=True))
    answers: dict[str, Received | BaseException | None] = {}
    for name, future in futures.items():
        try:
            answers[name] = future.result(30)
        except IntegrityError as exc:
            answers[name] = exc
    writer.close()

    def statuses(name: str) -> list[str]:
        answer = answers[name]
        assert isinstance(answer, Received)
        return [result["status"] for result in answer.results]

    assert statuses("good") == ["accepted", "accepted"]
    assert statuses("repeat") == ["duplicate", "accepted"]
    assert isinstance(answers["stranger"], IntegrityError)
    with Session(hub.engine) as session:
        stored = sorted(session.scalars(select(HubSignature.uuid)))
        per_uuid = dict(session.execute(select(HubSignature.uuid, func.count()).group_by(HubSignature.uuid)).all())
    assert stored == sorted({*first, *good, *repeat})
    assert set(per_uuid.values()) == {1}
    hub.close()


@pytest.mark.parametrize("grouped", [1, 4])
def test_the_writer_stores_every_batch_handed_over_before_close(tmp_path: Path, grouped: int) -> None:
    hub = open_hub(tmp_path / "hub", None)
    code, _ = new_pairing_code(hub.engine, hub.certificate.sha256)
    parsed = parse_code(code)
    assert parsed is not None
    device = device_for_token(hub.engine, enroll(hub.engine, parsed.secret, "Tablet", "test")[1])
    assert device is not None
    writer = BatchWriter(hub.engine, max_group_rows=grouped)
    sent = [[str(uuid.uuid4()) for _ in range(3)] for _ in range(6)]
    threads = [threading.Thread(target=writer.store, args=(prepare_batch(
        hub.engine.dialect, hub.sealer, device.id, _document(hub.campaign.id, uuids)),)) for uuids in sent]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    writer.close()
    with Session(hub.engine) as session:
        stored = sorted(session.scalars(select(HubSignature.uuid)))
    assert stored == sorted(u for uuids in sent for u in uuids)
    hub.close()
