"""The coordinator's PIN: the pad after the corner gesture, changing the PIN, and choosing the
first one (a kiosk with no PIN asks for one before its first signer; there is no default),
and the duress PIN: typed at the pad it asks the window to wipe (:attr:`PinFlow.duress_entered`)
and is answered exactly as a wrong PIN is.

The policy (hashing, the growing lockout) is :mod:`kiosk.pin`; this module only asks and
shows. Its texts keep the ``KioskWindow`` translation context they always had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.errors import KioskError
from kiosk.pin import PinCheck, PinGuard, easy_to_guess, valid_new_pin

if TYPE_CHECKING:  # the pads are built with the rest of the flow, after the first frame
    from ui.widgets.pin_pad import PinPad



class PinFlow(QObject):
    """Checks the coordinator PIN on one pad and takes a new PIN (twice) on the other."""

    unlocked = Signal()
    cancelled = Signal()
    change_finished = Signal()
    first_pin_chosen = Signal()
    duress_entered = Signal()
    # A KioskError: the PIN's record no longer matches its key-store MAC (kiosk/trust.py).
    collection_stopped = Signal(object)

    def __init__(self, guard: PinGuard, pad: PinPad, change_pad: PinPad, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
        self._pad = pad
        self._change_pad = change_pad
        self._pending_pin = ""
        self._first = False  # choosing the kiosk's first PIN: no way around it
        self._duress = False  # the change pad takes the duress PIN
        pad.pin_entered.connect(self._on_pad_pin_entered)
        pad.cancelled.connect(self.cancelled)
        change_pad.pin_entered.connect(self._on_change_pad_pin_entered)
        change_pad.cancelled.connect(self._on_change_pad_cancelled)

    def ask(self) -> None:
        """Ready the pad for the coordinator PIN (locked while the lockout lasts)."""
        self._pad.reset()
        self._pad.set_prompt(QCoreApplication.translate("KioskWindow", "Coordinator PIN"))
        self._pad.lock_for(self.guard.seconds_locked())

    def ask_new(self) -> None:
        """Ready the other pad for a new PIN."""
        self._first = False
        self._duress = False
        self._pending_pin = ""
        self._change_pad.cancel_button.setVisible(True)
        self._change_pad.reset()
        self._change_pad.set_prompt(
            QCoreApplication.translate("KioskWindow", "Enter the new PIN (4 to 12 digits)"))

    def ask_duress(self) -> None:
        """Ready the other pad for the duress PIN (typed twice, like a new PIN)."""
        self.ask_new()
        self._duress = True
        self._change_pad.set_prompt(self._duress_prompt())

    @staticmethod
    def _duress_prompt() -> str:
        return QCoreApplication.translate(
            "KioskWindow", "Choose a duress PIN: typed at the PIN pad, it erases all personal data")

    def ask_first(self) -> None:
        """Ready the other pad for the kiosk's first PIN: it cannot be cancelled."""
        self._first = True
        self._duress = False
        self._pending_pin = ""
        self._change_pad.cancel_button.setVisible(False)
        self._change_pad.reset()
        self._change_pad.set_prompt(self._first_prompt())

    @property
    def choosing_first(self) -> bool:
        """Whether the pad is waiting for the kiosk's first PIN."""
        return self._first

    @staticmethod
    def _first_prompt() -> str:
        return QCoreApplication.translate(
            "KioskWindow", "Welcome! Choose a coordinator PIN for this kiosk (4 to 12 digits)")

    def _refused_record(self, exc: KioskError) -> bool:
        """Stop collection if ``exc`` says the PIN's record was changed on the disk (True then)."""
        from kiosk.trust import PinRecordChanged  # the keyring: loaded with the store by now

        if not isinstance(exc, PinRecordChanged):
            return False
        self._pad.reset()
        self._change_pad.reset()
        self.collection_stopped.emit(exc)
        return True

    def _on_pad_pin_entered(self, pin: str) -> None:
        try:
            result = self.guard.check(pin)
        except KioskError as exc:  # a forged or deleted PIN record opens nothing
            if self._refused_record(exc):
                return
            raise
        if result is PinCheck.OPEN:
            self._pad.reset()
            self.unlocked.emit()
            return
        if result is PinCheck.DURESS:
            self.duress_entered.emit()  # the wipe runs now; the pad answers as for any wrong PIN
        self._pad.show_error(QCoreApplication.translate("KioskWindow", "That PIN is not right."))
        self._pad.lock_for(self.guard.seconds_locked())

    def _on_change_pad_pin_entered(self, pin: str) -> None:
        pad = self._change_pad
        if not self._pending_pin:
            if not valid_new_pin(pin):
                pad.show_error(QCoreApplication.translate("KioskWindow", "A PIN has 4 to 12 digits."))
                return
            if easy_to_guess(pin):
                pad.show_error(QCoreApplication.translate(
                    "KioskWindow", "That PIN is too easy to guess. Please choose another."))
                return
            self._pending_pin = pin
            pad.reset()
            pad.set_prompt(QCoreApplication.translate("KioskWindow", "Enter the new PIN again"))
            return
        if pin != self._pending_pin:
            if self._first:
                self.ask_first()
            elif self._duress:
                self.ask_duress()
            else:
                self.ask_new()
            pad.show_error(
                QCoreApplication.translate("KioskWindow", "The two PINs were different. Please start again."))
            return
        try:
            if self._duress:
                self.guard.set_duress_pin(pin)
            else:
                self.guard.change_pin(pin)
        except KioskError as exc:
            if self._refused_record(exc):
                return
            raise
        except ValueError:  # the coordinator PIN and the duress PIN must differ
            if self._duress:
                self.ask_duress()
            else:
                self.ask_new()
            pad.show_error(QCoreApplication.translate(
                "KioskWindow", "The coordinator PIN and the duress PIN must be different."))
            return
        self._pending_pin = ""
        self._duress = False
        if self._first:
            self._first = False
            self._change_pad.cancel_button.setVisible(True)
            self.first_pin_chosen.emit()
            return
        self.change_finished.emit()

    def _on_change_pad_cancelled(self) -> None:
        self._pending_pin = ""
        self._duress = False
        self.change_finished.emit()
