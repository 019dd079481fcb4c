"""``petition-kiosk run``: start the kiosk window.

The data key is loaded before Qt starts, so a missing key store becomes the one clear line
from ``ui/cli.py`` instead of a window that cannot save anything.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources

from kiosk.runtime import KioskContext, configure_logging
from ui import crash_guard

APP_DISPLAY_NAME = "Petition Kiosk"
ICON_FILE = "petition-kiosk.svg"  # also for the packaging (desktop entry, installer)


def run_command(ctx: KioskContext, args: argparse.Namespace) -> int:
    """Run the kiosk until the coordinator exits it from the admin area."""
    ctx.store.ensure_key()  # raises KeyStoreUnavailable/KeyMismatch before any window exists
    configure_logging(ctx.data_dir)
    crash_guard.install()  # an exception in a slot must not print what a signer typed (also set by main)

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ui.kiosk_window import KioskWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("petition-kiosk")
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setWindowIcon(QIcon(str(resources.files("resources").joinpath("icons", ICON_FILE))))
    # The kiosk must not end because its last window was hidden (e.g. while the admin
    # dialogs swap); it ends only through exit_kiosk().
    app.setQuitOnLastWindowClosed(False)
    window = KioskWindow(ctx, windowed=bool(args.windowed))
    window.show_kiosk()
    window.sync_bridge.start()
    try:
        return int(app.exec())
    finally:
        window.sync_bridge.stop()
