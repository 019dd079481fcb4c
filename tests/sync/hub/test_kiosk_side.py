"""The kiosk's side of the hub: the admin area's pairing page (Qt, offscreen) and the welcome
counter's combined count, right whether the hub is in reach or not."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.client.hub_link import combined_count, load_pairing
from sync.client.pairing import refresh_hub_totals
from tests.sync.hub.support import HubProcess, hub_engine, paired

pytestmark = pytest.mark.gui


def _page(kiosk: KioskContext, qtbot: QtBot):  # type: ignore[no-untyped-def]
    from ui.admin.pair_page import PairPage

    page = PairPage(kiosk, None)
    qtbot.addWidget(page)
    return page


def test_the_admin_page_pairs_this_kiosk(kiosk: KioskContext, hub: HubProcess, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    page = _page(kiosk, qtbot)
    assert page.current.text() == "This kiosk is not paired with a hub."
    qtbot.keyClicks(page.url_edit, hub.url)
    qtbot.keyClicks(page.code_edit, hub.pair_code().lower())
    with qtbot.waitSignal(page.paired, timeout=30_000):
        qtbot.mouseClick(page.pair_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Paired. This kiosk now sends its signatures to the hub."
    assert hub.url in page.current.text()
    assert load_pairing(kiosk.data_dir) is not None and page.code_edit.text() == ""


@pytest.mark.parametrize(("code", "words"), [
    ("1234", "That is not a pairing code"),
    (None, "The hub refused this code"),
])
def test_a_wrong_code_gets_one_clear_message(kiosk: KioskContext, hub: HubProcess, qtbot: QtBot,
                                             code: str | None, words: str) -> None:
    from PySide6.QtCore import Qt

    page = _page(kiosk, qtbot)
    real = hub.pair_code()
    page.url_edit.setText(hub.url)
    page.code_edit.setText(code if code is not None else real[:-4] + ("AAAA" if not real.endswith("AAAA") else "BBBB"))
    qtbot.mouseClick(page.pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pair_button.isEnabled(), timeout=30_000)
    assert page.status.text().startswith(words)
    assert load_pairing(kiosk.data_dir) is None


def test_the_welcome_count_is_the_campaigns_combined_count_in_reach_or_not(
        kiosk: KioskContext, hub: HubProcess, tmp_path: object) -> None:
    from kiosk.runtime import open_kiosk

    start = kiosk.campaign.starting_count
    assert combined_count(kiosk.data_dir, kiosk.store, kiosk.campaign.id) is None  # not paired: the kiosk's own
    other = open_kiosk(kiosk.data_dir.parent / "other-kiosk")
    try:
        paired(kiosk, hub, "Tablet 1")
        paired(other, hub, "Tablet 2")
        simulate(other.store, other.campaign, 9, seed=3)
        assert hub_engine(other).run_until_idle(30).pending == 0
        simulate(kiosk.store, kiosk.campaign, 4, seed=4)
        assert hub_engine(kiosk).run_until_idle(30).pending == 0
        totals = refresh_hub_totals(kiosk.data_dir, kiosk.store, kiosk.campaign.id)
        assert totals is not None and totals.mine_on_hub == 4
        assert combined_count(kiosk.data_dir, kiosk.store, kiosk.campaign.id) == start + 13
        # The hub goes out of reach; two more sign here: the last known total plus what waits.
        hub.stop()
        simulate(kiosk.store, kiosk.campaign, 2, seed=5)
        assert refresh_hub_totals(kiosk.data_dir, kiosk.store, kiosk.campaign.id) is None
        assert combined_count(kiosk.data_dir, kiosk.store, kiosk.campaign.id) == start + 15
    finally:
        other.close()


def _revoked(kiosk: KioskContext, hub: HubProcess) -> None:
    """Pair, sync, then revoke this kiosk at the hub (as its dashboard does) and sign twice more."""
    from sync.hub.devices import list_devices, revoke

    paired(kiosk, hub)
    simulate(kiosk.store, kiosk.campaign, 3, seed=21)
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    (device,) = list_devices(hub.context.engine)
    assert revoke(hub.context.engine, device.id)
    simulate(kiosk.store, kiosk.campaign, 2, seed=22)


def _indicator_after_a_round(kiosk: KioskContext, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """The welcome screen's sync line, fed by the real sync bridge (its own thread) once sync paused."""
    from ui.sync_bridge import SyncBridge

    bridge = SyncBridge(kiosk, poll_ms=200)
    indicator = bridge.make_indicator()
    qtbot.addWidget(indicator)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: bridge.snapshot is not None and bridge.snapshot.needs_attention, timeout=30_000)
    finally:
        bridge.stop()
    return indicator


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_revoked_kiosk_is_told_to_pair_again_not_to_enter_a_token(
        kiosk: KioskContext, hub: HubProcess, qtbot: QtBot, language: str) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from kiosk.models import SyncState
    from tests.sync.helpers import rows
    from ui.admin.sync_page import SyncPage
    from ui.i18n import qm_files

    translators = []
    if language == "es":
        for qm in qm_files("es"):
            translator = QTranslator()
            assert translator.load(str(qm))
            QCoreApplication.installTranslator(translator)
            translators.append(translator)
    try:
        _revoked(kiosk, hub)
        indicator = _indicator_after_a_round(kiosk, qtbot)
        page = SyncPage(kiosk, None)
        qtbot.addWidget(page)
        page.refresh()
        shown = page.last_result.text()
        if language == "en":
            assert indicator.text() == "The hub no longer accepts this kiosk: pair it again"
            assert "the hub no longer accepts this kiosk" in shown and "Pair it with the hub again" in shown
            assert "token" not in shown.lower()
        else:
            assert indicator.text() == "El centro ya no acepta este quiosco: vincúlelo de nuevo"
            assert "el centro ya no acepta este quiosco" in shown and "Vincúlelo de nuevo" in shown
            assert "token" not in shown.lower()
        # Nothing lost or rejected while it waits: the two new signatures stay pending here.
        states = [row.state for row in rows(kiosk)]
        assert states.count(SyncState.PENDING) == 2 and SyncState.REJECTED not in states
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
