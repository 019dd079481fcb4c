"""A real ``petition-kiosk run`` on the display it is given, reporting what covers the screen.

Run by tests/ui/test_full_screen.py under Xvfb with no window manager. From a timer inside
the running kiosk it waits for the window to settle, then prints one ``SCREEN {json}`` line:
the window's geometry, the screen's, and the colours the X server itself shows at the
screen's four corners and centre (grabbed from the root window, so it is what a person sees,
not what Qt believes). It then asks for a new screen size with ``xrandr`` when given
``--resize WxH`` and reports again (``RESIZED {json}``), then quits.

Usage: ``python -m tests.ui.full_screen_child --data-dir DIR [--resize WxH]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ui import cli
from ui.kiosk_window import KioskWindow

SETTLE_MS = 1500


def _report(window: KioskWindow) -> dict[str, object]:
    screen = QGuiApplication.primaryScreen()
    geometry = screen.geometry()
    shot = screen.grabWindow(0).toImage()  # the root window: what the X server shows
    inset = 4
    spots = {"top_left": (inset, inset), "top_right": (shot.width() - inset, inset),
             "bottom_left": (inset, shot.height() - inset),
             "bottom_right": (shot.width() - inset, shot.height() - inset),
             "centre": (shot.width() // 2, shot.height() // 2)}
    window_rect = window.geometry()
    return {
        "platform": QGuiApplication.platformName(),
        "screen": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "window": [window_rect.x(), window_rect.y(), window_rect.width(), window_rect.height()],
        "full_screen": window.isFullScreen(),
        "lit": {name: shot.pixelColor(x, y).value() > 16 for name, (x, y) in spots.items()},
    }


class Reporter(QObject):
    """Reports once the kiosk window is up, then optionally after an xrandr resize."""

    def __init__(self, resize: str | None) -> None:
        super().__init__()
        self.resize = resize

    def window(self) -> KioskWindow | None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow) and w.isVisible()]
        return windows[0] if windows else None

    @Slot()
    def start(self) -> None:
        window = self.window()
        if window is None or not window.storage_ready:
            QTimer.singleShot(50, self.start)
            return
        QTimer.singleShot(SETTLE_MS, self._on_settled)

    @Slot()
    def _on_settled(self) -> None:
        window = self.window()
        assert window is not None
        print(f"SCREEN {json.dumps(_report(window))}", flush=True)
        if self.resize is None:
            QApplication.instance().exit(0)  # type: ignore[union-attr]
            return
        done = subprocess.run(["xrandr", "-s", self.resize], capture_output=True, text=True, check=False)
        print(f"XRANDR {json.dumps({'code': done.returncode, 'error': done.stderr.strip()[-300:]})}", flush=True)
        QTimer.singleShot(SETTLE_MS, self._on_resized)

    @Slot()
    def _on_resized(self) -> None:
        window = self.window()
        assert window is not None
        print(f"RESIZED {json.dumps(_report(window))}", flush=True)
        QApplication.instance().exit(0)  # type: ignore[union-attr]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--resize")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])  # the command reuses it, so the reporter can be queued first
    reporter = Reporter(args.resize)
    QTimer.singleShot(0, reporter.start)
    code = cli.main(["--data-dir", args.data_dir, "run"])
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
