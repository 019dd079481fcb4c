"""The coordinator's hidden way in: five quick taps in the top-left corner, as a finger makes them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from ui.kiosk_window import CORNER_TAPS, KioskWindow, Step

QUICK_TAP_MS = 150  # well inside the double-click interval (400 ms here)
CORNER = QPoint(5, 5)


def _quick_taps(window: KioskWindow, count: int, first: int = 0) -> None:
    """Taps 150 ms apart, as Qt delivers them: every second one of a quick pair is a double click."""
    for n in range(first, first + count):
        if n % 2:
            QTest.mouseDClick(window.top_bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, CORNER,
                              QUICK_TAP_MS)
        else:
            QTest.mouseClick(window.top_bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, CORNER,
                             QUICK_TAP_MS)


def test_five_quick_taps_150_ms_apart_open_the_pin_pad(window: KioskWindow) -> None:
    _quick_taps(window, CORNER_TAPS - 1)
    assert window.current_step() is Step.WELCOME  # four are not enough
    _quick_taps(window, 1, first=CORNER_TAPS - 1)
    assert window.current_step() is Step.PIN
    assert window.screens.pin_pad.isVisible()


def test_quick_taps_elsewhere_open_nothing(window: KioskWindow) -> None:
    far = QPoint(window.width() // 2, window.height() // 2)
    for n in range(CORNER_TAPS * 2):
        tap = QTest.mouseDClick if n % 2 else QTest.mouseClick
        tap(window.welcome, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, far, QUICK_TAP_MS)
    assert window.current_step() is Step.WELCOME
