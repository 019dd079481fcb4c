"""Issue 13, the panic wipe: afterwards no canary can be recovered from the raw database,
-wal and -shm bytes, even by someone who copied the key store before the wipe; the counts
stay; the kiosk goes on collecting with a fresh key."""

from __future__ import annotations

import base64
import sqlite3
from datetime import timedelta
from pathlib import Path

from cryptography.exceptions import InvalidTag

from kiosk.clock import utcnow
from kiosk.crypto import Sealer
from kiosk.export_ledger import ExportLedger
from kiosk.models import SyncState
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.secrets import ContactKeyStore, DataKeyStore
from kiosk.wipe import panic_wipe
from tests.support import valid_signer
from tests.sync.client.test_remnants import raw_files, read_rows, remaining

SIGNERS = 30


def canary(n: int) -> dict[str, str]:
    return {"given_name": "Panicora", "family_name": f"Wipeson{n}", "email": f"zz.wipe.{n}@example.org",
            "phone": f"(213) 555-{6000 + n:04d}"}


def canary_strings(n: int) -> list[bytes]:
    return [f"Wipeson{n}".encode(), f"zz.wipe.{n}@example.org".encode(), f"+1213555{6000 + n:04d}".encode()]


def everything_under(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_after_the_wipe_nothing_is_recoverable_even_with_the_old_key_store(
        kiosk: KioskContext, data_dir: Path, tmp_path: Path) -> None:
    store, campaign = kiosk.store, kiosk.campaign
    ids = [store.record(valid_signer(campaign, n, **canary(n)), campaign, "es", True) for n in range(SIGNERS)]
    now = utcnow()
    store.record_sync_results(now, {u: f"r-{i}" for i, u in enumerate(ids[:10])}, {}, {}, {})  # 10 synced
    export = tmp_path / "exports" / "signers.csv"
    export.parent.mkdir()
    export.write_text("Panicora,Wipeson1,zz.wipe.1@example.org\n", encoding="utf-8")
    ExportLedger(data_dir).note_file(export)
    # What a thief copies before the wipe: the key store (data key and contact keys) ...
    old_data_key = DataKeyStore(kiosk.key_store, data_dir).load(store.kiosk_id)
    old_contact_keys = ContactKeyStore(kiosk.key_store, data_dir).load(store.kiosk_id)
    assert old_data_key is not None and old_contact_keys
    rows = read_rows(data_dir)
    blobs = {uuid: sealed for uuid, (sealed, _e, _p) in rows.items()}
    hashes = {h for _s, e, p in rows.values() for h in (e, p) if h}
    assert len(blobs) == SIGNERS and len(hashes) == 2 * SIGNERS
    assert set().union(*remaining(blobs, raw_files(data_dir)).values()) == set(blobs)  # the scan finds them
    before = store.counts()

    assert panic_wipe(kiosk) == SIGNERS

    # ... and the raw files afterwards, copied without a clean close (the store is still open).
    files = raw_files(data_dir)
    assert remaining(blobs, files) == {name: [] for name in files}
    assert {name: [h for h in hashes if h.encode() in content] for name, content in files.items()} == {
        name: [] for name in files}
    everything = b"".join(files.values())
    for n in range(SIGNERS):
        assert not [s for s in canary_strings(n) if s in everything]
    # Every blob-sized value left in the database fails to open under the old key.
    old = Sealer(old_data_key)
    with sqlite3.connect(f"file:{store.path}?mode=ro", uri=True) as db:
        left = db.execute("SELECT uuid, sealed FROM signatures WHERE sealed IS NOT NULL").fetchall()
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for uuid, sealed in left:
        try:
            old.open(uuid, sealed)
        except (InvalidTag, ValueError):
            continue
        raise AssertionError("a record opened with the old key")
    # The key store no longer holds the old keys.
    home = tmp_path / "home"
    assert base64.b64encode(old_data_key) not in everything_under(home)
    assert ContactKeyStore(kiosk.key_store, data_dir).load(store.kiosk_id) == []
    assert not [k for k in old_contact_keys if k["key"].encode() in everything_under(home)]
    assert not export.exists()
    # The counts are as they were; the waiting records can no longer be sent, and say why.
    after = store.counts()
    assert after.total == before.total == SIGNERS
    assert (after.synced, after.pending, after.not_sent) == (10, 0, 20)
    with sqlite3.connect(store.path) as db:
        states = dict(db.execute("SELECT state, count(*) FROM signatures GROUP BY state").fetchall())
        reasons = {r for (r,) in db.execute("SELECT last_error FROM signatures WHERE state = ?",
                                            (SyncState.NOT_SENT.value,))}
    assert states == {"synced": 10, "not_sent": 20} and reasons == {"wiped"}


def test_the_kiosk_goes_on_collecting_after_a_wipe(kiosk: KioskContext, data_dir: Path) -> None:
    store, campaign = kiosk.store, kiosk.campaign
    store.record(valid_signer(campaign, 1, **canary(1)), campaign, "es", False)
    panic_wipe(kiosk)
    after = store.record(valid_signer(campaign, 1, **canary(1)), campaign, "es", False, signed_at=utcnow()
                         + timedelta(seconds=1))
    assert store.counts().total == 2  # the wiped row's hash is gone: the same person counts again
    kiosk.close()
    reopened = open_kiosk(data_dir)  # a fresh key, checked like any other: no key mismatch
    try:
        reopened.store.ensure_key()
        personal = reopened.store.personal(after)
        assert personal is not None and personal.family_name == "Wipeson1"
    finally:
        reopened.close()
