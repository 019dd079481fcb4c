"""Thank-you: the only personal data shown is the first name; back to welcome by itself."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.campaign import CampaignText
from ui.i18n import isolate
from ui.screens.message_screen import MessageScreen
from ui.widgets.common import set_button_text
from ui.widgets.speaker_button import spoken_as

RETURN_AFTER_S = 8
TICK_MS = 1000


class ThankYouScreen(MessageScreen):
    """Thanks, then a countdown to the welcome screen.

    The same for everyone, a repeat signer too: what shows must not say who signed before.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(("counter", "muted"), parent)
        self.setObjectName("thankYouScreen")
        self._first_name = ""
        self._remaining = 0
        self._signed = 0
        self.return_after_s = RETURN_AFTER_S
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.counter, self.countdown = self.lines
        self.done_button = self.button
        self.done_button.clicked.connect(self._on_done_clicked)

    def start(self, first_name: str, signed: int) -> None:
        """Show thanks for ``first_name`` and start counting down."""
        self._first_name = first_name
        self._signed = signed
        self._remaining = self.return_after_s
        self._render()
        self._timer.start()

    def stop_countdown(self) -> None:
        """Freeze the countdown (screenshots), keeping what is shown."""
        self._timer.stop()

    def stop(self) -> None:
        """Stop the countdown and forget the name."""
        self._timer.stop()
        self._first_name = ""
        self._render()

    def _render(self) -> None:
        self.heading.setText(self.tr("Thank you, %1!").replace("%1", isolate(self._first_name)) if self._first_name
                             else self.tr("Thank you!"))
        spoken_as(self.heading, self.tr("Thank you!"))  # the name is never said aloud
        self.message.setText(self.tr("Your signature has been saved. Please pass the tablet to the next person."))
        self.counter.setText(self.tr("%1 people have signed").replace("%1", isolate(f"{self._signed:,}")))
        self.countdown.setText(self.tr("This screen closes in %n second(s).", "", max(self._remaining, 0)))

    def retranslate(self, text: CampaignText) -> None:
        """Labels in the current language."""
        set_button_text(self.done_button, self.tr("Done"))
        self._render()

    def _on_timer_timeout(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._timer.stop()
            self.finished.emit()
            return
        self._render()

    def _on_done_clicked(self) -> None:
        self._timer.stop()
        self.finished.emit()
