"""The window's read-aloud: every speaker button's tap comes here, in the signer's language.

The voice (:class:`~ui.speech.narrator.Narrator`) is made on the first tap, not at start-up:
Qt's multimedia backend is not on the welcome screen's first frame. Speech stops when the
screen changes and when the signer's session ends (thank-you, Start over, inactivity), so
nothing of a signer is still being said to the next person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.speech import Spoken, Utterance

if TYPE_CHECKING:
    from ui.kiosk_window import KioskWindow
    from ui.speech.narrator import Narrator


class ReadAloud(QObject):
    """Reads what a speaker asks, in the window's language unless the speaker names one."""

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self._window = window
        self._narrator: Narrator | None = None
        window.session_cleared.connect(self.stop)
        window.stack.currentChanged.connect(self._on_stack_current_changed)

    @property
    def narrator(self) -> Narrator:
        """The voice, made on first use."""
        if self._narrator is None:
            from ui.speech.narrator import Narrator

            self._narrator = Narrator(self._window.ctx.campaign, self._window.ctx.settings, self)
        return self._narrator

    @narrator.setter
    def narrator(self, narrator: Narrator) -> None:
        """Speak with this voice from now on (one made with another synthesiser, say); the old one is silenced."""
        self.stop()
        self._narrator = narrator

    def read(self, pieces: tuple[Spoken, ...], language: str | None = None) -> bool:
        """Speak ``pieces`` now (interrupting); False when the language has no voice."""
        self._window.note_activity()  # listening is using the kiosk: the form must not clear meanwhile
        return self.narrator.speak(Utterance(language or self._window.language, pieces)) != 0

    def stop(self) -> None:
        """Silence (the signer left, or the screen changed)."""
        if self._narrator is not None:
            self._narrator.stop()

    def _on_stack_current_changed(self, _index: int) -> None:
        self.stop()
