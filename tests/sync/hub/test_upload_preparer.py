"""The hub prepares uploads (contract check, one HPKE open, contact hashes) on processes of its
own: the answers must be exactly those of preparing on the request's thread, for good batches
and bad ones, and an upload must still be answered when a preparing process is killed."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the hub extra is not installed")

from kiosk.hpke_seal import PublicSealer, derive_private_key
from kiosk.signature import Person, PersonalData, encode_payload
from sync.hub.context import HubContext, open_hub
from sync.hub.models import HubSignature
from sync.hub.preparing import IngestSetting, PreparedUpload, UploadPreparer, UploadRefused, default_processes
from tests.sync.hub.support import HubProcess, alive, spawned_children, wait_for

# Spawning a preparing process costs about a second of CPU: one pool for the whole file.
DEVICE = "tablet-1"
COLUMNS = [column.name for column in HubSignature.__table__.columns]  # a prepared row's params, in order


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubContext]:
    context = open_hub(tmp_path_factory.mktemp("hub"))
    yield context
    context.close()


@pytest.fixture(scope="module")
def preparers(hub: HubContext) -> Iterator[tuple[UploadPreparer, UploadPreparer]]:
    setting = IngestSetting(hub.campaign.id, hub.campaign.country, hub.sealer.ingest_keys(), hub.engine.url.drivername)
    on_processes, here = UploadPreparer(setting, 1), UploadPreparer(setting, 0)
    on_processes.start()
    yield on_processes, here
    on_processes.close()


def _item(sealed_to: PublicSealer | None, given: str = "Ana", email: str = "ana@example.org",
          **changes: Any) -> dict[str, Any]:
    record = str(uuid.uuid4())
    person = Person(given, "Ruiz", email, "", "")
    item: dict[str, Any] = {"uuid": record, "signed_at": "2026-11-28T17:04:05.123Z", "event": "Rally",
                            "language": "es", "postal_code": "90057",
                            "consent": {"updates": True, "text_sha256": "a" * 64}}
    if sealed_to is None:
        item.update(person={"given_name": person.given_name, "family_name": person.family_name,
                            "email": person.email, "phone": "", "address": ""}, signature_svg=None)
    else:
        blob = sealed_to.seal(record, encode_payload(PersonalData(person, None, None)))
        item["sealed"] = base64.b64encode(blob).decode("ascii")
    item.update(changes)
    return item


def _body(hub: HubContext, items: list[dict[str, Any]], **changes: Any) -> bytes:
    return json.dumps({"kiosk_id": "k-1", "campaign": hub.campaign.id, "signatures": items, **changes}).encode()


def _cases(hub: HubContext) -> dict[str, bytes]:
    ours = PublicSealer(hub.sealer.public_b64)
    strangers = PublicSealer(derive_private_key(b"another hub's data key 32 bytes!").public_b64)
    twice = _item(ours, given="Marta", email="marta@example.org")
    return {
        "sealed, a repeat and a clear one": _body(hub, [
            _item(ours), _item(ours, given="José"), twice, twice, _item(ours, email="ANA@example.org"),
            _item(None, given="Luis", email="luis@example.org")]),
        "a postal code that is free text": _body(hub, [_item(ours), _item(ours, postal_code="call me at 555")]),
        "only screened out": _body(hub, [_item(ours, postal_code="call me at 555")]),
        "sealed to another hub": _body(hub, [_item(ours), _item(strangers)]),
        "not base64 by length": _body(hub, [_item(ours, sealed="AAAAA")]),
        "not base64 by alphabet": _body(hub, [_item(ours, sealed="AAAA-AAA")]),
        "a line break after base64": _body(hub, [_item(ours, sealed="AAAA\n")]),
        "another campaign": _body(hub, [_item(ours)], campaign="someone-else"),
        "not JSON": b'{"kiosk_id": "k-1", "signatures": [',
        "too many": _body(hub, [_item(None) for _ in range(501)]),
        "a bad uuid": _body(hub, [_item(ours, uuid="not-a-uuid")]),
    }


def _comparable(outcome: PreparedUpload | UploadRefused, fresh_seals: set[str]) -> Any:
    """``outcome`` without what differs by nature between two preparations of the same body:
    the moment it was prepared, and the blob a clear record is sealed into (a fresh HPKE seal)."""
    if isinstance(outcome, UploadRefused) or outcome.batch is None:
        return outcome
    batch = outcome.batch

    def differs(uuid_: str, column: str) -> bool:
        return column == "received_at" or (column == "sealed" and uuid_ in fresh_seals)

    rows = {u: {k: v for k, v in row.items() if not differs(u, k)} for u, row in batch.fresh.items()}
    params = {u: [v for column, v in zip(COLUMNS, values, strict=True) if not differs(u, column)]
              for u, values in batch.params.items()}
    return batch.device_id, batch.campaign_id, batch.order, rows, params, batch.app_version, outcome.refused


def test_a_preparing_process_answers_exactly_as_the_request_thread(
        hub: HubContext, preparers: tuple[UploadPreparer, UploadPreparer]) -> None:
    on_processes, here = preparers
    assert on_processes.processes == 1 and here.processes == 0
    for case, body in _cases(hub).items():
        clear = {item["uuid"].lower() for item in json.loads(body).get("signatures", []) if "sealed" not in item} \
            if body.startswith(b"{") and body.endswith(b"}") else set()
        there = asyncio.run(on_processes.prepare(body, DEVICE, "1.0"))
        local = asyncio.run(here.prepare(body, DEVICE, "1.0"))
        assert _comparable(there, clear) == _comparable(local, clear), case
    outcomes = {case: asyncio.run(on_processes.prepare(body, DEVICE, "1.0")) for case, body in _cases(hub).items()}
    # What the kiosk is told, case by case (the contract's codes, docs/openapi-json-v1.yaml).
    refused = {case: (o.status, o.reason) for case, o in outcomes.items() if isinstance(o, UploadRefused)}
    assert refused == {
        "sealed to another hub": (400, "sealed_unreadable"),
        "not base64 by length": (400, "sealed_not_base64"),
        "not base64 by alphabet": (400, "invalid:signatures.0.sealed"),
        "a line break after base64": (400, "invalid:signatures.0.sealed"),
        "another campaign": (404, "unknown_campaign"),
        "not JSON": (400, "invalid_json"),
        "too many": (413, "too_many_signatures"),
        "a bad uuid": (400, "invalid:signatures.0.uuid"),
    }
    mixed = outcomes["sealed, a repeat and a clear one"]
    assert isinstance(mixed, PreparedUpload) and mixed.batch is not None
    assert len(mixed.batch.order) == 6 and len(mixed.batch.fresh) == 5  # the one sent twice is one row
    hashes = [row["email_hash"] for row in mixed.batch.fresh.values()]
    # Ana's address in capitals is the same contact: the hashes say so, for the writer's repeat check.
    assert hashes[0] == hashes[3] and len(set(hashes)) == 4
    assert all(row["has_drawing"] is False and row["sealed"][:1] == b"\x02" for row in mixed.batch.fresh.values())
    screened = outcomes["a postal code that is free text"]
    assert isinstance(screened, PreparedUpload) and screened.batch is not None and len(screened.batch.fresh) == 1
    assert [r["status"] for r in screened.refused] == ["rejected"]
    only = outcomes["only screened out"]
    assert isinstance(only, PreparedUpload) and only.batch is None and len(only.refused) == 1


def test_an_upload_is_answered_when_its_preparing_process_is_killed(
        hub: HubContext, preparers: tuple[UploadPreparer, UploadPreparer]) -> None:
    on_processes, _ = preparers
    ours = PublicSealer(hub.sealer.public_b64)
    body = _body(hub, [_item(ours) for _ in range(3)])
    assert isinstance(asyncio.run(on_processes.prepare(body, DEVICE, "1.0")), PreparedUpload)
    preparing = spawned_children(os.getpid())
    assert len(preparing) == 1
    os.kill(preparing[0], signal.SIGKILL)
    answered = asyncio.run(on_processes.prepare(body, DEVICE, "1.0"))
    assert isinstance(answered, PreparedUpload) and answered.batch is not None and len(answered.batch.fresh) == 3
    again = asyncio.run(on_processes.prepare(body, DEVICE, "1.0"))  # on the processes started again
    assert isinstance(again, PreparedUpload) and again.batch is not None and len(again.batch.fresh) == 3
    assert on_processes.processes == 1


def test_a_hub_killed_leaves_no_process_holding_its_keys(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub").start()
    try:
        assert hub.process is not None
        web = hub.process.pid
        assert wait_for(lambda: len(spawned_children(web)) == default_processes(), 30)
        preparing = spawned_children(web)
        # The IT volunteer starting it is told, in the hub's own start lines.
        assert f"uploads checked, opened and hashed on {len(preparing)} processes" in hub.log_path.read_text()
        hub.kill()  # SIGKILL: no shutdown of its own runs
        assert wait_for(lambda: not any(alive(pid) for pid in preparing), 10), "a preparing process outlived its hub"
    finally:
        hub.stop()
