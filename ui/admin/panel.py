"""The admin area (owned by the coordinator-tools work; stub until it lands).

Interface the kiosk window relies on:
- ``AdminPanel(ctx, sync_bridge, parent)``: a QWidget shown after the right PIN.
- signal ``exit_requested``: the coordinator chose to exit the kiosk.
- signal ``closed``: back to the signing flow.
- signal ``pin_change_requested``: the kiosk window shows its PIN-change dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.runtime import KioskContext


class AdminPanel(QWidget):
    """Placeholder admin area: exit the kiosk, change the PIN, go back."""

    exit_requested = Signal()
    closed = Signal()
    pin_change_requested = Signal()

    def __init__(self, ctx: KioskContext, sync_bridge: QObject | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        for text, signal in ((self.tr("Back to signing"), self.closed),
                             (self.tr("Change PIN"), self.pin_change_requested),
                             (self.tr("Exit the kiosk"), self.exit_requested)):
            button = QPushButton(text, self)
            button.setMinimumHeight(64)
            button.clicked.connect(signal)
            layout.addWidget(button)
