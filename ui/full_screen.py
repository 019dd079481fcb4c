"""Keep the kiosk window covering its whole screen, with or without a window manager.

``showFullScreen()`` only *asks* for full screen: on X11 it sets ``_NET_WM_STATE_FULLSCREEN``,
which a window manager carries out. A bare kiosk X server (``xinit``/``startx``, no window
manager) has nobody to carry it out, and the window stayed at its first size (600×600 in the
top-left corner of a 1280×800 screen). So on X11 the window is also placed over the screen's
geometry itself, *after* it is shown full screen: with a window manager that is the geometry
it gets anyway; without one it is the only way to get it.

On Wayland (cage) the compositor sizes a full-screen surface and a client cannot place its
window, so only ``showFullScreen()`` is used there: setting a geometry first made the window
under headless cage come up black. Windows and macOS carry out full screen themselves.

A screen that changes (a tablet rotated, a monitor plugged in or out, the primary screen
changed) is followed: the window moves to the primary screen if its own went away and covers
the new geometry.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# Platforms where a client can (and without a window manager must) place its own window.
PLACES_ITS_OWN_WINDOW = frozenset({"xcb"})
# A window manager that answers the full-screen request may resize the window a moment
# later; check again once it had the chance, and correct only if nobody did.
SETTLE_MS = 300


class FullScreenKeeper(QObject):
    """Keeps one top-level window full screen on its screen, following screen changes."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._screen: QScreen | None = None
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._on_app_screens_changed)
        app.screenRemoved.connect(self._on_app_screens_changed)
        app.primaryScreenChanged.connect(self._on_app_screens_changed)

    @property
    def places_window(self) -> bool:
        """Whether this platform needs the window's geometry set by the app."""
        return QGuiApplication.platformName() in PLACES_ITS_OWN_WINDOW

    def target_screen(self) -> QScreen | None:
        """The screen to cover: the window's own while it exists, else the primary one."""
        screens = QGuiApplication.screens()
        own = self._window.screen()
        if own is not None and own in screens:
            return own
        return QGuiApplication.primaryScreen()

    def apply(self) -> None:
        """Show the window full screen over its screen (call it instead of showFullScreen)."""
        screen = self.target_screen()
        self._follow(screen)
        handle = self._window.windowHandle()
        if handle is not None and screen is not None and handle.screen() is not screen:
            handle.setScreen(screen)
        self._window.showFullScreen()
        if self.places_window and screen is not None:
            self._cover(screen.geometry())
            # A window manager may still be answering; make sure nobody left it smaller.
            QTimer.singleShot(SETTLE_MS, self._on_settle_timeout)

    def _cover(self, geometry: QRect) -> None:
        if self._window.geometry() != geometry:
            self._window.setGeometry(geometry)
        if not self._window.isFullScreen():
            # Moving a full-screen window by hand makes Qt drop the state; keep it full screen.
            self._window.setWindowState(self._window.windowState() | Qt.WindowState.WindowFullScreen)

    def _follow(self, screen: QScreen | None) -> None:
        if screen is self._screen:
            return
        if self._screen is not None:
            self._screen.geometryChanged.disconnect(self._on_screen_geometry_changed)
        self._screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._on_screen_geometry_changed)

    @Slot()
    def _on_settle_timeout(self) -> None:
        screen = self.target_screen()
        if screen is not None and self._window.isVisible():
            self._cover(screen.geometry())

    @Slot(QRect)
    def _on_screen_geometry_changed(self, geometry: QRect) -> None:
        log.info("screen is now %dx%d: covering it", geometry.width(), geometry.height())
        self.apply()

    @Slot()
    def _on_app_screens_changed(self) -> None:
        if self._window.isVisible():
            self.apply()


def keep_full_screen(window: QWidget) -> FullScreenKeeper:
    """Show ``window`` full screen now and keep it so (the keeper lives as long as the window)."""
    keeper = FullScreenKeeper(window)
    keeper.apply()
    return keeper


# A normal window (``--windowed``, for development) at a typical kiosk tablet's size.
WINDOWED_SIZE = (1280, 800)


def show_as_kiosk(window: QWidget, windowed: bool) -> None:
    """Frameless, on top and full screen (kept so), or a normal window; either way with the keyboard focus."""
    if windowed:
        window.resize(*WINDOWED_SIZE)
        window.show()
    else:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        # The one place the window goes full screen (also with no window manager, and after
        # the screen changes: see above).
        keep_full_screen(window)
    # Take keyboard focus at once: the first tap must land in a field, not wake the window.
    window.raise_()
    window.activateWindow()
