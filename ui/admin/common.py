"""Small building blocks shared by the admin pages (sizes fit a finger, not a mouse)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ui.style import TOUCH_TARGET_PX


def button(parent: QWidget, name: str = "") -> QPushButton:
    """A finger-sized button; ``name`` picks its look from the stylesheet (e.g. ``primary``)."""
    widget = QPushButton(parent)
    widget.setMinimumHeight(TOUCH_TARGET_PX)
    if name:
        widget.setObjectName(name)
    return widget


def label(parent: QWidget, name: str = "", wrap: bool = True) -> QLabel:
    """A label; ``name`` picks its look (``heading``, ``muted``, ``screenError``)."""
    widget = QLabel(parent)
    widget.setWordWrap(wrap)
    if name:
        widget.setObjectName(name)
    return widget
