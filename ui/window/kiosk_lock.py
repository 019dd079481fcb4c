"""The kiosk lock: an application-wide event filter, and the coordinator's hidden way in.

The filter swallows the shortcuts that would leave the kiosk (Esc, Alt+F4, Ctrl+Q/W, F11 …)
until the coordinator chose "Exit", and reports every touch, key and wheel as activity for
the inactivity clock. The way in: **five taps in the top-left corner within three seconds**
(:class:`CornerGesture`). A quick second tap reaches Qt as a double click
(``MouseButtonDblClick``) instead of a press, so both count as a tap.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

CORNER_PX = 96              # the hidden corner's size
CORNER_TAPS = 5
CORNER_WINDOW_S = 3.0
# A press and, for a quick second tap, the double click Qt makes of it.
TAP_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
# Input that counts as "someone is here" besides key presses and taps.
ACTIVITY_EVENTS = (QEvent.Type.MouseMove, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
                   QEvent.Type.Wheel)


def is_lock_breaking_key(event: QKeyEvent) -> bool:
    """Esc, Alt+F4, Ctrl+Q/W, Ctrl+Alt+Backspace-style shortcuts, F11 (leave full screen)."""
    key = event.key()
    mods = event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier) or bool(mods & Qt.KeyboardModifier.MetaModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_Close, Qt.Key.Key_Exit, Qt.Key.Key_Cancel):
        return True
    if alt and key in (Qt.Key.Key_F4, Qt.Key.Key_Tab, Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right):
        return True
    return ctrl and key in (Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_F4, Qt.Key.Key_N, Qt.Key.Key_T,
                            Qt.Key.Key_P, Qt.Key.Key_O, Qt.Key.Key_S)


class CornerGesture:
    """Counts taps in the window's top-left corner; says when five came within three seconds."""

    def __init__(self, window: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        self._window = window
        self._clock = clock
        self._taps: list[float] = []
        self._last: tuple[int, int, int] = (-1, 0, 0)

    def tap(self, event: QMouseEvent) -> bool:
        """Register a press (or double click); True when it completes the gesture."""
        global_pos = event.globalPosition().toPoint()
        identity = (event.timestamp(), global_pos.x(), global_pos.y())
        if identity == self._last:
            return False  # the same tap, propagated to a parent widget (or its press and double click)
        self._last = identity
        local = self._window.mapFromGlobal(global_pos)
        under = QApplication.widgetAt(global_pos)
        if not (0 <= local.x() < CORNER_PX and 0 <= local.y() < CORNER_PX) or isinstance(under, QAbstractButton):
            # Taps on a real button (Back sits near the corner) are never part of the gesture.
            self._taps.clear()
            return False
        now = self._clock()
        self._taps = [t for t in self._taps if now - t <= CORNER_WINDOW_S] + [now]
        if len(self._taps) >= CORNER_TAPS:
            self._taps.clear()
            return True
        return False


class KioskLock(QObject):
    """The application-wide event filter that keeps the kiosk locked."""

    activity = Signal()
    corner_gesture_made = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._gesture = CornerGesture(window)
        self.exit_allowed = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def release(self) -> None:
        """Lift the lock: the shortcuts work again and the filter is removed."""
        self.exit_allowed = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            self.activity.emit()
            if not self.exit_allowed and is_lock_breaking_key(event):
                event.accept()
                return True
        elif kind in TAP_EVENTS and isinstance(event, QMouseEvent):
            if isinstance(watched, QWidget) and watched.window() is self._window:
                self.activity.emit()
                if self._gesture.tap(event):
                    self.corner_gesture_made.emit()
        elif kind in ACTIVITY_EVENTS:
            self.activity.emit()
        return super().eventFilter(watched, event)
