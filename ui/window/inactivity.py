"""The inactivity clock: no touch for the configured time asks "Still there?", then clears.

What "no touch" leads to depends on the step showing (:func:`idle_reaction`): a form in
progress asks "Still there?"; the welcome screen goes back to the default language; the first
PIN, the key store's place and a start failure wait for the coordinator however long it takes.

The timeout is the ``inactivity_timeout_s`` setting, read each time the clock restarts; the
visible countdown is a third of it (5 to 20 s) and is recomputed when the setting is saved.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.settings import Settings
from ui.settings_notifier import SettingsNotifier
from ui.window.steps import Step

STILL_THERE_MAX_S = 20      # the visible countdown before clearing
STILL_THERE_MIN_S = 5


def countdown_for(timeout_s: int) -> int:
    """The "Still there?" countdown for an inactivity timeout."""
    return max(STILL_THERE_MIN_S, min(STILL_THERE_MAX_S, timeout_s // 3))


class IdleReaction(Enum):
    """What the window does once no one has touched the kiosk for the configured time."""

    NOTHING = "nothing"
    START_OVER = "start_over"  # back to the welcome screen in the default language
    ASK_STILL_THERE = "ask_still_there"  # the "Still there?" countdown, then the signer is forgotten


def idle_reaction(step: Step, choosing_first_pin: bool, in_default_language: bool) -> IdleReaction:
    """The idle rule, for the step showing when the clock ran out."""
    if step in (Step.START_FAILURE, Step.KEY_STORE_SETUP) or choosing_first_pin:
        return IdleReaction.NOTHING  # the first PIN and the key store's place are not skipped by waiting
    if step is Step.WELCOME:
        return IdleReaction.NOTHING if in_default_language else IdleReaction.START_OVER
    if step is Step.THANK_YOU:
        return IdleReaction.NOTHING  # it ends on its own countdown
    return IdleReaction.ASK_STILL_THERE


class InactivityClock(QObject):
    """Emits :attr:`idle` once no one has touched the kiosk for the configured time."""

    idle = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.countdown_s = countdown_for(self.timeout_s())
        self._notifier = SettingsNotifier(settings, self)
        self._notifier.settings_saved.connect(self._on_settings_saved)

    def timeout_s(self) -> int:
        """Seconds without a touch before the kiosk asks."""
        return max(self._settings.inactivity_timeout_s, 1)

    def restart(self) -> None:
        """Someone touched the kiosk: count again from now."""
        self.timer.start(self.timeout_s() * 1000)

    def stop(self) -> None:
        """Nothing times out until :meth:`restart`."""
        self.timer.stop()

    def _on_settings_saved(self, names: frozenset[str]) -> None:
        if "inactivity_timeout_s" in names:
            self.countdown_s = countdown_for(self.timeout_s())
            if self.timer.isActive():
                self.restart()
