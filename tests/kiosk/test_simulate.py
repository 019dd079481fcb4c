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


def _simulate_seed(data_dir: Path, *extra: str) -> int:
    """Run ``simulate`` in ``data_dir`` and read the seed its output line names (a repeated run adds the
    same people again, which the kiosk may add as nothing new)."""
    done = subprocess.run([sys.executable, "-m", "ui.cli", "--data-dir", str(data_dir), "simulate", "--count", "20",
                           *extra], cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("added ") and " synthetic signatures (seed " in done.stdout, done.stdout
    return int(done.stdout.split("(seed ")[1].split(",")[0])


def test_simulate_on_two_kiosks_makes_different_people_and_says_which_seed(tmp_path: Path) -> None:
    """Issue 26: three training kiosks without --seed showed a hub dashboard of 20, not 60."""
    first, second = tmp_path / "kiosk-a", tmp_path / "kiosk-b"
    seed_a, seed_b = _simulate_seed(first), _simulate_seed(second)
    assert seed_a != seed_b
    assert _simulate_seed(first) == seed_a  # the same kiosk keeps its seed: a run can be repeated
    assert _simulate_seed(second, "--seed", str(seed_a)) == seed_a  # --seed still decides when given
    emails = [{signer.email or signer.phone for signer, *_ in synthetic_signers(20, seed)} for seed in (seed_a, seed_b)]
    assert not emails[0] & emails[1]
