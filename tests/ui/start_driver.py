"""A real ``petition-kiosk run``, watched from its first frame and driven by taps.

Run as a child process by ``tests/ui/test_start_up.py``. It installs an event filter before
calling the real command line, so it sees the welcome screen's first paint as it happens,
and prints what a person would have seen then:

``FIRST_FRAME {json}``  the counter's text, whether the kiosk could save yet, whether the
                        database layer had been loaded (it must not have been: that is the
                        point of painting first).
``READY {json}``        once the store is open: the counter's text; then one signer signs by
                        taps, and ``SIGNED {json}`` reports the stored count; the kiosk exits.
``FAILURE {json}``      if the kiosk cannot save: the texts on its screen; then "Close" is
                        tapped, and the command's exit code becomes this process's.

Usage: ``python -m tests.ui.start_driver --data-dir DIR``.
"""

from __future__ import annotations

import argparse
import json
import sys

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from tests.support import COORDINATOR_PIN
from ui import cli

POLL_MS = 10
SIGNER = {"given_name": "Begoña", "family_name": "Nuñez", "email": "begona@example.org", "postal_code": "90057"}


def _say(tag: str, payload: dict[str, object]) -> None:
    print(f"{tag} {json.dumps(payload, ensure_ascii=False)}", flush=True)


def _kiosk_window():  # type: ignore[no-untyped-def]
    from ui.kiosk_window import KioskWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)]
    return windows[0] if windows else None


class FirstFrameWatcher(QObject):
    """Reports the state of the kiosk at the welcome screen's first paint."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint and watched.objectName() == "welcomeScreen":
            self.seen = True
            window = _kiosk_window()
            _say("FIRST_FRAME", {
                "counter": window.welcome.counter.text() if window is not None else None,
                "storage_ready": bool(window is not None and window.storage_ready),
                "database_layer_loaded": "sqlalchemy" in sys.modules,
            })
        return False


class Driver(QObject):
    """Waits for the kiosk to be ready (or to fail), then acts like a person."""

    @Slot()
    def poll(self) -> None:
        window = _kiosk_window()
        failure = window.start_up.start_failure if window is not None else None  # ui/window/start_up.py
        if failure is not None and failure.isVisible():
            _say("FAILURE", {"texts": [w.text() for w in (failure.heading, failure.message, failure.advice,
                                                          failure.detail, failure.close_button)]})
            from ui.selftest import tap

            tap(failure.close_button)
            return
        if window is None or not window.storage_ready:
            QTimer.singleShot(POLL_MS, self.poll)
            return
        from ui.selftest import KioskDriver, sign_through_screens
        from ui.window.steps import Step

        _say("READY", {"counter": window.welcome.counter.text(), "step": window.current_step().value})
        if window.current_step() is Step.PIN_CHANGE:  # a new kiosk: the coordinator chooses a PIN first
            for _ in range(2):
                KioskDriver(window).enter_pin(COORDINATOR_PIN, new=True)
        sign_through_screens(window, SIGNER)
        counts = window.ctx.store.counts(window.ctx.campaign.id)
        _say("SIGNED", {"step": window.current_step().value, "stored": counts.total, "people": counts.people})
        window.exit_kiosk()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])  # the command reuses it, so the watchers can be set up first
    watcher = FirstFrameWatcher()
    app.installEventFilter(watcher)
    driver = Driver()
    QTimer.singleShot(0, driver.poll)
    return cli.main(["--data-dir", args.data_dir, "run", "--windowed"])


if __name__ == "__main__":
    sys.exit(main())
