"""Installing a newer build over an older one keeps every signature (issue 6, item 5).

A bundle upgrade replaces the program folder and leaves the data dir alone, so what must
hold is: a data dir written by the first release (schema 0001) opens with today's command
line, is migrated in place, and every unsynced signature is still there, still readable and
still sent — exactly once, and the already-synced ones not again. The first-release
database is made by the migration tests' own helper. (packaging/ci-bundle-test.sh runs the
same kind of old data dir through the frozen app.)
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from pathlib import Path

from kiosk.database import HEAD_REVISION
from kiosk.paths import database_path
from tests.kiosk.test_cli import cli
from tests.kiosk.test_migrations import make_first_revision_database
from tests.sync.servers.json_server import start_json_server

ROWS = 30  # the helper marks every third row synced: 20 pending, 10 synced
TOKEN = "upgrade-test-token"  # a loopback test server's token


def _schema_revision(data_dir: Path) -> str:
    conn = sqlite3.connect(database_path(data_dir))
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_first_release_data_dir_opens_with_the_current_cli_and_keeps_unsynced_rows(data_dir: Path) -> None:
    ids = make_first_revision_database(data_dir, rows=ROWS)
    assert _schema_revision(data_dir) == "0001"

    status = cli("--data-dir", str(data_dir), "status", "--json")
    assert status.returncode == 0, status.stderr
    counts = json.loads(status.stdout)
    assert (counts["total"], counts["pending"], counts["synced"]) == (ROWS, 20, 10)
    assert _schema_revision(data_dir) == HEAD_REVISION

    # Every signer of the old release is still readable by the new one (the coordinator's CSV).
    out = data_dir.parent / "after-upgrade.csv"
    export = cli("--data-dir", str(data_dir), "export", "csv", "--out", str(out))
    assert export.returncode == 0, export.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        _header, *records = list(csv.reader(handle))
    assert sorted(record[0] for record in records) == sorted(f"Nombre{n}" for n in range(ROWS))  # first names

    # The new release sends what the old one had not, once, and nothing it had already sent.
    with start_json_server(data_dir.parent / "server.sqlite3", TOKEN) as server:
        sync = cli("--data-dir", str(data_dir), "sync", "--once", "--kind", "json", "--url", server.url,
                   env={"PETITION_KIOSK_SYNC_TOKEN": TOKEN})
        assert sync.returncode == 0, sync.stderr
        pending_before = [record_id for n, record_id in enumerate(ids) if n % 3 != 0]
        assert sorted(server.app.stored_uuids()) == sorted(pending_before)
        again = cli("--data-dir", str(data_dir), "sync", "--once", "--kind", "json", "--url", server.url,
                    env={"PETITION_KIOSK_SYNC_TOKEN": TOKEN})
        assert again.returncode == 0, again.stderr
        assert server.app.delivery_count() == len(pending_before)
    final = json.loads(cli("--data-dir", str(data_dir), "status", "--json").stdout)
    assert (final["total"], final["pending"], final["synced"]) == (ROWS, 0, ROWS)
    assert os.environ.get("PETITION_KIOSK_SYNC_TOKEN") is None  # the token went to the child only
