"""An idle paired kiosk's welcome counter follows the hub within 5 s (issue 26).

The kiosk showed 2,801 for ten minutes while its hub said 2,876: it heard the hub's figure,
but the counter was drawn only when the page was entered, and it asked only every 10 s. Here
the kiosk sits on its welcome screen, untouched, with the field's timings; another kiosk
uploads to the same real hub; the number on the screen changes within 5 s.
"""

from __future__ import annotations

import re
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.runtime import KioskContext
from tests.sync.hub.support import HubProcess, enroll_over_http, paired
from tests.sync.hub.test_hub_protocol import _signature
from ui.kiosk_window import KioskWindow
from ui.window.steps import Step

pytestmark = pytest.mark.gui

DIGITS = re.compile(r"\d[\d,.\u00a0]*")
FOLLOW_S = 5.0


def _counter(window: KioskWindow) -> int | None:
    found = DIGITS.search(window.welcome.counter.text())
    return int(re.sub(r"\D", "", found.group(0))) if found else None


def test_an_idle_welcome_counter_follows_another_kiosks_upload(qtbot: QtBot, kiosk: KioskContext,
                                                               tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub").start()
    window = KioskWindow(kiosk, windowed=True)
    try:
        paired(kiosk, hub)
        other = enroll_over_http(hub, "127.0.0.7", "Tablet 2")
        window.show_kiosk()
        qtbot.waitExposed(window)
        assert window.sync_bridge is not None
        window.sync_bridge.start()
        start = kiosk.campaign.starting_count
        qtbot.waitUntil(lambda: _counter(window) == start, timeout=15_000)
        assert window.current_step() is Step.WELCOME
        upload = {"kiosk_id": str(uuid.uuid4()), "campaign": kiosk.campaign.id,
                  "signatures": [_signature() for _ in range(7)]}
        answer = hub.session().post(hub.url + "/v1/signatures:batch", json=upload, timeout=10,
                                    headers={"Authorization": f"Bearer {other}"})
        assert answer.status_code == 200
        committed = time.monotonic()
        qtbot.waitUntil(lambda: _counter(window) == start + 7, timeout=int(FOLLOW_S * 1000))
        print(f"\nwelcome counter followed the hub in {time.monotonic() - committed:.1f} s")
        assert window.current_step() is Step.WELCOME  # nobody touched it
    finally:
        window.release()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        hub.stop()
