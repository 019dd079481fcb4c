"""The kiosk's one voice: speaks an :class:`Utterance`, a new one interrupting the old.

Synthesis streams: eSpeak NG runs as a :class:`QProcess` (no thread to manage; its output
arrives in the event loop), the text goes in on its standard input and the audio comes back
on a pipe, and playback starts on the first chunk, so the first sound follows the tap by
milliseconds whatever the length of the text. Audio goes to the system's default output
through a :class:`QAudioSink` fed from memory (push mode); never through a file. A campaign's
recording of the petition or the letter plays instead of synthesis where there is one.

With no audio device (a kiosk without speakers, CI) the same pipeline runs into a sink that
drops the samples, so the admin area can still say which voices exist and the tests measure
the real synthesis. Nothing here logs, and nothing keeps the text once it is handed to the
process: it may be what a signer typed.
"""

from __future__ import annotations

import array
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QIODevice, QObject, QProcess, QProcessEnvironment, QTimer, Signal
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices

from kiosk.campaign import Campaign
from kiosk.settings import Settings
from kiosk.speech import (
    Espeak,
    Pcm,
    Utterance,
    Voice,
    VoiceSource,
    find_espeak,
    parse_wav_header,
    read_wav,
    recorded_audio,
    speakable,
    voice_for,
)
from ui.speech.system_voice import SystemVoice

FEED_INTERVAL_MS = 10  # how often queued samples are handed to the sink
BYTES_PER_SAMPLE = 2
RMS_STRIDE = 16

# Starts the synthesiser: (engine, eSpeak voice, text, parent) -> a running process that takes
# the text on its standard input and writes a WAV stream on its standard output.
Synthesiser = Callable[[Espeak, str, str, QObject], QProcess]


def start_espeak(engine: Espeak, espeak_voice: str, text: str, parent: QObject) -> QProcess:
    """eSpeak NG speaking ``text`` in ``espeak_voice`` to its output; the text goes on standard
    input, never on the command line (which any user of the machine can read)."""
    command = engine.command(espeak_voice)
    process = QProcess(parent)
    environment = QProcessEnvironment()
    for key, value in engine.environment().items():
        environment.insert(key, value)
    process.setProcessEnvironment(environment)
    process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
    process.start(command[0], command[1:])
    process.write(QByteArray(speakable(text).encode("utf-8")))
    process.closeWriteChannel()
    return process


@dataclass(frozen=True)
class _Job:
    """One run of the pipeline: a recording's samples, or a text for the synthesiser."""

    recording: Pcm | None = None
    text: str = ""


class Narrator(QObject):
    """Speaks utterances, one at a time; a new :meth:`speak` interrupts the one playing."""

    started = Signal(int, str)  # token, voice source
    first_audio = Signal(int)  # token: the first samples reached the output
    finished = Signal(int, bool)  # token, whether it played to the end (False: interrupted)
    unavailable = Signal(str)  # language that has no voice
    part_started = Signal(int, str)  # token, source of this part (a recording, or the synthesiser)

    def __init__(self, campaign: Campaign, settings: Settings, parent: QObject | None = None,
                 engine: Espeak | None = None, synthesiser: Synthesiser = start_espeak) -> None:
        super().__init__(parent)
        self._campaign = campaign
        self._settings = settings
        self._engine = engine if engine is not None else find_espeak()
        self._synthesiser = synthesiser
        self._system_voice: SystemVoice | None = None
        if self._engine is None and sys.platform != "linux":
            self._system_voice = SystemVoice(self)
        self._system_languages = self._system_voice.languages() if self._system_voice else frozenset[str]()
        self._token = 0
        self._jobs: list[_Job] = []
        self._voice: Voice | None = None
        self._process: QProcess | None = None
        self._stream = bytearray()  # eSpeak's bytes before its header is read
        self._header_read = False
        self._pending = bytearray()  # samples waiting for room in the sink
        self._heard = False
        self._sink: QAudioSink | None = None
        self._device: QIODevice | None = None
        self._format: tuple[int, int] | None = None
        # A volume saved in the admin area reaches the voice that is speaking now.
        self._unsubscribe = settings.subscribe(self._on_settings_saved)
        self.destroyed.connect(self._unsubscribe)
        self._feeder = QTimer(self)
        self._feeder.setInterval(FEED_INTERVAL_MS)
        self._feeder.timeout.connect(self._on_feeder_timeout)
        self.delivered_bytes = 0  # samples handed to the output for the current utterance
        self.rms_sum = 0.0  # sum of squares / count, to tell sound from silence in tests
        self._sample_count = 0

    # -- what can be heard ------------------------------------------------------------------

    def voice(self, language: str) -> Voice:
        """How ``language`` is heard here."""
        return voice_for(self._campaign, language, self._engine, self._system_languages)

    def has_output_device(self) -> bool:
        """Whether the system has an audio output (speakers or headphones)."""
        return not QMediaDevices.defaultAudioOutput().isNull()

    @property
    def current_token(self) -> int:
        """The token of the utterance playing, or of the last one (0 before the first)."""
        return self._token

    @property
    def speaking(self) -> bool:
        """Whether an utterance is playing or being synthesised."""
        return bool(self._jobs) or self._process is not None or bool(self._pending) or self._feeder.isActive()

    # -- speaking ---------------------------------------------------------------------------

    def speak(self, utterance: Utterance) -> int:
        """Stop whatever plays and speak ``utterance``; returns its token (0: no voice for it)."""
        self.stop()
        voice = self.voice(utterance.language)
        jobs = self._plan(utterance, voice)
        if not jobs and voice.source is VoiceSource.SYSTEM and self._system_voice is not None:
            self._token += 1
            self.started.emit(self._token, voice.source.value)
            self._system_voice.say(utterance.language, speakable(utterance.text), self._settings.speech_volume)
            return self._token
        if not jobs:
            self.unavailable.emit(utterance.language)
            return 0
        self._token += 1
        self._voice = voice
        self._jobs = jobs
        self._heard = False
        self.delivered_bytes = 0
        self.rms_sum, self._sample_count = 0.0, 0
        recorded = jobs[0].recording is not None
        self.started.emit(self._token, VoiceSource.RECORDED.value if recorded else voice.source.value)
        self._next_job()
        return self._token

    def stop(self) -> None:
        """Silence now: the synthesiser is killed, queued samples dropped, the sink stopped."""
        interrupted = self.speaking
        self._jobs = []
        self._kill_process()
        self._pending.clear()
        self._feeder.stop()
        if self._sink is not None:
            self._sink.stop()
        self._device = None
        if self._system_voice is not None:
            self._system_voice.stop()
        if interrupted and self._token:
            self.finished.emit(self._token, False)

    def _plan(self, utterance: Utterance, voice: Voice) -> list[_Job]:
        """Recordings where the campaign has them, synthesis for the rest (consecutive texts joined)."""
        jobs: list[_Job] = []
        words: list[str] = []
        for piece in utterance.pieces:
            path = recorded_audio(self._campaign, utterance.language, piece.recording) if piece.recording else None
            recording = _read_recording(path) if path is not None else None
            if recording is not None:
                if words:
                    jobs.append(_Job(text="\n".join(words)))
                    words = []
                jobs.append(_Job(recording=recording))
            elif piece.text.strip():
                words.append(piece.text)
        if words:
            jobs.append(_Job(text="\n".join(words)))
        if voice.source is VoiceSource.ESPEAK:
            return jobs
        # No synthesiser here for this language: only its recordings can be heard, never another voice.
        return [job for job in jobs if job.recording is not None]

    def _next_job(self) -> None:
        if not self._jobs:
            self._feeder.start()  # drains what is left, then reports the end
            return
        job = self._jobs.pop(0)
        source = VoiceSource.RECORDED if job.recording is not None else VoiceSource.ESPEAK
        self.part_started.emit(self._token, source.value)
        if job.recording is not None:
            self._open_output(job.recording.rate, job.recording.channels)
            self._queue(job.recording.data)
            self._feeder.start()  # the next job begins once this recording is handed over (the feeder)
            return
        self._start_synthesis(job.text)

    def _start_synthesis(self, text: str) -> None:
        assert self._engine is not None and self._voice is not None
        self._stream.clear()
        self._header_read = False
        # Connected before the event loop runs again, so no output of the process is missed.
        process = self._synthesiser(self._engine, self._voice.espeak_voice, text, self)
        process.readyReadStandardOutput.connect(self._on_process_ready_read)
        process.finished.connect(self._on_process_finished)
        self._process = process

    def _kill_process(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.readyReadStandardOutput.disconnect(self._on_process_ready_read)
        process.finished.disconnect(self._on_process_finished)
        process.kill()
        process.waitForFinished(1000)
        process.deleteLater()
        self._stream.clear()

    def _on_process_ready_read(self) -> None:
        process = self._process
        if process is None:
            return
        self._stream += bytes(process.readAllStandardOutput().data())
        if not self._header_read:
            try:
                header = parse_wav_header(bytes(self._stream))
            except ValueError:
                self._kill_process()
                self._next_job()
                return
            if header is None:
                return
            self._open_output(header.rate, header.channels)
            del self._stream[:header.data_offset]
            self._header_read = True
        whole = len(self._stream) - len(self._stream) % BYTES_PER_SAMPLE
        self._queue(bytes(self._stream[:whole]))
        del self._stream[:whole]
        self._feed()
        self._feeder.start()

    def _on_process_finished(self, *_args: object) -> None:
        if self._process is not None:
            self._on_process_ready_read()
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()
        self._next_job()

    # -- output -----------------------------------------------------------------------------

    def _open_output(self, rate: int, channels: int) -> None:
        if self._format == (rate, channels) and self._sink is not None and self._device is not None:
            return
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink, self._device = None, None
        self._format = (rate, channels)
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return  # no speakers: the samples are counted and dropped
        audio_format = QAudioFormat()
        audio_format.setSampleRate(rate)
        audio_format.setChannelCount(channels)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        sink = QAudioSink(device, audio_format, self)
        sink.setVolume(self._volume())
        self._sink = sink
        self._device = sink.start()

    def _volume(self) -> float:
        return QAudio.convertVolume(self._settings.speech_volume / 100, QAudio.VolumeScale.LogarithmicVolumeScale,
                                    QAudio.VolumeScale.LinearVolumeScale)

    def _on_settings_saved(self, names: frozenset[str]) -> None:
        if "speech_volume" in names and self._sink is not None:
            self._sink.setVolume(self._volume())

    def _queue(self, data: bytes) -> None:
        self._pending += data
        self._feed()

    def _feed(self) -> None:
        if not self._pending:
            return
        if self._sink is not None and self._device is not None:
            room = self._sink.bytesFree()
            room -= room % BYTES_PER_SAMPLE
            if room <= 0:
                return
            chunk = bytes(self._pending[:room])
            written = self._device.write(chunk)
            written = max(int(written), 0)
        else:
            chunk = bytes(self._pending)
            written = len(chunk)
        if written <= 0:
            return
        self._count(chunk[:written])
        del self._pending[:written]
        if not self._heard:
            self._heard = True
            self.first_audio.emit(self._token)

    def _count(self, chunk: bytes) -> None:
        samples = array.array("h")
        samples.frombytes(chunk[: len(chunk) - len(chunk) % 2])
        if sys.byteorder != "little":
            samples.byteswap()
        self.delivered_bytes += len(chunk)
        # Every 16th sample: enough to tell sound from silence, cheap beside the event loop.
        sampled = samples[::RMS_STRIDE]
        self.rms_sum += sum(s * s for s in sampled)
        self._sample_count += len(sampled)

    def delivered_rms(self) -> float:
        """RMS of what the current (or last) utterance handed to the output."""
        return (self.rms_sum / self._sample_count) ** 0.5 if self._sample_count else 0.0

    def _on_feeder_timeout(self) -> None:
        self._feed()
        if self._pending or self._process is not None:
            return
        if self._jobs:
            self._feeder.stop()
            self._next_job()
            return
        self._feeder.stop()
        self.finished.emit(self._token, True)


def _read_recording(path: Path) -> Pcm | None:
    """A campaign recording's samples, or None when the file cannot be read (synthesis then speaks)."""
    try:
        return read_wav(path)
    except (OSError, ValueError):
        return None
