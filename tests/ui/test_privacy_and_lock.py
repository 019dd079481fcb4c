"""Privacy on screen (clearing after every session) and the kiosk lock (keys, close, PIN)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk.pin import FIRST_DELAY_S, META_PIN_HASH, PinGuard, lockout_delay_s
from kiosk.runtime import KioskContext, open_kiosk
from tests.support import COORDINATOR_PIN, choose_coordinator_pin
from ui.kiosk_window import CORNER_TAPS, KioskWindow, Step
from ui.selftest import KioskDriver, draw_on_pad, fill_form, sign_through_screens, tap

SIGNER = {"given_name": "Ana", "family_name": "Muñoz", "email": "ana@example.org", "postal_code": "90011"}


def _start_filling(window: KioskWindow) -> None:
    tap(window.welcome.language_buttons["es"])
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    fill_form(window, SIGNER)
    tap(window.screens.form.consent)
    tap(window.screens.form.continue_button)
    draw_on_pad(window.screens.signature.pad)
    QGuiApplication.clipboard().setText("ana@example.org")


def _assert_everything_cleared(window: KioskWindow) -> None:
    assert window.current_step() is Step.WELCOME
    assert all(value == "" for value in window.screens.form.values().values())
    assert not window.screens.form.consent_given()
    assert window.screens.signature.pad.is_empty()
    assert window.screens.signature.pad.signature() is None
    assert window.screens.review.pad.signature() is None
    assert QGuiApplication.clipboard().text() == ""
    assert window.language == window.default_language


def test_start_over_clears_every_field_the_pad_and_the_clipboard(window: KioskWindow) -> None:
    _start_filling(window)
    assert window.screens.form.values()["given_name"] == "Ana"
    assert not window.screens.signature.pad.is_empty()
    tap(window.top_bar.start_over_button)
    _assert_everything_cleared(window)


def test_thank_you_clears_every_field_the_pad_and_the_clipboard(window: KioskWindow) -> None:
    _start_filling(window)
    tap(window.screens.signature.continue_button)
    tap(window.screens.review.submit_button)
    assert window.current_step() is Step.THANK_YOU
    # Already cleared while "thank you" shows: only the first name remains on screen.
    assert all(value == "" for value in window.screens.form.values().values())
    assert window.screens.signature.pad.is_empty()
    assert QGuiApplication.clipboard().text() == ""
    tap(window.screens.thank_you.done_button)
    _assert_everything_cleared(window)


@pytest.mark.parametrize("leave", ["start_over", "thank_you"])
def test_the_next_signer_cannot_undo_the_last_signers_text_back(window: KioskWindow, leave: str) -> None:
    """Ctrl+Z (a physical keyboard, or a field's Undo menu) in the next signer's form brings back nothing."""
    _start_filling(window)
    if leave == "start_over":
        tap(window.top_bar.start_over_button)
    else:
        tap(window.screens.signature.continue_button)
        tap(window.screens.review.submit_button)
        tap(window.screens.thank_you.done_button)
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    form = window.screens.form
    for name, field in form.fields.items():
        tap(field)
        QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert field.text() == "", name
        assert not field.isUndoAvailable(), name


def test_inactivity_shows_a_countdown_then_clears_everything(window: KioskWindow, kiosk: KioskContext,
                                                             qtbot) -> None:
    kiosk.settings.set("inactivity_timeout_s", 1)
    window.clock.countdown_s = 2
    _start_filling(window)
    window.note_activity()
    qtbot.waitUntil(window.screens.overlay.isVisible, timeout=3000)
    assert window.screens.overlay.question.text() == "¿Sigue ahí?"
    assert "2 segundos" in window.screens.overlay.countdown.text()
    assert window.screens.form.values()["given_name"] == "Ana"  # nothing cleared before the countdown ends
    qtbot.waitUntil(lambda: window.current_step() is Step.WELCOME, timeout=5000)
    assert not window.screens.overlay.isVisible()
    _assert_everything_cleared(window)


def test_still_here_keeps_the_form(window: KioskWindow, kiosk: KioskContext, qtbot) -> None:
    kiosk.settings.set("inactivity_timeout_s", 1)
    window.clock.countdown_s = 30
    _start_filling(window)
    window.note_activity()
    qtbot.waitUntil(window.screens.overlay.isVisible, timeout=3000)
    tap(window.screens.overlay.stay_button)
    assert not window.screens.overlay.isVisible()
    assert window.current_step() is Step.SIGNATURE
    assert window.screens.form.values()["given_name"] == "Ana"
    assert not window.screens.signature.pad.is_empty()


@pytest.mark.parametrize(("key", "modifiers"), [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
])
def test_escape_keys_leave_the_kiosk_open_and_the_form_intact(window: KioskWindow, qtbot, key, modifiers) -> None:
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    fill_form(window, {"given_name": "Ana"})
    QTest.keyClick(window.screens.form.fields["given_name"], key, modifiers)
    QTest.keyClick(window, key, modifiers)
    qtbot.wait(50)
    assert window.isVisible()
    assert window.current_step() is Step.FORM
    assert window.screens.form.values()["given_name"] == "Ana"


def test_close_event_is_refused_until_the_coordinator_exits(window: KioskWindow, qtbot) -> None:
    assert window.close() is False
    qtbot.wait(20)
    assert window.isVisible()
    window.exit_kiosk()
    assert not window.isVisible()


def test_full_screen_and_frameless_unless_windowed(qtbot, kiosk: KioskContext) -> None:
    locked = KioskWindow(kiosk, windowed=False)
    qtbot.addWidget(locked)
    locked.show_kiosk()
    assert locked.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert locked.windowState() & Qt.WindowState.WindowFullScreen
    locked.release()


def _corner_taps(window: KioskWindow, count: int = CORNER_TAPS) -> None:
    for _ in range(count):
        QTest.mouseClick(window.top_bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))


def _enter_pin(window: KioskWindow, pin: str) -> None:
    for digit in pin:
        tap(window.screens.pin_pad.key_button(digit))
    tap(window.screens.pin_pad.ok_button)


def test_five_corner_taps_open_the_pin_pad_and_the_right_pin_opens_admin(window: KioskWindow) -> None:
    _corner_taps(window, CORNER_TAPS - 1)
    assert window.current_step() is Step.WELCOME
    _corner_taps(window, 1)
    assert window.current_step() is Step.PIN
    _enter_pin(window, COORDINATOR_PIN)
    assert window.current_step() is Step.ADMIN


def test_cancelling_the_pin_pad_returns_to_the_signer_with_the_form_kept(window: KioskWindow) -> None:
    tap(window.welcome.start_button)
    tap(window.screens.petition.continue_button)
    fill_form(window, {"given_name": "Ana"})
    KioskDriver(window).corner_taps()
    assert window.current_step() is Step.PIN
    tap(window.screens.pin_pad.cancel_button)
    assert window.current_step() is Step.FORM
    assert window.screens.form.values()["given_name"] == "Ana"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_wrong_pins_lock_the_pad_for_a_growing_delay(window: KioskWindow, kiosk: KioskContext) -> None:
    clock = FakeClock()
    window.pin_guard = PinGuard(kiosk, clock)
    driver = KioskDriver(window)
    driver.corner_taps()
    _enter_pin(window, "0000")
    assert window.screens.pin_pad.locked
    assert not window.screens.pin_pad.key_button("1").isEnabled()
    assert "Try again in" in window.screens.pin_pad.status.text()
    first = window.pin_guard.seconds_locked()
    assert first == pytest.approx(FIRST_DELAY_S, abs=1)
    _enter_pin(window, COORDINATOR_PIN)  # ignored while locked: not even the right PIN gets in
    assert window.current_step() is Step.PIN

    clock.now += first + 1
    tap(window.screens.pin_pad.cancel_button)  # come back later, and make the gesture again
    driver.corner_taps()
    assert window.current_step() is Step.PIN
    assert not window.screens.pin_pad.locked
    _enter_pin(window, "1111")
    second = window.pin_guard.seconds_locked()
    assert second > first
    assert second == pytest.approx(lockout_delay_s(2), abs=1)


def test_the_lockout_survives_a_restart(data_dir) -> None:
    clock = FakeClock()
    ctx = open_kiosk(data_dir)
    choose_coordinator_pin(ctx)
    guard = PinGuard(ctx, clock)
    for _ in range(3):
        assert guard.try_pin("9999") is False
        clock.now += guard.seconds_locked() + 1
    assert guard.try_pin("9999") is False
    locked = guard.seconds_locked()
    ctx.close()

    reopened = open_kiosk(data_dir)  # the app was restarted (or the plug pulled)
    try:
        again = PinGuard(reopened, clock)
        assert again.failures == 4
        assert again.seconds_locked() == locked == pytest.approx(lockout_delay_s(4), abs=1)
        assert again.try_pin(COORDINATOR_PIN) is False  # still locked
        clock.now += locked + 1
        assert again.try_pin(COORDINATOR_PIN) is True
        assert again.failures == 0
    finally:
        reopened.close()


def test_changing_the_pin_through_the_admin_area(window: KioskWindow, kiosk: KioskContext) -> None:
    driver = KioskDriver(window)
    driver.open_admin(COORDINATOR_PIN)
    driver.tap_admin("change_pin")
    assert driver.step is Step.PIN_CHANGE
    for pin in ("864209", "864209"):
        driver.enter_pin(pin, new=True)
    assert window.current_step() is Step.ADMIN
    stored = kiosk.store.get_meta(META_PIN_HASH)  # in the database, not in settings.json
    assert stored is not None and stored.startswith("scrypt$")
    assert not kiosk.settings.path.exists() or "scrypt$" not in kiosk.settings.path.read_text()
    assert b"864209" not in kiosk.store.path.read_bytes()
    assert PinGuard(kiosk).try_pin("864209") is True
    assert PinGuard(kiosk).try_pin(COORDINATOR_PIN) is False


def test_sign_in_after_admin_returns_to_a_clean_flow(window: KioskWindow, kiosk: KioskContext) -> None:
    driver = KioskDriver(window)
    driver.open_admin(COORDINATOR_PIN)
    assert driver.step is Step.ADMIN
    driver.tap_admin("back")
    assert driver.step is Step.WELCOME
    sign_through_screens(window, SIGNER, language="en")
    assert window.current_step() is Step.THANK_YOU
