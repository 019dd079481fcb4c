"""The Qt sync bridge: background syncing that never holds up the screen, and its indicator.

The stall probe (a 5 ms timer on the GUI thread, recording the longest gap between ticks
while signatures sync) is shared with tests/bench/test_sync_bench.py, which runs it with
10,000 signatures and prints the figure; here it runs with fewer and checks behaviour.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtNetwork import QNetworkInformation
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from kiosk.models import SignatureRecord, SyncState
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.upstream.errors import SyncCode
from tests.sync.helpers import TOKEN, rows
from tests.sync.servers.base import RunningServer
from tests.sync.servers.json_server import ServerProcess, start_json_server
from ui.sync_bridge import SyncBridge, network_came_back
from ui.sync_indicator import SyncIndicator, SyncSnapshot

PROBE_INTERVAL_MS = 5
Reach = QNetworkInformation.Reachability


@dataclass(frozen=True)
class StallMeasurement:
    """What the probe saw while the bridge synced."""

    longest_stall_ms: float
    ticks: int
    seconds: float
    final: SyncSnapshot


def measure_sync_stalls(ctx: KioskContext, server_url: str, qtbot: QtBot, timeout_s: float) -> StallMeasurement:
    """Start the bridge against ``server_url`` and probe the GUI event loop until all is sent."""
    ctx.settings.set("sync_kind", "json")
    ctx.settings.set("sync_url", server_url)
    bridge = SyncBridge(ctx, poll_ms=200)
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(PROBE_INTERVAL_MS)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    started = time.perf_counter()
    bridge.start()
    try:
        # Only the snapshot is polled here: the probe must not add its own database work.
        qtbot.waitUntil(lambda: bridge.snapshot is not None and bridge.snapshot.pending == 0,
                        timeout=int(timeout_s * 1000))
        seconds = time.perf_counter() - started
    finally:
        probe.stop()
        bridge.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    longest = max(gaps, default=0.0) * 1000 - PROBE_INTERVAL_MS
    assert bridge.snapshot is not None
    assert _all_synced(ctx)
    return StallMeasurement(max(longest, 0.0), len(ticks), seconds, bridge.snapshot)


def _all_synced(ctx: KioskContext) -> bool:
    counts = ctx.store.counts(ctx.campaign.id)
    return counts.pending == 0 and counts.synced == counts.total


@pytest.fixture
def json_server(tmp_path: Path) -> Iterator[RunningServer]:
    with start_json_server(tmp_path / "gui-server.sqlite3", TOKEN) as server:
        yield server


@pytest.fixture
def token(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("PETITION_KIOSK_SYNC_TOKEN", TOKEN)
    return TOKEN


def test_sync_runs_off_the_gui_thread_and_the_indicator_says_all_sent(
        kiosk: KioskContext, tmp_path: Path, token: str, qtbot: QtBot) -> None:
    simulate(kiosk.store, kiosk.campaign, 1500)
    with ServerProcess(tmp_path / "stall-server.sqlite3", TOKEN) as server:
        bridge_probe = measure_sync_stalls(kiosk, server.url, qtbot, timeout_s=60)
        assert sorted(server.stored_uuids()) == sorted(kiosk.store.all_uuids())
    assert bridge_probe.final.pending == 0 and not bridge_probe.final.needs_attention
    # The GUI loop kept turning while 1,500 signatures went out: the work was elsewhere.
    assert bridge_probe.ticks >= 10
    print(f"longest GUI stall while syncing 1,500: {bridge_probe.longest_stall_ms:.1f} ms")


def test_indicator_counts_waiting_then_all_sent_in_spanish(
        kiosk: KioskContext, json_server: RunningServer, token: str, qtbot: QtBot, spanish: None) -> None:
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    indicator.show_snapshot(SyncSnapshot(True, 3, 0, "", "", ""))
    assert indicator.text() == "3 firmas por enviar"
    indicator.show_snapshot(SyncSnapshot(True, 1, 0, "", "", ""))
    assert indicator.text() == "1 firma por enviar"
    indicator.show_snapshot(SyncSnapshot(True, 0, 0, "auth_failed", "auth_failed", ""))
    assert indicator.text() == "El envío necesita atención"
    simulate(kiosk.store, kiosk.campaign, 5)
    kiosk.settings.set("sync_kind", "json")
    kiosk.settings.set("sync_url", json_server.url)
    bridge = SyncBridge(kiosk, poll_ms=200)
    live = bridge.make_indicator()
    qtbot.addWidget(live)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: live.text() == "Todas las firmas enviadas", timeout=20_000)
    finally:
        bridge.stop()


def test_a_revoked_token_shows_attention_and_sync_now_recovers(
        kiosk: KioskContext, json_server: RunningServer, token: str, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    simulate(kiosk.store, kiosk.campaign, 8)
    json_server.app.tokens.clear()
    kiosk.settings.set("sync_kind", "json")
    kiosk.settings.set("sync_url", json_server.url)
    bridge = SyncBridge(kiosk, poll_ms=200)
    indicator = bridge.make_indicator()
    qtbot.addWidget(indicator)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: bridge.snapshot is not None and bridge.snapshot.needs_attention, timeout=10_000)
        assert indicator.text() == "Sync needs attention"
        assert all(r.state == SyncState.PENDING for r in rows(kiosk))
        json_server.app.tokens.add(TOKEN)  # the coordinator fixed the token on the server side
        bridge.sync_now()
        qtbot.waitUntil(lambda: indicator.text() == "All signatures sent", timeout=10_000)
    finally:
        bridge.stop()
    assert all(r.state == SyncState.SYNCED for r in rows(kiosk))


def test_stop_joins_quickly_even_mid_sync(kiosk: KioskContext, json_server: RunningServer, token: str,
                                          qtbot: QtBot) -> None:
    simulate(kiosk.store, kiosk.campaign, 600)
    kiosk.settings.set("sync_kind", "json")
    kiosk.settings.set("sync_url", json_server.url)
    kiosk.settings.set("sync_url", json_server.url)
    bridge = SyncBridge(kiosk, poll_ms=200)
    bridge.start()
    qtbot.wait(50)
    bridge.stop()
    counts = kiosk.store.counts()
    assert counts.pending + counts.synced == 600
    # Whatever was confirmed is on the server; whatever is not is still pending, never lost.
    stored = set(json_server.app.stored_uuids())  # type: ignore[attr-defined]
    for row in rows(kiosk):
        if row.state == SyncState.SYNCED:
            assert row.uuid in stored


def test_sync_now_applies_settings_saved_in_the_admin_area(
        kiosk: KioskContext, json_server: RunningServer, token: str, qtbot: QtBot) -> None:
    simulate(kiosk.store, kiosk.campaign, 6)
    bridge = SyncBridge(kiosk, poll_ms=200)  # the demo campaign has no petition id yet: paused
    bridge.start()
    try:
        qtbot.waitUntil(lambda: bridge.snapshot is not None and bridge.snapshot.needs_attention, timeout=10_000)
        kiosk.settings.set("sync_kind", "json")
        kiosk.settings.set("sync_url", json_server.url)
        kiosk.settings.set("retention", "immediate")
        bridge.sync_now()
        qtbot.waitUntil(lambda: bridge.snapshot is not None and bridge.snapshot.pending == 0
                        and not bridge.snapshot.needs_attention, timeout=10_000)
    finally:
        bridge.stop()
    assert sorted(json_server.app.stored_uuids()) == sorted(kiosk.store.all_uuids())  # type: ignore[attr-defined]
    assert all(r.sealed is None for r in rows(kiosk)), "the retention setting was not applied"


def test_the_network_coming_back_wakes_sync_at_once(kiosk: KioskContext, json_server: RunningServer,
                                                    token: str, qtbot: QtBot) -> None:
    """Signatures waiting out a lost connection go as soon as the OS says the network is back."""
    info_loaded = QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability)
    if not info_loaded or QNetworkInformation.instance() is None:
        pytest.skip("this platform has no network reachability backend for Qt")
    simulate(kiosk.store, kiosk.campaign, 7)
    # The kiosk had been failing to connect; each signature's next try is an hour away.
    with Session(kiosk.store.engine) as session, session.begin():
        session.execute(update(SignatureRecord).values(
            attempts=30, last_error=SyncCode.CONNECTION.value, next_attempt_at=utcnow() + timedelta(hours=1)))
    kiosk.settings.set("sync_kind", "json")
    kiosk.settings.set("sync_url", json_server.url)
    bridge = SyncBridge(kiosk, poll_ms=200)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: bridge.snapshot is not None, timeout=10_000)
        qtbot.wait(500)
        assert json_server.app.stored_uuids() == []  # type: ignore[attr-defined]  # nothing due yet
        info = QNetworkInformation.instance()
        info.reachabilityChanged.emit(QNetworkInformation.Reachability.Disconnected)
        info.reachabilityChanged.emit(QNetworkInformation.Reachability.Online)
        qtbot.waitUntil(lambda: bridge.snapshot is not None and bridge.snapshot.pending == 0, timeout=10_000)
    finally:
        bridge.stop()
    assert sorted(json_server.app.stored_uuids()) == sorted(kiosk.store.all_uuids())  # type: ignore[attr-defined]


@pytest.mark.parametrize(("before", "now", "wakes"), [
    (Reach.Disconnected, Reach.Online, True),
    (Reach.Disconnected, Reach.Local, True),   # a hub at the venue is on the local network
    (Reach.Local, Reach.Online, True),
    (Reach.Online, Reach.Disconnected, False),
    (Reach.Online, Reach.Local, False),
    (Reach.Online, Reach.Online, False),
    (Reach.Disconnected, Reach.Unknown, False),
    (None, Reach.Online, True),
])
def test_which_reachability_changes_wake_sync(before: Reach | None, now: Reach, wakes: bool) -> None:
    assert network_came_back(before, now) is wakes
