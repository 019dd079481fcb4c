"""The command line as operators and scripts use it: real processes, real exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        input=stdin,
        timeout=300,
    )


def test_simulate_1000_then_status_reports_1000_pending(data_dir: Path) -> None:
    made = cli("simulate", "--count", "1000", "--seed", "7")
    assert made.returncode == 0, made.stderr
    status = cli("status", "--json")
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    assert report["campaign"] == "end-s-comm"
    assert (report["total"], report["pending"], report["synced"], report["rejected"]) == (1000, 1000, 0, 0)
    assert sum(e["count"] for e in report["events"]) == 1000
    assert len(report["events"]) == 3


def test_data_dir_flag_wins_over_the_environment(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    assert cli("--data-dir", str(other), "simulate", "--count", "5").returncode == 0
    assert json.loads(cli("status", "--json", "--data-dir", str(other)).stdout)["total"] == 5
    assert json.loads(cli("status", "--json").stdout)["total"] == 0


def test_no_keyring_refuses_with_one_line_naming_the_opt_in(data_dir: Path) -> None:
    result = cli("simulate", "--count", "1", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "PETITION_KIOSK_KEY_STORE=file" in lines[0]
    assert "Traceback" not in result.stderr
    opted_in = cli(
        "simulate",
        "--count",
        "1",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "PETITION_KIOSK_KEY_STORE": "file"},
    )
    assert opted_in.returncode == 0, opted_in.stderr


def test_bad_usage_exits_2() -> None:
    assert cli("simulate").returncode == 2
    assert cli("frobnicate").returncode == 2


def test_broken_campaign_file_is_one_line_naming_file_and_field(tmp_path: Path) -> None:
    broken = tmp_path / "mine.toml"
    broken.write_text(
        (ROOT / "resources/campaigns/end-s-comm.toml").read_text("utf-8").replace("goal = 5000", "goal = -3"),
        encoding="utf-8",
    )
    result = cli("--campaign", str(broken), "status")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert str(broken) in result.stderr and "'goal'" in result.stderr
    assert "Traceback" not in result.stderr


def test_corrupt_settings_are_kept_aside_and_defaults_used(data_dir: Path) -> None:
    (data_dir / "settings.json").write_text("{not json", encoding="utf-8")
    result = cli("status", "--json")
    assert result.returncode == 0
    assert "settings file was unreadable" in result.stderr
    assert json.loads(result.stdout)["total"] == 0
    assert [p.name for p in data_dir.glob("settings.json.corrupt-*")]


def test_status_needs_no_key(data_dir: Path) -> None:
    # A coordinator checking counts on a machine without the key still gets them.
    assert cli("simulate", "--count", "3").returncode == 0
    result = cli("status", "--json", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert result.returncode == 0 and json.loads(result.stdout)["total"] == 3


def test_a_damaged_database_is_named_in_one_line_and_left_as_it_was(data_dir: Path) -> None:
    damaged = data_dir / "signatures.sqlite3"
    damaged.write_bytes(b"\x13\x37 not a database " * 300)
    before = damaged.read_bytes()
    result = cli("--data-dir", str(data_dir), "status")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "petition-kiosk: the signature database could not be written or checked (file is not a database)"]
    assert damaged.read_bytes() == before  # kept for whoever can recover it


# Runs the command line with PySide6 impossible to import, as on a server with no Qt at all.
WITHOUT_QT = """
import sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("no Qt on this machine")
        return None

sys.meta_path.insert(0, NoQt())
from ui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_export_and_status_work_where_qt_cannot_even_be_imported(data_dir: Path, tmp_path: Path) -> None:
    assert cli("simulate", "--count", "4").returncode == 0
    out = tmp_path / "signers.csv"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    for args in (["export", "csv", "--out", str(out)], ["status", "--json"]):
        done = subprocess.run([sys.executable, "-c", WITHOUT_QT, *args], cwd=ROOT, capture_output=True, text=True,
                              env=env, timeout=300)
        assert done.returncode == 0, done.stderr
    assert out.read_text("utf-8").count("\n") == 5  # the header and the four signers
    assert json.loads(done.stdout)["total"] == 4
