"""Sync benchmarks (run: pytest tests/bench/test_sync_bench.py -m bench -s).

- json: 10,000 signatures to the loopback protocol v1 server, beside the raw rate of posting
  the very same batch bodies with a bare ``requests.Session`` (to a fresh server) in the
  same run. Target: at least 0.5 of the raw rate.
- osdi: requests per second over 200 signatures against the 4/s limit. Target: at least
  3.8/s with zero 429s.
- GUI: the longest event-loop stall while 10,000 signatures sync, beside the longest stall
  of the same probe on an idle loop. Target: at most 50 ms.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

from kiosk.clock import utcnow
from kiosk.outbox import due_batch
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.client.engine import SyncEngine
from sync.upstream.adapters.json_batch import BATCH_PATH, encode_batch
from sync.upstream.target import KIND_JSON, KIND_OSDI, SyncConfig
from tests.bench.smoke import bound, sized
from tests.sync.helpers import PETITION, TOKEN, assert_exactly_once
from tests.sync.servers.json_server import ServerProcess
from tests.sync.servers.osdi_server import start_osdi_server
from tests.ui.test_sync_bridge import PROBE_INTERVAL_MS, measure_sync_stalls

JSON_COUNT = sized(10_000, 300)
OSDI_COUNT = sized(200, 8)
STALL_BUDGET_MS = 50.0


def _bodies(kiosk: KioskContext, engine: SyncEngine) -> list[bytes]:
    """The batch bodies the engine will send, built the engine's way (outside any timing)."""
    bodies, offset = [], 0
    rows = due_batch(kiosk.store.engine, kiosk.campaign.id, utcnow(), JSON_COUNT)
    while offset < len(rows):
        outgoing, _ = engine.outgoing(rows[offset:offset + 500])
        bodies.append(encode_batch(outgoing))
        offset += 500
    return bodies


def test_json_throughput_against_raw_posting(kiosk: KioskContext, tmp_path: Path) -> None:
    assert simulate(kiosk.store, kiosk.campaign, JSON_COUNT) == JSON_COUNT
    with ServerProcess(tmp_path / "raw.sqlite3", TOKEN) as raw_server, \
            ServerProcess(tmp_path / "kiosk.sqlite3", TOKEN) as server:
        config = SyncConfig(kind=KIND_JSON, url=server.url)
        engine = SyncEngine(kiosk.store, kiosk.campaign.id, config, token_source=lambda: TOKEN)
        bodies = _bodies(kiosk, engine)
        session = requests.Session()
        session.trust_env = False
        headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json; charset=utf-8"}
        started = time.perf_counter()
        for body in bodies:
            assert session.post(raw_server.url + BATCH_PATH, data=body, headers=headers, timeout=60).status_code == 200
        raw_s = time.perf_counter() - started

        started = time.perf_counter()
        report = engine.run_until_idle(300)
        kiosk_s = time.perf_counter() - started
        assert report.pending == 0
        assert_exactly_once(server.stored_uuids(), kiosk)
    raw_rate, kiosk_rate = JSON_COUNT / raw_s, JSON_COUNT / kiosk_s
    ratio = kiosk_rate / raw_rate
    print(f"\njson sync: {kiosk_rate:,.0f} signatures/s ({JSON_COUNT:,} in {kiosk_s:.2f} s); "
          f"raw requests.Session posting the same {len(bodies)} batches: {raw_rate:,.0f}/s; "
          f"ratio {ratio:.2f} (target >= 0.5)")
    bound(ratio >= 0.5, f"json sync {ratio:.2f} of raw posting >= 0.5")


def test_osdi_request_rate_against_the_limit(kiosk: KioskContext, tmp_path: Path) -> None:
    simulate(kiosk.store, kiosk.campaign, OSDI_COUNT)
    with start_osdi_server(tmp_path / "osdi.sqlite3", TOKEN, PETITION) as server:
        config = SyncConfig(kind=KIND_OSDI, url=server.url, petition_id=PETITION)
        engine = SyncEngine(kiosk.store, kiosk.campaign.id, config, token_source=lambda: TOKEN)
        started = time.perf_counter()
        report = engine.run_until_idle(300)
        elapsed = time.perf_counter() - started
        too_many = server.app.too_many_requests()  # type: ignore[attr-defined]
        assert_exactly_once(server.app.kiosk_ids(), kiosk)  # type: ignore[attr-defined]
    rate = report.requests / elapsed
    print(f"\nosdi sync: {report.requests} requests in {elapsed:.2f} s = {rate:.2f} requests/s; "
          f"{rate / 4:.3f} of the 4/s limit; 429s: {too_many} (target >= 3.8/s, zero 429s)")
    assert too_many == 0  # never over the limit, at any size
    bound(rate >= 3.8, f"osdi {rate:.2f} requests/s >= 3.8")


def test_gui_stall_while_syncing_10000(kiosk: KioskContext, tmp_path: Path, qtbot: QtBot,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer

    monkeypatch.setenv("PETITION_KIOSK_SYNC_TOKEN", TOKEN)
    simulate(kiosk.store, kiosk.campaign, JSON_COUNT)
    # Baseline: the same probe on an idle event loop for two seconds.
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(PROBE_INTERVAL_MS)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    qtbot.wait(2000)
    probe.stop()
    idle_ms = max(max(b - a for a, b in itertools.pairwise(ticks)) * 1000 - PROBE_INTERVAL_MS, 0.1)
    with ServerProcess(tmp_path / "gui.sqlite3", TOKEN) as server:
        measured = measure_sync_stalls(kiosk, server.url, qtbot, timeout_s=300)
        assert len(server.stored_uuids()) == JSON_COUNT
    print(f"\nGUI: longest event-loop stall while {JSON_COUNT:,} signatures synced ({measured.seconds:.1f} s): "
          f"{measured.longest_stall_ms:.1f} ms; idle baseline {idle_ms:.1f} ms "
          f"(x{measured.longest_stall_ms / idle_ms:.1f}); budget {STALL_BUDGET_MS:.0f} ms")
    bound(measured.longest_stall_ms <= STALL_BUDGET_MS,
          f"longest stall {measured.longest_stall_ms:.1f} ms <= {STALL_BUDGET_MS:.0f} ms")
