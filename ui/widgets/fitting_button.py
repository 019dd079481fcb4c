"""A button that shows the longest of its labels that fits its width.

On a 1280 px landscape screen the top bar reads "← Back" and "A+ Larger text"; on a tablet
held upright, or with larger text, the same buttons read "←" and "A+". The accessible name
always carries the full words, so a screen reader says "Back" whatever is drawn. The
button asks its layout for the room of its longest label but accepts the room of its
shortest, so a narrow screen never forces the window wider than the screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget


class FittingButton(QPushButton):
    """A push button with labels from longest to shortest; it draws the longest that fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: tuple[str, ...] = ()
        # Preferred (not QPushButton's Minimum): the layout may shrink it to its shortest label.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())

    def set_labels(self, labels: Sequence[str], accessible: str) -> None:
        """The labels, longest first, and the full name a screen reader says."""
        self._labels = tuple(labels)
        self.setAccessibleName(accessible)
        self.updateGeometry()
        self._fit()

    def labels(self) -> tuple[str, ...]:
        """Every label this button may show, longest first."""
        return self._labels

    def size_for(self, text: str) -> QSize:
        """The size this button asks for to show ``text`` whole."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        content = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        hint = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content, self)
        return hint.expandedTo(self.minimumSize())

    def _room(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width()

    def sizeHint(self) -> QSize:
        return self.size_for(self._labels[0]) if self._labels else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.size_for(self._labels[-1]) if self._labels else super().minimumSizeHint()

    def _fit(self) -> None:
        if not self._labels:
            return
        room = self._room()
        metrics = self.fontMetrics()
        chosen = next((text for text in self._labels
                       if metrics.size(Qt.TextFlag.TextShowMnemonic, text).width() <= room), self._labels[-1])
        if chosen != self.text():
            self.setText(chosen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # the labels' sizes changed with the type
            self._fit()
