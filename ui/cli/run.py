"""``petition-kiosk run``: start the kiosk window.

The order is what a supporter walking up sees first: the welcome screen is painted before the
store is opened (opening it loads SQLAlchemy, the cipher and the keyring: most of the start-up
time). The store is then opened and its key checked on the GUI thread before the event loop
runs, so a tap that comes meanwhile waits, and no signing can begin on a kiosk that cannot
save. If that fails, the window shows why, stderr gets the usual one line, and the command
ends with exit code 1 when the coordinator taps Close or after :data:`FAILURE_SHOWN_S` (so
a supervisor such as systemd starts it again: a keyring that came up late is then found).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from importlib import resources

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kiosk.runtime import KioskContext, configure_logging
from ui import crash_guard
from ui.cli.exit_codes import ExitCode
from ui.fonts import install_shipped_fonts
from ui.kiosk_window import KioskWindow
from ui.messages import failure_code, operator_line

APP_DISPLAY_NAME = "Petition Kiosk"
ICON_FILE = "petition-kiosk.svg"  # also for the packaging (desktop entry, installer)
FAILURE_SHOWN_S = 60
# How long to let the window system show the first frame before the store opens. On a
# compositor the first frame can need a round trip or two; waiting longer only delays
# readiness.
FIRST_FRAME_WAIT_S = 0.5
FIRST_FRAME_POLL_S = 0.005

log = logging.getLogger(__name__)


def run_command(ctx: KioskContext, args: argparse.Namespace) -> int:
    """Run the kiosk until the coordinator exits it from the admin area."""
    crash_guard.install()  # an exception in a slot must not print what a signer typed (also set by main)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("petition-kiosk")
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setWindowIcon(QIcon(str(resources.files("resources").joinpath("icons", ICON_FILE))))
    install_shipped_fonts()  # the same look on every machine, whatever fonts it has
    # The kiosk must not end because its last window was hidden (e.g. while the admin
    # dialogs swap); it ends only through exit_kiosk().
    app.setQuitOnLastWindowClosed(False)
    window = KioskWindow(ctx, windowed=bool(args.windowed), defer_storage=True)
    window.show_kiosk()
    show_first_frame(app, window)
    configure_logging(ctx.data_dir)  # nothing before this point logs
    try:
        window.open_storage()
    except Exception as exc:  # KioskError, or anything else: the window must not just vanish
        return _fail_on_screen(app, window, exc)
    if window.storage_ready:  # else the first-start screen asks where the key lives, and starts sync after
        assert window.sync_bridge is not None
        window.sync_bridge.start()
    # The store opened after that choice may still fail (a key file that would sit in the data dir).
    window.start_up.start_failed.connect(lambda exc: _show_failure(app, window, exc))
    try:
        return int(app.exec())
    finally:
        if window.sync_bridge is not None:
            window.sync_bridge.stop()


def show_first_frame(app: QApplication, window: KioskWindow) -> None:
    """Process events until the welcome screen has been painted (or a short limit passes)."""
    deadline = time.monotonic() + FIRST_FRAME_WAIT_S
    while True:
        # A tap this early is kept for after the store is open, not handled half-ready.
        app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if window.welcome.first_painted_at is not None or time.monotonic() >= deadline:
            return
        time.sleep(FIRST_FRAME_POLL_S)


def _show_failure(app: QApplication, window: KioskWindow, exc: Exception) -> None:
    """The one line on stderr, the log entry, and the screen whose Close (or a timer) ends the run with 1."""
    line = operator_line(exc)  # codes and non-personal details only
    code = failure_code(exc)
    print(f"petition-kiosk: {line}", file=sys.stderr, flush=True)
    log.error("cannot start collecting: %s", code)
    screen = window.start_up.show_start_failure(exc)
    screen.close_requested.connect(lambda: app.exit(int(ExitCode.FAILED)))
    QTimer.singleShot(FAILURE_SHOWN_S * 1000, lambda: app.exit(int(ExitCode.FAILED)))


def _fail_on_screen(app: QApplication, window: KioskWindow, exc: Exception) -> int:
    _show_failure(app, window, exc)
    try:
        app.exec()
    finally:
        window.release()
    return ExitCode.FAILED
