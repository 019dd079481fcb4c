"""The petition and the letter to the target, scrollable with a finger."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.campaign import CampaignText
from ui.style import COMPACT_TOUCH_TARGET_PX
from ui.widgets.common import label, scrolling_column, set_button_text
from ui.widgets.speaker_button import recorded_as, screen_speaker

CONTINUE_PX = 72


class PetitionScreen(QWidget):
    """Read what you are signing."""

    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("petitionScreen")
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(32, 12, 32, 12)
        self.scroll_area, body, inner = scrolling_column(self)
        self.scroll_area.setAccessibleName("petition text")
        # The same room on both sides: the scrollbar is on the right in English but on the left
        # in Arabic, where an 8 px side left Arabic lines' ends against it.
        inner.setContentsMargins(24, 8, 24, 8)
        inner.setSpacing(14)
        self.title = label(body, "title")
        self.summary = label(body, "heading")
        self.petition = label(body)
        self.letter_heading = label(body, "heading")
        self.letter = label(body)
        for widget in (self.title, self.summary, self.petition, self.letter_heading, self.letter):
            inner.addWidget(widget)
        inner.addStretch(1)
        layout.addWidget(self.scroll_area, 1)
        recorded_as(self.petition, "petition")  # a campaign's recording plays instead, where it has one
        recorded_as(self.letter, "letter")
        row = QHBoxLayout()
        self.speaker = screen_speaker(self)
        row.addWidget(self.speaker)
        self.hint = label(self, "muted")
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("primary")
        self.continue_button.setMinimumHeight(CONTINUE_PX)
        self.continue_button.clicked.connect(self.continue_requested)
        row.addWidget(self.hint, 1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)

    def set_compact(self, compact: bool) -> None:
        """Tighter margins and 48 px targets on a short screen."""
        self._layout.setContentsMargins(*((12, 4, 12, 4) if compact else (32, 12, 32, 12)))
        self.continue_button.setMinimumHeight(COMPACT_TOUCH_TARGET_PX if compact else CONTINUE_PX)

    def scroll_to_top(self) -> None:
        """A new signer starts reading at the beginning."""
        self.scroll_area.verticalScrollBar().setValue(0)

    def retranslate(self, text: CampaignText) -> None:
        """Campaign text and labels in the current language."""
        self.title.setText(text.title)
        self.summary.setText(text.summary)
        self.petition.setText(text.petition)
        self.letter_heading.setText(self.tr("Our letter to %1").replace("%1", text.target))
        self.letter.setText(text.letter)
        self.hint.setText(self.tr("Slide up with your finger to read more."))
        self.scroll_area.setAccessibleName(self.tr("The petition and the letter"))
        set_button_text(self.continue_button, self.tr("I want to sign ➜"))
