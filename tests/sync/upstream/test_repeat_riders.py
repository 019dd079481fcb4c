"""Issue 22, solo mode: a repeat signer's signature waits and goes like anyone's, and is never sent.

In solo mode the kiosk stores a repeat signer's signature as a row marked ``repeat`` (the count
of signatures moves for it). The outbox carries it like any other (sync/upstream/riders.py): with the
server in reach it is confirmed with its batch, or after one authenticated request that stores
nothing when it is alone; out of reach it waits, with the same reason, like a new signer's; and
the server never hears of the person twice.
"""

from __future__ import annotations

from kiosk.models import SyncState
from kiosk.runtime import KioskContext
from sync.upstream.errors import SyncCode
from tests.support import valid_signer
from tests.sync.helpers import json_config, make_engine, osdi_config, rows
from tests.sync.servers.base import RunningServer, free_port


def _sign(kiosk: KioskContext, given_name: str, email: str) -> str:
    return kiosk.store.record(valid_signer(kiosk.campaign, given_name=given_name, email=email),
                              kiosk.campaign, "es", False)


def _states(kiosk: KioskContext) -> dict[str, tuple[str, str | None, str | None]]:
    return {r.uuid: (r.state, r.last_error, r.server_receipt) for r in rows(kiosk)}


def test_action_network_hears_of_a_person_once_and_a_lone_repeat_is_settled_by_one_read(
        kiosk: KioskContext, osdi_server: RunningServer) -> None:
    engine = make_engine(kiosk, osdi_config(osdi_server.url))
    first = _sign(kiosk, "Ana", "ana@example.org")
    assert engine.run_until_idle(10).pending == 0
    app = osdi_server.app
    # The adapter reads the petition once before its first write (docs/sync-protocol.md).
    reads_before = app.gets  # type: ignore[attr-defined]
    repeat = _sign(kiosk, "ANA", "ana@example.org")
    report = engine.run_until_idle(10)
    assert report.pending == 0 and report.confirmed == 1  # counted as sent, like anyone's
    assert _states(kiosk)[repeat] == (SyncState.SYNCED, None, "repeat")
    assert app.signature_count() == 1 and app.gets == reads_before + 1  # type: ignore[attr-defined]
    # With a new signer in the same batch, the repeat rides along: no extra request at all.
    _sign(kiosk, "Ana", "ana@example.org")
    _sign(kiosk, "Luis", "luis@example.org")
    assert engine.run_until_idle(10).pending == 0
    assert app.signature_count() == 2 and app.gets == reads_before + 1  # type: ignore[attr-defined]
    assert first in {r.uuid for r in rows(kiosk) if not r.repeat}


def test_out_of_reach_a_repeat_waits_with_a_new_signer_and_goes_with_it(
        kiosk: KioskContext, json_server: RunningServer) -> None:
    _sign(kiosk, "Ana", "ana@example.org")
    assert make_engine(kiosk, json_config(json_server.url)).run_until_idle(10).pending == 0
    repeat, new = _sign(kiosk, "Ana", "ana@example.org"), _sign(kiosk, "Marta", "marta@example.org")
    nowhere = make_engine(kiosk, json_config(f"http://127.0.0.1:{free_port()}"))
    report = nowhere.drain()
    assert report.pending == 2
    states = _states(kiosk)
    assert states[repeat] == states[new] == (SyncState.PENDING, SyncCode.CONNECTION.value, None)
    assert make_engine(kiosk, json_config(json_server.url)).run_until_idle(10).pending == 0
    # A repeat alone in the queue, out of reach: the probe fails, it waits as a lone new signer would.
    later = _sign(kiosk, "Marta", "marta@example.org")
    make_engine(kiosk, json_config(f"http://127.0.0.1:{free_port()}")).drain()
    assert _states(kiosk)[later][:2] == (SyncState.PENDING, SyncCode.CONNECTION.value)
    assert sorted(json_server.app.stored_uuids()) == sorted(r.uuid for r in rows(kiosk) if not r.repeat)


def test_a_paused_sync_leaves_a_repeat_waiting_like_anyone(kiosk: KioskContext, json_server: RunningServer) -> None:
    _sign(kiosk, "Ana", "ana@example.org")
    assert make_engine(kiosk, json_config(json_server.url)).run_until_idle(10).pending == 0
    repeat = _sign(kiosk, "Ana", "ana@example.org")
    refused = make_engine(kiosk, json_config(json_server.url), token="not-the-token")
    refused.drain()
    assert refused.paused is SyncCode.AUTH_FAILED
    assert _states(kiosk)[repeat] == (SyncState.PENDING, None, None)
