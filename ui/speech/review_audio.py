"""``petition-kiosk speech --out DIR [--language CODE]``: what each signer screen says, as WAV.

For native speakers reviewing the voice without walking the screens: the same throwaway kiosk
and the same posed screens as ``screenshots`` (:func:`ui.screenshots.screen_poses`), each read
exactly as its speaker reads it (:func:`ui.widgets.speaker_button.screen_pieces`), into
``<screen>_<language>.wav`` (``still-there``: the overlay that asks an idle signer);
``language-name_<language>.wav`` is the name the language picker's speaker says. A campaign's
recording stands in for the petition and the letter where it has one. The posed signer's
details are never in these files: a screen's speaker does not read what was typed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.campaign import Campaign
from kiosk.speech import (
    Espeak,
    Pcm,
    Spoken,
    VoiceSource,
    as_mono_at,
    find_espeak,
    read_wav,
    recorded_audio,
    synthesize,
    voice_for,
)

READ_SCREENS = ("welcome", "petition", "form", "form-errors", "signature", "review", "thankyou", "still-there")
OVER_THE_SCREEN = "still-there"  # an overlay over the form, read on its own (its speaker reads only the card)
WAV_RATE = 22050  # eSpeak NG's own rate: recordings are brought to it, so one file plays through


@dataclass
class SpeechFiles:
    """What :func:`write_speech` did: the files, and the languages it could not voice."""

    written: list[Path] = field(default_factory=list)
    silent_languages: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # file name -> the words it says (no one's data)


def speak_pieces(campaign: Campaign, engine: Espeak | None, language: str, pieces: tuple[Spoken, ...]) -> Pcm | None:
    """The pieces spoken as one recording (None: no voice for ``language``)."""
    voice = voice_for(campaign, language, engine, frozenset())
    parts: list[Pcm] = []
    words: list[str] = []

    def flush() -> None:
        if words and engine is not None and voice.source is VoiceSource.ESPEAK:
            parts.append(as_mono_at(synthesize(engine, voice.espeak_voice, "\n".join(words)), WAV_RATE))
        words.clear()

    for piece in pieces:
        path = recorded_audio(campaign, language, piece.recording) if piece.recording else None
        if path is not None:
            flush()
            parts.append(as_mono_at(read_wav(path), WAV_RATE))
        elif piece.text.strip():
            words.append(piece.text)
    flush()
    if not parts:
        return None
    return Pcm(b"".join(part.data for part in parts), WAV_RATE, 1)


def write_speech(out_dir: Path, language: str | None = None, screens: tuple[str, ...] = READ_SCREENS,
                 campaign_name: str | None = None) -> SpeechFiles:
    """Write every screen's speech (in ``language``, or every campaign language) into ``out_dir``.

    ``campaign_name``: a campaign id or file (default: the demo), so its own recordings are heard.
    """
    from PySide6.QtWidgets import QApplication

    from kiosk.pin import PinGuard
    from kiosk.runtime import open_kiosk
    from ui.i18n import language_name
    from ui.kiosk_window import KioskWindow
    from ui.screenshots import discard_window, screen_poses
    from ui.selftest import isolated_kiosk_environment
    from ui.widgets.speaker_button import screen_pieces

    out_dir.mkdir(parents=True, exist_ok=True)
    result = SpeechFiles()
    engine = find_espeak()
    with isolated_kiosk_environment("petition-kiosk-speech-") as root:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        ctx = open_kiosk(root / "data", campaign_name)
        try:
            campaign = ctx.campaign
            languages = [language] if language else list(campaign.languages)
            ctx.store.ensure_key()
            PinGuard(ctx).change_pin("480913")  # a throwaway kiosk: its first-PIN screen is passed
            window = KioskWindow(ctx, windowed=True)
            window.show()
            window.clock.stop()
            poses = screen_poses(window)
            for code in languages:
                window.default_language = code
                window.start_over()
                name = speak_pieces(campaign, engine, code, (Spoken(language_name(code)),))
                if name is None:
                    result.silent_languages.append(code)
                    continue
                result.written.append(_save(out_dir / f"language-name_{code}.wav", name))
                result.texts[f"language-name_{code}.wav"] = language_name(code)
                for screen in screens:
                    poses[screen]()
                    app.processEvents()
                    page = window.screens.overlay if screen == OVER_THE_SCREEN else window.stack.currentWidget()
                    assert page is not None
                    pieces = screen_pieces(page)
                    window.screens.overlay.stop()  # the next screen is read without it
                    audio = speak_pieces(campaign, engine, code, pieces)
                    if audio is not None:
                        result.written.append(_save(out_dir / f"{screen}_{code}.wav", audio))
                        result.texts[f"{screen}_{code}.wav"] = "\n".join(piece.text for piece in pieces)
            discard_window(window)
        finally:
            ctx.close()
    return result


def _save(path: Path, audio: Pcm) -> Path:
    path.write_bytes(audio.wav_bytes())
    return path
