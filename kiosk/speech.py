"""Which voice speaks each language, and offline synthesis with eSpeak NG (no Qt).

Voices, best first (:func:`voice_for`):
1. **recorded**: a campaign may ship a person's recording of the petition and the letter per
   language, beside the campaign file, found by language like the translation files:
   ``<campaign dir>/<campaign id>-audio/petition_<file code>.wav`` (and ``letter_…``);
2. **espeak**: eSpeak NG, run as a process (``espeak-ng --stdout``) with the text on its standard
   input and the audio read from a pipe: nothing is written to disk and the text never appears
   in a command line another user could read (``/proc/*/cmdline``). A process, rather than
   libespeak-ng through ctypes, because the library keeps one global voice and is not
   thread-safe, a crash in it would take the kiosk down with it, and a new tap must stop the
   old speech at once (killing a process does; the library's cancel waits for a sentence).
   It starts in well under 30 ms, so the separate process costs no noticeable latency.
   The bundle carries its own copy (``espeak-ng/`` in the frozen app), found first;
3. **system**: on Windows and macOS the operating system's voices (Qt's QtTextToSpeech, in ui/);
4. **none**: Tagalog has no eSpeak NG voice. A language with no voice says so; it is never read
   with another language's voice.

Nothing here logs: the text spoken may be what a signer typed.
"""

from __future__ import annotations

import array
import io
import math
import os
import shutil
import subprocess
import sys
import wave
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path

from kiosk.campaign import Campaign
from kiosk.languages import file_code

# Each campaign language's eSpeak NG voice. Mandarin is the cmn voice that reads its own
# romanisation as pinyin: plain ``cmn`` (eSpeak NG 1.51) turns many characters into pinyin and
# then reads that pinyin as English words. Traditional Chinese is read in Cantonese: the US
# communities who read it are mostly Cantonese speakers. Tagalog has no voice.
ESPEAK_VOICES = {
    "en": "en-us",
    "es": "es-419",
    "vi": "vi",
    "zh-Hans": "cmn-latn-pinyin",
    "zh-Hant": "yue",
    "ko": "ko",
    "ar": "ar",
    "ht": "ht",
}
ESPEAK_PROGRAM = "espeak-ng"
BUNDLED_ESPEAK_DIR = "espeak-ng"  # inside the frozen app: the program, its libraries, espeak-ng-data/
RECORDED_PARTS = ("petition", "letter")
RECORDED_SUFFIXES = (".wav",)
SYNTHESIS_TIMEOUT_S = 60
SENTENCE_ENDS = (".", "!", "?", ":", ";", "…", "。", "！", "？", "؟", "۔")
# Bidirectional isolates and marks the screens put around names and numbers: not to be read.
INVISIBLE = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


@dataclass(frozen=True)
class Spoken:
    """One piece of what a screen says; ``recording`` names the campaign part a recording may replace."""

    text: str
    recording: str = ""


@dataclass(frozen=True)
class Utterance:
    """What one tap asks to hear, in one language."""

    language: str
    pieces: tuple[Spoken, ...]

    @property
    def text(self) -> str:
        """Every piece's words, as one text."""
        return "\n".join(piece.text for piece in self.pieces if piece.text.strip())


class VoiceSource(StrEnum):
    """Where a language's voice comes from (the admin area names it)."""

    RECORDED = "recorded"
    ESPEAK = "espeak"
    SYSTEM = "system"
    NONE = "none"


@dataclass(frozen=True)
class Pcm:
    """Signed 16-bit little-endian audio, held in memory only."""

    data: bytes
    rate: int
    channels: int = 1

    @property
    def duration_s(self) -> float:
        """How long it plays."""
        return len(self.data) / (2 * self.channels * self.rate) if self.rate else 0.0

    def rms(self) -> float:
        """Root mean square of the samples, 0 (silence) to 32767."""
        return pcm_rms(self.data)

    def wav_bytes(self) -> bytes:
        """The same audio as a WAV file's bytes."""
        out = io.BytesIO()
        with wave.open(out, "wb") as writer:
            writer.setnchannels(self.channels)
            writer.setsampwidth(2)
            writer.setframerate(self.rate)
            writer.writeframes(self.data)
        return out.getvalue()


def as_mono_at(pcm: Pcm, rate: int) -> Pcm:
    """``pcm`` as one channel at ``rate`` (nearest sample: good enough for a reviewer's file)."""
    samples = array.array("h")
    samples.frombytes(pcm.data[: len(pcm.data) - len(pcm.data) % 2])
    if pcm.channels > 1:
        samples = array.array("h", samples[::pcm.channels])
    if pcm.rate != rate and pcm.rate > 0:
        count = len(samples) * rate // pcm.rate
        samples = array.array("h", (samples[i * pcm.rate // rate] for i in range(count)))
    return Pcm(samples.tobytes(), rate, 1)


def pcm_rms(data: bytes) -> float:
    """RMS of signed 16-bit little-endian samples."""
    samples = array.array("h")
    samples.frombytes(data[: len(data) - len(data) % 2])
    if sys.byteorder != "little":
        samples.byteswap()
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples))


def read_wav(source: bytes | Path) -> Pcm:
    """A 16-bit PCM WAV file (or its bytes) as :class:`Pcm`; ValueError for any other kind."""
    try:
        with wave.open(io.BytesIO(source) if isinstance(source, bytes) else str(source), "rb") as reader:
            if reader.getsampwidth() != 2:
                raise ValueError("not 16-bit PCM")
            return Pcm(reader.readframes(reader.getnframes()), reader.getframerate(), reader.getnchannels())
    except (wave.Error, EOFError) as exc:
        raise ValueError("not a WAV file") from exc


@dataclass(frozen=True)
class WavStreamHeader:
    """The format eSpeak NG announces at the head of its ``--stdout`` stream."""

    rate: int
    channels: int
    data_offset: int


def parse_wav_header(head: bytes) -> WavStreamHeader | None:
    """The format and where the samples start, or None while ``head`` is too short to tell.

    eSpeak NG streams a WAV whose sizes are placeholders, so :mod:`wave` cannot read it
    while it grows; this reads only the ``fmt`` chunk and finds the ``data`` chunk.
    """
    if len(head) < 12:
        return None
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise ValueError("not a WAV stream")
    position, rate, channels = 12, 0, 0
    while len(head) >= position + 8:
        chunk, size = head[position:position + 4], int.from_bytes(head[position + 4:position + 8], "little")
        if chunk == b"data":
            if not rate:
                raise ValueError("WAV stream without a format")
            return WavStreamHeader(rate, channels, position + 8)
        if chunk == b"fmt ":
            if len(head) < position + 24:
                return None
            channels = int.from_bytes(head[position + 10:position + 12], "little")
            rate = int.from_bytes(head[position + 12:position + 16], "little")
        position += 8 + size + size % 2
    return None


@dataclass(frozen=True)
class Espeak:
    """How to run eSpeak NG here: the program, and the data folder when it is the bundle's own."""

    program: Path
    data_dir: Path | None = None

    def command(self, voice: str) -> list[str]:
        """The command line: read UTF-8 text from standard input, write a WAV to standard output."""
        command = [str(self.program), "--stdout", "-b", "1", "-v", voice]
        if self.data_dir is not None:
            command += ["--path", str(self.data_dir)]  # the folder that holds espeak-ng-data/
        return command

    def environment(self) -> dict[str, str]:
        """The process environment: the bundle's libraries first, so a machine without them works."""
        env = dict(os.environ)
        if self.data_dir is not None:
            libraries = str(self.program.parent)
            env["LD_LIBRARY_PATH"] = os.pathsep.join(filter(None, (libraries, env.get("LD_LIBRARY_PATH", ""))))
            env["ESPEAK_DATA_PATH"] = str(self.data_dir)
        return env

    def has_voice(self, voice: str) -> bool:
        """Whether this eSpeak NG carries ``voice`` (its data may be a subset, in a bundle)."""
        if self.data_dir is None:
            return True  # the system's package carries every voice of ESPEAK_VOICES
        return (self.data_dir / "espeak-ng-data" / "lang").is_dir() and any(
            path.name.lower() == voice for path in (self.data_dir / "espeak-ng-data" / "lang").rglob("*"))


def bundled_espeak_dir() -> Path | None:
    """The frozen app's own eSpeak NG folder, when this is a bundle that carries one."""
    base = getattr(sys, "_MEIPASS", None)
    if base is None:
        return None
    folder = Path(base) / BUNDLED_ESPEAK_DIR
    return folder if (folder / ESPEAK_PROGRAM).is_file() else None


def find_espeak() -> Espeak | None:
    """eSpeak NG: the bundle's own first, then the system's; None where there is none (Windows, macOS)."""
    bundled = bundled_espeak_dir()
    if bundled is not None:
        return Espeak(bundled / ESPEAK_PROGRAM, bundled)
    found = shutil.which(ESPEAK_PROGRAM)
    return Espeak(Path(found)) if found else None


def espeak_voice(language: str) -> str | None:
    """The eSpeak NG voice for a language code (``es-US`` uses ``es``'s), or None."""
    if language in ESPEAK_VOICES:
        return ESPEAK_VOICES[language]
    return ESPEAK_VOICES.get(language.split("-")[0]) if "-" in language and not language.startswith("zh") else None


def speakable(text: str) -> str:
    """Text as eSpeak NG should read it: without bidi marks, each line ending as a sentence (a pause)."""
    lines = [line.strip() for line in text.translate(INVISIBLE).splitlines()]
    return "\n".join(line if line.endswith(SENTENCE_ENDS) else f"{line}." for line in lines if line)


def synthesize(engine: Espeak, voice: str, text: str) -> Pcm:
    """The whole text spoken, into memory (for the ``speech`` command and tests; the kiosk streams)."""
    done = subprocess.run(engine.command(voice), input=speakable(text).encode("utf-8"), capture_output=True,  # noqa: S603 - our own program, fixed arguments
                          env=engine.environment(), timeout=SYNTHESIS_TIMEOUT_S, check=False)
    if done.returncode != 0 or not done.stdout:
        raise OSError("espeak-ng failed")  # its stderr could quote the text: never passed on
    header = parse_wav_header(done.stdout)
    if header is None:
        raise OSError("espeak-ng wrote no audio")
    return Pcm(done.stdout[header.data_offset:], header.rate, header.channels)


def recordings_dir(campaign: Campaign) -> Path:
    """The folder beside the campaign file where its recorded voices sit."""
    source = Path(campaign.source) if campaign.source else None
    folder = source.parent if source is not None and source.is_file() else Path(
        str(resources.files("resources").joinpath("campaigns")))
    return folder / f"{campaign.id}-audio"


def recorded_audio(campaign: Campaign, language: str, part: str) -> Path | None:
    """A person's recording of ``part`` (petition or letter) in ``language``, if the campaign ships one."""
    folder = recordings_dir(campaign)
    for suffix in RECORDED_SUFFIXES:
        candidate = folder / f"{part}_{file_code(language)}{suffix}"
        if candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True)
class Voice:
    """How one language is heard: its synthesis source, its eSpeak voice, its recorded parts."""

    language: str
    source: VoiceSource
    espeak_voice: str = ""
    recorded_parts: tuple[str, ...] = ()

    @property
    def can_speak(self) -> bool:
        """Whether anything at all can be heard in this language."""
        return self.source is not VoiceSource.NONE or bool(self.recorded_parts)


def voice_for(campaign: Campaign, language: str, engine: Espeak | None, system_languages: frozenset[str]) -> Voice:
    """How ``language`` is heard on this machine (``system_languages``: what the OS's voices speak)."""
    recorded = tuple(part for part in RECORDED_PARTS if recorded_audio(campaign, language, part) is not None)
    voice = espeak_voice(language)
    if engine is not None and voice is not None and engine.has_voice(voice):
        return Voice(language, VoiceSource.ESPEAK, voice, recorded)
    if language in system_languages or language.split("-")[0] in system_languages:
        return Voice(language, VoiceSource.SYSTEM, "", recorded)
    return Voice(language, VoiceSource.NONE, "", recorded)


def voices(campaign: Campaign, engine: Espeak | None, system_languages: frozenset[str] = frozenset()) -> list[Voice]:
    """Every campaign language's voice, in the campaign's order."""
    return [voice_for(campaign, language, engine, system_languages) for language in campaign.languages]
