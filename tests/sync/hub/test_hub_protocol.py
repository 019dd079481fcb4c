"""The hub speaks the json protocol v1: a paired kiosk's real sync engine uploads to a real
hub process, every signature lands once, and the answers are what docs/openapi-json-v1.yaml
promises, for good batches and bad ones."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from sqlalchemy import text

from kiosk.models import SyncState
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.hub.protocol import validator
from sync.protocol import encode_signature
from tests.sync.helpers import rows
from tests.sync.hub.support import HubProcess, hub_engine, hub_uuids, paired, status_json


def _signature(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "uuid": str(uuid.uuid4()), "signed_at": "2026-11-28T17:04:05.123Z", "event": "Rally", "language": "es",
        "postal_code": "90057",
        "person": {"given_name": "Ana", "family_name": "Ruiz", "email": "", "phone": "", "address": ""},
        "consent": {"updates": False, "text_sha256": "a" * 64}, "signature_svg": None,
    }
    item.update(changes)
    return item


def _post(hub: HubProcess, token: str, document: Any, raw: bytes | None = None) -> Any:
    session = hub.session()
    body = raw if raw is not None else json.dumps(document).encode()
    return session.post(hub.url + "/v1/signatures:batch", data=body, timeout=10,
                        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})


@pytest.fixture
def token(kiosk: KioskContext, hub: HubProcess) -> str:
    from kiosk.secrets import get_device_token

    paired(kiosk, hub)
    stored = get_device_token(kiosk.store.kiosk_id)
    assert stored
    return stored


def test_a_paired_kiosk_syncs_every_signature_to_the_hub_exactly_once(kiosk: KioskContext, hub: HubProcess) -> None:
    simulate(kiosk.store, kiosk.campaign, 120)
    paired(kiosk, hub)
    report = hub_engine(kiosk, batch_size=50).run_until_idle(60)
    assert report.pending == 0 and report.confirmed == 120
    on_hub = hub_uuids(hub)
    assert sorted(on_hub) == sorted(kiosk.store.all_uuids())
    assert all(row.state == SyncState.SYNCED and row.server_receipt == "accepted:hub" for row in rows(kiosk))
    status = status_json(hub)
    assert status["campaign"] == "end-s-comm" and status["total"] == 120 and status["kiosks"] == 1
    # Issue 22 added "people" (a repeat signer once) beside "total" (every signature).
    assert set(status) == {"campaign", "total", "people", "kiosks", "upstream_pending", "upstream_synced", "devices",
                           "targets"}
    assert status["people"] == 120
    assert status["devices"] == {"active": 1, "revoked": 0} and status["targets"] == []  # no upstream set up

    # A kiosk that lost its answers sends everything again: "duplicate", and nothing doubles.
    with kiosk.store.engine.begin() as connection:
        connection.execute(text("UPDATE signatures SET state = 'pending', server_receipt = NULL"))
    again = hub_engine(kiosk, batch_size=50).run_until_idle(60)
    assert again.confirmed == 120
    assert {row.server_receipt for row in rows(kiosk)} == {"duplicate"}
    assert len(hub_uuids(hub)) == 120 and status_json(hub)["total"] == 120


def test_answers_match_the_contract_and_duplicates_say_so(hub: HubProcess, token: str) -> None:
    first, second = _signature(), _signature()
    document = {"kiosk_id": "k-1", "campaign": "end-s-comm", "signatures": [first, second, first]}
    answer = _post(hub, token, document)
    assert answer.status_code == 200
    body = answer.json()
    validator("BatchResults").validate(body)
    assert [r["status"] for r in body["results"]] == ["accepted", "accepted", "duplicate"]
    again = _post(hub, token, {**document, "signatures": [second]}).json()
    assert again["results"] == [{"uuid": second["uuid"], "status": "duplicate"}]
    assert sorted(hub_uuids(hub)) == sorted([first["uuid"], second["uuid"]])


@pytest.mark.parametrize(("case", "status", "reason"), [
    ("missing_uuid", 400, "invalid:signatures.1"),
    ("bad_uuid", 400, "invalid:signatures.1.uuid"),
    ("bad_date", 400, "invalid:signatures.1.signed_at"),
    ("not_json", 400, "invalid_json"),
    ("too_many", 413, "too_many_signatures"),
    ("empty", 400, "invalid:signatures"),
    ("other_campaign", 404, "unknown_campaign"),
])
def test_a_bad_batch_gets_a_4xx_with_a_reason_and_nothing_is_stored(
        hub: HubProcess, token: str, case: str, status: int, reason: str) -> None:
    good = [_signature(), _signature(), _signature()]
    document: dict[str, Any] = {"kiosk_id": "k-1", "campaign": "end-s-comm", "signatures": good}
    raw = None
    if case == "missing_uuid":
        del good[1]["uuid"]
    elif case == "bad_uuid":
        good[1]["uuid"] = "not-a-uuid"
    elif case == "bad_date":
        good[1]["signed_at"] = "yesterday"
    elif case == "not_json":
        raw = b'{"kiosk_id": "k-1", "signatures": ['
    elif case == "too_many":
        document["signatures"] = [_signature() for _ in range(501)]
    elif case == "empty":
        document["signatures"] = []
    elif case == "other_campaign":
        document["campaign"] = "someone-else"
    answer = _post(hub, token, document, raw)
    assert answer.status_code == status
    body = answer.json()
    validator("Error").validate(body)
    assert body["reason"].startswith(reason)
    assert "Ana" not in answer.text and "Ruiz" not in answer.text
    assert hub_uuids(hub) == []


def test_an_upload_without_a_valid_token_is_refused(hub: HubProcess, token: str) -> None:
    document = {"kiosk_id": "k-1", "campaign": "end-s-comm", "signatures": [_signature()]}
    assert _post(hub, "not-the-token", document).status_code == 401
    session = hub.session()
    assert session.post(hub.url + "/v1/signatures:batch", json=document, timeout=10).status_code == 401
    assert hub_uuids(hub) == []


def test_the_kiosk_encoder_and_the_hub_agree(hub: HubProcess, token: str, kiosk: KioskContext) -> None:
    # What the json adapter sends is what the hub's contract check accepts.
    from kiosk.clock import utcnow
    from kiosk.outbox import due_batch
    from sync.client.engine import SyncEngine

    simulate(kiosk.store, kiosk.campaign, 3)
    engine = hub_engine(kiosk)
    assert isinstance(engine, SyncEngine)
    rows_due = due_batch(kiosk.store.read_engine, kiosk.campaign.id, utcnow(), 10)  # as the engine reads them
    outgoing, _ = engine.outgoing(rows_due)
    document = {"kiosk_id": outgoing[0].columns.kiosk_id, "campaign": "end-s-comm",
                "signatures": [encode_signature(item) for item in outgoing]}
    validator("Batch").validate(document)
    assert len(rows_due) == 3
