"""Issue 22, at the screen: the welcome counter carries no membership bit.

The attacker of the review signed, by taps, as someone who had already signed, and watched the
welcome counter of a sealed kiosk go 1688 → 1689 and back to 1688 once the hub's de-duplicated
total arrived; a new person's 1689 stayed. Here the same probe, tapped as a person would, in
solo mode (syncing to a json server) and in sealed mode (paired with a real hub on 127.0.0.1):
the known signer and an unknown one meet the same texts on every screen, and the welcome
counter, sampled every half second over a window in which the kiosk hears the hub's total
several times, reads the same: one more than before, every time, for both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui.sync_bridge
from kiosk.runtime import KioskContext
from sync.hub.summary import summarize
from tests.sync.helpers import TOKEN
from tests.sync.hub.support import HubProcess, hub_uuids, paired
from tests.sync.servers.json_server import start_json_server
from tests.ui.test_no_membership_oracle import SIGNER, masked, walk
from ui.kiosk_window import KioskWindow
from ui.selftest import KioskDriver
from ui.sync_indicator import SyncSnapshot

pytestmark = pytest.mark.gui

# The sync worker's round (and so a paired kiosk's hearing of the hub's totals) for the test:
# 10 s in the field, 0.4 s here, so a 4 s window holds several hearings instead of sleeping 20 s.
ROUND_MS = 400
SAMPLE_S = 0.5
WINDOW_S = 4.0
MIN_HEARINGS = 2
SETTLE_MS = 30_000
STRANGER = {"given_name": "Rosa", "family_name": "Quispe Mamani", "email": "rosa.quispe@example.org",
            "phone": "2135550188", "postal_code": "90011"}
DIGITS = re.compile(r"\d[\d,]*")


def _counter(window: KioskWindow) -> int:
    found = DIGITS.search(window.welcome.counter.text())
    assert found, window.welcome.counter.text()
    return int(found.group(0).replace(",", ""))


class Rounds:
    """Counts the sync worker's rounds that reported a paired kiosk's state (each heard the hub)."""

    def __init__(self) -> None:
        self.hub_rounds = 0
        self.rounds = 0
        self.last: SyncSnapshot | None = None

    def on_status(self, snapshot: SyncSnapshot) -> None:
        self.rounds += 1
        self.hub_rounds += 1 if snapshot.hub_device else 0
        self.last = snapshot


def _sample(qtbot: QtBot, window: KioskWindow, before: int, rounds: Rounds) -> tuple[list[int], int]:
    """The counter's distance from ``before``, every half second for the window; and how many
    times the kiosk heard the hub meanwhile."""
    heard_before = rounds.hub_rounds
    samples = []
    for _ in range(round(WINDOW_S / SAMPLE_S)):
        qtbot.wait(int(SAMPLE_S * 1000))
        samples.append(_counter(window) - before)
    return samples, rounds.hub_rounds - heard_before


@pytest.fixture
def fast_rounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui.sync_bridge, "POLL_MS", ROUND_MS)


@contextmanager
def _open_window(qtbot: QtBot, kiosk: KioskContext) -> Iterator[tuple[KioskWindow, Rounds]]:
    window = KioskWindow(kiosk, windowed=True)
    window.show_kiosk()
    qtbot.waitExposed(window)
    assert window.sync_bridge is not None
    rounds = Rounds()
    window.sync_bridge.status_changed.connect(rounds.on_status)
    window.sync_bridge.start()
    try:
        yield window, rounds
    finally:
        window.release()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _probe_known_and_unknown(qtbot: QtBot, window: KioskWindow, rounds: Rounds,
                             settled: object) -> dict[str, tuple[object, list[int], int]]:
    """Sign once as SIGNER, then probe with SIGNER again (known) and with a stranger (unknown)."""
    driver = KioskDriver(window)
    walk(driver, SIGNER)
    qtbot.waitUntil(settled, timeout=SETTLE_MS)  # type: ignore[arg-type]
    seen: dict[str, tuple[object, list[int], int]] = {}
    for label, values in (("known", SIGNER), ("unknown", STRANGER)):
        qtbot.waitUntil(lambda: rounds.last is not None and rounds.last.pending == 0, timeout=SETTLE_MS)
        before = _counter(window)
        screens = masked(walk(driver, values), values)
        samples, hearings = _sample(qtbot, window, before, rounds)
        seen[label] = (screens, samples, hearings)
    return seen


def test_solo_a_known_signer_and_a_stranger_see_the_same_screens_and_counter(
        qtbot: QtBot, kiosk: KioskContext, tmp_path: Path, fast_rounds: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETITION_KIOSK_SYNC_TOKEN", TOKEN)
    with start_json_server(tmp_path / "upstream.sqlite3", TOKEN) as server:
        kiosk.settings.set("sync_kind", "json")
        kiosk.settings.set("sync_url", server.url)
        with _open_window(qtbot, kiosk) as (window, rounds):
            seen = _probe_known_and_unknown(qtbot, window, rounds, lambda: len(server.app.stored_uuids()) == 1)
            known, unknown = seen["known"], seen["unknown"]
            assert known[0] == unknown[0]  # every screen's text, the typed values and numbers masked
            print(f"\nsolo: counter minus before, every {SAMPLE_S} s: known {known[1]} unknown {unknown[1]}")
            assert known[1] == unknown[1] == [1] * len(known[1])  # one more, and it stays
            qtbot.waitUntil(lambda: kiosk.store.counts().pending == 0, timeout=SETTLE_MS)
        counts = kiosk.store.counts()
        assert (counts.total, counts.people, counts.synced) == (3, 2, 3)
        # The repeat's signature was settled with the server's answer, never sent: two people upstream.
        assert len(server.app.stored_uuids()) == 2


def test_sealed_a_known_signer_and_a_stranger_see_the_same_screens_and_counter(
        qtbot: QtBot, kiosk: KioskContext, tmp_path: Path, fast_rounds: None) -> None:
    hub = HubProcess(tmp_path / "hub").start()
    try:
        paired(kiosk, hub)
        with _open_window(qtbot, kiosk) as (window, rounds):
            seen = _probe_known_and_unknown(qtbot, window, rounds, lambda: len(hub_uuids(hub)) == 1)
            known, unknown = seen["known"], seen["unknown"]
            assert known[0] == unknown[0]
            # Measured before issue 22: +1 then back to +0 for the known signer once the hub's
            # de-duplicated total arrived. Now +1 for both, through several hearings of the hub.
            print(f"\nsealed: counter minus before, every {SAMPLE_S} s: known {known[1]} ({known[2]} hearings "
                  f"of the hub) unknown {unknown[1]} ({unknown[2]} hearings)")
            assert known[1] == unknown[1] == [1] * len(known[1])
            assert known[2] >= MIN_HEARINGS and unknown[2] >= MIN_HEARINGS
        assert len(hub_uuids(hub)) == 3
        summary = summarize(hub.context.engine, hub.context.campaign)
        assert (summary.signatures, summary.total) == (3, 2)  # the hub knows the person once
    finally:
        hub.stop()
