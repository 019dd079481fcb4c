"""Welcome screen: the campaign, a live "N signed" counter, a big "Tap to sign"."""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from kiosk.campaign import CampaignText
from ui.i18n import isolate
from ui.style import COMPACT_TOUCH_TARGET_PX, TOUCH_TARGET_PX
from ui.widgets.common import label, scrolling_column, set_button_text
from ui.widgets.language_picker import LanguagePicker
from ui.widgets.speaker_button import speaker_in_button, unspoken

# Translators: your language's own name, in its own script ("Español", "العربية"); the
# language picker shows every language by this name (see ui/i18n.py language_name).
QT_TRANSLATE_NOOP("Language", "English")

START_PX = 120
COMPACT_START_PX = 72
LANGUAGE_SIZE = (140, TOUCH_TARGET_PX)
COMPACT_LANGUAGE_SIZE = (140, COMPACT_TOUCH_TARGET_PX)
PICKER_SPACING_PX = 8
# Between the counter, the goal and "Tap to sign". Spare height goes to the campaign's
# text anyway; larger text on a 1366x768 screen (a 73 px top bar, two rows of languages)
# leaves no room for more.
SPACING_PX = 12
COMPACT_SPACING_PX = 4


class WelcomeScreen(QWidget):
    """The first screen a passer-by sees."""

    start_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeScreen")
        self._signed: int | None = 0
        self.first_painted_at: float | None = None  # time.monotonic() of the first frame
        self._goal = 1
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(SPACING_PX)
        # The campaign's title and summary scroll when a short screen (or larger text) has no
        # room for all of them; the languages, the counter and "Tap to sign" stay in view.
        self.text_area, text_body, text_layout = scrolling_column(self)
        text_layout.setContentsMargins(0, 0, 0, 0)
        self.title = label(text_body, "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = label(text_body)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text_layout.addStretch(1)
        text_layout.addWidget(self.title)
        text_layout.addWidget(self.summary)
        text_layout.addStretch(1)
        self._text_layout = text_layout
        self.counter = label(self, "counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setObjectName("goalProgress")  # a thin bar: spare height goes to the campaign's text
        self.goal_label = label(self, "muted")
        self.goal_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("huge")
        self.start_button.setMinimumHeight(START_PX)
        self.start_button.clicked.connect(self.start_requested)
        # Every language, first: a passer-by who reads none of the others finds their own
        # before anything else. Never inside the finger-scrolled text: a tap there is
        # first taken for the start of a scroll.
        self.language_picker = LanguagePicker(languages, self)
        self.language_picker.set_button_size(*LANGUAGE_SIZE)
        self.language_picker.language_requested.connect(self.language_requested)
        self.language_buttons: dict[str, QPushButton] = self.language_picker.buttons
        top = QVBoxLayout()
        top.setSpacing(PICKER_SPACING_PX)  # the picker belongs to the text below it: less air between
        top.addWidget(self.language_picker)
        top.addWidget(self.text_area, 1)
        layout.addLayout(top, 1)
        self._spacers = [layout.count()]
        layout.addSpacing(12)
        layout.addWidget(self.counter)
        layout.addWidget(self.progress)
        layout.addWidget(self.goal_label)
        self._spacers.append(layout.count())
        layout.addSpacing(12)
        layout.addWidget(self.start_button)
        # The speaker inside "Tap to sign", at its start: a short screen with larger text has no
        # height to spare for another row. Each language's own speaker is on the picker.
        self.speaker = speaker_in_button(self, self.start_button)
        unspoken(self.language_picker)
        self.indicator_row = QHBoxLayout()
        self.indicator_row.addStretch(1)
        layout.addLayout(self.indicator_row)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.first_painted_at is None:  # the start-up waits for this before opening the store
            self.first_painted_at = time.monotonic()

    def set_compact(self, compact: bool) -> None:
        """Less air on a short screen, so the title, counter and buttons all fit 600 px."""
        self._layout.setContentsMargins(*((24, 8, 24, 8) if compact else (48, 24, 48, 16)))
        # Larger text on 1024x600 needs every pixel: two rows of languages, a two-line title,
        # the counter, the goal and "Tap to sign" (the summary scrolls under the title).
        self._layout.setSpacing(COMPACT_SPACING_PX if compact else SPACING_PX)
        self._text_layout.setSpacing(8 if compact else 18)
        for index in self._spacers:
            item = self._layout.itemAt(index)
            spacer = item.spacerItem() if item is not None else None
            if spacer is not None:
                spacer.changeSize(0, 4 if compact else 12)
        self._layout.invalidate()
        self.start_button.setMinimumHeight(COMPACT_START_PX if compact else START_PX)
        self.language_picker.set_button_size(*(COMPACT_LANGUAGE_SIZE if compact else LANGUAGE_SIZE),
                                             taller_for_text=not compact)

    def set_current_language(self, code: str) -> None:
        """Show which language is in use."""
        for language, button in self.language_buttons.items():
            button.setChecked(language == code)

    def set_indicator(self, indicator: QWidget) -> None:
        """The sync indicator, small in the bottom-right corner."""
        self.indicator_row.addWidget(indicator)

    def set_counts(self, signed: int | None, goal: int) -> None:
        """Update the counter and the progress to the goal (``None``: not known yet, show none)."""
        self._signed, self._goal = signed, max(goal, 1)
        self.progress.setRange(0, self._goal)
        self.progress.setValue(min(signed or 0, self._goal))
        self._render_counts()

    def _render_counts(self) -> None:
        locale_signed = f"{self._signed or 0:,}"
        locale_goal = f"{self._goal:,}"
        # The count picks the plural form where a language has several (Arabic's six: 1,600
        # توقيع but 1,623 توقيعًا); the figure itself is grouped and isolated here.
        signed = self.tr("%1 signed", "", self._signed or 0).replace("%1", isolate(locale_signed))
        self.counter.setText(signed if self._signed is not None else "")
        self.goal_label.setText(self.tr("Help us reach %1 signatures").replace("%1", isolate(locale_goal)))
        self.progress.setAccessibleName(self.tr("%1 of %2 signatures").replace("%1", locale_signed)
                                        .replace("%2", locale_goal))

    def retranslate(self, text: CampaignText) -> None:
        """Campaign text and labels in the current language."""
        self.title.setText(text.title)
        self.summary.setText(text.summary)
        set_button_text(self.start_button, self.tr("Tap to sign"), self.tr("Tap to sign the petition"))
        self._render_counts()
