"""Benchmark of the read-aloud (run: ``pytest tests/bench/test_speech_bench.py -m bench -s``).

From a tap on a screen's speaker to the first audio sample handed to the output: p95 at most
300 ms. The baseline, measured in the same run on the same texts, is a bare ``espeak-ng``
synthesising the same words to a WAV file (``espeak-ng -w``), as a ratio. Each language with a
voice is tapped in turn on the signature, thank-you and petition screens (the petition's three
minutes of speech show that playback starts on the first chunk, long before synthesis ends).
``PETITION_BENCH_SMOKE=1``: a few taps, figures printed, the bound not asserted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.runtime import KioskContext
from kiosk.speech import ESPEAK_VOICES, find_espeak, speakable
from ui.kiosk_window import KioskWindow
from ui.screenshots import screen_poses
from ui.selftest import tap
from ui.widgets.speaker_button import screen_pieces

pytestmark = pytest.mark.bench

SMOKE = os.environ.get("PETITION_BENCH_SMOKE", "") == "1"
ROUNDS = 1 if SMOKE else 4
SCREENS = ("signature",) if SMOKE else ("signature", "thankyou", "petition")
MAX_P95_MS = 300.0


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@pytest.fixture
def window(qtbot, kiosk: KioskContext) -> Iterator[KioskWindow]:
    """The real kiosk window, windowed and shown."""
    shown = KioskWindow(kiosk, windowed=True)
    shown.show_kiosk()
    qtbot.waitExposed(shown)
    yield shown
    shown.release()


def test_tap_to_first_audio(window: KioskWindow, kiosk: KioskContext, qtbot) -> None:
    engine = find_espeak()
    assert engine is not None
    narrator = window.read_aloud.narrator
    heard: list[int] = []
    narrator.first_audio.connect(heard.append)
    poses = screen_poses(window)
    languages = [code for code in kiosk.campaign.languages if code in ESPEAK_VOICES]
    if SMOKE:
        languages = languages[:2]
    tap_ms: list[float] = []
    bare_ms: list[float] = []
    # The first tap loads Qt's audio backend once per kiosk run: measured, reported, not in the p95.
    poses["signature"]()
    started = time.perf_counter()
    tap(window.screens.signature.speaker)
    qtbot.waitUntil(lambda: narrator.current_token in heard, timeout=10_000)
    first_tap_ms = (time.perf_counter() - started) * 1000
    with tempfile.TemporaryDirectory() as scratch:
        for _round in range(ROUNDS):
            for language in languages:
                window.default_language = language
                window.start_over()
                for screen in SCREENS:
                    poses[screen]()
                    page = window.stack.currentWidget()
                    speaker = getattr(page, "speaker")
                    words = "\n".join(piece.text for piece in screen_pieces(page))
                    started = time.perf_counter()
                    tap(speaker)
                    qtbot.waitUntil(lambda: narrator.current_token in heard, timeout=10_000)
                    tap_ms.append((time.perf_counter() - started) * 1000)
                    narrator.stop()
                    # The baseline: bare eSpeak NG writing the same words to a WAV file.
                    voice = narrator.voice(language).espeak_voice
                    started = time.perf_counter()
                    subprocess.run([str(engine.program), "-b", "1", "-v", voice, "-w", str(Path(scratch) / "b.wav")],
                                   input=speakable(words).encode("utf-8"), check=True, capture_output=True)
                    bare_ms.append((time.perf_counter() - started) * 1000)
    p95, bare_p95 = _p95(tap_ms), _p95(bare_ms)
    print(f"\nspeech: tap -> first audio sample over {len(tap_ms)} taps ({len(languages)} languages x "
          f"{len(SCREENS)} screens x {ROUNDS} rounds): median {statistics.median(tap_ms):.1f} ms, "
          f"p95 {p95:.1f} ms, max {max(tap_ms):.1f} ms; first tap of the run (audio backend loads) "
          f"{first_tap_ms:.1f} ms")
    print(f"speech: baseline bare espeak-ng -w on the same texts: median {statistics.median(bare_ms):.1f} ms, "
          f"p95 {bare_p95:.1f} ms; ratio tap p95 / baseline p95 {p95 / bare_p95:.2f}")
    if not SMOKE:
        assert p95 <= MAX_P95_MS
