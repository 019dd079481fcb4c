"""The file key store's refusal names the real cause (issue 11, item 6).

An IT volunteer who opted in to the file key store but pointed the config dir inside the data
dir was told there was no keyring and to set PETITION_KIOSK_KEY_STORE=file, which was set.
The refusal is right (a key beside the data would hand both to whoever copies the folder);
the line must say why, in one line, and no signature may be taken.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.kiosk.test_cli import cli

NO_KEYRING = "keyring.backends.fail.Keyring"


@pytest.mark.parametrize("where", ["config dir", "key file"])
def test_a_key_file_inside_the_data_dir_is_refused_with_the_reason(data_dir: Path, where: str) -> None:
    env = {"PYTHON_KEYRING_BACKEND": NO_KEYRING, "PETITION_KIOSK_KEY_STORE": "file"}
    if where == "config dir":
        env["XDG_CONFIG_HOME"] = str(data_dir / "config")
    else:
        env["PETITION_KIOSK_KEY_FILE"] = str(data_dir / "keys" / "kiosk.key")
    result = cli("simulate", "--count", "1", env=env)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert "inside the data dir" in line and "PETITION_KIOSK_KEY_FILE" in line
    assert "keyring" not in line.lower() and "set PETITION_KIOSK_KEY_STORE=file" not in line
    assert not list(data_dir.rglob("*.key")), "a key was written beside the data"
    for database in data_dir.glob("*.sqlite3"):
        with sqlite3.connect(database) as db:
            assert db.execute("SELECT count(*) FROM signatures").fetchone()[0] == 0


def test_without_a_keyring_the_line_still_names_the_opt_in(data_dir: Path) -> None:
    result = cli("simulate", "--count", "1", env={"PYTHON_KEYRING_BACKEND": NO_KEYRING})
    assert result.returncode == 1
    assert "PETITION_KIOSK_KEY_STORE=file" in result.stderr and "inside the data dir" not in result.stderr
