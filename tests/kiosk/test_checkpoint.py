"""The WAL goes back into the database file after a signer's commit, never inside it."""

from __future__ import annotations

import sqlite3

from kiosk.runtime import KioskContext
from kiosk.store_database import WAL_CHECKPOINT_BYTES
from kiosk.validation import SignerInput, validate_signer
from tests.support import drawn_signature


def test_commits_never_checkpoint_and_checkpoint_moves_the_wal_into_the_database(kiosk: KioskContext) -> None:
    store, campaign = kiosk.store, kiosk.campaign
    store.ensure_key()
    wal = store.path.with_name(store.path.name + "-wal")
    drawing = drawn_signature(points=300)
    committed = 0
    while not wal.exists() or wal.stat().st_size < WAL_CHECKPOINT_BYTES * 1.5:
        clean, _ = validate_signer(SignerInput("Ana", "Muñoz", f"ana{committed}@example.org", "", "90011",
                                               signature=drawing), campaign)
        assert clean is not None
        store.commit(store.seal(clean, campaign, "es", True))
        committed += 1
        assert committed < 5000
    with sqlite3.connect(store.path) as conn:
        sealed_bytes = conn.execute("SELECT sum(length(sealed)) FROM signatures").fetchone()[0]
    # Past SQLite's own threshold, and no commit copied the WAL back (that is the signer's wait):
    # the database file cannot hold the signatures yet, only the WAL does.
    assert store.path.stat().st_size < sealed_bytes
    store.checkpoint()
    assert store.path.stat().st_size >= sealed_bytes
    assert store.counts(campaign.id).total == committed
