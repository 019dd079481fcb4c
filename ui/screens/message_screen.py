"""The shape of the screens that only say something: a heading, a message, a few more lines
and one big button, centred (thank-you, and the start failure)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.common import label
from ui.widgets.speaker_button import speaker_in_button

MARGINS = (64, 32, 64, 32)
COMPACT_MARGINS = (16, 8, 16, 8)
SPACING, COMPACT_SPACING = 24, 10


class MessageScreen(QWidget):
    """Heading, message, one label per entry of ``line_styles`` (their style names), a button."""

    def __init__(self, line_styles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(SPACING)
        self.heading = label(self, "title")
        self.message = label(self, "heading")
        self.lines: list[QLabel] = [label(self, style) for style in line_styles]
        self.button = QPushButton(self)
        self.button.setObjectName("huge")
        layout.addStretch(1)
        for widget in (self.heading, self.message, *self.lines):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        self.speaker = speaker_in_button(self, self.button)  # no row of its own: short screens have no height
        layout.addStretch(1)

    def set_compact(self, compact: bool) -> None:
        """Less air on a short screen."""
        self._layout.setContentsMargins(*(COMPACT_MARGINS if compact else MARGINS))
        self._layout.setSpacing(COMPACT_SPACING if compact else SPACING)
