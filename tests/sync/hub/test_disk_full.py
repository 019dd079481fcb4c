"""A full disk at the hub: a real hub process on SQLite answers 503 with a reason code,
stores nothing half-way, the kiosk's real sync engine keeps its copies, and once space
returns every signature lands exactly once.

The hub's database lives on a real, small tmpfs (mounting one needs root, as on the CI
machine), filled to the last byte with a file, so SQLite meets the operating system's own
"No space left on device" ("database or disk is full").
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.models import SyncState
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.upstream.errors import SyncCode
from tests.sync.helpers import assert_exactly_once, rows
from tests.sync.hub.support import HubProcess, hub_engine, hub_uuids, paired

DISK_SIZE = "4m"
FIRST = 20  # synced while there is room: the hub's database and its WAL are warm
WHILE_FULL = 300  # a batch far larger than the room left: its WAL pages cannot be written
CHUNK = 64 * 1024


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "hub-disk"
    mount_point.mkdir()
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE}", "tmpfs", str(mount_point)],
            capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (not root)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(disk: Path) -> Path:
    """Take every byte left on ``disk``; the filler file (remove it to give the room back)."""
    filler = disk / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (CHUNK, 4096, 512, 1):
            try:
                while os.write(descriptor, b"\0" * size):
                    pass
            except OSError:
                continue
    finally:
        os.close(descriptor)
    return filler


def test_a_full_disk_answers_503_and_the_signatures_land_once_when_space_returns(
        tmp_path: Path, kiosk: KioskContext, small_disk: Path) -> None:
    database = small_disk / "hub.sqlite3"
    hub = HubProcess(tmp_path / "hub", database=f"sqlite:///{database}").start()
    try:
        paired(kiosk, hub)
        simulate(kiosk.store, kiosk.campaign, FIRST, seed=11)
        assert hub_engine(kiosk).run_until_idle(60).pending == 0
        filler = _fill(small_disk)

        simulate(kiosk.store, kiosk.campaign, WHILE_FULL, seed=12)
        report = hub_engine(kiosk).drain()
        # The hub said "storage unavailable, try later" (503): sync backs off, nothing rejected.
        assert report.halt == SyncCode.SERVER_ERROR
        assert report.pending == WHILE_FULL and report.rejected == 0 and report.confirmed == 0
        states = [row.state for row in rows(kiosk)]
        assert states.count(SyncState.PENDING) == WHILE_FULL and SyncState.REJECTED not in states

        # The answer itself, as the contract promises: 503, a reason code, Retry-After.
        from kiosk.secrets import get_device_token
        from tests.sync.hub.test_hub_protocol import _signature

        token = get_device_token(kiosk.store.kiosk_id)
        batch = {"kiosk_id": kiosk.store.kiosk_id, "campaign": kiosk.campaign.id,
                 "signatures": [_signature(signature_svg="<svg>" + "M 1 2 L 3 4 " * 400 + "</svg>")
                                for _ in range(WHILE_FULL)]}
        answer = hub.session().post(hub.url + "/v1/signatures:batch", json=batch, timeout=30,
                                    headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 503
        assert answer.json()["reason"] == "storage_unavailable" and answer.headers["retry-after"].isdigit()

        # Nothing half stored: only the first signatures are on the hub, and the file is sound.
        assert len(hub_uuids(hub)) == FIRST
        with sqlite3.connect(database) as check:
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)

        filler.unlink()  # the coordinator makes room
        report = hub_engine(kiosk).run_until_idle(120)
        assert report.pending == 0 and report.rejected == 0
        assert_exactly_once(hub_uuids(hub), kiosk)
        assert {row.state for row in rows(kiosk)} == {SyncState.SYNCED}
    finally:
        hub.stop()
