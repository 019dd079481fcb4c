"""The coordinator's door: the PIN pad after the hidden gesture, the kiosk's first PIN, the PIN
and duress-PIN changes asked for in the admin area, and the admin area itself (built on first use).

It asks and remembers (where the gesture was made, the admin area once built); the window
decides what a step change, a forgotten signer, a wipe or an exit mean, through the signals
below. The PIN's policy is :mod:`kiosk.pin`; the pads are driven by :mod:`ui.window.pin_flow`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kiosk.pin import PinGuard
from kiosk.runtime import KioskContext
from ui.window.flow import SigningFlow
from ui.window.navigation import Navigator
from ui.window.pin_flow import PinFlow
from ui.window.steps import Step

if TYPE_CHECKING:
    from ui.admin.panel import AdminPanel

# After the PIN pad, Cancel goes back where the gesture was made, except from these steps.
_BACK_TO_WELCOME_FROM = (Step.PIN, Step.THANK_YOU)


class CoordinatorDoor(QObject):
    """Opens the admin area to the coordinator PIN, and takes the PINs the admin area asks for."""

    step_wanted = Signal(Step)
    signer_dismissed = Signal()  # forget the signer now: the admin area opens, or the first PIN is asked
    welcome_wanted = Signal()  # back to the welcome screen with nothing of the last signer left
    admin_wanted = Signal()  # the right PIN: the window opens the admin area (it holds the sync line)
    wipe_wanted = Signal()  # the duress PIN was typed, or the admin area's wipe was confirmed
    exit_wanted = Signal()
    collection_stopped = Signal(object)  # a KioskError: the PIN's record was changed on the disk

    def __init__(self, ctx: KioskContext, guard: PinGuard, flow: SigningFlow, navigator: Navigator,
                 window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self._navigator = navigator
        self._overlay = flow.overlay
        self._step_before_pin = Step.WELCOME
        self.admin_panel: AdminPanel | None = None
        # The coordinator chose "Pair with a hub" on the first-start screen: the pairing page
        # follows the first PIN (or the PIN typed next) instead of the welcome screen.
        self.pairing_wanted = False
        self.pin_flow = PinFlow(guard, flow.pin_pad, flow.pin_change_pad, self)
        self.pin_flow.unlocked.connect(self._on_pin_flow_unlocked)
        self.pin_flow.cancelled.connect(self._on_pin_flow_cancelled)
        self.pin_flow.change_finished.connect(self._on_pin_flow_change_finished)
        self.pin_flow.first_pin_chosen.connect(self._on_first_pin_chosen)
        self.pin_flow.duress_entered.connect(self.wipe_wanted)
        self.pin_flow.collection_stopped.connect(self.collection_stopped)

    @property
    def choosing_first_pin(self) -> bool:
        """Whether the kiosk waits for its first PIN (nothing may skip that)."""
        return self.pin_flow.choosing_first

    def ask_first_pin(self) -> None:
        """The coordinator chooses the kiosk's first PIN now, before the first signer."""
        self._overlay.stop()
        self.signer_dismissed.emit()
        self.pin_flow.ask_first()
        self.step_wanted.emit(Step.PIN_CHANGE)

    def open_pin_pad(self) -> None:
        """The hidden gesture was made: ask for the coordinator PIN."""
        if self.pin_flow.choosing_first:
            return
        self._overlay.stop()
        step = self._navigator.current_step()
        self._step_before_pin = step if step not in _BACK_TO_WELCOME_FROM else Step.WELCOME
        self.pin_flow.ask()
        self.step_wanted.emit(Step.PIN)

    def open_admin(self, sync_bridge: QObject | None) -> None:
        """Show the admin area (created once, on first use, with the sync line in force)."""
        if self.admin_panel is None:
            from ui.admin.panel import AdminPanel

            panel = AdminPanel(self._ctx, sync_bridge, self._window)
            panel.exit_requested.connect(self.exit_wanted)
            panel.closed.connect(self.welcome_wanted)
            panel.pin_change_requested.connect(self._on_admin_pin_change_requested)
            panel.duress_pin_requested.connect(self._on_admin_duress_pin_requested)
            panel.wipe_requested.connect(self._on_admin_wipe_requested)
            self._navigator.add_page(Step.ADMIN, panel)
            self.admin_panel = panel
        self.step_wanted.emit(Step.ADMIN)
        if self.pairing_wanted:
            self.pairing_wanted = False
            self.admin_panel.show_pairing()

    def _on_first_pin_chosen(self) -> None:
        if self.pairing_wanted:
            self.signer_dismissed.emit()
            self.admin_wanted.emit()  # straight on to the pairing page the coordinator chose
            return
        self.welcome_wanted.emit()

    def _on_pin_flow_unlocked(self) -> None:
        self.signer_dismissed.emit()
        self.admin_wanted.emit()

    def _on_pin_flow_cancelled(self) -> None:
        # Back to where the gesture was made: a signer who hit the corner by chance keeps their form.
        self.step_wanted.emit(self._step_before_pin)

    def _on_pin_flow_change_finished(self) -> None:
        self.step_wanted.emit(Step.ADMIN)

    def _on_admin_pin_change_requested(self) -> None:
        self.pin_flow.ask_new()
        self.step_wanted.emit(Step.PIN_CHANGE)

    def _on_admin_duress_pin_requested(self) -> None:
        self.pin_flow.ask_duress()
        self.step_wanted.emit(Step.PIN_CHANGE)

    def _on_admin_wipe_requested(self) -> None:
        self.wipe_wanted.emit()
        self.welcome_wanted.emit()  # the usual welcome screen, the usual count
