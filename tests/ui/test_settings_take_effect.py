"""A saved setting takes effect at once: no "Sync now", no restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.runtime import KioskContext
from kiosk.secrets import set_sync_token
from kiosk.simulate import simulate
from tests.sync.helpers import TOKEN
from tests.sync.servers.base import RunningServer, free_port
from tests.sync.servers.json_server import start_json_server
from ui.admin.panel import AdminPanel
from ui.kiosk_window import KioskWindow, Step
from ui.selftest import draw_on_pad, fill_form, tap
from ui.sync_bridge import SyncBridge


@pytest.fixture
def json_server(tmp_path: Path) -> Iterator[RunningServer]:
    with start_json_server(tmp_path / "new-server.sqlite3", TOKEN) as server:
        yield server


def test_saving_the_sync_url_sends_the_next_sync_to_the_new_server(
        kiosk: KioskContext, json_server: RunningServer, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # The token is in the keyring: a new server address needs its token typed with it (issue 13).
    set_sync_token(TOKEN)
    simulate(kiosk.store, kiosk.campaign, 4)
    kiosk.settings.set("sync_kind", "json")
    kiosk.settings.set("sync_url", f"http://127.0.0.1:{free_port()}")  # nobody listens there
    kiosk.settings.save()
    bridge = SyncBridge(kiosk)  # polls every 10 s: only the saved setting can explain a quick sync
    panel = AdminPanel(kiosk, bridge)
    qtbot.addWidget(panel)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: bridge.snapshot is not None and bridge.snapshot.pending == 4, timeout=10_000)
        assert json_server.app.stored_uuids() == []  # type: ignore[attr-defined]
        page = panel.sync_page
        page.url_edit.setText(json_server.url)
        page.token_edit.setText(TOKEN)  # the new server's token, typed with its address
        tap(page.save_button)  # and never "Sync now"
        qtbot.waitUntil(lambda: len(json_server.app.stored_uuids()) == 4, timeout=8_000)  # type: ignore[attr-defined]
        assert sorted(json_server.app.stored_uuids()) == sorted(kiosk.store.all_uuids())  # type: ignore[attr-defined]
    finally:
        panel.shutdown()
        bridge.stop()


def test_saving_the_inactivity_timeout_changes_when_the_form_clears(
        window: KioskWindow, kiosk: KioskContext, qtbot: QtBot) -> None:
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    fill_form(window, {"given_name": "Ana", "family_name": "Muñoz", "email": "ana@example.org",
                       "postal_code": "90011"})
    tap(window.screens.form.continue_button)
    draw_on_pad(window.screens.signature.pad)
    kiosk.settings.inactivity_timeout_s = 1
    kiosk.settings.save()  # what the admin area's "Save settings" does
    window.note_activity()
    qtbot.waitUntil(window.screens.overlay.isVisible, timeout=3000)
    # Recomputed for a 1 s timeout: the 90 s default counts down from 20.
    assert "5 seconds" in window.screens.overlay.countdown.text()
    assert window.screens.form.values()["given_name"] == "Ana"
    qtbot.waitUntil(lambda: window.current_step() is Step.WELCOME, timeout=8000)
    assert all(value == "" for value in window.screens.form.values().values())
    assert QGuiApplication.clipboard().text() == ""



def test_saving_the_default_language_turns_the_welcome_screen_at_once(
        window: KioskWindow, kiosk: KioskContext) -> None:
    assert window.welcome.start_button.text() == "Tap to sign"
    kiosk.settings.default_language = "es"
    kiosk.settings.save()  # what the admin area's "Save settings" does
    assert window.welcome.start_button.text() == "Toque para firmar"
    tap(window.welcome.start_button)
    tap(window.top_bar.start_over_button)  # a finished session returns to the new default
    assert window.welcome.start_button.text() == "Toque para firmar"
