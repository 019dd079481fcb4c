"""The admin area's safety section: the duress PIN and the panic wipe (with a confirmation).

For a kiosk about to be taken: "Erase all personal data now" asks once more, then the window
wipes (kiosk/wipe.py) and returns to the usual welcome screen. The duress PIN does the same
when typed at the PIN pad, answered there as any wrong PIN is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.pin import PinGuard
from kiosk.runtime import KioskContext
from ui.admin.common import button, label


class SafetySection(QWidget):
    """Set the duress PIN; erase all personal data after a second, explicit tap."""

    duress_pin_requested = Signal()
    wipe_confirmed = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guard = PinGuard(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label(self, "heading")
        self.duress_state = label(self, "muted")
        self.duress_button = button(self)
        self.wipe_button = button(self)
        self.confirm_text = label(self, "screenError")
        self.confirm_button = button(self, "primary")
        self.keep_button = button(self)
        for widget in (self.heading, self.duress_state, self.duress_button, self.wipe_button, self.confirm_text,
                       self.confirm_button, self.keep_button):
            layout.addWidget(widget)
        self.duress_button.clicked.connect(self.duress_pin_requested)
        self.wipe_button.clicked.connect(self._on_wipe_button_clicked)
        self.keep_button.clicked.connect(self._on_keep_button_clicked)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self._show_confirmation(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("If the kiosk is about to be taken"))
        self.duress_button.setText(self.tr("Set a duress PIN"))
        self.wipe_button.setText(self.tr("Erase all personal data now…"))
        self.confirm_text.setText(self.tr(
            "This erases every signer's name, contact details and signature on this kiosk, also those "
            "not sent yet. It cannot be undone. The counts stay."))
        self.confirm_button.setText(self.tr("Yes, erase everything now"))
        self.keep_button.setText(self.tr("Keep the data"))
        self.refresh()

    def refresh(self) -> None:
        """Say whether a duress PIN is set."""
        self.duress_state.setText(
            self.tr("A duress PIN is set: typed at the PIN pad, it erases all personal data.")
            if self._guard.has_duress_pin() else self.tr("No duress PIN is set."))

    def _show_confirmation(self, shown: bool) -> None:
        self.wipe_button.setVisible(not shown)
        for widget in (self.confirm_text, self.confirm_button, self.keep_button):
            widget.setVisible(shown)

    def _on_wipe_button_clicked(self) -> None:
        self._show_confirmation(True)

    def _on_keep_button_clicked(self) -> None:
        self._show_confirmation(False)

    def _on_confirm_button_clicked(self) -> None:
        self._show_confirmation(False)
        self.wipe_confirmed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
