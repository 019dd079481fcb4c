"""A real ``petition-kiosk run`` whose signers leave in the three ways a signer can.

Run as a child process by ``tests/ui/test_nothing_left_in_memory.py``, which reads this
process's memory after each signer. It calls the real command line (data dir, key, logging,
the allocator restart of :mod:`kiosk.freed_memory`, the kiosk window, the background sync)
and, from inside the running event loop, drives the window by taps, as a finger does. It prints
``READY {json}`` once the kiosk can save, then reads one command a line on stdin:

``thank_you``   the next signer types every field on the on-screen keyboard, ticks the box,
                draws, reviews, signs and taps "Done" on the thank-you screen;
``start_over``  the next signer types every field and taps "Start over" halfway through the form;
``inactivity``  the next signer types, draws and reaches the review, then nobody taps again:
                the inactivity timeout (made 1 s through the settings) asks "Still there?" and
                its countdown clears the kiosk;
``quit``        the kiosk ends.

Half a second after the welcome screen is back it prints ``CLEARED {json}`` (the screen shown,
the stored count, whether the form is empty) and waits, alive, for the next command.

The signers' values come from a JSON file, each one **reversed**, and are typed one key at a
time from the end: the whole value must never exist in this process except where the kiosk
itself puts it, or the test would find the driver's own copy.

Usage: ``python -m tests.ui.memory_child --data-dir DIR --campaign FILE --signers FILE``.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer, Slot
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.support import COORDINATOR_PIN
from ui import cli
from ui.kiosk_window import KioskWindow, Step
from ui.selftest import KioskDriver, draw_on_pad, tap
from ui.widgets.keyboard import OnScreenKeyboard

POLL_MS = 50
SETTLE_MS = 500  # on the welcome screen before the dump: a thief need not wait longer
SHORT_TIMEOUT_S = 1  # the third signer's inactivity timeout (the setting's minimum)
PRESS_HOLD_MS = 400  # longer than QScroller's press delay (0.25 s)
FIELD_ORDER = ("given_name", "family_name", "email", "phone", "postal_code", "address")


def _say(tag: str, payload: dict[str, object]) -> None:
    print(f"{tag} {json.dumps(payload)}", flush=True)


def _forwards(reversed_text: str) -> Iterator[str]:
    """The characters of a reversed value, first to last, one at a time (never joined)."""
    for index in range(len(reversed_text) - 1, -1, -1):
        yield reversed_text[index]


def _tap_char(keyboard: OnScreenKeyboard, char: str) -> None:
    """One character on the on-screen keys, as :func:`ui.selftest.type_text` types it."""
    if char == " ":
        tap(keyboard.key_button("space"))
        return
    key = char.lower()
    if char.isalpha() and char.isupper() != keyboard.shifted:
        tap(keyboard.key_button("shift"))
    tap(keyboard.key_button(key))


def _press_tap(widget: QWidget) -> None:
    """A tap held as long as a finger's, inside a finger-scrolled area.

    The form scrolls by finger (QScroller), which holds a press back until it knows the finger
    is not scrolling; a tap quicker than that delay loses its press (Qt's synthetic events
    only), so the field would not take the keyboard.
    """
    centre = widget.rect().center()
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    QTest.qWait(PRESS_HOLD_MS)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def _fill_form(window: KioskWindow, signer: dict[str, str]) -> None:
    """Tap each field and type its value on the on-screen keyboard."""
    form = window.screens.form
    for name in FIELD_ORDER:
        if name not in signer:
            continue
        field = form.fields[name]
        form.scroll_area.ensureWidgetVisible(field)  # a finger would scroll to it first
        _press_tap(field)
        for char in _forwards(signer[name]):
            _tap_char(form.keyboard, char)


class Driver(QObject):
    """Drives the kiosk window from inside the event loop, one signer per line read on stdin."""

    def __init__(self, signers: list[dict[str, str]]) -> None:
        super().__init__()
        self.signers = signers
        self.phase = ""
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._on_poll_timeout)
        self.stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self.stdin.setEnabled(False)
        self.stdin.activated.connect(self._on_stdin_activated)

    @staticmethod
    def window() -> KioskWindow:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)]
        assert len(windows) == 1, f"expected one kiosk window, found {len(windows)}"
        return windows[0]

    @Slot()
    def start(self) -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)]
        if not windows or not windows[0].storage_ready:  # taps wait for a kiosk that can save
            QTimer.singleShot(POLL_MS, self.start)
            return
        window = self.window()
        if window.current_step() is Step.PIN_CHANGE:  # a new kiosk: the coordinator chooses its PIN first
            for _ in range(2):
                KioskDriver(window).enter_pin(COORDINATOR_PIN, new=True)
        self._say_ready()

    def _say_ready(self) -> None:
        window = self.window()
        _say("READY", {"step": window.current_step().value})
        self.stdin.setEnabled(True)

    @Slot()
    def _on_stdin_activated(self) -> None:
        self.stdin.setEnabled(False)
        command = sys.stdin.readline().strip()
        if command in ("", "quit"):  # the test is done (or gone)
            QApplication.instance().exit(0)  # type: ignore[union-attr]
            return
        self.phase = command
        signer = self.signers.pop(0)
        {"thank_you": self._sign, "start_over": self._start_over, "inactivity": self._walk_away}[command](signer)
        del signer

    def _sign(self, signer: dict[str, str]) -> None:
        """Through every screen to "thank you", then "Done"."""
        window = self.window()
        screens = window.screens
        self._to_review(signer)
        tap(screens.review.submit_button)
        assert window.current_step() is Step.THANK_YOU, window.current_step()
        tap(screens.thank_you.done_button)
        self._wait_for_welcome()

    def _start_over(self, signer: dict[str, str]) -> None:
        """Halfway through the form, "Start over"."""
        window = self.window()
        tap(window.welcome.start_button)
        tap(window.screens.petition.continue_button)
        _fill_form(window, signer)
        tap(window.top_bar.start_over_button)
        self._wait_for_welcome()

    def _walk_away(self, signer: dict[str, str]) -> None:
        """Everything typed, drawn and shown on the review screen, then nobody taps again: the
        inactivity timeout (the setting's minimum, saved as the admin area saves it) asks
        "Still there?" and its countdown clears the kiosk."""
        window = self.window()
        window.ctx.settings.inactivity_timeout_s = SHORT_TIMEOUT_S
        window.ctx.settings.save()
        self._to_review(signer)
        window.note_activity()  # the last tap
        self._wait_for_welcome()

    def _to_review(self, signer: dict[str, str]) -> None:
        window = self.window()
        screens = window.screens
        tap(window.welcome.start_button)
        tap(screens.petition.continue_button)
        _fill_form(window, signer)
        form = screens.form
        form.scroll_area.ensureWidgetVisible(form.consent)
        _press_tap(form.consent)
        tap(form.continue_button)
        assert window.current_step() is Step.SIGNATURE, (window.current_step(), form.errors())
        draw_on_pad(screens.signature.pad)
        tap(screens.signature.continue_button)
        assert window.current_step() is Step.REVIEW, window.current_step()

    def _wait_for_welcome(self) -> None:
        self.poll.start()

    @Slot()
    def _on_poll_timeout(self) -> None:
        if self.window().current_step() is not Step.WELCOME:
            return  # "Still there?" is counting down
        self.poll.stop()
        QTimer.singleShot(SETTLE_MS, self._on_settled)

    @Slot()
    def _on_settled(self) -> None:
        window = self.window()
        counts = window.ctx.store.counts(window.ctx.campaign.id)
        _say("CLEARED", {"after": self.phase, "step": window.current_step().value, "total": counts.total,
                         "form_empty": not any(window.screens.form.values().values())})
        self.stdin.setEnabled(True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--campaign", required=True)
    parser.add_argument("--signers", required=True, help="JSON file: three signers, each value reversed")
    args = parser.parse_args()
    faulthandler.register(signal.SIGUSR1, all_threads=True)  # a hung child tells where
    signers = json.loads(Path(args.signers).read_text("utf-8"))
    app = QApplication(sys.argv[:1])  # the command reuses it, so the driver can be queued first
    driver = Driver(signers)
    del signers
    QTimer.singleShot(0, driver.start)
    code = cli.main(["--data-dir", args.data_dir, "--campaign", args.campaign, "run", "--windowed"])
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
