"""Scrolling the form so a signer sees what is wrong: the first wrong field whole, with its
title and its message, and no message below it cut by the view's bottom edge.

Not ``QScrollArea.ensureWidgetVisible``: for a line edit that shows only its cursor, it leaves
the field's frame cut (a ZIP message under the last row showed half its last line).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QScrollArea, QWidget


def reveal_first_error(scroll_area: QScrollArea, body: QWidget, field: QWidget, title: QWidget,
                       own_message: QWidget | None, messages: Sequence[QWidget]) -> None:
    """Scroll ``scroll_area`` (showing ``body``) to ``field`` with its ``title`` and its own
    message, then further down only where a visible message would otherwise be cut."""
    view = scroll_area.viewport().height()

    def top(widget: QWidget) -> int:
        return widget.mapTo(body, widget.rect().topLeft()).y()

    def bottom(widget: QWidget) -> int:
        return widget.mapTo(body, widget.rect().bottomLeft()).y() + 1

    highest = top(field)  # scrolled further, the field's top would be cut
    lowest = bottom(own_message if own_message is not None else field) - view
    value = min(highest, max(lowest, top(title)))
    for message in sorted(messages, key=bottom):
        if top(message) < value + view < bottom(message) and bottom(message) - view <= highest:
            value = bottom(message) - view
    scroll_area.verticalScrollBar().setValue(value)
