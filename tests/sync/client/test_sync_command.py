"""``petition-kiosk sync`` / ``token set`` / ``status --json`` as an operator uses them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kiosk.runtime import KioskContext
from kiosk.secrets import get_sync_token
from kiosk.simulate import simulate
from tests.sync.helpers import TOKEN, rows
from tests.sync.servers.base import RunningServer, free_port
from ui.cli import main


def _status(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["status", "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_sync_once_sends_everything_and_status_shows_it(kiosk: KioskContext, json_server: RunningServer,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    simulate(kiosk.store, kiosk.campaign, 7)
    monkeypatch.setenv("PETITION_KIOSK_SYNC_TOKEN", TOKEN)
    assert main(["sync", "--once", "--kind", "json", "--url", json_server.url]) == 0
    out = capsys.readouterr()
    assert "7 sent" in out.out and TOKEN not in out.out + out.err
    status = _status(capsys)
    assert status["pending"] == 0 and status["synced"] == 7
    assert status["last_success_at"] and status["sync_paused"] is None


def test_sync_once_exits_1_when_signatures_are_left(kiosk: KioskContext, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    simulate(kiosk.store, kiosk.campaign, 3)
    monkeypatch.setenv("PETITION_KIOSK_SYNC_TOKEN", TOKEN)
    kiosk.settings.set("sync_kind", "json")
    kiosk.settings.set("sync_url", f"http://127.0.0.1:{free_port()}")  # nobody listens there
    kiosk.settings.save()
    monkeypatch.setattr("sync.client.engine.DEFAULT_ONCE_BUDGET_S", 0.5)
    monkeypatch.setattr("ui.cli.sync_token.DEFAULT_ONCE_BUDGET_S", 0.5)
    assert main(["sync", "--once"]) == 1
    err = capsys.readouterr().err
    assert "3 still waiting" in err and "could not be reached" in err
    assert len(err.strip().splitlines()) == 1 and TOKEN not in err
    status = _status(capsys)
    assert status["pending"] == 3 and status["last_error"] == "connection_failed"


def test_sync_once_without_a_token_says_how_to_set_one(kiosk: KioskContext, json_server: RunningServer,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    simulate(kiosk.store, kiosk.campaign, 2)
    assert main(["sync", "--once", "--kind", "json", "--url", json_server.url]) == 1
    assert "petition-kiosk token set" in capsys.readouterr().err
    assert json_server.app.statuses() == []


def test_nothing_pending_is_success_even_without_a_target(kiosk: KioskContext,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sync", "--once"]) == 0
    assert _status(capsys)["sync_paused"] is None


def test_token_set_reads_stdin_into_the_keyring_and_sync_uses_it(
        kiosk: KioskContext, json_server: RunningServer, isolated_environment: dict[str, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    env = {**os.environ, **isolated_environment}
    env.pop("PETITION_KIOSK_SYNC_TOKEN", None)
    done = subprocess.run([sys.executable, "-m", "ui.cli", "token", "set"], input=TOKEN + "\n", env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert TOKEN not in done.stdout + done.stderr
    assert get_sync_token() == TOKEN
    simulate(kiosk.store, kiosk.campaign, 4)
    kiosk.settings.set("retention", "immediate")
    kiosk.settings.save()
    assert main(["sync", "--once", "--kind", "json", "--url", json_server.url]) == 0
    assert sorted(json_server.app.stored_uuids()) == sorted(kiosk.store.all_uuids())  # type: ignore[attr-defined]
    assert all(r.sealed is None and r.purged_at is not None for r in rows(kiosk)), "retention setting ignored"


def test_token_set_refuses_empty_input(isolated_environment: dict[str, str]) -> None:
    env = {**os.environ, **isolated_environment}
    done = subprocess.run([sys.executable, "-m", "ui.cli", "token", "set"], input="\n", env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "no token" in done.stderr


def test_a_successful_sync_clears_the_error_the_status_showed(kiosk: KioskContext, json_server: RunningServer,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 26: status --json kept 'last_error' after everything was sent; an error names its time and target."""
    simulate(kiosk.store, kiosk.campaign, 3)
    target = ["--kind", "json", "--url", json_server.url]
    assert main(["sync", "--once", *target]) == 1  # no token yet: sync pauses
    failed = _status(capsys)
    assert failed["last_error"] == "no_token" and failed["last_error_at"]
    port = json_server.url.split(":")[2].split("/")[0]
    assert failed["last_error_target"] == f"json http://127.0.0.1:{port}"  # scheme, host and port, never a path
    monkeypatch.setenv("PETITION_KIOSK_SYNC_TOKEN", TOKEN)
    assert main(["sync", "--once", *target]) == 0
    cleared = _status(capsys)
    assert cleared["pending"] == 0 and cleared["synced"] == 3
    assert cleared["last_error"] is None and cleared["last_error_at"] is None and cleared["last_error_target"] is None
