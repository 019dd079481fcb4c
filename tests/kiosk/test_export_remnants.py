"""A killed export leaves nothing behind once the kiosk starts again; finished ones are listed.

The export runs in a real child process (the command line), is killed with SIGKILL while
its ``.part`` file is being written, and the next start of the kiosk must remove it.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.export_ledger import ExportLedger, open_export_ledger
from kiosk.reports.output import atomic_output
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.simulate import simulate

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "ui.cli"]


def _parts(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".part")]


def test_a_killed_csv_export_leaves_no_part_file_after_the_next_start(data_dir: Path, tmp_path: Path) -> None:
    with _opened(data_dir) as ctx:
        simulate(ctx.store, ctx.campaign, 4000)
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    bystander = out_dir / ".notes.part"  # not ours: never touched
    bystander.write_text("keep")
    child = subprocess.Popen([*CLI, "export", "csv", "--out", str(out_dir / "signers.csv")], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        written = [p for p in _parts(out_dir) if p != bystander and p.stat().st_size > 0]
        if written:
            break
        time.sleep(0.002)
    else:
        pytest.fail("the export never wrote its temporary file (finished too fast or failed)")
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert not (out_dir / "signers.csv").exists()
    leftover = [p for p in _parts(out_dir) if p != bystander]
    assert leftover and leftover[0].stat().st_size > 0  # what a thief would find today
    result = subprocess.run([*CLI, "status"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert _parts(out_dir) == [bystander]
    assert bystander.read_text() == "keep"


class _opened:
    """``open_kiosk`` as a context manager (closed on exit)."""

    def __init__(self, data_dir: Path) -> None:
        self.ctx = open_kiosk(data_dir)

    def __enter__(self) -> KioskContext:
        return self.ctx

    def __exit__(self, *exc: object) -> None:
        self.ctx.close()


def test_a_live_export_is_left_alone_and_a_finished_one_is_listed_and_deletable(
        kiosk: KioskContext, data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "tally.pdf"
    target.parent.mkdir()
    with atomic_output(target) as handle:
        handle.write(b"%PDF-1.4 personal data")
        handle.flush()
        [live] = _parts(target.parent)
        assert open_export_ledger(data_dir).remove_stale_parts() == 0  # another start meanwhile
        assert live.exists()
    assert _parts(target.parent) == []
    ledger = ExportLedger(data_dir)
    [listed] = ledger.files()
    assert listed.path == target.resolve() and listed.size == len(b"%PDF-1.4 personal data")
    assert 0 <= listed.age_s() < 600
    ledger.delete(listed.path)
    assert not target.exists() and ledger.files() == []
    with pytest.raises(OSError):
        ledger.delete(tmp_path / "never-exported.csv")  # only listed exports can be deleted
