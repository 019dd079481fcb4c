"""Speaker buttons: a screen's (reads the screen), a field's (reads what was typed in it), a language's.

A screen's speaker reads what the screen shows, in layout order (:func:`screen_pieces`): its
labels, its buttons' names and its messages, never the text of a field, and never a widget
marked :func:`unspoken` (the keyboard, the language picker, the values on the review). What a
signer typed is read only by that field's own speaker (:func:`FieldSpeaker`), because a
loudspeaker at a rally is public. A label may say something else aloud (:func:`spoken_as`: the
thank-you without the signer's name) or stand for a part the campaign may have recorded
(:func:`recorded_as`: the petition, the letter).

The buttons hold no voice: a tap asks the window's :class:`~ui.window.read_aloud.ReadAloud`,
found through ``window()``, so a screen needs no wiring beyond placing its button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QWidget,
)

from kiosk.speech import Spoken
from ui.style import COMPACT_TOUCH_TARGET_PX

UNSPOKEN = "unspoken"
SPOKEN_AS = "spokenAs"
RECORDING = "recordingPart"
SPEAKER_PX = 64
ICON_PX = 36
FIELD_SPEAKER_PX = 48  # a finger's target, like every other button (ui/style.py TOUCH_TARGET_PX)
FIELD_ICON_PX = 28


class Listener(Protocol):
    """What a speaker asks for a tap (the window's ReadAloud)."""

    def read(self, pieces: tuple[Spoken, ...], language: str | None = None) -> bool: ...


def unspoken(widget: QWidget) -> None:
    """The screen's speaker skips ``widget`` (and everything in it)."""
    widget.setProperty(UNSPOKEN, True)


def spoken_as(widget: QWidget, text: str) -> None:
    """The screen's speaker says ``text`` for ``widget`` (empty: back to what it shows)."""
    widget.setProperty(SPOKEN_AS, text or None)


def recorded_as(widget: QWidget, part: str) -> None:
    """A campaign recording of ``part`` (petition, letter) may be played for ``widget``'s text."""
    widget.setProperty(RECORDING, part)


def _widget_words(widget: QWidget) -> str:
    override = widget.property(SPOKEN_AS)
    if isinstance(override, str) and override:
        return override
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QCheckBox):
        return widget.accessibleName() if widget.text() == "" else widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.accessibleName() or widget.text()
    return ""


def screen_pieces(root: QWidget) -> tuple[Spoken, ...]:
    """What ``root`` shows, in layout order, as the screen's speaker reads it."""
    pieces: list[Spoken] = []

    def visit_widget(widget: QWidget) -> None:
        if widget is not root and (not widget.isVisibleTo(root) or widget.property(UNSPOKEN)):
            return
        if isinstance(widget, (SpeakerButton, FieldSpeaker, QLineEdit, QProgressBar)):
            return
        if isinstance(widget, QScrollArea):
            inner = widget.widget()
            if inner is not None:
                visit_widget(inner)
            return
        words = _widget_words(widget).strip()
        if words:
            part = widget.property(RECORDING)
            pieces.append(Spoken(words, part if isinstance(part, str) else ""))
            return
        layout = widget.layout()
        if layout is not None:
            visit_layout(layout)

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            child, inner = item.widget(), item.layout()
            if child is not None:
                visit_widget(child)
            elif inner is not None:
                visit_layout(inner)

    visit_widget(root)
    return tuple(pieces)


def speaker_icon(muted: bool = False, size: int = ICON_PX) -> QIcon:
    """A loudspeaker with sound waves (or crossed out), drawn here: no emoji font is needed."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#1d3557")
    unit = size / 24
    body = QPainterPath()
    body.moveTo(3 * unit, 9 * unit)
    for x, y in ((7, 9), (12, 4), (12, 20), (7, 15), (3, 15)):
        body.lineTo(x * unit, y * unit)
    body.closeSubpath()
    painter.fillPath(body, ink)
    pen = QPen(ink, 2 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    if muted:
        painter.drawLine(QPointF(15 * unit, 9 * unit), QPointF(21 * unit, 15 * unit))
        painter.drawLine(QPointF(21 * unit, 9 * unit), QPointF(15 * unit, 15 * unit))
    else:
        for radius in (4.5, 8.0):
            painter.drawArc(QRectF((12 - radius) * unit, (12 - radius) * unit, 2 * radius * unit, 2 * radius * unit),
                            -50 * 16, 100 * 16)
    painter.end()
    return QIcon(pixmap)


def _listener(widget: QWidget) -> Listener | None:
    found = getattr(widget.window(), "read_aloud", None)
    return found if found is not None and hasattr(found, "read") else None


class SpeakerButton(QToolButton):
    """A screen's (or a language's) speaker: a tap reads ``read()`` aloud, interrupting any other speech."""

    def __init__(self, parent: QWidget, read: Callable[[], tuple[Spoken, ...]], language: str | None = None,
                 size: int = SPEAKER_PX) -> None:
        super().__init__(parent)
        self.setObjectName("speaker")
        self._read = read
        self._language = language
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tap must not take the keyboard's field away
        self.setIcon(speaker_icon())
        self.setIconSize(QSize(ICON_PX, ICON_PX))
        # As big as ``size`` where there is room, a finger's target where a short screen has none.
        self.setMinimumSize(min(size, COMPACT_TOUCH_TARGET_PX), min(size, COMPACT_TOUCH_TARGET_PX))
        self.setMaximumSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._size = size
        self.clicked.connect(self._on_clicked)
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def retranslate(self) -> None:
        """The name a screen reader and the tooltip give it."""
        self.setAccessibleName(self.tr("Listen"))
        self.setToolTip(self.accessibleName())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_clicked(self) -> None:
        listener = _listener(self)
        if listener is None:
            return
        if not listener.read(self._read(), self._language):
            # Said plainly on the screen, in the signer's language: never read in another voice.
            self.setIcon(speaker_icon(muted=True))
            QToolTip.showText(self.mapToGlobal(self.rect().center()), self.tr("No voice for this language"), self)
        else:
            self.setIcon(speaker_icon())


def screen_speaker(screen: QWidget, size: int = SPEAKER_PX) -> SpeakerButton:
    """The speaker that reads ``screen`` as it shows now."""
    return SpeakerButton(screen, lambda: screen_pieces(screen), size=size)


class FieldSpeaker(QToolButton):
    """A speaker inside a field, at its end: reads the field's title and what was typed in it.

    Only this tap, by the signer at the field, ever speaks a typed value.
    """

    def __init__(self, edit: QLineEdit, title: Callable[[], str]) -> None:
        super().__init__(edit)
        self.setObjectName("fieldSpeaker")
        self._edit = edit
        self._title = title
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.setIcon(speaker_icon(size=FIELD_ICON_PX))
        self.setIconSize(QSize(FIELD_ICON_PX, FIELD_ICON_PX))
        self.setFixedSize(FIELD_SPEAKER_PX, FIELD_SPEAKER_PX)
        self.setAutoRaise(True)
        self.clicked.connect(self._on_clicked)
        edit.installEventFilter(self)
        self.retranslate()
        self._place()

    def retranslate(self) -> None:
        """The name a screen reader gives it."""
        self.setAccessibleName(self.tr("Listen to what you typed"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutDirectionChange):
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        edit = self._edit
        side = FIELD_SPEAKER_PX  # centred on the field; a field lower than a finger's target clips its edges
        y = (edit.height() - side) // 2
        x = 0 if edit.isRightToLeft() else edit.width() - side
        self.move(x, y)
        margins = edit.textMargins()
        if edit.isRightToLeft():
            edit.setTextMargins(side, margins.top(), 0, margins.bottom())
        else:
            edit.setTextMargins(0, margins.top(), side, margins.bottom())

    def _on_clicked(self) -> None:
        listener = _listener(self)
        if listener is not None:
            listener.read((Spoken(self._title()), Spoken(self._edit.text())))


class ValueSpeaker(QToolButton):
    """A speaker at the end of one value on the review: reads that row's title and value, only when tapped."""

    def __init__(self, value_label: QLabel, title: str) -> None:
        super().__init__(value_label)
        self.setObjectName("fieldSpeaker")
        self._label = value_label
        self._title = title
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setIcon(speaker_icon(size=FIELD_ICON_PX))
        self.setIconSize(QSize(FIELD_ICON_PX, FIELD_ICON_PX))
        self.setFixedSize(FIELD_SPEAKER_PX, FIELD_SPEAKER_PX)
        self.setAutoRaise(True)
        self.setAccessibleName(self.tr("Listen to what you typed"))
        self.clicked.connect(self._on_clicked)
        # The value keeps its place beside its title; the speaker takes room at its end.
        value_label.setMinimumHeight(FIELD_SPEAKER_PX)
        value_label.installEventFilter(self)
        unspoken(value_label)  # the screen's speaker reads the title only
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._label and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutDirectionChange):
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        value = self._label
        rtl = value.isRightToLeft()
        value.setContentsMargins(FIELD_SPEAKER_PX if rtl else 0, 0, 0 if rtl else FIELD_SPEAKER_PX, 0)
        self.move(0 if rtl else value.width() - FIELD_SPEAKER_PX, (value.height() - FIELD_SPEAKER_PX) // 2)

    def _on_clicked(self) -> None:
        listener = _listener(self)
        if listener is not None:
            listener.read((Spoken(self._title), Spoken(self._label.text())))


class _AtLeadingEnd(QObject):
    """Keeps a speaker at the leading end of the button it sits in (left, or right in Arabic)."""

    def __init__(self, speaker: SpeakerButton, button: QAbstractButton) -> None:
        super().__init__(speaker)
        self._speaker = speaker
        self._button = button
        button.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._button and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutDirectionChange):
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        button, speaker = self._button, self._speaker
        side = COMPACT_TOUCH_TARGET_PX
        speaker.setFixedSize(side, side)
        inset = max((button.height() - side) // 2, 0)
        x = button.width() - side - inset if button.isRightToLeft() else inset
        speaker.move(x, (button.height() - side) // 2)


SPEAKER_INSIDE = "speakerInside"  # the style's selector for a button that holds a speaker


def speaker_in_button(screen: QWidget, button: QAbstractButton) -> SpeakerButton:
    """The screen's speaker inside the leading end of one of its big buttons.

    No row of its own and no place in a row: short screens have no height to spare, and a
    button in a row beside a wrapping button made that row twice as tall.
    """
    speaker = SpeakerButton(button, lambda: screen_pieces(screen), size=COMPACT_TOUCH_TARGET_PX)
    # The style pads both ends of such a button for the speaker. A minimum width fixed here
    # was measured before the button had its words, so "Done" ran under the speaker.
    button.setProperty(SPEAKER_INSIDE, True)
    _AtLeadingEnd(speaker, button)
    return speaker
