"""Draw the signature with a finger (or mouse, or stylus)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.campaign import CampaignText
from kiosk.errors import FieldError
from ui.messages import field_error_text
from ui.style import COMPACT_TOUCH_TARGET_PX
from ui.widgets.common import label, set_button_text, stack_when_narrow
from ui.widgets.signature_pad import SignaturePad
from ui.widgets.speaker_button import screen_speaker

BUTTON_PX = 64


class SignatureScreen(QWidget):
    """The pad, Clear, and on to the review."""

    continue_requested = Signal()

    def __init__(self, signature_required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureScreen")
        self._required = signature_required
        self._error: FieldError | None = None
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(32, 12, 32, 16)
        layout.setSpacing(12)
        self.heading = label(self, "title")
        self.hint = label(self, "muted")
        self.pad = SignaturePad(self)
        self.pad.changed.connect(self._on_pad_changed)
        self.error = label(self, "fieldError")
        self.error.hide()
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.speaker = screen_speaker(self)
        row.addWidget(self.speaker)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearSignature")
        self.clear_button.setMinimumHeight(BUTTON_PX)
        self.clear_button.clicked.connect(self.pad.clear)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("primary")
        self.continue_button.setMinimumHeight(BUTTON_PX)
        self.continue_button.clicked.connect(self.continue_requested)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        self._row = row

    def set_compact(self, compact: bool) -> None:
        """Tighter margins and 48 px targets on a short screen: the pad gets the height."""
        self._layout.setContentsMargins(*((12, 4, 12, 4) if compact else (32, 12, 32, 16)))
        self._layout.setSpacing(6 if compact else 12)
        for button in (self.clear_button, self.continue_button):
            button.setMinimumHeight(COMPACT_TOUCH_TARGET_PX if compact else BUTTON_PX)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self._layout.contentsMargins()
        stack_when_narrow(self._row, event.size().width() - margins.left() - margins.right())

    def show_error(self, code: FieldError | None) -> None:
        """"Please sign in the box" (or nothing)."""
        self._error = code
        self.error.setText(field_error_text(code) if code else "")
        self.error.setVisible(code is not None)

    def clear(self) -> None:
        """Erase the drawing and any message."""
        self.pad.clear()
        self.show_error(None)

    def _on_pad_changed(self) -> None:
        if not self.pad.is_empty():
            self.show_error(None)

    def retranslate(self, text: CampaignText) -> None:
        """Labels in the current language."""
        self.heading.setText(self.tr("Sign with your finger in the box"))
        self.hint.setText(self.tr("Your signature will be delivered to %1 with the petition.").replace(
            "%1", text.target) if self._required else self.tr(
            "Drawing your signature is optional. You can also continue without it."))
        self.pad.set_placeholder(self.tr("Sign here"))
        self.pad.setAccessibleName(self.tr("Signature pad"))
        set_button_text(self.clear_button, self.tr("Clear"), self.tr("Clear the signature"))
        set_button_text(self.continue_button, self.tr("Next: review ➜"), self.tr("Next: review"))
        self.show_error(self._error)
