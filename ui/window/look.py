"""The window's look: larger text, the compact look of short screens, and the style sheet.

The larger-text switch belongs to one signer (a new session goes back to the saved setting);
the compact look follows the window's size: below :data:`~ui.style.COMPACT_BELOW_PX` on either
side every screen takes 48 px targets and tighter spacing. Both end in one application style
sheet, set only when it changes, since a new sheet re-polishes every widget.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from ui.style import COMPACT_BELOW_PX, stylesheet
from ui.window.flow import LargerTextScreen, Screen
from ui.window.top_bar import TopBar


def set_style_sheet(larger_text: bool, compact: bool) -> None:
    """The application's style sheet for this look (called before any widget exists, each
    widget is polished once, not twice)."""
    app = QApplication.instance()
    sheet = stylesheet(larger_text, compact)
    if isinstance(app, QApplication) and app.styleSheet() != sheet:  # a new sheet re-polishes every widget
        app.setStyleSheet(sheet)


class WindowLook:
    """Larger text and the compact look, applied to the top bar and every screen built so far."""

    def __init__(self, top_bar: TopBar, screens: Callable[[], Iterable[Screen]], larger_text: bool) -> None:
        self._top_bar = top_bar
        self._screens = screens
        self.larger_text = larger_text
        self.compact = False

    def apply(self, language: str) -> None:
        """The look in force on the style sheet, the top bar and every screen."""
        set_style_sheet(self.larger_text, self.compact)
        self._top_bar.set_current(language, self.larger_text)
        self._top_bar.set_look(self.larger_text, self.compact)
        for screen in self._screens():
            screen.set_compact(self.compact)
            if isinstance(screen, LargerTextScreen):
                screen.set_larger_text(self.larger_text)
        self.fit(self._top_bar.window().width())

    def fit(self, width: int) -> None:
        """The top bar's labels fitted to ``width``."""
        self._top_bar.fit(width)

    def toggle_larger_text(self, language: str) -> None:
        """The signer tapped "Larger text"."""
        self.larger_text = not self.larger_text
        self.apply(language)

    def reset_larger_text(self, saved: bool, language: str) -> None:
        """A new session: back to the saved larger-text setting."""
        if self.larger_text != saved:
            self.larger_text = saved
            self.apply(language)

    def resized(self, size: QSize, language: str) -> None:
        """The window has a new size: the compact look on or off, the top bar refitted."""
        compact = min(size.width(), size.height()) < COMPACT_BELOW_PX
        if compact != self.compact:
            self.compact = compact
            self.apply(language)
        else:
            self.fit(size.width())
