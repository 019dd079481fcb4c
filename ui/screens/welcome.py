"""Welcome screen: the campaign, a live "N signed" counter, a big "Tap to sign"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from kiosk.campaign import CampaignText
from ui.i18n import language_name
from ui.widgets.common import label, set_button_text


class WelcomeScreen(QWidget):
    """The first screen a passer-by sees."""

    start_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeScreen")
        self._signed = 0
        self._goal = 1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(18)
        self.title = label(self, "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = label(self)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter = label(self, "counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.goal_label = label(self, "muted")
        self.goal_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("huge")
        self.start_button.setMinimumHeight(120)
        self.start_button.clicked.connect(self.start_requested)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.counter)
        layout.addWidget(self.progress)
        layout.addWidget(self.goal_label)
        layout.addSpacing(12)
        layout.addWidget(self.start_button)
        languages_row = QHBoxLayout()
        languages_row.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in languages:
            button = QPushButton(language_name(code), self)
            button.setObjectName(f"welcome_language_{code}")
            button.setMinimumSize(180, 64)
            button.setCheckable(True)
            button.setAccessibleName(language_name(code))
            button.clicked.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            languages_row.addWidget(button)
            self.language_buttons[code] = button
        languages_row.addStretch(1)
        layout.addLayout(languages_row)
        layout.addStretch(1)
        self.indicator_row = QHBoxLayout()
        self.indicator_row.addStretch(1)
        layout.addLayout(self.indicator_row)

    def set_current_language(self, code: str) -> None:
        """Show which language is in use."""
        for language, button in self.language_buttons.items():
            button.setChecked(language == code)

    def set_indicator(self, indicator: QWidget) -> None:
        """The sync indicator, small in the bottom-right corner."""
        self.indicator_row.addWidget(indicator)

    def set_counts(self, signed: int, goal: int) -> None:
        """Update the counter and the progress to the goal."""
        self._signed, self._goal = signed, max(goal, 1)
        self.progress.setRange(0, self._goal)
        self.progress.setValue(min(signed, self._goal))
        self._render_counts()

    def _render_counts(self) -> None:
        locale_signed = f"{self._signed:,}"
        locale_goal = f"{self._goal:,}"
        self.counter.setText(self.tr("%1 signed").replace("%1", locale_signed))
        self.goal_label.setText(self.tr("Help us reach %1 signatures").replace("%1", locale_goal))
        self.progress.setAccessibleName(self.tr("%1 of %2 signatures").replace("%1", locale_signed)
                                        .replace("%2", locale_goal))

    def retranslate(self, text: CampaignText) -> None:
        """Campaign text and labels in the current language."""
        self.title.setText(text.title)
        self.summary.setText(text.summary)
        set_button_text(self.start_button, self.tr("Tap to sign"), self.tr("Tap to sign the petition"))
        self._render_counts()
