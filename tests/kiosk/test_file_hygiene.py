"""File hygiene as an adversary with a shell on the same machine would check it.

Everything runs through the real command line in a child process: the umask, the core-file
limit and the key-file check are set up by ``petition-kiosk`` itself, not by the test.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.paths import DATABASE_NAME

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "ui.cli"]


def _loose_core_limit() -> None:
    # The child starts able to dump core, so only the kiosk's own set-up can bring it to 0.
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    os.umask(0o022)  # and with the usual permissive umask


def _cli(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], cwd=ROOT, env={**os.environ, **(env or {})}, input=stdin,
                          capture_output=True, text=True, timeout=120, preexec_fn=_loose_core_limit)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_of_a_real_record_are_owner_only(data_dir: Path, tmp_path: Path) -> None:
    os.chmod(data_dir, 0o755)  # as an operator's own mkdir would leave it
    result = _cli("simulate", "--count", "3", env={"PETITION_KIOSK_KEY_STORE": "file"})
    assert result.returncode == 0, result.stderr
    assert _mode(data_dir) == 0o700
    created = [p for p in data_dir.rglob("*")]
    assert data_dir / DATABASE_NAME in created
    for path in created:
        assert _mode(path) == (0o700 if path.is_dir() else 0o600), path
    key_files = list((tmp_path / "home" / "xdg-config").rglob("*.key"))
    assert len(key_files) == 1 and _mode(key_files[0]) == 0o600
    for folder in key_files[0].parents:
        if folder == tmp_path / "home" / "xdg-config":
            break
        assert _mode(folder) == 0o700, folder


def test_a_live_databases_wal_and_shm_are_owner_only(data_dir: Path) -> None:
    # While the kiosk runs, SQLite's -wal and -shm exist beside the database: read them then.
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kiosk.hygiene import harden_process; harden_process(); "
         "import runpy; sys.argv = ['crash_child', sys.argv[1], '0']; "
         "runpy.run_module('tests.kiosk.crash_child', run_name='__main__')", str(data_dir)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, preexec_fn=_loose_core_limit,
        env={**os.environ, "PETITION_KIOSK_KEY_STORE": "file"})
    try:
        assert child.stdout is not None
        child.stdout.readline()  # one signature committed
        for suffix in ("", "-wal", "-shm"):
            assert _mode(data_dir / f"{DATABASE_NAME}{suffix}") == 0o600, suffix
    finally:
        child.kill()
        child.wait()


def test_a_pre_existing_open_data_dir_is_tightened(tmp_path: Path) -> None:
    target = tmp_path / "shared-data"
    target.mkdir(mode=0o755)
    os.chmod(target, 0o755)
    result = _cli("status", "--data-dir", str(target))
    assert result.returncode == 0, result.stderr
    assert _mode(target) == 0o700


def test_a_key_file_readable_by_others_is_refused_in_one_line(data_dir: Path) -> None:
    env = {"PETITION_KIOSK_KEY_STORE": "file"}
    assert _cli("simulate", "--count", "1", env=env).returncode == 0  # creates the key
    [key_file] = list(Path(os.environ["XDG_CONFIG_HOME"]).rglob("*.key"))
    key_text = key_file.read_text().strip()
    os.chmod(key_file, 0o644)
    result = _cli("simulate", "--count", "5", env=env)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(key_file) in lines[0] and "chmod 600" in lines[0]
    assert key_text not in result.stderr + result.stdout
    with sqlite3.connect(data_dir / DATABASE_NAME) as db:
        assert db.execute("SELECT count(*) FROM signatures").fetchone()[0] == 1  # nothing more collected
    os.chmod(key_file, 0o600)  # fixed as the line says: collection works again
    assert _cli("simulate", "--count", "5", env=env).returncode == 0


def _proc_field(pid: int, name: str, field: str) -> str | None:
    for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
        if line.startswith(field):
            return line
    return None


@pytest.mark.skipif(not Path("/proc/self/limits").exists(), reason="needs Linux /proc")
def test_the_real_cli_process_cannot_dump_core_and_creates_private_files() -> None:
    # ``token set`` waits on stdin: the process stays alive to be inspected from outside.
    child = subprocess.Popen([*CLI, "token", "set"], cwd=ROOT, stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=_loose_core_limit)
    try:
        initial = _proc_field(child.pid, "limits", "Max core file size")
        assert initial is not None and initial.split()[4] != "0"  # it started able to dump core
        deadline = time.monotonic() + 60
        limits = initial
        while time.monotonic() < deadline and limits.split()[4:6] != ["0", "0"]:
            time.sleep(0.05)
            limits = _proc_field(child.pid, "limits", "Max core file size") or ""
        assert limits.split()[4:6] == ["0", "0"], limits
        assert _proc_field(child.pid, "status", "Umask:") == "Umask:\t0077"
    finally:
        child.kill()
        child.wait()


def test_the_systemd_unit_forbids_core_dumps_and_sets_the_umask() -> None:
    unit = (ROOT / "packaging" / "linux" / "petition-kiosk.service").read_text()
    directives = [line.strip() for line in unit.splitlines() if not line.lstrip().startswith("#")]
    assert "LimitCORE=0" in directives
    assert "UMask=0077" in directives
