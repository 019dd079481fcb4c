"""The admin area's read-aloud section: the voice's volume, and which languages can be heard, from where.

The volume takes effect at once (the voice listens for the saved setting). Each campaign
language is listed with its source: a recorded voice for the petition and the letter, eSpeak NG,
the operating system's voices, or none, so a coordinator knows before the rally that Tagalog
signers will hear nothing and can say so.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from kiosk.runtime import KioskContext
from kiosk.settings import Settings
from kiosk.speech import Voice, VoiceSource, find_espeak, voices
from ui.admin.common import label
from ui.i18n import language_name

MIN_VOLUME = Settings.speech_volume.minimum or 0
MAX_VOLUME = Settings.speech_volume.maximum or 100
VOLUME_STEP = 10


class SpeechSection(QWidget):
    """Volume of the voice and the voices of the campaign's languages."""

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        self.heading = label(self, "heading")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.volume_label = QLabel(self)
        self.volume_spin = QSpinBox(self)
        self.volume_spin.setRange(MIN_VOLUME, MAX_VOLUME)
        self.volume_spin.setSingleStep(VOLUME_STEP)
        self.volume_spin.setValue(ctx.settings.speech_volume)
        self.volume_spin.valueChanged.connect(self._on_volume_spin_value_changed)
        form.addRow(self.volume_label, self.volume_spin)
        layout.addLayout(form)
        self.voices_heading = label(self, "muted")
        layout.addWidget(self.voices_heading)
        self._voices = voices(ctx.campaign, find_espeak(), self._system_languages())
        self.voice_rows: dict[str, QLabel] = {}
        for voice in self._voices:
            row = label(self)
            row.setObjectName(f"voice_{voice.language}")
            self.voice_rows[voice.language] = row
            layout.addWidget(row)
        self.retranslate()

    @staticmethod
    def _system_languages() -> frozenset[str]:
        if sys.platform == "linux":
            return frozenset()  # eSpeak NG speaks on Linux: the speech-dispatcher voices are not used
        from ui.speech.system_voice import SystemVoice

        return SystemVoice().languages()

    def _source_text(self, voice: Voice) -> str:
        names = {VoiceSource.ESPEAK: self.tr("synthesized voice (eSpeak NG)"),
                 VoiceSource.SYSTEM: self.tr("the system's voice"),
                 VoiceSource.NONE: self.tr("no voice: cannot be heard"),
                 VoiceSource.RECORDED: self.tr("recorded voice")}
        text = names[voice.source]
        if voice.recorded_parts:
            text = self.tr("%1; petition and letter: recorded voice").replace("%1", text)
        return text

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.heading.setText(self.tr("Reading aloud"))
        self.volume_label.setText(self.tr("Volume of the voice"))
        self.volume_spin.setSuffix(" %")
        self.voices_heading.setText(self.tr("Languages that can be heard on this kiosk:"))
        for voice in self._voices:
            self.voice_rows[voice.language].setText(
                self.tr("%1: %2").replace("%1", language_name(voice.language)).replace("%2", self._source_text(voice)))

    def _on_volume_spin_value_changed(self, value: int) -> None:
        settings = self._ctx.settings
        settings.speech_volume = value
        settings.save()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
