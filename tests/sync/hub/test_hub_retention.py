"""Retention at the hub (issue 22): a seized event hub opens none of the signers it has delivered.

A real kiosk seals its signers to a real hub process on 127.0.0.1, which forwards them to a real
upstream double. Until a target is set up the hub is the final store and keeps everything; once
every target has confirmed, the sealed blobs are destroyed (at once by default, after N days when
so set), and then every key on the machine opens none of them, from the rows or from the raw
database and WAL bytes, and no signer's name or email is left in any file of the hub's data dir.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from kiosk.crypto import Sealer
from kiosk.errors import KioskError
from kiosk.hpke_seal import MATERIAL_BYTES, SealedForHub, derive_private_key, private_key_from_material
from kiosk.runtime import KioskContext
from kiosk.secrets import FILE_STORE, KEYRING_STORE, DataKeyStore
from sync.hub.auth import set_password
from sync.hub.hub_keys import stored_record_keys
from sync.hub.models import HubPurgeLogEntry, HubSignature
from sync.hub.recovery import key_account
from sync.hub.retention import exposure, purge_delivered
from tests.support import valid_signer
from tests.sync.helpers import TOKEN
from tests.sync.hub.support import HubProcess, cli, forward_to, hub_engine, paired, upstream_states, wait_for
from tests.sync.servers.base import RunningServer
from tests.sync.servers.json_server import start_json_server

SIGNERS = 20
KEPT = 5
DAYS = 3
PASSWORD = "correct horse retention staple"
WINDOW = 48  # bytes of a blob looked for in the raw files (random HPKE output: never there by chance)


@pytest.fixture(scope="module")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with start_json_server(tmp_path_factory.mktemp("upstream") / "upstream.sqlite3", TOKEN) as server:
        yield server


def _sign(ctx: KioskContext, prefix: str, count: int) -> dict[str, tuple[str, str]]:
    """``count`` canary signers recorded at ``ctx``: UUID -> (given name, email)."""
    signed = {}
    for n in range(count):
        given, email = f"{prefix}Canary{n}", f"{prefix.lower()}.canary{n}@purge.example"
        signer = valid_signer(ctx.campaign, n, given_name=given, family_name="Retentionfamily", email=email)
        signed[ctx.store.record(signer, ctx.campaign, "en", consent_updates=True)] = (given, email)
    return signed


def _kiosk_blobs(ctx: KioskContext) -> dict[str, bytes]:
    """The kiosk's sealed blobs: the very bytes the hub keeps (it stores a sealed upload as received)."""
    with sqlite3.connect(ctx.store.path) as db:
        return {u: bytes(b) for u, b in db.execute("SELECT uuid, sealed FROM signatures WHERE sealed IS NOT NULL")}


def _hub_blobs(hub: HubProcess, uuids: list[str]) -> dict[str, bytes]:
    with Session(hub.context.engine) as session:
        return {u: bytes(b) for u, b in session.execute(
            select(HubSignature.uuid, HubSignature.sealed).where(HubSignature.uuid.in_(uuids)))}


def _data_keys(hub: HubProcess) -> list[bytes]:
    """Every key this machine holds for the hub: its data key (keyring entry and key file, if any),
    and its opening and contact keys, each a secret of its own (sync/hub/hub_keys.py)."""
    keys = []
    for kind in (KEYRING_STORE, FILE_STORE):
        try:
            key = DataKeyStore(kind, hub.data_dir).load(key_account(hub.context.hub_id))
        except KioskError:
            continue
        if key is not None:
            keys.append(key)
    assert keys, "the hub's key was not found on the machine"
    keys += [key for key in stored_record_keys(hub.context.hub_id) if key is not None]
    return keys


def _opens(keys: list[bytes], uuid: str, blob: bytes) -> bool:
    """Whether any of the keys opens ``blob``: as an opening key, as the HPKE private key derived
    from it (as hubs once did), or as AES."""
    for key in keys:
        as_opening = [private_key_from_material(key)] if len(key) == MATERIAL_BYTES else []
        as_aes = [Sealer(key)] if len(key) == 32 else []
        for opener in (*as_opening, derive_private_key(key), *as_aes):
            try:
                opener.open(uuid, blob)
            except (SealedForHub, KioskError, ValueError):
                continue
            return True
    return False


def _files(directory: Path) -> dict[Path, bytes]:
    return {Path(root) / name: (Path(root) / name).read_bytes()
            for root, _, names in os.walk(directory) for name in names}


def _in_files(files: dict[Path, bytes], blobs: dict[str, bytes]) -> set[str]:
    """The UUIDs of ``blobs`` any part of which (start, middle or end) is in one of ``files``."""
    def parts(blob: bytes) -> tuple[bytes, ...]:
        middle = len(blob) // 2
        return blob[:WINDOW], blob[middle:middle + WINDOW], blob[-WINDOW:]

    return {u for u, blob in blobs.items() for raw in files.values() if any(p in raw for p in parts(blob))}


def _dashboard_statement(hub: HubProcess) -> str:
    """The "if seized now" statement, as the logged-in coordinator's dashboard shows it."""
    set_password(hub.context.engine, PASSWORD)
    session = hub.session()
    page = session.post(f"{hub.url}/login?lang=en", data={"password": PASSWORD}, timeout=30)
    assert page.status_code == 200, page.text
    start = page.text.index('id="exposure">') + len('id="exposure">')
    return page.text[start:page.text.index("</p>", start)]


def test_a_seized_event_hub_opens_none_of_the_signers_it_delivered(
        kiosk: KioskContext, hub: HubProcess, upstream: RunningServer) -> None:
    paired(kiosk, hub, "Tablet 1")
    signed = _sign(kiosk, "Purge", SIGNERS)
    sealed_at_kiosk = _kiosk_blobs(kiosk)
    assert sorted(sealed_at_kiosk) == sorted(signed)
    assert hub_engine(kiosk).run_until_idle(60).pending == 0

    # No upstream target: nothing is ever delivered, so nothing is purged, and the dashboard says so.
    keys = _data_keys(hub)
    held = _hub_blobs(hub, list(signed))
    assert held == sealed_at_kiosk  # kept exactly as the kiosk sealed them
    assert sum(_opens(keys, u, b) for u, b in held.items()) == SIGNERS
    assert purge_delivered(hub.context.engine) == 0
    assert _dashboard_statement(hub) == (f"{SIGNERS} signatures can be opened with this hub&#x27;s key. No upstream "
                                         "target is set up, so this hub is the final store and purges nothing.")

    # The raw-file search below finds a blob the hub still holds (so its 0 later means something).
    assert sorted(_in_files(_files(hub.data_dir), sealed_at_kiosk)) == sorted(signed)

    forward_to(hub, "json", upstream.url, TOKEN)
    assert wait_for(lambda: exposure(hub.context.engine).purged == SIGNERS, 90), upstream_states(hub)
    assert set(signed) <= set(upstream.app.stored_uuids())  # type: ignore[attr-defined]

    # Every key on the machine, on every blob in the database: 0 of N open.
    left = _hub_blobs(hub, list(signed))
    assert sorted(left) == sorted(signed)  # the rows stay, so every count stays
    assert sum(_opens(keys, u, b) for u, b in left.items()) == 0
    # ... and in the raw bytes of every file under the data dir (database, WAL, key files):
    # no blob, no name, no email.
    files = _files(hub.data_dir)
    wal = [p for p in files if p.name.endswith("-wal")]
    assert all(not files[p] for p in wal)  # truncated after the purge
    assert _in_files(files, sealed_at_kiosk) == set()
    canaries = [c.encode() for pair in signed.values() for c in pair]
    assert [(p.name, c) for p, raw in files.items() for c in canaries if c in raw or c.lower() in raw.lower()] == []

    # The counts did not move, and the record of destruction holds a count, no name.
    status = cli("hub", "status", "--json", "--data-dir", str(hub.data_dir))
    assert status.returncode == 0 and f'"total": {SIGNERS}' in status.stdout
    with Session(hub.context.engine) as session:
        assert session.scalar(select(func.sum(HubPurgeLogEntry.count))) == SIGNERS
    assert _dashboard_statement(hub) == (f"0 signatures can still be opened with this hub&#x27;s key (waiting for "
                                         f"delivery upstream); {SIGNERS} were purged after delivery.")

    # The CSV and the signature sheets say plainly that the names are gone, rather than failing.
    csv = hub.data_dir.parent / "after-purge.csv"
    done = cli("hub", "export", "csv", "--out", str(csv), "--data-dir", str(hub.data_dir))
    assert done.returncode == 0, done.stderr
    text = csv.read_text("utf-8")
    assert all(u in text for u in signed) and not any(given in text for given, _ in signed.values())
    sheets = hub.data_dir.parent / "after-purge.pdf"
    done = cli("hub", "export", "sheets", "--out", str(sheets), "--data-dir", str(hub.data_dir))
    # Every one was purged: no sheet is written, and the one line says why (as at a kiosk).
    assert done.returncode == 1 and not sheets.exists()
    assert "personal data was purged after upload" in done.stderr, done.stderr


@pytest.fixture
def hub_on(tmp_path: Path, hub_database: str | None) -> Iterator[HubProcess]:
    """A real hub on SQLite, and one on PostgreSQL (its blob emptied the same way)."""
    process = HubProcess(tmp_path / "hub-db", database=hub_database).start()
    yield process
    process.stop()


def test_with_retention_days_nothing_is_purged_before_they_pass(
        kiosk: KioskContext, hub_on: HubProcess, upstream: RunningServer) -> None:
    hub = hub_on
    done = cli("hub", "retention", "--days", str(DAYS), "--data-dir", str(hub.data_dir))
    assert done.returncode == 0, done.stderr
    forward_to(hub, "json", upstream.url, TOKEN)
    paired(kiosk, hub, "Tablet 2")
    signed = _sign(kiosk, "Kept", KEPT)
    assert hub_engine(kiosk).run_until_idle(60).pending == 0
    assert wait_for(lambda: set(signed) <= set(upstream.app.stored_uuids()), 60)  # type: ignore[attr-defined]
    assert wait_for(lambda: upstream_states(hub).get("pending", 0) == 0, 60)

    def still_sealed() -> int:
        with Session(hub.context.engine) as session:
            return int(session.scalar(select(func.count()).select_from(HubSignature).where(
                HubSignature.uuid.in_(list(signed)), HubSignature.purged_at.is_(None))) or 0)

    keys = _data_keys(hub)
    assert still_sealed() == KEPT
    assert sum(_opens(keys, u, b) for u, b in _hub_blobs(hub, list(signed)).items()) == KEPT
    # The clock moved on, as the retention tests on the kiosk do: a minute short of the days, nothing.
    assert purge_delivered(hub.context.engine, now=utcnow() + timedelta(days=DAYS, minutes=-1)) == 0
    assert still_sealed() == KEPT
    assert purge_delivered(hub.context.engine, now=utcnow() + timedelta(days=DAYS, minutes=1)) == KEPT
    assert still_sealed() == 0
    assert sum(_opens(keys, u, b) for u, b in _hub_blobs(hub, list(signed)).items()) == 0
    with Session(hub.context.engine) as session:
        assert session.scalar(select(func.sum(HubPurgeLogEntry.count)).where(HubPurgeLogEntry.days == DAYS)) == KEPT
    assert f'"total": {KEPT}' in cli("hub", "status", "--json", "--data-dir", str(hub.data_dir)).stdout
