"""A kiosk that pairs again keeps its name and its one row (issue 26, Build 7).

Played through as a coordinator would: a real hub process, a kiosk paired from the command
line with a name, revoked from the dashboard, then paired again without a name. The dashboard's
JSON and ``hub status --json`` show one row for it, with its name, live, and its figures in one
place; its old token is worth nothing.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from kiosk.clock import utcnow
from kiosk.runtime import KioskContext
from kiosk.secrets import get_device_token
from kiosk.simulate import simulate
from sync.hub.auth import set_password
from sync.hub.context import open_hub
from tests.sync.hub.support import HubProcess, cli, hub_engine, status_json

PASSWORD = "correct horse battery"


def _pair(kiosk: KioskContext, hub: HubProcess, *label: str) -> None:
    done = cli("pair", "--hub", hub.url, "--code", hub.pair_code(), "--data-dir", str(kiosk.data_dir), *label)
    assert done.returncode == 0, done.stderr


def test_a_kiosk_paired_again_keeps_its_name_and_one_row(hub: HubProcess, kiosk: KioskContext) -> None:
    set_password(hub.context.engine, PASSWORD)
    coordinator = hub.session()
    assert coordinator.post(hub.url + "/login", data={"password": PASSWORD}, timeout=10).status_code == 200

    def devices() -> list[dict[str, object]]:
        rows: list[dict[str, object]] = coordinator.get(hub.url + "/api/summary", timeout=10).json()["devices"]
        return rows

    _pair(kiosk, hub, "--label", "Front table")
    simulate(kiosk.store, kiosk.campaign, 3)
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    (first,) = devices()
    old_token = get_device_token(kiosk.store.kiosk_id)
    assert coordinator.post(f"{hub.url}/devices/{first['id']}/revoke", timeout=10).status_code == 200
    assert [(d["label"], d["revoked"]) for d in devices()] == [("Front table", True)]

    _pair(kiosk, hub)  # no --label, and the kiosk's label setting is empty
    assert [(d["id"], d["label"], d["revoked"]) for d in devices()] == [(first["id"], "Front table", False)]
    status = status_json(hub)
    assert status["kiosks"] == 1 and status["devices"] == {"active": 1, "revoked": 0}

    # The re-paired kiosk syncs again, and its figures stay in its one row.
    simulate(kiosk.store, kiosk.campaign, 2, seed=2)
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    summary = coordinator.get(hub.url + "/api/summary", timeout=10).json()
    assert [(r["label"], r["count"]) for r in summary["per_kiosk"]] == [("Front table", "5")]
    # Its old token (revoked, and since replaced) opens nothing.
    assert old_token and old_token != get_device_token(kiosk.store.kiosk_id)
    answer = hub.session().get(hub.url + "/v1/totals", headers={"Authorization": f"Bearer {old_token}"},
                               timeout=10)
    assert answer.status_code == 401

    # A name given when pairing again wins over the old one.
    _pair(kiosk, hub, "--label", "Door")
    assert [(d["id"], d["label"]) for d in devices()] == [(first["id"], "Door")]


def test_another_kiosk_is_its_own_row_and_a_kiosk_id_that_is_no_uuid_is_refused(
        hub: HubProcess, kiosk: KioskContext) -> None:
    from sync.hub.devices import list_devices, parse_code

    _pair(kiosk, hub, "--label", "Front table")
    parsed = parse_code(hub.pair_code())
    assert parsed is not None
    other = "0b1c2d3e-0000-4000-8000-000000000001"
    answer = hub.session().post(hub.url + "/v1/devices:enroll", timeout=10,
                                json={"secret": parsed.secret, "kiosk_id": other})
    assert answer.status_code == 200, answer.text
    assert sorted(d.label for d in list_devices(hub.context.engine)) == ["", "Front table"]
    parsed = parse_code(hub.pair_code())
    assert parsed is not None
    answer = hub.session().post(hub.url + "/v1/devices:enroll", timeout=10,
                                json={"secret": parsed.secret, "kiosk_id": "Rosa Peña's tablet"})
    assert answer.status_code == 400 and answer.json()["error"] == "invalid:kiosk_id"
    assert len(list_devices(hub.context.engine)) == 2


def test_enroll_gives_the_same_kiosk_its_row_back(tmp_path: Path, hub_database: str | None) -> None:
    """The database function alone, on SQLite and PostgreSQL: one row per kiosk id, however
    often (and however concurrently) it pairs."""
    from sync.hub.devices import enroll, list_devices, new_pairing_code, parse_code, revoke

    hub = open_hub(tmp_path / "hub", hub_database)
    engine, kiosk_id = hub.engine, "0b1c2d3e-0000-4000-8000-00000000000a"

    def secret() -> str:
        parsed = parse_code(new_pairing_code(engine, hub.certificate.sha256)[0])
        assert parsed is not None
        return parsed.secret

    try:
        device_id, _ = enroll(engine, secret(), "Front table", "1.0", kiosk_id=kiosk_id)
        assert revoke(engine, device_id)
        again, _ = enroll(engine, secret(), "", "1.1", kiosk_id=kiosk_id)
        (row,) = list_devices(engine)
        assert (again, row.label, row.revoked_at, row.app_version) == (device_id, "Front table", None, "1.1")
        # Paired again while live (a re-install that kept its database): still one row, the new name.
        again, _ = enroll(engine, secret(), "Back table", "1.1", kiosk_id=kiosk_id)
        (row,) = list_devices(engine)
        assert (again, row.label, row.revoked_at) == (device_id, "Back table", None)

        # A new kiosk pairing from two places at once (two codes, two hub processes): one row.
        twin = "0b1c2d3e-0000-4000-8000-00000000000b"
        parsed = parse_code(new_pairing_code(engine, hub.certificate.sha256)[0])
        assert parsed is not None
        # new_pairing_code cancels the earlier code: make the second by hand beside the first.
        secrets = [parsed.secret, _second_code(engine)]
        with ThreadPoolExecutor(2) as pool:
            ids = {i for i, _ in pool.map(lambda s: enroll(engine, s, "Twin", "1.0", kiosk_id=twin), secrets)}
        assert len(ids) == 1 and [d.label for d in list_devices(engine)].count("Twin") == 1
    finally:
        hub.close()


def _second_code(engine: Any) -> str:
    """A second live pairing secret (the hub keeps one live at a time; two processes racing can hold two)."""
    from sqlalchemy.orm import Session

    from sync.hub.devices import CODE_LIFETIME, sha256_hex
    from sync.hub.models import PairingCode

    secret, now = "ZZZZ0000", utcnow()
    with Session(engine) as session, session.begin():
        session.add(PairingCode(secret_sha256=sha256_hex(secret), created_at=now, expires_at=now + CODE_LIFETIME))
    return secret
