"""Shown instead of the flow when the kiosk cannot save signatures (no key store, no database).

The window paints its welcome screen before the store opens; if opening then fails, this
screen takes its place, so nobody can start signing on a kiosk that would lose the
signature. It speaks to whoever is in front of it (a canvasser, or a supporter who got there
first) in the kiosk's language, says that what was already saved is untouched, and gives the
coordinator the one-line technical reason, in the kiosk's language too (the command line and
the log keep it in English, for searching). That line comes from error codes only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from ui.i18n import isolate
from ui.messages import failure_code, operator_line, start_problem_text
from ui.screens.message_screen import MessageScreen
from ui.widgets.common import set_button_text


class StartFailureScreen(MessageScreen):
    """Why this kiosk takes no signatures, and a Close button."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(("", "muted"), parent)
        self.setObjectName("startFailureScreen")
        self._error: BaseException | None = None
        self.advice, self.detail = self.lines
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = self.button
        self.close_button.clicked.connect(self.close_requested)
        self.retranslate()

    def show_problem(self, error: BaseException) -> None:
        """Explain ``error`` (a :class:`~kiosk.errors.KioskError`, or anything else the start raised)."""
        self._error = error
        self.retranslate()

    def _reason(self) -> str:
        error = self._error
        if error is None:
            return ""
        return start_problem_text(failure_code(error))

    def retranslate(self) -> None:
        """Every text in the current language (the window calls this on a language switch)."""
        self.heading.setText(self.tr("This kiosk cannot take signatures right now"))
        self.message.setText(self._reason())
        self.advice.setText(self.tr("Signatures already saved on this device are untouched. "
                                    "Please ask the coordinator for help."))
        # Worked out again at each language switch: the line is kept as the error, not as text.
        line = operator_line(self._error, translated=True) if self._error is not None else ""
        self.detail.setText(self.tr("For the coordinator: %1").replace("%1", isolate(line)) if line else "")
        set_button_text(self.close_button, self.tr("Close"), self.tr("Close the kiosk"))
