"""A hub that starts where its kiosks do, and remembers how it was started (issue 26).

One hub is started the README's way (``petition-kiosk hub serve``, with only a loopback
``--listen`` added: tests serve on 127.0.0.1) on a machine
with no keyring at all, and kept for the module; the IT volunteer's next commands
(``hub upstream``, ``hub pair-code``, ``hub status``) run without repeating any option. One
PostgreSQL hub checks that a later command finds its database, not a new SQLite hub.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sync.hub.devices import parse_code
from sync.upstream.http import make_session
from tests.sync.hub.postgres import PostgresCluster
from tests.sync.hub.support import REPO, HubProcess


def _free_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# The README's command takes no --listen (0.0.0.0:8443); tests serve on loopback only, so the one
# option added here is a loopback address, which the start record must then remember.
README_PORT = _free_loopback_port()
LISTEN = f"127.0.0.1:{README_PORT}"
NO_KEYRING = "keyring.backends.fail.Keyring"
UPSTREAM_KEY = "an-upstream-api-key-0123456789"


@dataclass
class FreshMachine:
    """A hub started as the README says, in a home of its own with no keyring."""

    env: dict[str, str]
    data_dir: Path
    keys: Path
    process: subprocess.Popen[str]
    output: Path
    fingerprint: str

    def cli(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(Path(sys.executable).parent / "petition-kiosk"), *args], cwd=REPO, input=stdin,
                              env=self.env, capture_output=True, text=True, timeout=60, check=False)


def _wait_ready(process: subprocess.Popen[str], output: Path) -> str:
    """The certificate fingerprint the hub printed, once it says ready."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        text = output.read_text()
        if "ready" in text.splitlines():
            return next(line.split(":", 1)[1].strip() for line in text.splitlines() if "certificate SHA-256" in line)
        if process.poll() is not None:
            raise AssertionError(f"the hub exited: {text}")
        time.sleep(0.1)
    raise AssertionError(f"the hub never said ready: {output.read_text()}")


def _wait_listening(fingerprint: str) -> None:
    """Until the hub answers over TLS ('ready' is printed just before the server binds)."""
    session = make_session(f"https://127.0.0.1:{README_PORT}", pinned_sha256=fingerprint)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            session.get(f"https://127.0.0.1:{README_PORT}/healthz", timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the hub never answered")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FreshMachine]:
    home = tmp_path_factory.mktemp("fresh-machine")
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("PETITION_KIOSK_") and key not in ("PYTHON_KEYRING_BACKEND",)}
    env.update({"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
                "PYTHON_KEYRING_BACKEND": NO_KEYRING})
    output = home / "hub.log"
    with output.open("w") as log:
        command = [str(Path(sys.executable).parent / "petition-kiosk"), "hub", "serve", "--listen", LISTEN]
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        fingerprint = _wait_ready(process, output)
        _wait_listening(fingerprint)
        yield FreshMachine(env, home / "data" / "hub", home / "config" / "petition-kiosk" / "keys", process, output,
                           fingerprint)
    finally:
        process.terminate()
        process.wait(15)


def test_the_readme_hub_command_starts_without_a_keyring_and_answers(fresh: FreshMachine) -> None:
    session = make_session(f"https://127.0.0.1:{README_PORT}", pinned_sha256=fresh.fingerprint)
    assert session.get(f"https://127.0.0.1:{README_PORT}/healthz", timeout=10).status_code == 200
    said = fresh.output.read_text()
    secrets_line = next(line for line in said.splitlines() if "secrets:" in line)
    assert str(fresh.keys) in secrets_line and "data key" in secrets_line and "upstream" in secrets_line
    key_files = list(fresh.keys.glob("hub-*.key"))
    assert len(key_files) == 1 and stat.S_IMODE(key_files[0].stat().st_mode) == 0o600
    assert key_files[0].read_text().strip() not in said  # where the key is, never the key
    assert not fresh.keys.is_relative_to(fresh.data_dir)


def test_the_upstream_key_goes_to_the_same_store_without_a_keyring(fresh: FreshMachine) -> None:
    done = fresh.cli("hub", "upstream", "--kind", "json", "--url", "https://campaign.example.org",
                     "--token-stdin", stdin=UPSTREAM_KEY + "\n")
    assert done.returncode == 0, done.stderr
    kept = [path for path in fresh.keys.iterdir() if UPSTREAM_KEY in path.read_text()]
    assert len(kept) == 1 and stat.S_IMODE(kept[0].stat().st_mode) == 0o600
    assert UPSTREAM_KEY not in done.stdout + done.stderr


def test_a_pairing_code_from_a_later_command_is_taken_by_the_running_hub(fresh: FreshMachine) -> None:
    done = fresh.cli("hub", "pair-code", "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["url"].endswith(f":{README_PORT}")  # the address it was served on, remembered
    parsed = parse_code(answer["code"])
    assert parsed is not None
    session = make_session(f"https://127.0.0.1:{README_PORT}", pinned_sha256=fresh.fingerprint)
    enrolled = session.post(f"https://127.0.0.1:{README_PORT}/v1/devices:enroll", timeout=10,
                            json={"secret": parsed.secret, "label": "Tablet 1"})
    assert enrolled.status_code == 200, enrolled.text


def test_hub_status_gives_each_target_its_own_figures_and_counts_devices_like_the_list(fresh: FreshMachine) -> None:
    for name in ("main", "backup"):
        assert fresh.cli("hub", "upstream", "--name", name, "--kind", "json",
                         "--url", f"https://{name}.example.org").returncode == 0
    done = fresh.cli("hub", "status", "--json")
    assert done.returncode == 0, done.stderr
    status = json.loads(done.stdout)
    assert [t["name"] for t in status["targets"]] == ["main", "backup"]
    assert all(t["pending"] == 0 and t["synced"] == 0 and t["last_error"] is None for t in status["targets"])
    with sqlite3.connect(fresh.data_dir / "hub.sqlite3") as db:  # the rows the dashboard's device list shows
        listed = db.execute("SELECT count(*), count(revoked_at) FROM hub_devices").fetchone()
    assert status["devices"] == {"active": listed[0] - listed[1], "revoked": listed[1]}
    assert status["kiosks"] == status["devices"]["active"]
    line = fresh.cli("hub", "status").stdout
    assert "upstream main: 0 waiting, 0 delivered" in line and "upstream backup: 0 waiting, 0 delivered" in line


def test_the_start_record_keeps_no_secret_and_a_second_database_is_refused(fresh: FreshMachine) -> None:
    record = json.loads((fresh.data_dir / "hub-start.json").read_text())
    assert record["database_url"] == f"sqlite:///{fresh.data_dir / 'hub.sqlite3'}"
    assert record["listen"] == LISTEN
    other = fresh.cli("hub", "pair-code", "--database", f"sqlite:///{fresh.data_dir / 'other.sqlite3'}")
    assert other.returncode == 1 and len(other.stderr.strip().splitlines()) == 1
    assert "this data dir's hub runs on sqlite:///" in other.stderr
    assert not (fresh.data_dir / "other.sqlite3").exists()


def test_a_postgresql_hub_is_found_again_by_commands_without_database(
        tmp_path: Path, postgres_cluster: PostgresCluster) -> None:
    url = postgres_cluster.new_database().replace("hub@", "hub:not-in-any-file@")  # trust auth: any password
    hub = HubProcess(tmp_path / "hub", database=url, workers=1).start()  # one process: what is tested is the record
    try:
        record_text = (tmp_path / "hub" / "hub-start.json").read_text()
        assert "not-in-any-file" not in record_text and json.loads(record_text)["database_url"].startswith(
            "postgresql+psycopg://hub@127.0.0.1:")
        done = subprocess.run([sys.executable, "-m", "ui.cli", "hub", "pair-code", "--json",
                               "--data-dir", str(tmp_path / "hub")], cwd=REPO, capture_output=True, text=True,
                              timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        assert not (tmp_path / "hub" / "hub.sqlite3").exists()  # no second hub beside the first
        parsed = parse_code(json.loads(done.stdout)["code"])
        assert parsed is not None
        enrolled = hub.session().post(hub.url + "/v1/devices:enroll", timeout=10,
                                      json={"secret": parsed.secret, "label": "Tablet 1"})
        assert enrolled.status_code == 200, enrolled.text  # the running hub takes the code
    finally:
        hub.stop()


def test_a_hub_from_before_the_record_on_another_database_is_not_doubled(tmp_path: Path) -> None:
    """A data dir with a hub's certificate but neither a record nor a SQLite file: its database is
    elsewhere, so a command without --database refuses rather than start a new hub."""
    data_dir = tmp_path / "old-hub"
    (data_dir / "tls").mkdir(parents=True)
    done = subprocess.run([sys.executable, "-m", "ui.cli", "hub", "status", "--data-dir", str(data_dir)], cwd=REPO,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "give its --database once" in done.stderr
    assert not (data_dir / "hub.sqlite3").exists()
