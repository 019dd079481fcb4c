"""A kiosk killed mid-signing comes back on the welcome screen, keeps every completed
signature and resumes syncing by itself (issue 6, item 4).

The kiosk runs as a real process through ``petition-kiosk run`` (tests/packaging/
kiosk_session.py drives its window by taps). It is killed with SIGKILL — what a crash or a
power cut looks like to the data — while the next signer is halfway through the form and the
sync server is unreachable. The restarted kiosk must show the welcome screen with an empty
form, still hold exactly the completed signatures, and send each of them exactly once as
soon as the server is reachable, without anyone touching it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.runtime import open_kiosk
from kiosk.settings import load_settings
from tests.packaging.kiosk_session import signer
from tests.sync.servers.base import free_port
from tests.sync.servers.json_server import start_json_server

REPO = Path(__file__).resolve().parents[2]
COMPLETED = 3
TOKEN = "restart-test-token"  # a loopback test server's token
STEP_TIMEOUT_S = 60


def _kiosk_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "PETITION_KIOSK_KEY_STORE": "file",  # as the kiosk unit runs it: no desktop keyring
        "PETITION_KIOSK_KEY_FILE": str(tmp_path / "keys" / "data.key"),
        "PETITION_KIOSK_SYNC_TOKEN": TOKEN,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
    })
    return env


def _session(data_dir: Path, env: dict[str, str], *mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.packaging.kiosk_session", "--data-dir", str(data_dir),
                             *mode], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _dump_and_kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGUSR1)  # kiosk_session dumps every thread's stack to stderr
    time.sleep(1)
    process.kill()


def _read_tagged(process: subprocess.Popen[str], tag: str) -> dict[str, object]:
    """The child's ``TAG {json}`` line; a child that hangs is killed, so the test fails instead."""
    assert process.stdout is not None
    watchdog = threading.Timer(STEP_TIMEOUT_S, _dump_and_kill, (process,))
    watchdog.start()
    try:
        for line in process.stdout:  # the child prints its line and flushes; EOF means it died
            if line.startswith(f"{tag} "):
                return dict(json.loads(line[len(tag) + 1:]))
    finally:
        watchdog.cancel()
    _, err = process.communicate(timeout=10)
    pytest.fail(f"kiosk ended (code {process.returncode}) without {tag}: {err[-2000:]}")


@pytest.mark.slow
def test_killed_mid_signing_comes_back_on_welcome_with_signatures_kept_and_syncs(tmp_path: Path,
                                                                                  data_dir: Path) -> None:
    env = _kiosk_env(tmp_path)
    (tmp_path / "keys").mkdir(mode=0o700)
    port = free_port()  # nothing listens yet: the rally has no network
    settings, _ = load_settings(data_dir)
    settings.set("sync_kind", "json")
    settings.set("sync_url", f"http://127.0.0.1:{port}")
    settings.save()

    first = _session(data_dir, env, "--sign", str(COMPLETED))
    try:
        mid = _read_tagged(first, "MID_SIGNING")
        assert mid == {"step": "form", "total": COMPLETED}
    finally:
        first.send_signal(signal.SIGKILL)  # the power cut
        first.communicate(timeout=STEP_TIMEOUT_S)
    assert first.returncode == -signal.SIGKILL

    # What is on the disk now: the completed signers, readable, none sent; not the half one.
    os.environ["PETITION_KIOSK_KEY_STORE"] = env["PETITION_KIOSK_KEY_STORE"]
    os.environ["PETITION_KIOSK_KEY_FILE"] = env["PETITION_KIOSK_KEY_FILE"]
    ctx = open_kiosk(data_dir)
    try:
        counts = ctx.store.counts(ctx.campaign.id)
        assert (counts.total, counts.pending) == (COMPLETED, COMPLETED)
        names = sorted(p.given_name for p in map(ctx.store.personal, ctx.store.all_uuids()) if p is not None)
        assert names == sorted(signer(n)["given_name"] for n in range(COMPLETED))
        uuids = sorted(ctx.store.all_uuids())
    finally:
        ctx.close()

    # The network is back and systemd starts the kiosk again; nobody touches it.
    with start_json_server(tmp_path / "server.sqlite3", TOKEN, port=port) as server:
        second = _session(data_dir, env, "--report", "--timeout", "60")
        try:
            report = _read_tagged(second, "REPORT")
            second.communicate(timeout=STEP_TIMEOUT_S)
        finally:
            if second.poll() is None:
                second.kill()
                second.communicate()
        assert second.returncode == 0
        assert report == {"step": "welcome", "form_empty": True, "total": COMPLETED, "pending": 0,
                          "synced": COMPLETED}
        assert sorted(server.app.stored_uuids()) == uuids  # each completed signature, exactly once
