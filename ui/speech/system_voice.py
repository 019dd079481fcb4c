"""The operating system's voices (SAPI/WinRT on Windows, AVSpeech on macOS) through QtTextToSpeech.

Used where there is no eSpeak NG (Windows, macOS). The OS plays the audio itself, to the
system's output; the text goes to the OS's engine in memory. A language is offered only when
the OS has a voice for it (``availableLocales``), never read by another language's voice.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject


class SystemVoice(QObject):
    """Speaks through QTextToSpeech's default engine."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._speech = QTextToSpeech(self)

    def languages(self) -> frozenset[str]:
        """Language codes the OS has a voice for (``en``, ``es``, ``zh-Hans``…)."""
        codes: set[str] = set()
        for locale in self._speech.availableLocales():
            name = locale.bcp47Name()
            codes.add(name)
            codes.add(name.split("-")[0])
            if locale.language() == QLocale.Language.Chinese:
                codes.add("zh-Hant" if locale.script() == QLocale.Script.TraditionalChineseScript else "zh-Hans")
        return frozenset(codes)

    def say(self, language: str, text: str, volume_percent: int) -> None:
        """Speak ``text`` in ``language``, interrupting what the OS was saying."""
        self._speech.stop()
        self._speech.setLocale(QLocale(language))
        self._speech.setVolume(volume_percent / 100)
        self._speech.say(text)

    def stop(self) -> None:
        """Silence now."""
        self._speech.stop()
