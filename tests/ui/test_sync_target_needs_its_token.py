"""Issue 13: with the PIN alone, nobody can point the kiosk at their own server and receive its
token and its signers. Changing the server kind or address drops the saved token; the kiosk
sends nothing anywhere until the coordinator types the token for the new server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.runtime import KioskContext
from kiosk.secrets import get_sync_token
from sync.client.config import resolve_config
from sync.client.engine import SyncEngine
from tests.support import COORDINATOR_PIN, valid_signer
from tests.sync.servers.base import RunningServer
from tests.sync.servers.json_server import start_json_server
from ui.admin.sync_page import SyncPage
from ui.kiosk_window import KioskWindow, Step
from ui.selftest import KioskDriver, tap

TOKEN = "tok-campaign-7d1f"


@pytest.fixture
def thief(tmp_path: Path) -> Iterator[RunningServer]:
    """A server that would take the kiosk's real token and keep whatever it is sent."""
    with start_json_server(tmp_path / "thief.sqlite3", TOKEN) as server:
        yield server


def sync_page(window: KioskWindow) -> SyncPage:
    assert window.admin_panel is not None
    return window.admin_panel.sync_page


def save(qtbot, page: SyncPage, url: str, token: str = "") -> None:  # type: ignore[no-untyped-def]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("json"))
    page.url_edit.setText(url)
    if token:
        qtbot.keyClicks(page.token_edit, token)
    page.save_button.setFocus()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)


def test_a_new_server_address_drops_the_token_and_nothing_is_sent_there(
        qtbot, window: KioskWindow, kiosk: KioskContext, thief: RunningServer) -> None:
    kiosk.store.record(valid_signer(kiosk.campaign, 1), kiosk.campaign, "en", False)
    driver = KioskDriver(window)
    driver.open_admin(COORDINATOR_PIN)
    assert driver.step is Step.ADMIN
    page = sync_page(window)
    save(qtbot, page, "https://petitions.example.org", TOKEN)
    assert get_sync_token() == TOKEN

    save(qtbot, page, thief.url)  # someone with the PIN types their own address
    assert get_sync_token() is None
    assert "token was removed" in page.status.text()
    assert "No token is saved yet." in page.token_state.text()
    tap(page.sync_now_button)
    engine = SyncEngine(kiosk.store, kiosk.campaign.id, resolve_config(kiosk.campaign, kiosk.settings))
    engine.run_until_idle(3)
    assert thief.app.log == []  # not one request: neither the token nor a signer went there
    assert kiosk.store.counts().pending == 1


def test_the_token_typed_with_the_new_address_is_kept(qtbot, window: KioskWindow) -> None:
    KioskDriver(window).open_admin(COORDINATOR_PIN)
    page = sync_page(window)
    save(qtbot, page, "https://petitions.example.org", TOKEN)
    save(qtbot, page, "https://other.example.org", "tok-other-22")
    assert get_sync_token() == "tok-other-22"
    save(qtbot, page, "https://other.example.org")  # the same target saved again: the token stays
    assert get_sync_token() == "tok-other-22"


def test_the_token_removed_message_is_in_spanish(qtbot, window: KioskWindow, spanish: None) -> None:
    KioskDriver(window).open_admin(COORDINATOR_PIN)
    page = sync_page(window)
    save(qtbot, page, "https://petitions.example.org", TOKEN)
    save(qtbot, page, "https://otro.example.org")
    assert "se borró el token guardado" in page.status.text()


def test_with_the_set_ups_token_the_target_cannot_be_changed_here(
        qtbot, window: KioskWindow, kiosk: KioskContext, monkeypatch: pytest.MonkeyPatch,
        thief: RunningServer) -> None:
    monkeypatch.setenv("PETITION_KIOSK_SYNC_TOKEN", TOKEN)
    kiosk.store.record(valid_signer(kiosk.campaign, 1), kiosk.campaign, "en", False)
    KioskDriver(window).open_admin(COORDINATOR_PIN)
    page = sync_page(window)
    assert not page.url_edit.isEnabled() and not page.kind_combo.isEnabled()
    assert "comes from the set-up" in page.token_state.text()
    before = resolve_config(kiosk.campaign, kiosk.settings).url
    save(qtbot, page, thief.url)  # typed anyway (the field is disabled for a finger)
    assert resolve_config(kiosk.campaign, kiosk.settings).url == before != thief.url
    assert thief.url not in kiosk.settings.path.read_text(encoding="utf-8")
