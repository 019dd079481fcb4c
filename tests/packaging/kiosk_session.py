"""A real kiosk process, started through ``petition-kiosk run`` and driven by taps.

The restart tests run this as a child process so that they can kill it for real. It calls
the real command line (``ui.cli.main(["run", "--windowed"])``: data dir, key, logging, the
kiosk window, the background sync) and, from a timer inside the running event loop, drives
the window the way a finger does (the self-test's tap helpers). Two modes:

``--sign N``
    N signers sign through every screen and tap "Done"; then one more signer starts and
    stops halfway through the form. The process prints one ``MID_SIGNING {json}`` line and
    keeps running (sync and all) until it is killed.
``--report``
    Waits until nothing is pending (or ``--timeout`` seconds), prints one ``REPORT {json}``
    line (the screen shown, whether the form is empty, the counts) and quits normally.

Usage: ``python -m tests.packaging.kiosk_session --data-dir DIR (--sign N | --report)``.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import signal
import sys
import time

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from tests.support import COORDINATOR_PIN
from ui import cli
from ui.kiosk_window import KioskWindow, Step
from ui.selftest import KioskDriver, fill_form, sign_through_screens, tap

POLL_MS = 100
HALF_TYPED_SIGNER = {"given_name": "Guadalupe", "family_name": "Hernán"}


def signer(n: int) -> dict[str, str]:
    """A distinct signer per ``n`` (a repeat email would be refused as a duplicate)."""
    return {"given_name": f"Rosa{chr(ord('a') + n)}", "family_name": "Peña", "email": f"rosa{n}@example.org",
            "postal_code": "90057"}


class Driver(QObject):
    """Drives the kiosk window from inside the event loop."""

    def __init__(self, args: argparse.Namespace) -> None:
        super().__init__()
        self.args = args
        self.deadline = time.monotonic() + args.timeout
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._on_poll_timeout)

    def window(self) -> KioskWindow:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)]
        assert len(windows) == 1, f"expected one kiosk window, found {len(windows)}"
        return windows[0]

    @Slot()
    def start(self) -> None:
        # The welcome screen is up before the store is open; a finger waits for the kiosk
        # to be ready the way its taps do (they are queued until then).
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)]
        if not windows or not windows[0].storage_ready:
            QTimer.singleShot(POLL_MS // 10, self.start)
            return
        window = self.window()
        if self.args.report:
            self.poll.start()
            return
        if window.current_step() is Step.PIN_CHANGE:  # a new kiosk: the coordinator chooses its PIN first
            for _ in range(2):
                KioskDriver(window).enter_pin(COORDINATOR_PIN, new=True)
        for n in range(self.args.sign):
            sign_through_screens(window, signer(n))
            assert window.current_step() is Step.THANK_YOU, window.current_step()
            tap(window.screens.thank_you.done_button)
            assert window.current_step() is Step.WELCOME, window.current_step()
        # The next signer gets halfway through the form when the power goes.
        tap(window.welcome.start_button)
        tap(window.screens.petition.continue_button)
        fill_form(window, HALF_TYPED_SIGNER)
        counts = window.ctx.store.counts(window.ctx.campaign.id)
        self._say("MID_SIGNING", {"step": window.current_step().value, "total": counts.total})

    @Slot()
    def _on_poll_timeout(self) -> None:
        window = self.window()
        counts = window.ctx.store.counts(window.ctx.campaign.id)
        if counts.pending and time.monotonic() < self.deadline:
            return
        self.poll.stop()
        self._say("REPORT", {
            "step": window.current_step().value,
            "form_empty": not any(window.screens.form.values().values()),
            "total": counts.total, "pending": counts.pending, "synced": counts.synced,
        })
        QApplication.instance().exit(0)  # type: ignore[union-attr]

    @staticmethod
    def _say(tag: str, payload: dict[str, object]) -> None:
        print(f"{tag} {json.dumps(payload)}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--sign", type=int)
    mode.add_argument("--report", action="store_true")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    # A test whose kiosk hangs sends SIGUSR1 first: every thread's stack goes to stderr.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    app = QApplication(sys.argv[:1])  # the command reuses it, so the driver can be queued first
    driver = Driver(args)
    QTimer.singleShot(0, driver.start)
    code = cli.main(["--data-dir", args.data_dir, "run", "--windowed"])
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
