"""Remnants: after record -> sync -> purge and a SIGKILL, the raw files hold nothing purged.

An adversary who takes the tablet reads the database, its ``-wal`` and ``-shm`` byte by
byte, free pages included. A child process records canary signers, syncs them to a real
loopback json server with immediate retention and is killed with SIGKILL before any clean
close; then the raw bytes are searched for every sealed blob (and fragments of it).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from kiosk.paths import DATABASE_NAME
from tests.sync.helpers import TOKEN
from tests.sync.servers.base import RunningServer

ROOT = Path(__file__).resolve().parents[2]
SIGNERS = 40
CHUNK, STRIDE = 24, 128  # a blob counts as remaining if any 24-byte piece of it does


def raw_files(data_dir: Path) -> dict[str, bytes]:
    """The database, -wal and -shm as a thief would copy them (missing ones are empty)."""
    found = {}
    for suffix in ("", "-wal", "-shm"):
        path = data_dir / f"{DATABASE_NAME}{suffix}"
        found[path.name] = path.read_bytes() if path.exists() else b""
    return found


def pieces(blob: bytes) -> Iterable[bytes]:
    # Skip the version byte and nonce: the ciphertext is what must not survive.
    body = blob[13:]
    return [body[i : i + CHUNK] for i in range(0, max(1, len(body) - CHUNK), STRIDE)]


def remaining(blobs: dict[str, bytes], files: dict[str, bytes]) -> dict[str, list[str]]:
    """For each file, the uuids of the blobs of which some piece is still in it."""
    return {name: sorted(uuid for uuid, blob in blobs.items() if any(p in content for p in pieces(blob)))
            for name, content in files.items()}


def read_rows(data_dir: Path) -> dict[str, tuple[bytes, str | None, str | None]]:
    """uuid -> (sealed, email_hash, phone_hash), read while the child still runs."""
    uri = f"file:{data_dir / DATABASE_NAME}?mode=ro"
    with sqlite3.connect(uri, uri=True) as db:
        rows = db.execute("SELECT uuid, sealed, email_hash, phone_hash FROM signatures").fetchall()
    return {uuid: (sealed, email_hash, phone_hash) for uuid, sealed, email_hash, phone_hash in rows}


class RemnantsChild:
    """The kiosk process under test (tests/sync/remnants_child.py)."""

    def __init__(self, data_dir: Path, url: str, count: int = SIGNERS) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.remnants_child", str(data_dir), url, TOKEN, str(count)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PETITION_KIOSK_KEY_STORE": "file"})

    def expect(self, word: str) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if not line.startswith(word):
            self.kill()
            errors = self.process.stderr.read() if self.process.stderr else ""
            raise AssertionError(f"child said {line!r}; stderr: {errors}")
        return line

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(30)
        assert self.process.returncode == -signal.SIGKILL


def test_no_sealed_blob_survives_sync_purge_and_sigkill(data_dir: Path, json_server: RunningServer) -> None:
    child = RemnantsChild(data_dir, json_server.url)
    child.expect("recorded")
    rows = read_rows(data_dir)
    blobs = {uuid: sealed for uuid, (sealed, _e, _p) in rows.items()}
    assert len(blobs) == SIGNERS
    # The scan finds what is there: before the purge every blob is in the files.
    before = remaining(blobs, raw_files(data_dir))
    assert set().union(*before.values()) == set(blobs)
    child.go()
    assert child.expect("purged") == f"purged {SIGNERS}"
    child.kill()
    assert len(json_server.app.stored_uuids()) == SIGNERS  # type: ignore[attr-defined]
    after = remaining(blobs, raw_files(data_dir))
    assert after == {name: [] for name in after}
    with sqlite3.connect(data_dir / DATABASE_NAME) as db:  # and the data is still a sound database
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM signatures WHERE sealed IS NULL").fetchone()[0] == SIGNERS


def test_every_connection_has_secure_delete_on(kiosk: object, data_dir: Path) -> None:
    from kiosk.runtime import KioskContext

    assert isinstance(kiosk, KioskContext)
    for engine in (kiosk.store.engine, kiosk.store.read_engine):
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
