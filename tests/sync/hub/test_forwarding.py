"""The hub forwards what it receives upstream, exactly once: to Action Network (the osdi
double) and to another json server, through faults; duplicates across kiosks go once; the
receipts flow back to the kiosk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.runtime import KioskContext, open_kiosk
from kiosk.simulate import simulate
from sync.client.pairing import fetch_receipts, load_pairing
from tests.sync.helpers import PETITION, TOKEN
from tests.sync.hub.support import (
    HubProcess,
    forward_to,
    hub_engine,
    hub_uuids,
    paired,
    status_json,
    upstream_states,
    wait_for,
)
from tests.sync.servers.base import Fault, RunningServer
from tests.sync.servers.json_server import start_json_server
from tests.sync.servers.osdi_server import start_osdi_server


@pytest.fixture
def osdi(tmp_path: Path) -> Iterator[RunningServer]:
    with start_osdi_server(tmp_path / "osdi.sqlite3", TOKEN, PETITION) as server:
        yield server


def _delivered(hub: HubProcess, count: int) -> bool:
    return upstream_states(hub).get("synced", 0) >= count


@pytest.mark.parametrize("fault", [None, Fault.RATE_LIMITED, Fault.ERROR_500, Fault.EMPTY_200, Fault.HANG,
                                   Fault.RESET_AFTER_COMMIT])
def test_forwarded_to_action_network_exactly_once(kiosk: KioskContext, hub: HubProcess, osdi: RunningServer,
                                                 fault: Fault | None) -> None:
    if fault is not None:
        osdi.app.faults.add(fault, times=2, seconds=3)
    osdi.app.retry_after_s = 1
    paired(kiosk, hub)
    simulate(kiosk.store, kiosk.campaign, 8)
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    forward_to(hub, "osdi", osdi.url, TOKEN, PETITION)
    assert wait_for(lambda: _delivered(hub, 8), 90)
    upstream = osdi.app.kiosk_ids()  # type: ignore[attr-defined]
    assert sorted(upstream) == sorted(kiosk.store.all_uuids())
    assert osdi.app.too_many_requests() == (2 if fault is Fault.RATE_LIMITED else 0)  # type: ignore[attr-defined]
    status = status_json(hub)
    assert status["upstream_synced"] == 8 and status["upstream_pending"] == 0
    pairing = load_pairing(kiosk.data_dir)
    assert pairing is not None
    assert set((fetch_receipts(pairing, list(kiosk.store.all_uuids())) or {}).values()) == {"delivered_upstream"}


def test_the_action_network_key_stays_on_the_hub(kiosk: KioskContext, hub: HubProcess, osdi: RunningServer) -> None:
    paired(kiosk, hub)
    forward_to(hub, "osdi", osdi.url, TOKEN, PETITION)
    # The kiosk's own store, settings and pairing hold no upstream key.
    for path in kiosk.data_dir.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path.name
    for path in hub.data_dir.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path.name


def test_an_event_hub_forwards_to_a_campaign_server_and_a_repeat_signer_goes_once(
        kiosk: KioskContext, hub: HubProcess, tmp_path: Path) -> None:
    with start_json_server(tmp_path / "campaign.sqlite3", TOKEN) as campaign:
        campaign.app.faults.add(Fault.RESET_AFTER_COMMIT)
        campaign.app.faults.add(Fault.ERROR_500)
        second = open_kiosk(tmp_path / "kiosk-2")
        try:
            paired(kiosk, hub, "Tablet 1")
            paired(second, hub, "Tablet 2")
            # The same seed: the same people sign at both kiosks (different UUIDs).
            simulate(kiosk.store, kiosk.campaign, 10, seed=5)
            simulate(second.store, second.campaign, 10, seed=5)
            assert hub_engine(kiosk).run_until_idle(30).pending == 0
            assert hub_engine(second).run_until_idle(30).pending == 0
            assert len(hub_uuids(hub)) == 20
            status = status_json(hub)  # issue 22: "total" counts signatures, "people" each person once
            assert (status["people"], status["total"]) == (10, 20)
            forward_to(hub, "json", campaign.url, TOKEN)
            assert wait_for(lambda: _delivered(hub, 10), 60)
            upstream = campaign.app.stored_uuids()  # type: ignore[attr-defined]
            assert len(upstream) == 10 and sorted(upstream) == sorted(kiosk.store.all_uuids())
            # The second kiosk's copies of those people are "delivered" with the first's.
            pairing = load_pairing(second.data_dir)
            assert pairing is not None
            receipts = fetch_receipts(pairing, list(second.store.all_uuids())) or {}
            assert set(receipts.values()) == {"delivered_upstream"} and len(receipts) == 10
            # A kiosk learns about its own signatures only.
            assert fetch_receipts(pairing, list(kiosk.store.all_uuids())) == {}
        finally:
            second.close()
