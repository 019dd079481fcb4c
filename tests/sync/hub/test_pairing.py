"""Pairing a kiosk with a hub: the code pins the hub's certificate, the token is the
device's alone, and refusals are one clear line with the CLI's exit codes."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.clock import utcnow
from kiosk.models import SyncState
from kiosk.runtime import KioskContext
from kiosk.secrets import get_device_token
from kiosk.simulate import simulate
from sync.client.pairing import load_pairing
from sync.hub.devices import list_devices, revoke
from sync.upstream.errors import SyncCode
from tests.sync.helpers import rows
from tests.sync.hub.support import HubProcess, cli, hub_engine, hub_people, hub_uuids


def _pair(kiosk: KioskContext, url: str, code: str) -> tuple[int, str, str]:
    done = cli("pair", "--hub", url, "--code", code, "--data-dir", str(kiosk.data_dir))
    return done.returncode, done.stdout, done.stderr


def test_pair_code_json_then_pair_from_the_command_line(kiosk: KioskContext, hub: HubProcess) -> None:
    done = cli("hub", "pair-code", "--json", "--data-dir", str(hub.data_dir), "--url", hub.url)
    assert done.returncode == 0, done.stderr
    offer = json.loads(done.stdout)
    assert set(offer) == {"url", "code", "expires_at"} and offer["url"] == hub.url
    groups = offer["code"].split("-")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)
    assert not set(offer["code"]) & set("ILOU")
    # Typed in lower case with spaces, as a person might.
    status, out, err = _pair(kiosk, hub.url, offer["code"].lower().replace("-", " "))
    assert status == 0, err
    assert "paired with the hub" in out
    pairing = load_pairing(kiosk.data_dir)
    assert pairing is not None and pairing.fingerprint == hub.context.certificate.sha256
    token = get_device_token(kiosk.store.kiosk_id)
    assert token and token not in Path(kiosk.data_dir, "hub-pairing.json").read_text()
    assert [d.label for d in list_devices(hub.context.engine)] == [""]
    # The code was one-time: a second kiosk cannot reuse it.
    status, _, err = _pair(kiosk, hub.url, offer["code"])
    assert status == 1 and "refused the pairing code" in err


def test_a_wrong_code_is_refused_in_one_line(kiosk: KioskContext, hub: HubProcess) -> None:
    real = hub.pair_code()
    wrong = real[:-4] + ("AAAA" if not real.endswith("AAAA") else "BBBB")
    status, _, err = _pair(kiosk, hub.url, wrong)
    assert status == 1
    assert err.strip().count("\n") == 0 and "refused the pairing code" in err
    assert load_pairing(kiosk.data_dir) is None and list_devices(hub.context.engine) == []


def test_a_code_that_cannot_be_a_code_is_a_usage_error(kiosk: KioskContext, hub: HubProcess) -> None:
    status, _, err = _pair(kiosk, hub.url, "1234")
    assert status == 2 and "not a pairing code" in err
    status, _, err = _pair(kiosk, hub.url.replace("https", "http"), hub.pair_code())
    assert status == 2 and "https://" in err


def test_an_expired_code_is_refused(kiosk: KioskContext, hub: HubProcess) -> None:
    stale = hub.pair_code(now=utcnow() - timedelta(minutes=16))
    status, _, err = _pair(kiosk, hub.url, stale)
    assert status == 1 and "expired" in err
    assert load_pairing(kiosk.data_dir) is None


def test_a_server_posing_as_the_hub_with_another_certificate_is_refused(
        kiosk: KioskContext, hub: HubProcess, tmp_path: Path) -> None:
    impostor = HubProcess(tmp_path / "impostor").start()
    try:
        code = hub.pair_code()
        status, _, err = _pair(kiosk, impostor.url, code)
        assert status == 1 and "certificate" in err
        # The impostor never heard the secret: nothing enrolled there, and the code still works at the hub.
        assert list_devices(impostor.context.engine) == []
        status, _, err = _pair(kiosk, hub.url, code)
        assert status == 0, err
    finally:
        impostor.stop()


def test_a_synced_kiosk_refuses_an_impostor_on_the_hubs_address(kiosk: KioskContext, hub: HubProcess,
                                                               tmp_path: Path) -> None:
    status, _, err = _pair(kiosk, hub.url, hub.pair_code())
    assert status == 0, err
    simulate(kiosk.store, kiosk.campaign, 5)
    hub.stop()
    # Another hub takes over the same address with its own certificate: the pin refuses it.
    impostor = HubProcess(tmp_path / "impostor", port=hub.port).start()
    try:
        report = hub_engine(kiosk).drain()
        assert report.halt == SyncCode.TLS and report.pending == 5
        assert hub_uuids(impostor) == []
    finally:
        impostor.stop()


def test_a_revoked_kiosk_pauses_and_loses_nothing(kiosk: KioskContext, hub: HubProcess) -> None:
    status, _, err = _pair(kiosk, hub.url, hub.pair_code())
    assert status == 0, err
    simulate(kiosk.store, kiosk.campaign, 10)
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    simulate(kiosk.store, kiosk.campaign, 7, seed=2)
    (device,) = list_devices(hub.context.engine)
    assert revoke(hub.context.engine, device.id)

    done = cli("sync", "--once", "--data-dir", str(kiosk.data_dir))
    assert done.returncode == 1
    assert "revoked" in done.stderr and "pair" in done.stderr
    states = [row.state for row in rows(kiosk)]
    assert states.count(SyncState.SYNCED) == 10 and states.count(SyncState.PENDING) == 7
    assert all(row.attempts == 0 for row in rows(kiosk) if row.state == SyncState.PENDING)
    engine = hub_engine(kiosk)
    assert engine.drain().paused == SyncCode.AUTH_FAILED
    assert len(hub_uuids(hub)) == 10


@pytest.mark.parametrize("path", ["/v1/signatures", "/v1/signatures:batch", "/api/summary", "/api/signatures",
                                  "/export/csv", "/dashboard"])
def test_a_device_token_reads_no_signature_and_no_dashboard(kiosk: KioskContext, hub: HubProcess, path: str) -> None:
    status, _, err = _pair(kiosk, hub.url, hub.pair_code())
    assert status == 0, err
    simulate(kiosk.store, kiosk.campaign, 3)
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    token = get_device_token(kiosk.store.kiosk_id)
    session = hub.session()
    answer = session.get(hub.url + path, headers={"Authorization": f"Bearer {token}"}, timeout=10,
                         allow_redirects=False)
    assert answer.status_code in (303, 401, 403, 404, 405)
    # The kiosk sealed them to the hub: the names are read where they can be opened.
    personal = [p["given_name"] for p in hub_people(hub).values()]
    assert personal and not any(name in answer.text for name in personal)
