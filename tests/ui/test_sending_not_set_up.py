"""A kiosk where sending is not set up keeps signatures calmly and says so where it matters.

The demo campaign names Action Network but no petition id: nothing can be sent. The signers
used to read "All signatures sent" before anyone had signed and "Sync needs attention"
after; now their screen counts what is kept here (and says nothing before the first
signature), and the coordinator's admin area says plainly what is going on.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from ui.admin.panel import AdminPanel
from ui.kiosk_window import KioskWindow

NOT_SET_UP = "Saved on this kiosk; sending is not set up."
NOT_SET_UP_ES = "Guardadas en este quiosco; el envío no está configurado."


@pytest.fixture(params=["no token", "token"])
def demo_kiosk(request: pytest.FixtureRequest, kiosk: KioskContext, monkeypatch: pytest.MonkeyPatch) -> KioskContext:
    """The demo campaign as shipped (Action Network, no petition id), with or without a token."""
    assert kiosk.campaign.sync.kind == "osdi" and not kiosk.campaign.sync.petition_id
    if request.param == "token":
        monkeypatch.setenv("PETITION_KIOSK_SYNC_TOKEN", "tok-demo-test-only")
    return kiosk


def _started(window: KioskWindow, qtbot: QtBot) -> None:
    bridge = window.sync_bridge
    assert bridge is not None
    bridge.start()
    qtbot.waitUntil(lambda: bridge.snapshot is not None, timeout=10_000)


def test_the_welcome_screen_shows_nothing_alarming(demo_kiosk: KioskContext, window: KioskWindow,
                                                   qtbot: QtBot) -> None:
    _started(window, qtbot)
    bridge = window.sync_bridge
    assert bridge is not None
    try:
        assert window.sync_indicator.text() == ""  # nothing signed yet: nothing to say, never "all sent"
        simulate(demo_kiosk.store, demo_kiosk.campaign, 3)
        bridge.sync_now()
        qtbot.waitUntil(lambda: bridge.snapshot is not None and bridge.snapshot.pending == 3, timeout=10_000)
        qtbot.wait(300)  # a second round (the pause) must not turn it into an alarm either
        assert window.sync_indicator.text() == "3 signatures saved on this device"
        assert window.sync_indicator.property("attention") is False
    finally:
        bridge.stop()


def test_the_welcome_screen_in_spanish(demo_kiosk: KioskContext, window: KioskWindow, qtbot: QtBot,
                                       spanish: None) -> None:
    simulate(demo_kiosk.store, demo_kiosk.campaign, 2)
    _started(window, qtbot)
    bridge = window.sync_bridge
    assert bridge is not None
    try:
        qtbot.waitUntil(lambda: window.sync_indicator.text() == "2 firmas guardadas en este equipo", timeout=10_000)
    finally:
        bridge.stop()


def test_the_admin_area_says_plainly_that_sending_is_not_set_up(panel: AdminPanel, kiosk: KioskContext) -> None:
    simulate(kiosk.store, kiosk.campaign, 4)
    panel.overview.refresh()
    panel.sync_page.refresh()
    assert panel.overview.sending_state.text() == NOT_SET_UP
    lines = panel.sync_page.last_result.text().splitlines()
    assert lines[:2] == [NOT_SET_UP, "To send them to Action Network, enter the petition id above."]
    assert not any("paused" in line or "problem" in line for line in lines)
    # The coordinator enters the petition id: the notice goes.
    kiosk.settings.set("sync_petition_id", "end-s-comm-2026")
    panel.overview.refresh()
    panel.sync_page.refresh()
    assert panel.overview.sending_state.isHidden()
    assert NOT_SET_UP not in panel.sync_page.last_result.text()


def test_the_admin_area_says_it_in_spanish(panel: AdminPanel, qtbot: QtBot, spanish: None) -> None:
    qtbot.waitUntil(lambda: panel.back_button.text() == "Volver a las firmas", timeout=3000)
    panel.sync_page.refresh()
    panel.overview.refresh()
    assert panel.overview.sending_state.text() == NOT_SET_UP_ES
    assert panel.sync_page.last_result.text().splitlines()[0] == NOT_SET_UP_ES
