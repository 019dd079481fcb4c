"""The lanes the README names select what it says: no benchmark unless ``-m`` asks for one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _collected(*args: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode in (0, 5), done.stdout[-2000:] + done.stderr[-2000:]  # 5: nothing selected
    return [line for line in done.stdout.splitlines() if "::" in line]


@pytest.mark.parametrize("lane", [(), ("-m", "not gui"), ("-m", "slow"), ("-m", "not slow")],
                         ids=["default", "not-gui", "slow", "not-slow"])
def test_no_lane_runs_a_benchmark_unless_asked(lane: tuple[str, ...]) -> None:
    tests = _collected("tests/bench", "tests/test_readme.py", *lane)
    assert not [t for t in tests if t.startswith("tests/bench/")], f"{lane} would run benchmarks"


def test_asking_for_benchmarks_runs_them() -> None:
    tests = _collected("tests/bench", "-m", "bench and not gui")
    assert tests and all(t.startswith("tests/bench/") for t in tests)
    assert any("test_sync_bench" in t for t in tests)
