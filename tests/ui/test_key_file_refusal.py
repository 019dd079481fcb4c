"""A key file other users can read stops the real kiosk on its screen, and says how to fix it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from kiosk.paths import DATABASE_NAME
from kiosk.runtime import open_kiosk
from kiosk.simulate import simulate
from tests.ui.test_start_up import _start

FILE_STORE = {"PETITION_KIOSK_KEY_STORE": "file"}


def test_a_world_readable_key_file_stops_the_kiosk_with_the_fix_on_screen(data_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("PETITION_KIOSK_KEY_STORE", "file")
    ctx = open_kiosk(data_dir)
    simulate(ctx.store, ctx.campaign, 3)  # creates the key file
    ctx.close()
    [key_file] = list(Path(os.environ["XDG_CONFIG_HOME"]).rglob("*.key"))
    os.chmod(key_file, 0o644)

    code, reports, stderr = _start(data_dir, FILE_STORE)

    assert code == 1
    assert "SIGNED" not in reports and "READY" not in reports
    heading, _reason, advice, detail, _close = reports["FAILURE"]["texts"]  # type: ignore[misc]
    assert heading == "This kiosk cannot take signatures right now"
    assert "untouched" in advice
    assert str(key_file) in detail and f"chmod 600 {key_file}" in detail
    ours = [line for line in stderr.splitlines() if line.startswith("petition-kiosk")]
    assert len(ours) == 1 and "chmod 600" in ours[0], stderr
    assert key_file.read_text().strip() not in stderr + detail  # the key itself is never shown
    with sqlite3.connect(data_dir / DATABASE_NAME) as db:
        assert db.execute("SELECT count(*) FROM signatures").fetchone()[0] == 3  # nothing more collected
