"""The welcome screen's language buttons: every language, named in its own script, in rows.

Nine languages do not fit one row at 1024 px, let alone on a tablet held upright, so the
buttons flow into as many rows as the width needs (centred, each as wide as its name
needs and never below a touch target). The picker reports the height it
needs for a width (height-for-width), so the screen above it gives it room instead of
being held wide by a row that cannot shrink. In a right-to-left language the rows run
from the right, like the rest of the mirrored layout.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QRect, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from kiosk.speech import Spoken
from ui.i18n import language_name
from ui.widgets.speaker_button import SpeakerButton

GAP_PX = 6
TEXT_ROOM_PX = 12  # above and below the name inside a button
BUTTON_SLACK_PX = 8


def _own_name(name: str) -> tuple[Spoken, ...]:
    return (Spoken(name),)


class LanguagePicker(QWidget):
    """Checkable buttons, one per language; emits the code of the one tapped."""

    language_requested = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languagePicker")
        self._minimum = QSize(140, 48)
        self._taller_for_text = True
        self.buttons: dict[str, QPushButton] = {}
        # Each language's speaker says its name in that language, before any language is chosen.
        # A short screen has no room for them (a third row of names): there the language's own
        # button says its name as it is chosen.
        self.speakers: dict[str, SpeakerButton] = {}
        self._with_speakers = True
        for code in languages:
            name = language_name(code)
            button = QPushButton(name, self)
            button.setObjectName(f"welcome_language_{code}")
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _checked=False, c=code: self._on_language_clicked(c))
            self.buttons[code] = button
            self.speakers[code] = SpeakerButton(self, partial(_own_name, name), language=code,
                                                size=self._minimum.height())
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_button_size(self, width: int, height: int, taller_for_text: bool = True) -> None:
        """The smallest button (a touch target); a longer name makes every button wider.

        ``taller_for_text=False`` (a short screen) keeps every row exactly ``height`` high
        even with larger text: two rows of names must leave room for the rest of the screen,
        and the style gives a name the whole height inside the border.
        """
        self._minimum = QSize(width, height)
        self._taller_for_text = taller_for_text
        self._with_speakers = taller_for_text  # a short screen: see speakers above
        for speaker in self.speakers.values():
            speaker.setVisible(taller_for_text)
        self.updateGeometry()
        self._arrange()

    def _sizes(self) -> list[QSize]:
        """Each button's size: as wide as its name needs (the style's own hint) and a touch target high.

        Not as high as the style's hint: larger text would make two rows of nine names
        taller than a 768 px screen has room for; the name needs only its line height.
        """
        return [QSize(max(self._minimum.width(), button.sizeHint().width() + BUTTON_SLACK_PX)
                      + self._speaker_width(button),  # the language's speaker, a square beside it
                      self._button_height(button))
                for button in self.buttons.values()]

    def _speaker_width(self, button: QPushButton) -> int:
        return self._button_height(button) if self._with_speakers else 0

    def _on_language_clicked(self, code: str) -> None:
        self.language_requested.emit(code)
        if not self._with_speakers:
            self.speakers[code].click()  # its name, in its own voice, as the screen turns to it

    def _button_height(self, button: QPushButton) -> int:
        if not self._taller_for_text:
            return self._minimum.height()
        return max(self._minimum.height(), button.fontMetrics().height() + TEXT_ROOM_PX)

    def _rows(self, width: int) -> list[list[int]]:
        """Indexes of the buttons on each row: as many as fit ``width``, in order."""
        rows: list[list[int]] = []
        used = 0
        for index, size in enumerate(self._sizes()):
            if rows and used + GAP_PX + size.width() <= width:
                rows[-1].append(index)
                used += GAP_PX + size.width()
            else:
                rows.append([index])
                used = size.width()
        return rows

    def _row_height(self) -> int:
        return max((size.height() for size in self._sizes()), default=0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = len(self._rows(width))
        return rows * self._row_height() + max(0, rows - 1) * GAP_PX

    def sizeHint(self) -> QSize:
        sizes = self._sizes()
        return QSize(sum(size.width() for size in sizes) + max(0, len(sizes) - 1) * GAP_PX, self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(max((size.width() for size in self._sizes()), default=0), self._row_height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Mirrored, larger text or a new style: the same buttons need other places.
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        # The screen's layout sits in a stack that does not ask for height-for-width, so
        # the rows this width needs are claimed as the minimum height.
        needed = self.heightForWidth(self.width())
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
        sizes, height = self._sizes(), self._row_height()
        buttons = list(self.buttons.values())
        speakers = list(self.speakers.values())
        for row_number, row in enumerate(self._rows(self.width())):
            row_width = sum(sizes[i].width() for i in row) + (len(row) - 1) * GAP_PX
            x = (self.width() - row_width) // 2
            y = row_number * (height + GAP_PX)
            for index in row:
                side = height if self._with_speakers else 0
                place = QRect(x, y, sizes[index].width() - side, height)
                speaker = QRect(x + place.width(), y, height, height)
                if self.isRightToLeft():  # geometry set by hand is not mirrored by Qt
                    place.moveLeft(self.width() - place.right() - 1)
                    speaker.moveLeft(self.width() - speaker.right() - 1)
                buttons[index].setGeometry(place)
                speakers[index].setFixedSize(height, height)
                speakers[index].setGeometry(speaker)
                x += sizes[index].width() + GAP_PX
