"""The top bar: Back, the language buttons, larger text and Start over, fitted to the width.

When the full labels do not fit (a tablet held upright, larger text), buttons switch to their
short label in :data:`BAR_SHORTENING_ORDER` (the least needed words first) until the bar fits.
Its texts keep the ``KioskWindow`` translation context they always had.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.i18n import isolate, language_name
from ui.style import touch_target_px
from ui.widgets.fitting_button import FittingButton

BAR_BUTTON_PX = 60
BAR_SHORTENING_ORDER = ("larger_text", "back", "languages", "start_over")


class TopBar(QWidget):
    """The bar above every signing screen."""

    back_clicked = Signal()
    start_over_clicked = Signal()
    larger_text_clicked = Signal()
    language_clicked = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._labels: dict[str, tuple[str, str, str]] = {}  # button key -> (full, short, accessible)
        bar = QHBoxLayout(self)
        self._layout = bar
        bar.setContentsMargins(12, 8, 12, 8)
        self.back_button = self._bar_button("backButton")
        self.back_button.clicked.connect(self.back_clicked)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        self.language_buttons: dict[str, FittingButton] = {}
        for code in languages:
            button = FittingButton(self)
            button.setObjectName("language")
            button.setProperty("languageCode", code)
            button.setCheckable(True)
            button.setMinimumHeight(BAR_BUTTON_PX)
            # On a narrow screen the code ("ES") stands in for the name ("Español").
            button.set_labels((language_name(code), code.upper()), language_name(code))  # see fit()
            button.clicked.connect(lambda _checked=False, c=code: self.language_clicked.emit(c))
            bar.addWidget(button)
            self.language_buttons[code] = button
        self.larger_text_button = self._bar_button("largerTextButton")
        self.larger_text_button.setCheckable(True)
        self.larger_text_button.clicked.connect(self.larger_text_clicked)
        bar.addWidget(self.larger_text_button)
        bar.addStretch(1)
        self.start_over_button = self._bar_button("startOverButton")
        self.start_over_button.clicked.connect(self.start_over_clicked)
        bar.addWidget(self.start_over_button)

    def _bar_button(self, name: str) -> FittingButton:
        button = FittingButton(self)
        button.setObjectName("barButton")
        button.setProperty("role", name)
        button.setMinimumHeight(BAR_BUTTON_PX)
        return button

    def _buttons(self) -> dict[str, list[FittingButton]]:
        return {"back": [self.back_button], "start_over": [self.start_over_button],
                "larger_text": [self.larger_text_button], "languages": list(self.language_buttons.values())}

    def retranslate(self) -> None:
        """The labels in the current language (short ones are for narrow screens)."""
        translate = QCoreApplication.translate
        self._labels = {
            # Arabic reads back to the right: its short Back arrow points that way.
            "back": (translate("KioskWindow", "← Back"), "→" if self.isRightToLeft() else "←",
                     translate("KioskWindow", "Back")),
            "start_over": (translate("KioskWindow", "Start over"), "↺", translate("KioskWindow", "Start over")),
            # Isolated: alone in a right-to-left button, "A+" would show as "+A".
            "larger_text": (translate("KioskWindow", "A+ Larger text"), isolate("A+"),
                            translate("KioskWindow", "Larger text")),
        }

    def show_for_step(self, in_flow: bool, languages: bool) -> None:
        """Back and Start over only inside the signing flow; the languages off the welcome screen."""
        self.back_button.setVisible(in_flow)
        self.start_over_button.setVisible(in_flow)
        for button in self.language_buttons.values():
            button.setVisible(languages)

    def set_current(self, language: str, larger_text: bool) -> None:
        """Highlight the current language and the larger-text state."""
        for code, button in self.language_buttons.items():
            button.setChecked(code == language)
        self.larger_text_button.setChecked(larger_text)

    def set_look(self, larger_text: bool, compact: bool) -> None:
        """Button heights for the look in force."""
        bar_px = touch_target_px(larger_text, compact) if compact else BAR_BUTTON_PX
        for button in (self.back_button, self.larger_text_button, self.start_over_button,
                       *self.language_buttons.values()):
            button.setMinimumHeight(bar_px)

    def fit(self, width: int) -> None:
        """Full labels where the bar has room; short ones, least needed first, where it has not."""
        if not self._labels:
            return
        labels = dict(self._labels)
        for code in self.language_buttons:
            labels[f"language_{code}"] = (language_name(code), code.upper(), language_name(code))
        groups = {key: [(button, labels[key] if key != "languages" else
                         labels[f"language_{button.property('languageCode')}"]) for button in buttons]
                  for key, buttons in self._buttons().items()}
        bar = self._layout
        margins = bar.contentsMargins()
        room = width - margins.left() - margins.right()
        shortened: set[str] = set()
        for step in (None, *BAR_SHORTENING_ORDER):
            if step is not None:
                shortened.add(step)
            shown = [(button, texts[1] if key in shortened else texts[0])
                     for key, members in groups.items() for button, texts in members if not button.isHidden()]
            needed = sum(button.size_for(text).width() for button, text in shown) \
                + bar.spacing() * (len(shown) + 1)  # the two stretches may count as items too
            if needed <= room:
                break
        for key, members in groups.items():
            for button, (full, short, accessible) in members:
                # The short label stays second: the button still falls back to it on its own.
                button.set_labels((short,) if key in shortened else (full, short), accessible)
