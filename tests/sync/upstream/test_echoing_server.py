"""A server that echoes what it was sent cannot plant it in the kiosk's clear columns.

Both adapters talk to a real loopback server that builds every receipt and reject reason
from the signer's own name, email and phone. Afterwards no canary is in any clear column,
in the raw database files, in the CSV or in the log.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.models import SyncState
from kiosk.paths import DATABASE_NAME
from kiosk.reports import export_csv
from kiosk.runtime import KioskContext, configure_logging
from sync.client.retention import RetentionMode, RetentionRule
from sync.upstream.sanitize import WITHHELD, receipt, reject_reason
from tests.support import valid_signer
from tests.sync.helpers import TOKEN, json_config, make_engine, osdi_config, rows
from tests.sync.servers.echo_server import start_echo_server

SIGNERS = 12
GIVEN, FAMILY = "Quetzalcanary", "Zyxwander"


def email(n: int) -> str:
    return f"zz.canary{n}.x@example.org"


def phone_digits(n: int) -> str:
    return f"21355598{n:02d}"


def canaries() -> list[str]:
    found = [GIVEN, FAMILY, "quetzal", "zyxwand"]
    for n in range(SIGNERS):
        found += [email(n), email(n).partition("@")[0], phone_digits(n), phone_digits(n)[3:]]
    return found


def leaks(content: bytes) -> list[str]:
    text = content.decode("utf-8", "replace").casefold()
    return [c for c in canaries() if c.casefold() in text]


@pytest.fixture
def logged(data_dir: Path) -> Iterator[Path]:
    configure_logging(data_dir, verbose=True)
    yield data_dir / "logs" / "kiosk.log"
    for handler in logging.getLogger().handlers[:]:
        if getattr(handler, "baseFilename", "").startswith(str(data_dir)):
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.mark.parametrize("kind", ["json", "osdi"])
def test_an_echoing_server_leaves_no_canary_in_clear_columns_csv_or_logs(
        kind: str, kiosk: KioskContext, data_dir: Path, tmp_path: Path, logged: Path) -> None:
    for n in range(SIGNERS):
        signer = valid_signer(kiosk.campaign, n, given_name=GIVEN, family_name=FAMILY, email=email(n),
                              phone=f"({phone_digits(n)[:3]}) {phone_digits(n)[3:6]}-{phone_digits(n)[6:]}")
        kiosk.store.record(signer, kiosk.campaign, "es", consent_updates=True)
    with start_echo_server(tmp_path / "echo.sqlite3", TOKEN) as server:
        config = (json_config if kind == "json" else osdi_config)(server.url, rate_per_s=50.0)
        engine = make_engine(kiosk, config, retention=RetentionRule(RetentionMode.MANUAL))
        report = engine.run_until_idle(30)
    assert (report.confirmed, report.rejected) == (SIGNERS // 2, SIGNERS // 2)
    stored = rows(kiosk)
    prefix = "accepted" if kind == "json" else "action_network"
    assert {r.server_receipt for r in stored if r.state == SyncState.SYNCED} == {f"{prefix}:{WITHHELD}"}
    reasons = {r.last_error for r in stored if r.state == SyncState.REJECTED}
    # json: the echoed reason is not a listed code; osdi: free text already falls back to the status.
    assert reasons == ({"unknown"} if kind == "json" else {"unknown", "http_400"})
    # Before the purge the CSV lists the signers (that is its job); the reason column is clean.
    # Rejected rows are purged like synced ones, so afterwards nothing personal is left.
    engine.retention = RetentionRule(RetentionMode.IMMEDIATE)
    engine.run_until_idle(5)
    assert all(r.sealed is None and r.email_hash is None for r in rows(kiosk))
    out = tmp_path / "after.csv"
    export_csv(kiosk.store, kiosk.campaign, out)
    assert out.read_text(encoding="utf-8").count("\n") == SIGNERS + 1
    with sqlite3.connect(data_dir / DATABASE_NAME) as db:
        clear = [value for table in ("signatures", "meta", "events")
                 for row in db.execute(f"SELECT * FROM {table}")
                 for value in row if not isinstance(value, bytes)]
    assert leaks(" ".join(map(str, clear)).encode()) == []
    assert leaks(out.read_bytes()) == []
    assert logged.exists() and logged.stat().st_size > 0 and leaks(logged.read_bytes()) == []
    for suffix in ("", "-wal", "-shm"):
        path = data_dir / f"{DATABASE_NAME}{suffix}"
        assert not path.exists() or leaks(path.read_bytes()) == [], suffix


def test_real_receipts_are_kept() -> None:
    for real in ("action_network:d91b4b2e-ae0e-4cd3-9ed7-d0ec501b0bc3", "srv-81", "4711",
                 "action_network:12345678-1234-4234-8234-123456789012", "r1"):
        assert receipt(real) == real
    for echoed in ("Ana Muñoz", "ana@example.org", "2135550142", "srv-2135550142", "+12135550142", "x" * 129,
                   True, None, ["srv-1"]):
        assert receipt(echoed) == WITHHELD
    assert reject_reason("invalid_postal_code") == "invalid_postal_code"
    assert reject_reason("http_422") == "http_422"
    assert reject_reason(None) == "rejected"
    for echoed in ("2135550142", "quetzalcanary", "ana@example.org is invalid", "http_500x"):
        assert reject_reason(echoed) == "unknown"
