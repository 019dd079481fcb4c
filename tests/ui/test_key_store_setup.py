"""The first start on a machine with no keyring (issue 13, item 8): the coordinator chooses on
screen where the key lives, instead of meeting "This kiosk cannot take signatures right now".

A machine with no keyring is made as it is for real: the ``keyring.backends.fail`` backend
(``PYTHON_KEYRING_BACKEND``), in this process and in the child ``petition-kiosk run``. What a
coordinator would notice is asserted: the screen speaks the kiosk's language, the protected
file leads to the PIN and then to signing, the key file is private (0600), the next start goes
straight to the welcome screen, a hub leads to the real pairing page (and the hub's token is kept
in the protected file store), the screen fits the tablet sizes with and without larger text,
and a kiosk whose keyring vanished is refused rather than handed a second key.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.errors import KeyStoreUnavailable
from kiosk.runtime import open_kiosk
from kiosk.secrets import device_token_path, key_file_path
from kiosk.settings import load_settings
from tests.support import COORDINATOR_PIN
from tests.ui.test_layout_sizes import MIN_TARGET_PX, problems_on_screen
from ui.kiosk_window import KioskWindow
from ui.screenshots import settle
from ui.selftest import KioskDriver, sign_through_screens, tap
from ui.window.steps import Step

REPO = Path(__file__).resolve().parents[2]
NO_KEYRING_BACKEND = "keyring.backends.fail.Keyring"
SIGNER = {"given_name": "Begoña", "family_name": "Nuñez", "email": "begona@example.org", "postal_code": "90057"}
SPANISH_HEADING = "¿Dónde debe guardar este quiosco su clave?"


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This machine has no keyring (here and in child processes), as a headless kiosk has none."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NO_KEYRING_BACKEND)
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)


def _choose_language(data_dir: Path, language: str) -> None:
    settings, _ = load_settings(data_dir)
    settings.set("default_language", language)
    settings.save()


def _start_window(qtbot: QtBot, data_dir: Path, size: tuple[int, int] = (1280, 800)) -> KioskWindow:
    """What ``petition-kiosk run`` does up to the event loop: paint the welcome screen, then open the store."""
    ctx = open_kiosk(data_dir, open_store=False)
    window = KioskWindow(ctx, windowed=True, defer_storage=True)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.welcome.first_painted_at is not None)  # run waits for the first frame too
    settle()
    window.open_storage()
    settle()
    return window


def _close(window: KioskWindow) -> None:
    window.release()
    window.ctx.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _choose_pin(window: KioskWindow) -> None:
    driver = KioskDriver(window)
    assert driver.step is Step.PIN_CHANGE
    for _ in range(2):  # the new PIN, then the same again
        driver.enter_pin(COORDINATOR_PIN, new=True)


def test_spanish_setup_screen_then_file_then_pin_then_a_signature_and_the_next_start_goes_straight_on(
        qtbot: QtBot, data_dir: Path, no_keyring: None) -> None:
    _choose_language(data_dir, "es")
    window = _start_window(qtbot, data_dir)
    try:
        setup = window.key_store_setup
        assert setup is not None and setup.isVisible() and window.current_step() is Step.KEY_STORE_SETUP
        assert not window.storage_ready
        assert setup.heading.text() == SPANISH_HEADING
        assert setup.file_card.title.text() == "Guardar la clave en un archivo protegido en esta computadora"
        assert "Vincularla con un centro es más seguro" in setup.file_card.note.text()
        assert "no guarda ninguna clave que los abra" in setup.hub_card.note.text()
        assert (setup.file_button.text(), setup.hub_button.text()) == ("Usar un archivo protegido",
                                                                      "Vincular con un centro")
        assert "This kiosk cannot take signatures" not in " ".join(KioskDriver(window).screen_texts())
        # Nobody gets around it: the corner gesture opens no PIN pad, waiting changes nothing.
        KioskDriver(window).corner_taps()
        window.clock.idle.emit()
        assert window.current_step() is Step.KEY_STORE_SETUP

        tap(setup.file_button)
        assert window.current_step() is Step.PIN_CHANGE  # the PIN comes next, before any signer
        assert window.screens.pin_change_pad.prompt.text().startswith("¡Bienvenido")
        _choose_pin(window)
        assert window.current_step() is Step.WELCOME and window.storage_ready
        sign_through_screens(window, SIGNER)
        assert window.current_step() is Step.THANK_YOU
        store = window.ctx.store
        assert store.counts().total == 1
        record_id = next(store.all_uuids())
        personal = store.personal(record_id)
        assert personal is not None and personal.family_name == "Nuñez"
        kiosk_id = store.kiosk_id
    finally:
        _close(window)

    key_file = key_file_path(kiosk_id)
    assert key_file.is_file() and stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert not key_file.resolve().is_relative_to(data_dir.resolve())
    settings, _ = load_settings(data_dir)
    assert settings.key_store == "file"

    again = _start_window(qtbot, data_dir)
    try:
        assert again.key_store_setup is None  # never built: straight to work
        assert again.current_step() is Step.WELCOME and again.storage_ready
        personal = again.ctx.store.personal(record_id)  # the same key, found where it was put
        assert personal is not None and personal.given_name == "Begoña"
    finally:
        _close(again)


def test_the_setup_screen_follows_the_top_bars_language_buttons(qtbot: QtBot, data_dir: Path,
                                                                no_keyring: None) -> None:
    window = _start_window(qtbot, data_dir)
    try:
        setup = window.key_store_setup
        assert setup is not None and setup.heading.text() == "Where should this kiosk keep its key?"
        tap(window.top_bar.language_buttons["es"])
        qtbot.waitUntil(lambda: setup.heading.text() == SPANISH_HEADING)
        assert setup.file_button.text() == "Usar un archivo protegido"
        settle()
        assert problems_on_screen(window, "key-store-setup") == []  # the longer words are not cut off
    finally:
        _close(window)


def test_pairing_with_a_hub_leads_from_the_pin_to_the_pairing_page_and_keeps_the_token_in_the_file_store(
        qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.sync.hub.support import HubProcess

    # The hub runs on a machine of its own kind (with a keyring); only the kiosk has none.
    hub = HubProcess(tmp_path / "hub", extra_env={"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"})
    hub.start()
    code = hub.pair_code()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NO_KEYRING_BACKEND)
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    window = _start_window(qtbot, data_dir, (800, 1280))
    try:
        setup = window.key_store_setup
        assert setup is not None
        tap(setup.hub_button)
        _choose_pin(window)
        panel = window.admin_panel
        assert panel is not None and window.current_step() is Step.ADMIN  # no signer comes between
        page = panel.pair_page
        assert panel.tabs.currentWidget().isAncestorOf(page)  # the Sync tab, where pairing is
        assert page.url_edit.isVisible() and page.url_edit.hasFocus()
        statement = panel.overview.protection.text
        panel.overview.refresh()
        assert statement.text().startswith("Solo mode")
        page.url_edit.setText(hub.url)
        page.code_edit.setText(code)
        with qtbot.waitSignal(page.paired, timeout=30_000):
            tap(page.pair_button)
        assert page.status.text() == "Paired. This kiosk now sends its signatures to the hub."
        panel.overview.refresh()
        assert statement.text().startswith("Sealed mode") and "holds no key that opens it" in statement.text()
        token_file = device_token_path(window.ctx.store.kiosk_id)
        assert token_file.is_file() and stat.S_IMODE(token_file.stat().st_mode) == 0o600
        assert panel.key_store_warning.isVisibleTo(panel)  # the file store keeps its warning
    finally:
        _close(window)
        keyring.set_keyring(previous)
        hub.stop()


@pytest.mark.parametrize("size", [(800, 1280), (1280, 800)])
@pytest.mark.parametrize("larger_text", [False, True])
def test_the_setup_screen_fits_the_tablet_both_ways_also_with_larger_text(
        qtbot: QtBot, data_dir: Path, no_keyring: None, size: tuple[int, int], larger_text: bool) -> None:
    _choose_language(data_dir, "es")  # the longer words
    window = _start_window(qtbot, data_dir, size)
    try:
        if larger_text:
            tap(window.top_bar.larger_text_button)
            settle()
        setup = window.key_store_setup
        assert setup is not None
        assert problems_on_screen(window, "key-store-setup") == []
        viewport = setup.scroll_area.viewport()
        for button in (setup.file_button, setup.hub_button):
            setup.scroll_area.ensureWidgetVisible(button, 0, 0)
            settle()
            where = QRect(button.mapTo(viewport, button.rect().topLeft()), button.size())
            assert viewport.rect().contains(where), f"{button.text()} not reachable at {where}"
            assert button.height() >= MIN_TARGET_PX and button.width() >= viewport.width() // 3  # a big target
    finally:
        _close(window)


def test_the_environment_variable_still_decides_for_scripted_set_ups(
        qtbot: QtBot, data_dir: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETITION_KIOSK_KEY_STORE", "file")
    window = _start_window(qtbot, data_dir)
    try:
        assert window.key_store_setup is None  # no question: the set-up script chose
        assert window.current_step() is Step.PIN_CHANGE and window.storage_ready
        assert key_file_path(window.ctx.store.kiosk_id).is_file()
    finally:
        _close(window)
    settings, _ = load_settings(data_dir)
    assert settings.key_store == "keyring"  # nothing saved: the variable decides on each start


def test_a_kiosk_whose_keyring_went_away_is_refused_not_given_a_second_key(
        qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = open_kiosk(data_dir)
    first.store.ensure_key()  # its key lives in the keyring
    first.close()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NO_KEYRING_BACKEND)
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    ctx = open_kiosk(data_dir, open_store=False)
    window = KioskWindow(ctx, windowed=True, defer_storage=True)
    try:
        with pytest.raises(KeyStoreUnavailable):
            window.open_storage()  # petition-kiosk run shows the start failure for this
        assert window.key_store_setup is None and not window.storage_ready
    finally:
        keyring.set_keyring(previous)
        _close(window)


def _run(data_dir: Path, env: dict[str, str]) -> tuple[int, dict[str, dict[str, object]], str]:
    result = subprocess.run([sys.executable, "-m", "tests.ui.key_store_setup_child", "--data-dir", str(data_dir)],
                            cwd=REPO, capture_output=True, text=True, env={**os.environ, **env}, timeout=240)
    reports = {}
    for line in result.stdout.splitlines():
        tag, _, payload = line.partition(" ")
        reports[tag] = json.loads(payload)
    return result.returncode, reports, result.stderr


def test_the_readme_start_command_without_a_keyring_reaches_the_setup_screen_and_then_signs(
        data_dir: Path) -> None:
    _choose_language(data_dir, "es")
    env = {"PYTHON_KEYRING_BACKEND": NO_KEYRING_BACKEND}

    code, reports, stderr = _run(data_dir, env)

    assert code == 0, stderr
    assert "FAILURE" not in reports
    setup = reports["SETUP"]
    assert setup["step"] == "keystoresetup" and setup["storage_ready"] is False
    assert setup["texts"][0] == SPANISH_HEADING  # type: ignore[index]
    assert reports["READY"]["step"] == "pinchange"  # the file chosen, the PIN comes next
    assert reports["SIGNED"] == {"step": "thankyou", "stored": 1, "people": 1}
    assert not [line for line in stderr.splitlines() if line.startswith("petition-kiosk")]  # no refusal line
    log = "\n".join(p.read_text("utf-8") for p in (data_dir / "logs").glob("kiosk.log*"))
    assert "first start without a keyring: asking where the data key lives" in log
    for personal in ("Begoña", "Nuñez", "begona@"):
        assert personal not in log
    keys = list(Path(os.environ["XDG_CONFIG_HOME"]).rglob("*.key"))
    assert len(keys) == 1 and stat.S_IMODE(keys[0].stat().st_mode) == 0o600

    code, reports, stderr = _run(data_dir, env)  # the next start: no question, no PIN to choose

    assert code == 0, stderr
    assert "SETUP" not in reports
    assert reports["READY"]["step"] == "welcome"
    # The same signer again: thanked, and counted once among the people, because the kiosk found
    # its keys (the data key and the contact keys) in the protected file chosen at the first start.
    # (Issue 22: the repeat's signature is stored too, so the signatures are two.)
    assert reports["SIGNED"] == {"step": "thankyou", "stored": 2, "people": 1}


def test_a_protected_file_that_would_sit_in_the_data_dir_is_refused_after_the_choice_with_one_line(
        data_dir: Path) -> None:
    env = {"PYTHON_KEYRING_BACKEND": NO_KEYRING_BACKEND, "XDG_CONFIG_HOME": str(data_dir / "config")}

    code, reports, stderr = _run(data_dir, env)

    assert code == 1  # Close tapped on the failure screen: the run ends as any failed start does
    assert "SETUP" in reports and "READY" not in reports and "SIGNED" not in reports
    _heading, _reason, _advice, detail, _close = reports["FAILURE"]["texts"]  # type: ignore[misc]
    assert "inside the data dir" in detail
    ours = [line for line in stderr.splitlines() if line.startswith("petition-kiosk")]
    assert len(ours) == 1 and "inside the data dir" in ours[0], stderr
    assert not list(data_dir.rglob("*.key")), "a key was written beside the data"
