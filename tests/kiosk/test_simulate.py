"""``petition-kiosk simulate`` makes believable signers: never dated in the future (issue 11)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.simulate import synthetic_signers

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("now", [
    datetime(2026, 12, 1, 0, 0, 1, tzinfo=UTC),     # just after midnight
    datetime(2026, 12, 1, 9, 30, tzinfo=UTC),       # during the day's first event hours
    datetime(2026, 12, 1, 23, 59, 59, tzinfo=UTC),  # just before midnight
])
def test_no_synthetic_signature_is_dated_after_the_moment_it_is_made(now: datetime) -> None:
    signers = synthetic_signers(500, seed=3, now=now)
    dates = [signed_at for *_, signed_at in signers]
    assert max(dates) < now
    assert min(dates) >= now - timedelta(days=4)  # recent: the last few days' events
    assert len({d.date() for d in dates}) == 3 and {d.hour for d in dates} <= set(range(9, 19))


def test_simulate_from_the_command_line_stores_no_future_date(data_dir: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "ui.cli", "simulate", "--count", "200", "--seed", "5"], cwd=REPO,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    checked_at = datetime.now(UTC)
    database = next(data_dir.glob("*.sqlite3"))
    with sqlite3.connect(database) as db:
        stored = [row[0] for row in db.execute("SELECT signed_at FROM signatures")]
    assert len(stored) == 200
    latest = max(datetime.fromisoformat(value).replace(tzinfo=UTC) for value in stored)
    assert latest <= checked_at, f"a signature is dated {latest}, after {checked_at}"
