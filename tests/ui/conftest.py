"""Fixtures for GUI tests: the real kiosk window on the test's own kiosk data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.runtime import KioskContext
from ui.admin.panel import AdminPanel
from ui.i18n import qm_files
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


@pytest.fixture
def panel(qtbot, kiosk: KioskContext) -> Iterator[AdminPanel]:
    """The admin area on its own (no window, no sync line), shown at a laptop's size."""
    widget = AdminPanel(kiosk, None)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    yield widget
    widget.shutdown()


@pytest.fixture
def spanish() -> Iterator[None]:
    """The Spanish translations installed application-wide for the test, removed after it."""
    translators = []
    for qm in qm_files("es"):
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
