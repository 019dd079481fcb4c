"""Small helpers shared by the screens: labelled text, wrapped labels, finger scrolling, scrolling columns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget


def label(parent: QWidget, object_name: str = "", wrap: bool = True) -> QLabel:
    """A word-wrapping label with an object name for the style."""
    widget = QLabel(parent)
    if object_name:
        widget.setObjectName(object_name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # campaign text is never markup
    return widget


def set_button_text(button: QAbstractButton, text: str, accessible: str = "") -> None:
    """Set a button's text and its accessible name (the text unless told otherwise)."""
    button.setText(text)
    button.setAccessibleName(accessible or text.replace("➜", "").replace("←", "").strip())


def finger_scrolling(area: QScrollArea) -> None:
    """Let a finger (or a mouse drag) scroll ``area`` with momentum, like a phone."""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)


def scrolling_column(parent: QWidget) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """A finger-scrolled area showing one column: the area, the column's widget and its layout.

    The column's layout is in place before the area takes the widget (a layout set afterwards
    leaves the widget unseen); what the caller adds to it later shows with the screen.
    """
    area = QScrollArea(parent)
    finger_scrolling(area)
    body = QWidget()
    column = QVBoxLayout(body)
    area.setWidget(body)
    return area, body, column


def stack_when_narrow(row: QBoxLayout, width: int) -> None:
    """Buttons side by side when they fit in ``width``, else one above the other (a tablet held upright)."""
    items = (row.itemAt(i) for i in range(row.count()))
    widgets = [item.widget() for item in items if item is not None]
    shown = [w for w in widgets if w is not None and not w.isHidden()]
    needed = sum(w.sizeHint().width() for w in shown) + row.spacing() * max(len(shown) - 1, 0)
    margins = row.contentsMargins()
    fits = needed + margins.left() + margins.right() <= width
    row.setDirection(QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom)
