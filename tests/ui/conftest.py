"""Fixtures for GUI tests: the real kiosk window on the test's own kiosk data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.runtime import KioskContext
from ui.kiosk_window import KioskWindow


@pytest.fixture
def window(qtbot, kiosk: KioskContext) -> Iterator[KioskWindow]:
    """The kiosk window, windowed and shown, released after the test."""
    w = KioskWindow(kiosk, windowed=True)
    qtbot.addWidget(w)
    w.show_kiosk()
    qtbot.waitExposed(w)
    yield w
    w.release()
