"""Issue 13: the PIN protects. No kiosk works on a PIN everybody knows, and the PIN and its
lockout live in the database, so deleting or corrupting settings.json resets neither."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.pin import DEFAULT_PIN, META_PIN_HASH, PinGuard, hash_pin
from kiosk.runtime import KioskContext, open_kiosk
from tests.support import COORDINATOR_PIN, choose_coordinator_pin
from ui.kiosk_window import KioskWindow, Step
from ui.selftest import KioskDriver, tap


@pytest.fixture
def fresh_kiosk(data_dir: Path) -> Iterator[KioskContext]:
    """A kiosk at its very first start: no PIN chosen yet."""
    ctx = open_kiosk(data_dir)
    yield ctx
    ctx.close()


def open_window(qtbot, ctx: KioskContext) -> KioskWindow:  # type: ignore[no-untyped-def]
    window = KioskWindow(ctx, windowed=True)
    window.show_kiosk()
    qtbot.waitExposed(window)
    return window


def close_window(window: KioskWindow) -> None:
    window.release()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def choose(driver: KioskDriver, first: str, again: str | None = None) -> None:
    driver.enter_pin(first, new=True)
    driver.enter_pin(first if again is None else again, new=True)


def test_the_first_start_asks_for_a_pin_before_the_first_signer(qtbot, fresh_kiosk: KioskContext) -> None:
    window = open_window(qtbot, fresh_kiosk)
    try:
        driver = KioskDriver(window)
        assert driver.step is Step.PIN_CHANGE
        assert "Choose a coordinator PIN" in window.screens.pin_change_pad.prompt.text()
        assert not window.screens.pin_change_pad.cancel_button.isVisible()  # no way around it
        driver.corner_taps()  # nor through the admin gesture
        assert driver.step is Step.PIN_CHANGE
        driver.enter_pin(DEFAULT_PIN, new=True)  # everybody knows it: refused
        assert "too easy to guess" in window.screens.pin_change_pad.status.text()
        choose(driver, "1234")
        assert driver.step is Step.PIN_CHANGE
        choose(driver, COORDINATOR_PIN)
        assert driver.step is Step.WELCOME
        driver.open_admin(COORDINATOR_PIN)
        assert driver.step is Step.ADMIN
        assert PinGuard(fresh_kiosk).try_pin(DEFAULT_PIN) is False  # the old default opens nothing
    finally:
        close_window(window)


def test_the_first_pin_screen_is_in_the_kiosks_language(qtbot, fresh_kiosk: KioskContext, spanish: None) -> None:
    fresh_kiosk.settings.set("default_language", "es")
    window = open_window(qtbot, fresh_kiosk)
    try:
        assert window.current_step() is Step.PIN_CHANGE
        assert "Elija un PIN de coordinador" in window.screens.pin_change_pad.prompt.text()
    finally:
        close_window(window)


def test_a_kiosk_still_on_the_default_pin_is_asked_at_its_next_start(qtbot, fresh_kiosk: KioskContext) -> None:
    # An older release: the default PIN in force (no hash) or chosen as the PIN itself.
    fresh_kiosk.store.set_meta(META_PIN_HASH, hash_pin(DEFAULT_PIN))
    window = open_window(qtbot, fresh_kiosk)
    try:
        assert window.current_step() is Step.PIN_CHANGE
    finally:
        close_window(window)


def test_deleting_or_corrupting_settings_json_resets_neither_pin_nor_lockout(data_dir: Path) -> None:
    ctx = open_kiosk(data_dir)
    choose_coordinator_pin(ctx)
    guard = PinGuard(ctx)
    assert guard.try_pin("0000") is False
    locked = guard.seconds_locked()
    assert locked > 0
    ctx.settings.save()
    settings_file = ctx.settings.path
    ctx.close()
    for damage in ("delete", "corrupt"):
        if damage == "delete":
            settings_file.unlink(missing_ok=True)
        else:
            settings_file.write_text("{ not json", encoding="utf-8")
        reopened = open_kiosk(data_dir)
        try:
            again = PinGuard(reopened)
            assert not again.needs_new_pin()
            assert again.seconds_locked() > 0  # still locked out
            assert again.try_pin(DEFAULT_PIN) is False
        finally:
            reopened.close()


def test_an_older_settings_pin_moves_into_the_database_once(data_dir: Path) -> None:
    ctx = open_kiosk(data_dir)
    ctx.settings.set("pin_hash", hash_pin("864209"))  # where an older release kept it
    ctx.settings.save()
    try:
        assert PinGuard(ctx).try_pin("864209") is True
        stored = ctx.store.get_meta(META_PIN_HASH)
        assert stored is not None and stored.startswith("scrypt$")
        assert "scrypt$" not in ctx.settings.path.read_text(encoding="utf-8")
        # A pin_hash written into settings.json later (by someone with the file) changes nothing.
        planted = json.loads(ctx.settings.path.read_text(encoding="utf-8"))
        planted["pin_hash"] = hash_pin("111111")
        ctx.settings.path.write_text(json.dumps(planted), encoding="utf-8")
    finally:
        ctx.close()
    reopened = open_kiosk(data_dir)
    try:
        assert PinGuard(reopened).try_pin("111111") is False
        reopened.store.set_meta("pin_failures", "0")
        reopened.store.set_meta("pin_locked_until", "0")
        assert PinGuard(reopened).try_pin("864209") is True
    finally:
        reopened.close()


def test_a_mistyped_second_pin_starts_the_first_pin_over(qtbot, fresh_kiosk: KioskContext) -> None:
    window = open_window(qtbot, fresh_kiosk)
    try:
        driver = KioskDriver(window)
        choose(driver, COORDINATOR_PIN, "864209")
        assert driver.step is Step.PIN_CHANGE
        assert not window.screens.pin_change_pad.cancel_button.isVisible()
        assert PinGuard(fresh_kiosk).needs_new_pin()
        tap(window.screens.pin_change_pad.key_button("1"))  # the pad still takes digits
    finally:
        close_window(window)


def test_the_keys_stay_put_between_choose_and_enter_again(qtbot, fresh_kiosk: KioskContext) -> None:
    window = open_window(qtbot, fresh_kiosk)
    try:
        window.resize(1280, 800)
        pad = window.screens.pin_change_pad
        keys = ("1", "5", "9", "clear", "0", "backspace")

        def geometry() -> list[tuple[int, int, int, int]]:
            QApplication.processEvents()
            return [(point.x(), point.y(), button.width(), button.height())
                    for button in map(pad.key_button, keys)
                    for point in [button.mapTo(window, button.rect().topLeft())]]

        choosing = geometry()
        driver = KioskDriver(window)
        driver.enter_pin(COORDINATOR_PIN, new=True)
        assert "again" in pad.prompt.text()
        again = geometry()
        # The same keys, the same size, in the same place: no key moves under the finger.
        assert [(w, h) for _, _, w, h in again] == [(w, h) for _, _, w, h in choosing]
        assert again == choosing
    finally:
        close_window(window)
