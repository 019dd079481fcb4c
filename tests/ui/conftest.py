"""Fixtures for GUI tests: the real kiosk window on the test's own kiosk data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.runtime import KioskContext
from ui.kiosk_window import KioskWindow


@pytest.fixture
def window(qtbot, kiosk: KioskContext) -> Iterator[KioskWindow]:
    """The kiosk window, windowed and shown, released after the test."""
    w = KioskWindow(kiosk, windowed=True)
    w.show_kiosk()
    qtbot.waitExposed(w)
    yield w
    w.release()
    # Deleted now, not at some later deleteLater: every live widget is re-styled whenever a
    # window applies its style, so leftover windows made each GUI test slower than the last.
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
