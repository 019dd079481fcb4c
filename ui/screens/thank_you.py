"""Thank-you: the only personal data shown is the first name; back to welcome by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.campaign import CampaignText
from ui.messages import already_signed_text
from ui.widgets.common import label, set_button_text

RETURN_AFTER_S = 8
TICK_MS = 1000


class ThankYouScreen(QWidget):
    """Thanks (or a kind "you already signed"), then a countdown to the welcome screen."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thankYouScreen")
        self._first_name = ""
        self._already = False
        self._remaining = 0
        self._signed = 0
        self.return_after_s = RETURN_AFTER_S
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(64, 32, 64, 32)
        layout.setSpacing(24)
        self.heading = label(self, "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = label(self, "heading")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter = label(self, "counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = label(self, "muted")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("huge")
        self.done_button.clicked.connect(self._on_done_clicked)
        layout.addStretch(1)
        for widget in (self.heading, self.message, self.counter, self.countdown):
            layout.addWidget(widget)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)

    def set_compact(self, compact: bool) -> None:
        """Less air on a short screen."""
        self._layout.setContentsMargins(*((16, 8, 16, 8) if compact else (64, 32, 64, 32)))
        self._layout.setSpacing(10 if compact else 24)

    def start(self, first_name: str, already_signed: bool, signed: int) -> None:
        """Show thanks for ``first_name`` and start counting down."""
        self._first_name = first_name
        self._already = already_signed
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
        if self._already:
            self.heading.setText(self.tr("Thank you!"))
            self.message.setText(already_signed_text())
        else:
            self.heading.setText(self.tr("Thank you, %1!").replace("%1", self._first_name) if self._first_name
                                 else self.tr("Thank you!"))
            self.message.setText(self.tr("Your signature has been saved. Please pass the tablet to the next person."))
        self.counter.setText(self.tr("%1 people have signed").replace("%1", f"{self._signed:,}"))
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
