"""The kiosk reads its screens aloud (issue 25), with the real eSpeak NG and the real screens.

What a listener would notice: every language with a voice is heard on its screens (sound, not
silence, and about as long as its words), a Spanish screen is read in Spanish and only what it
shows, a new tap cuts the old speech, what a signer typed is said only when they tap that
field's speaker and lands in no file, a campaign's recording is played instead of the synthetic
voice, and a language with no voice says so instead of borrowing another's.
"""

from __future__ import annotations

import math
import os
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolTip, QWidget

from kiosk.campaign import load_campaign
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.speech import ESPEAK_VOICES, Espeak, Spoken, VoiceSource, find_espeak, read_wav, voices
from tests.support import choose_coordinator_pin
from ui.i18n import qm_files
from ui.kiosk_window import KioskWindow, Step
from ui.screenshots import screen_poses
from ui.selftest import fill_form, tap
from ui.speech.narrator import Narrator, start_espeak
from ui.speech.review_audio import write_speech
from ui.widgets.speaker_button import FieldSpeaker, screen_pieces

REPO = Path(__file__).resolve().parents[2]
CAMPAIGN = load_campaign()
VOICED = [code for code in CAMPAIGN.languages if code in ESPEAK_VOICES]
SAMPLED_SCREENS = ("welcome", "form-errors", "signature", "thankyou", "still-there")
SILENCE_RMS = 300  # of 32767: eSpeak's speech measures ~2,500-3,000 here
CANARY = "Qwzyxv"  # a first name no text of the kiosk contains
SHARED_CACHE = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")


def _wait(qtbot, condition, timeout_ms: int = 10_000) -> None:
    qtbot.waitUntil(condition, timeout=timeout_ms)


class Heard:
    """What the voice was asked to say and did: each synthesised text, its command line, whether its
    process ended, each part's source, each end. The window speaks with a voice whose synthesiser is
    a spy: the real eSpeak NG still runs."""

    def __init__(self, window: KioskWindow) -> None:
        self.texts: list[str] = []
        self.commands: list[str] = []  # each synthesiser's program and arguments
        self.ended: list[tuple[int, QProcess.ExitStatus]] = []  # (index into texts, how its process ended)
        self.parts: list[tuple[int, str]] = []
        self.finished: list[tuple[int, bool]] = []
        self.first_audio: list[int] = []
        self.unavailable: list[str] = []
        narrator = Narrator(window.ctx.campaign, window.ctx.settings, window.read_aloud, synthesiser=self.synthesise)
        window.read_aloud.narrator = narrator
        narrator.part_started.connect(lambda token, source: self.parts.append((token, source)))
        narrator.finished.connect(lambda token, done: self.finished.append((token, done)))
        narrator.first_audio.connect(self.first_audio.append)
        narrator.unavailable.connect(self.unavailable.append)

    def synthesise(self, engine: Espeak, espeak_voice: str, text: str, parent: QObject) -> QProcess:
        index = len(self.texts)
        self.texts.append(text)
        process = start_espeak(engine, espeak_voice, text, parent)
        self.commands.append(" ".join([process.program(), *process.arguments()]))
        process.finished.connect(lambda _code, status: self.ended.append((index, status)))
        return process

    def done(self, token: int) -> bool:
        return (token, True) in self.finished


@pytest.fixture
def heard(window: KioskWindow) -> Heard:
    return Heard(window)


# -- every language with a voice is heard ---------------------------------------------------------

@pytest.fixture(scope="module")
def spoken_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    out = tmp_path_factory.mktemp("speech")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", SHARED_CACHE)  # the translations compiled once, as for the other tests
        result = write_speech(out, screens=SAMPLED_SCREENS)
    assert result.silent_languages == ["tl"]  # Tagalog: eSpeak NG has no voice, and none is borrowed
    return out, result.texts


def test_every_voiced_language_is_heard_on_its_screens(spoken_files: tuple[Path, dict[str, str]]) -> None:
    out, texts = spoken_files
    assert set(VOICED) == set(CAMPAIGN.languages) - {"tl"}
    for code in VOICED:
        for screen in (*SAMPLED_SCREENS, "language-name"):
            path = out / f"{screen}_{code}.wav"
            audio = read_wav(path)
            words = texts[path.name]
            assert audio.rms() > SILENCE_RMS, path.name
            # About as long as its words: a reader says 3 to 40 characters a second (Chinese few, English many).
            assert len(words) / 40 <= audio.duration_s <= len(words) / 3 + 1.5, (path.name, audio.duration_s)
    assert not list(out.glob("*_tl.wav"))


def test_the_speech_command_writes_one_language(tmp_path: Path) -> None:
    out = tmp_path / "voice"
    done = subprocess.run([sys.executable, "-m", "ui.cli", "speech", "--out", str(out), "--language", "ht"],
                          cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": SHARED_CACHE})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote 9 WAV files to {out}"  # 8 screens (still-there too) and the name
    assert sorted(p.name for p in out.iterdir())[:2] == ["form-errors_ht.wav", "form_ht.wav"]
    assert read_wav(out / "petition_ht.wav").duration_s > 60  # the whole petition and letter
    bad = subprocess.run([sys.executable, "-m", "ui.cli", "speech", "--out", str(out), "--language", "xx"],
                         cwd=REPO, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert bad.returncode == 2 and "--language xx" in bad.stderr


# -- what is read is what the screen shows, in its language -----------------------------------------

def _shown_words(screen: QWidget) -> set[str]:
    shown = set()
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen):
            continue
        if isinstance(widget, QLabel) and widget.text().strip():
            shown.add(widget.text().strip())
        elif isinstance(widget, QAbstractButton):
            shown.update(text.strip() for text in (widget.text(), widget.accessibleName()) if text.strip())
    return shown


def _read_labels(screen: QWidget) -> list[QLabel]:
    """The visible labels a screen's speaker must read: not in an unspoken part, not said otherwise."""
    def unspoken(widget: QWidget | None) -> bool:
        while widget is not None and widget is not screen:
            if widget.property("unspoken"):
                return True
            widget = widget.parentWidget()
        return False

    return [w for w in screen.findChildren(QLabel) if w.isVisibleTo(screen) and w.text().strip()
            and not unspoken(w) and not w.property("spokenAs")]


def test_a_spanish_screen_is_read_as_it_shows_in_spanish(window: KioskWindow, heard: Heard, qtbot) -> None:
    poses = screen_poses(window)
    english: set[str] = set()
    for name in ("welcome", "petition", "form-errors", "signature", "review", "thankyou"):
        poses[name]()
        english.update(piece.text for piece in screen_pieces(window.stack.currentWidget()))
    window.default_language = "es"  # the welcome pose starts over, in the default language
    window.start_over()
    for name in ("welcome", "petition", "form-errors", "signature", "review", "thankyou"):
        poses[name]()
        screen = window.stack.currentWidget()
        pieces = [piece.text for piece in screen_pieces(screen)]
        shown = _shown_words(screen)
        # Every piece read is on the screen (the thank-you says "¡Gracias!" without the name).
        assert [p for p in pieces if p not in shown and p != "¡Gracias!"] == [], name
        # Every text shown is read, except what a signer typed (the review's values have their own speakers).
        assert {w.text().strip() for w in _read_labels(screen)} - set(pieces) == set(), name
        # No English: nothing read on a Spanish screen is the English screen's words (codes like "ZIP" aside).
        assert [p for p in pieces if p in english and len(p) > 3] == [], name
        # And the voice is sent exactly these words, in Spanish.
        speaker = screen.findChild(QAbstractButton, "speaker")
        tap(speaker)
        token = window.read_aloud.narrator.current_token
        _wait(qtbot, lambda: heard.done(token))
        assert heard.texts[-1] == "\n".join(pieces) or name == "petition"
    assert window.read_aloud.narrator.voice("es").espeak_voice == "es-419"


def test_the_still_there_card_is_read_as_it_shows_in_spanish(window: KioskWindow, heard: Heard, qtbot) -> None:
    poses = screen_poses(window)
    overlay = window.screens.overlay
    poses["still-there"]()
    english = {overlay.question.text(), overlay.countdown.text(), overlay.stay_button.accessibleName()}
    window.default_language = "es"
    window.start_over()
    poses["still-there"]()
    shown = [overlay.question.text(), overlay.countdown.text(), overlay.stay_button.accessibleName()]
    assert shown[0] == "¿Sigue ahí?" and not set(shown) & english
    tap(overlay.speaker)
    token = window.read_aloud.narrator.current_token
    _wait(qtbot, lambda: heard.done(token))
    assert heard.texts[-1] == "\n".join(shown)  # what the card shows, in Spanish, and nothing behind it
    assert "es-419" in heard.commands[-1]
    # "I'm still here" ends the card's speech with the card.
    tap(overlay.speaker)
    token = window.read_aloud.narrator.current_token
    tap(overlay.stay_button)
    assert (token, False) in heard.finished and not window.read_aloud.narrator.speaking


def test_each_language_speaker_says_its_own_name_in_its_own_voice(window: KioskWindow, heard: Heard, qtbot) -> None:
    picker = window.welcome.language_picker
    narrator = window.read_aloud.narrator
    tap(picker.speakers["zh-Hant"])
    _wait(qtbot, lambda: bool(heard.finished) and heard.finished[-1][1])
    assert heard.texts == ["繁體中文"] or heard.texts[-1].startswith("繁")
    assert narrator.voice("zh-Hant").espeak_voice == "yue"
    assert window.language == "en"  # hearing a language is not choosing it


# -- interrupting ---------------------------------------------------------------------------------

def test_a_new_tap_interrupts_the_old_speech(window: KioskWindow, heard: Heard, qtbot) -> None:
    poses = screen_poses(window)
    poses["petition"]()  # three minutes of petition and letter
    narrator = window.read_aloud.narrator
    tap(window.screens.petition.speaker)
    first = narrator.current_token
    _wait(qtbot, lambda: first in heard.first_audio)
    first_synthesis = len(heard.texts) - 1
    tap(window.screens.petition.speaker)  # again: from the start
    second = narrator.current_token
    assert (first, False) in heard.finished  # cut, not played out
    # Its synthesiser was killed (three minutes of speech take eSpeak NG longer than a first chunk).
    assert (first_synthesis, QProcess.ExitStatus.CrashExit) in heard.ended
    _wait(qtbot, lambda: second in heard.first_audio)
    window.read_aloud.read((Spoken("Hola"),), "es")
    third = narrator.current_token
    _wait(qtbot, lambda: heard.done(third))
    assert (second, False) in heard.finished
    assert narrator.delivered_bytes < 22050 * 2 * 2  # only "Hola": under two seconds, none of the petition


def test_leaving_the_screen_silences_it(window: KioskWindow, heard: Heard, qtbot) -> None:
    screen_poses(window)["petition"]()
    tap(window.screens.petition.speaker)
    token = window.read_aloud.narrator.current_token
    _wait(qtbot, lambda: token in heard.first_audio)
    window.start_over()
    assert (token, False) in heard.finished and not window.read_aloud.narrator.speaking


# -- privacy --------------------------------------------------------------------------------------

def _files_holding(folder: Path, needle: bytes) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(n in data for n in (needle, needle.decode().encode("utf-16-le"))):
                found.append(path)
    return found


def test_typed_data_is_spoken_only_by_its_own_speaker_and_written_nowhere(
        window: KioskWindow, heard: Heard, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    window.set_language("es")
    window.go_to(Step.FORM)
    fill_form(window, {"given_name": CANARY, "family_name": "Muñoz", "postal_code": "90011"})
    form = window.screens.form
    tap(form.speaker)
    token = window.read_aloud.narrator.current_token
    _wait(qtbot, lambda: heard.done(token))
    assert CANARY not in heard.texts[-1]  # the screen's speaker reads the titles, never the values
    tap(form.fields["given_name"].findChild(FieldSpeaker))  # the signer asks for their own name
    token = window.read_aloud.narrator.current_token
    _wait(qtbot, lambda: heard.done(token))
    assert heard.texts[-1] == f"Nombre\n{CANARY}"
    assert "es-419" in heard.commands[-1]
    assert CANARY not in heard.commands[-1]  # the text goes on standard input, never the command line
    # On to the review: its speaker reads the titles; each value has its own speaker.
    window.go_to(Step.REVIEW)
    review = window.screens.review
    review.show_signer(form.values(), False, None)
    tap(review.speaker)
    token = window.read_aloud.narrator.current_token
    _wait(qtbot, lambda: heard.done(token))
    assert CANARY not in heard.texts[-1]
    # Thank-you without the name.
    window.screens.thank_you.start(CANARY, 1)
    window.go_to(Step.THANK_YOU)
    tap(window.screens.thank_you.speaker)
    token = window.read_aloud.narrator.current_token
    _wait(qtbot, lambda: heard.done(token))
    assert CANARY not in heard.texts[-1] and "¡Gracias!" in heard.texts[-1]
    assert sum(CANARY in text for text in heard.texts) == 1  # said once: when its own speaker was tapped
    data_dir = Path(window.ctx.data_dir)
    assert _files_holding(data_dir, CANARY.encode()) == []
    assert _files_holding(private_tmp, CANARY.encode()) == []


# -- voices ---------------------------------------------------------------------------------------

def _tone_wav(path: Path, seconds: float = 0.6, rate: int = 16000) -> None:
    frames = b"".join(struct.pack("<h", int(12000 * math.sin(2 * math.pi * 440 * i / rate)))
                      for i in range(int(seconds * rate)))
    import wave

    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(frames)


@pytest.fixture
def recorded_kiosk(tmp_path: Path, data_dir: Path) -> Iterator[KioskContext]:
    """The demo campaign as a file beside a recording of its Spanish petition."""
    campaign = tmp_path / "campaign" / "end-s-comm.toml"
    campaign.parent.mkdir()
    shutil.copy(REPO / "resources" / "campaigns" / "end-s-comm.toml", campaign)
    (campaign.parent / "end-s-comm-audio").mkdir()
    _tone_wav(campaign.parent / "end-s-comm-audio" / "petition_es.wav")
    ctx = open_kiosk(data_dir, str(campaign))
    choose_coordinator_pin(ctx)
    yield ctx
    ctx.close()


def test_a_recorded_petition_is_played_instead_of_synthesis(qtbot, recorded_kiosk: KioskContext) -> None:
    window = KioskWindow(recorded_kiosk, windowed=True)
    qtbot.addWidget(window)
    window.show()
    try:
        heard = Heard(window)
        window.set_language("es")
        screen_poses(window)["petition"]()
        tap(window.screens.petition.speaker)
        token = window.read_aloud.narrator.current_token
        _wait(qtbot, lambda: heard.done(token), 20_000)
        assert [source for t, source in heard.parts if t == token] == ["espeak", "recorded", "espeak"]
        petition = recorded_kiosk.campaign.text("es").petition
        assert all(petition[:40] not in text for text in heard.texts)  # the recording, not the voice, says it
        assert any(text.startswith(recorded_kiosk.campaign.text("es").title) for text in heard.texts)
        # Where no recording exists (English), the petition is synthesised.
        window.set_language("en")
        tap(window.screens.petition.speaker)
        token = window.read_aloud.narrator.current_token
        _wait(qtbot, lambda: heard.done(token), 20_000)
        assert [source for t, source in heard.parts if t == token] == ["espeak"]
        admin_voices = {v.language: v for v in voices(recorded_kiosk.campaign, find_espeak())}
        assert admin_voices["es"].recorded_parts == ("petition",) and admin_voices["en"].recorded_parts == ()
    finally:
        window.release()


def test_a_language_without_a_voice_says_so_and_borrows_none(window: KioskWindow, heard: Heard, qtbot) -> None:
    window.set_language("tl")
    screen_poses(window)["petition"]()
    qtbot.wait(10)  # the new language reaches every widget
    tap(window.screens.petition.speaker)
    assert heard.unavailable == ["tl"] and heard.texts == [] and heard.parts == []
    assert not window.read_aloud.narrator.speaking
    assert window.screens.petition.speaker.accessibleName() == "Pakinggan"
    assert QToolTip.text() == "Walang boses para sa wikang ito"  # said plainly, in Tagalog


def test_the_admin_area_sets_the_volume_and_names_each_voice(panel, kiosk: KioskContext) -> None:
    from ui.admin.speech_section import SpeechSection

    section = panel.findChild(SpeechSection)
    assert section is not None
    assert section.voice_rows["es"].text() == "Español: synthesized voice (eSpeak NG)"
    assert section.voice_rows["tl"].text() == "Tagalog: no voice: cannot be heard"
    section.volume_spin.setValue(40)
    assert kiosk.settings.speech_volume == 40
    assert open_kiosk(kiosk.data_dir).settings.speech_volume == 40  # saved


def _section_texts(section: QWidget) -> list[str]:
    from ui.admin.speech_section import SpeechSection

    assert isinstance(section, SpeechSection)
    return [section.heading.text(), section.volume_label.text(), section.voices_heading.text(),
            *(row.text() for row in section.voice_rows.values())]


@pytest.mark.parametrize("code", [code for code in CAMPAIGN.languages if code not in ("en", "es")])
def test_the_admin_speech_section_has_words_in_each_drafted_language(qtbot, kiosk: KioskContext, code: str) -> None:
    """Not English under another language's heading: each text of the section is in ``code`` (a draft)."""
    from ui.admin.speech_section import SpeechSection

    english = SpeechSection(kiosk)
    qtbot.addWidget(english)
    translators = []
    for qm in qm_files(code):
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    try:
        section = SpeechSection(kiosk)
        qtbot.addWidget(section)
        shown = _section_texts(section)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert [text for text in shown if text in _section_texts(english)] == []


def test_first_audio_follows_a_tap_quickly(window: KioskWindow, heard: Heard, qtbot) -> None:
    """Not a benchmark (tests/bench has it): a sanity bound a slow CI machine still meets."""
    screen_poses(window)["signature"]()
    tap(window.screens.signature.speaker)  # the first tap loads the audio backend
    started = time.perf_counter()
    tap(window.screens.signature.speaker)
    token = window.read_aloud.narrator.current_token
    _wait(qtbot, lambda: token in heard.first_audio)
    assert time.perf_counter() - started < 5
    assert heard.parts[-1] == (token, VoiceSource.ESPEAK.value)
    assert window.read_aloud.narrator.delivered_rms() > SILENCE_RMS
