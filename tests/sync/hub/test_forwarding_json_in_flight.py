"""A json upstream (a campaign hub) takes a batch that was in flight when the hub died once, by UUID.

The json protocol cannot be read back, and need not be: the forwarder sends the batch again,
the server answers "duplicate" for what it already stored (docs/sync-protocol.md; a real hub's
ingest does the same, tests/sync/hub/test_hub_protocol.py), and each record is stored once.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.hub.leases import LEASE_ENV
from tests.sync.helpers import TOKEN
from tests.sync.hub.support import HubProcess, forward_to, hub_engine, paired, upstream_states, wait_for
from tests.sync.servers.base import Fault
from tests.sync.servers.json_server import JsonProtocolApp, start_json_server

LEASE_S = 1.0
SIGNERS = 8
STALL_S = 2.0  # the kill lands within milliseconds of the hold; from then on the answer reaches nobody


def test_a_json_upstream_takes_a_batch_in_flight_at_a_kill_once_by_uuid(
        kiosk: KioskContext, tmp_path: Path) -> None:
    with start_json_server(tmp_path / "campaign.sqlite3", TOKEN) as campaign:
        app = campaign.app
        assert isinstance(app, JsonProtocolApp)
        app.faults.add(Fault.HANG_AFTER_COMMIT, seconds=STALL_S)
        hub = HubProcess(tmp_path / "hub", extra_env={LEASE_ENV: str(LEASE_S)}).start()
        try:
            paired(kiosk, hub, "Tablet 1")
            simulate(kiosk.store, kiosk.campaign, SIGNERS, seed=26)
            assert hub_engine(kiosk).run_until_idle(30).pending == 0
            everyone = set(kiosk.store.all_uuids())
            forward_to(hub, "json", campaign.url, TOKEN)
            assert app.held.wait(30), "the batch never reached the campaign server"
            hub.kill()  # with the whole batch stored upstream and its answer in flight
            assert upstream_states(hub).get("synced", 0) == 0
            hub.start()
            assert wait_for(lambda: upstream_states(hub).get("synced", 0) == len(everyone), 60)
            stored = app.stored_uuids()
            assert sorted(stored) == sorted(everyone)  # each once: the UUID is the server's key
            assert app.delivery_count() == 2 * len(everyone)  # the batch really went twice
        finally:
            hub.stop()
