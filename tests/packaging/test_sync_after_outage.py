"""A running kiosk whose server was down for five minutes sends everything within a minute of
its coming back, with no tap (issue 11, "Sync back within a minute").

Real parts throughout: the kiosk is ``petition-kiosk run`` in its own process (offscreen,
file key store and token from the environment, as the kiosk unit runs it); the signatures
are written by ``petition-kiosk simulate``, before the kiosk starts and while it runs; the
server is the loopback json server on the port the kiosk is set up for. While it is down
the port refuses connections (a socket bound but not listening, so no other process can take
the port meanwhile). The test takes a little over six minutes; it prints the resume time.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.settings import load_settings
from tests.sync.servers.json_server import start_json_server

REPO = Path(__file__).resolve().parents[2]
TOKEN = "outage-test-token"  # a loopback test server's token
BEFORE, DURING = 60, 15  # signatures waiting when the kiosk starts, and made during the outage
OUTAGE_S = 300.0
# The promise: within a minute of the server being reachable again.
RESUME_LIMIT_S = 60.0
# How long to keep watching after the limit, so a miss prints how late it was.
WATCH_S = RESUME_LIMIT_S + 60.0
POLL_S = 0.25


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "PETITION_KIOSK_KEY_STORE": "file",
        "PETITION_KIOSK_KEY_FILE": str(tmp_path / "keys" / "data.key"),
        "PETITION_KIOSK_SYNC_TOKEN": TOKEN,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
    })
    return env


def _cli(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "ui.cli", "--data-dir", str(data_dir), *args]


def _simulate(data_dir: Path, env: dict[str, str], count: int, seed: int) -> None:
    subprocess.run(_cli(data_dir, "simulate", "--count", str(count), "--seed", str(seed)), cwd=REPO, env=env,
                   check=True, capture_output=True, timeout=120)


@pytest.fixture
def refusing_port() -> Iterator[socket.socket]:
    """A loopback port that refuses connections (bound, never listening) until released."""
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    try:
        yield holder
    finally:
        holder.close()


@pytest.mark.slow
@pytest.mark.gui  # the kiosk process is the Qt kiosk
def test_signatures_reach_the_server_within_a_minute_after_a_five_minute_outage(
        tmp_path: Path, data_dir: Path, refusing_port: socket.socket, capsys: pytest.CaptureFixture[str]) -> None:
    env = _env(tmp_path)
    (tmp_path / "keys").mkdir(mode=0o700)
    port = int(refusing_port.getsockname()[1])
    settings, _ = load_settings(data_dir)
    settings.set("sync_kind", "json")
    settings.set("sync_url", f"http://127.0.0.1:{port}")
    settings.save()
    _simulate(data_dir, env, BEFORE, seed=1)
    assert any(data_dir.glob("*.sqlite3")), "simulate wrote no database"
    database = next(data_dir.glob("*.sqlite3"))

    log = (tmp_path / "kiosk.log").open("w")
    kiosk = subprocess.Popen(_cli(data_dir, "run"), cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        outage_started = time.monotonic()
        time.sleep(OUTAGE_S / 2)
        _simulate(data_dir, env, DURING, seed=2)  # the rally goes on while the network is down
        time.sleep(max(0.0, OUTAGE_S - (time.monotonic() - outage_started)))
        assert kiosk.poll() is None, f"the kiosk stopped: {(tmp_path / 'kiosk.log').read_text()[-2000:]}"
        with sqlite3.connect(database) as db:
            uuids = sorted(row[0] for row in db.execute("SELECT uuid FROM signatures"))
            tried = db.execute("SELECT count(*) FROM signatures WHERE last_error = 'connection_failed'").fetchone()
        assert len(uuids) == BEFORE + DURING
        assert tried[0] > 0, "the kiosk never tried to send during the outage"

        refusing_port.close()  # the server comes back on the same address
        with start_json_server(tmp_path / "server.sqlite3", TOKEN, port=port) as server:
            back = time.monotonic()
            stored: list[str] = []
            while time.monotonic() - back < WATCH_S:
                stored = server.app.stored_uuids()  # type: ignore[attr-defined]
                if len(stored) >= len(uuids):
                    break
                time.sleep(POLL_S)
            resumed_after = time.monotonic() - back
            time.sleep(1.0)  # anything sent twice would show up now
            stored = server.app.stored_uuids()  # type: ignore[attr-defined]
    finally:
        kiosk.send_signal(signal.SIGTERM)
        try:
            kiosk.wait(30)
        except subprocess.TimeoutExpired:
            kiosk.kill()
            kiosk.wait(10)
        log.close()
    with capsys.disabled():
        print(f"\n{len(uuids)} waiting signatures all on the server {resumed_after:.1f} s after it came back "
              f"(outage {OUTAGE_S:.0f} s, limit {RESUME_LIMIT_S:.0f} s)")
    assert sorted(stored) == uuids, f"{len(set(uuids) - set(stored))} signatures still not on the server"
    assert len(stored) == len(set(stored)), "a signature reached the server twice"
    assert resumed_after <= RESUME_LIMIT_S, f"the last signature arrived {resumed_after:.0f} s after the server"
