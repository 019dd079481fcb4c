"""A real ``petition-kiosk run --windowed`` on a machine with no keyring, driven by taps.

Run as a child process by ``tests/ui/test_key_store_setup.py``. It is
``tests/ui/start_driver.py`` (same reports: ``FIRST_FRAME``, ``READY``, ``SIGNED``,
``FAILURE``) plus one: when the first-start screen that asks where the key lives shows, it
prints ``SETUP {json}`` (the screen's texts and the step on screen) and taps "Use a protected
file", as a coordinator would; then the kiosk goes on to the PIN and the signer.

Usage: ``python -m tests.ui.key_store_setup_child --data-dir DIR``.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QApplication

from tests.ui.start_driver import Driver, FirstFrameWatcher, _kiosk_window, _say
from ui import cli


class SetupDriver(Driver):
    """Answers the key-store screen once, then does what the start driver does."""

    def __init__(self) -> None:
        super().__init__()
        self.answered = False

    @Slot()
    def poll(self) -> None:
        window = _kiosk_window()
        setup = getattr(window, "key_store_setup", None)
        if window is not None and setup is not None and setup.isVisible() and not self.answered:
            from ui.selftest import tap

            self.answered = True
            _say("SETUP", {"step": window.current_step().value, "storage_ready": window.storage_ready,
                           "texts": [w.text() for w in (setup.heading, setup.message, setup.file_card.title,
                                                        setup.file_card.note, setup.file_button,
                                                        setup.hub_card.title, setup.hub_button)]})
            tap(setup.file_button)
        super().poll()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    watcher = FirstFrameWatcher()
    app.installEventFilter(watcher)
    driver = SetupDriver()
    QTimer.singleShot(0, driver.poll)
    return cli.main(["--data-dir", args.data_dir, "run", "--windowed"])


if __name__ == "__main__":
    sys.exit(main())
