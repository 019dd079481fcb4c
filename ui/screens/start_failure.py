"""Shown instead of the flow when the kiosk cannot save signatures (no key store, no database).

The window paints its welcome screen before the store opens; if opening then fails, this
screen takes its place, so nobody can start signing on a kiosk that would lose the
signature. It speaks to whoever is in front of it (a canvasser, or a supporter who got there
first) in the kiosk's language, says that what was already saved is untouched, and gives the
coordinator the one-line technical reason. That line comes from error codes only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from ui.i18n import isolate
from ui.messages import start_problem_text
from ui.screens.message_screen import MessageScreen
from ui.widgets.common import set_button_text


class StartFailureScreen(MessageScreen):
    """Why this kiosk takes no signatures, and a Close button."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(("", "muted"), parent)
        self.setObjectName("startFailureScreen")
        self._code = ""
        self._detail = ""
        self.advice, self.detail = self.lines
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = self.button
        self.close_button.clicked.connect(self.close_requested)
        self.retranslate()

    def show_problem(self, code: str, detail: str = "") -> None:
        """Explain ``code`` (a :class:`~kiosk.errors.KioskError` code); ``detail`` is for the coordinator."""
        self._code, self._detail = code, detail
        self.retranslate()

    def _reason(self) -> str:
        return start_problem_text(self._code)

    def retranslate(self) -> None:
        """Every text in the current language (the window calls this on a language switch)."""
        self.heading.setText(self.tr("This kiosk cannot take signatures right now"))
        self.message.setText(self._reason())
        self.advice.setText(self.tr("Signatures already saved on this device are untouched. "
                                    "Please ask the coordinator for help."))
        detail = self.tr("For the coordinator: %1").replace("%1", isolate(self._detail))
        self.detail.setText(detail if self._detail else "")
        set_button_text(self.close_button, self.tr("Close"), self.tr("Close the kiosk"))
