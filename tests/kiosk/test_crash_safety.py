"""Kill -9 at random moments: every signature whose commit returned is still there, and intact.

A child process records signatures and prints each UUID once its commit returned. It is
killed with SIGKILL at a random moment (during start-up, migration, key creation or mid-write),
restarted, and killed again, KILLS times in all. Then every printed UUID must be in the
database and ``PRAGMA integrity_check`` must say ok.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.database import integrity_ok, make_engine
from kiosk.paths import database_path
from kiosk.store import SignatureStore

KILLS = 200
STARTUP_LIMIT_S = 30.0
ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(data_dir: Path, start: int, after_s: float, after_first_commit: bool) -> list[str]:
    """Start the child and SIGKILL it ``after_s`` seconds after launch, or after its first commit.

    Killing relative to the first commit keeps half the kills in the middle of recording however
    slow the machine is; the other half land anywhere in start-up (migration, key creation).
    """
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.kiosk.crash_child", str(data_dir), str(start)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PETITION_KIOSK_KEY_STORE": "file"},
    )
    assert child.stdout is not None
    buffer = b""
    started = time.monotonic()
    deadline = started + (STARTUP_LIMIT_S if after_first_commit else after_s)
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    while (remaining := deadline - time.monotonic()) > 0:
        if not selector.select(timeout=remaining):
            continue
        chunk = os.read(child.stdout.fileno(), 65536)
        if not chunk:
            break
        if after_first_commit and b"\n" in chunk and not buffer.count(b"\n"):
            deadline = time.monotonic() + after_s
        buffer += chunk
    child.send_signal(signal.SIGKILL)
    child.wait()
    buffer += child.stdout.read()  # lines already written before the kill
    child.stdout.close()
    selector.close()
    # A line is only complete (and so only a promise) once its newline arrived.
    return [line.decode() for line in buffer.split(b"\n")[:-1]]


@pytest.mark.slow
def test_sigkill_never_loses_a_committed_signature(data_dir: Path) -> None:
    rng = random.Random(int(os.environ.get("CRASH_TEST_SEED", "20261128")))
    promised: list[str] = []
    for kill in range(KILLS):
        after_first_commit = kill % 2 == 1
        delay = rng.uniform(0.0, 0.25) if after_first_commit else rng.uniform(0.02, 0.6)
        promised += run_and_kill(data_dir, kill * 100_000, delay, after_first_commit)
    assert len(promised) > KILLS, "the child barely recorded anything: the test would prove little"

    store = SignatureStore(data_dir, key_store_kind="file")
    try:
        stored = set(store.all_uuids())
        missing = [u for u in promised if u not in stored]
        assert missing == []
        assert len(set(promised)) == len(promised)
        assert integrity_ok(make_engine(database_path(data_dir)))
        # And the records still open with the key: nothing half-written.
        assert store.personal(promised[-1]) is not None
    finally:
        store.close()
    print(f"\ncrash test: {KILLS} kills, {len(promised)} committed signatures, all present")
