"""Repeat-signer hashes live under contact keys of their own, rotated and destroyed with the rows."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from kiosk.contact_keys import WINDOW, ContactKey, normalized_name
from kiosk.models import SignatureRecord
from kiosk.paths import database_path
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.secrets import ContactKeyStore, DataKeyStore
from tests.kiosk.test_migrations import make_first_revision_database
from tests.support import first_release_contact_hash, valid_signer


def _hashes(data_dir: Path) -> list[tuple[str, str | None, str | None, bytes | None]]:
    with sqlite3.connect(database_path(data_dir)) as db:
        return db.execute("SELECT uuid, email_hash, phone_hash, sealed FROM signatures ORDER BY uuid").fetchall()


def test_a_new_window_gets_a_new_key_and_repeats_are_caught_across_both(kiosk: KioskContext, data_dir: Path) -> None:
    store, campaign = kiosk.store, kiosk.campaign
    first = valid_signer(campaign, 1)
    store.record(first, campaign, "en", False)
    keys = ContactKeyStore(kiosk.key_store, data_dir)
    [entry] = keys.load(store.kiosk_id)
    # Age the key past the window, as if the event started two weeks ago.
    aged = ContactKey.from_json(entry)
    aged = ContactKey(aged.key_id, aged.secret, aged.since - WINDOW - timedelta(minutes=1))
    keys.replace(store.kiosk_id, [aged.to_json()])
    reopened = open_kiosk(data_dir)
    try:
        second = valid_signer(campaign, 2)
        reopened.store.record(second, campaign, "en", False)
        assert len(keys.load(store.kiosk_id)) == 2
        hashes = {row[1] for row in _hashes(data_dir)}
        assert len({h.split(":")[0] for h in hashes if h}) == 2  # each row names its own key
        for signer in (first, second):  # each is recognised under its own window's key: counted once
            reopened.store.record(signer, campaign, "en", False)
        counts = reopened.store.counts()
        assert (counts.people, counts.total) == (2, 4)  # issue 22: the repeats are signatures of their own
        # The old window's only row is purged: its key goes, the current one stays.
        with Session(reopened.store.engine) as session, session.begin():
            session.execute(update(SignatureRecord).where(SignatureRecord.email_hash.like(f"{aged.key_id}:%"))
                            .values(sealed=None, email_hash=None, phone_hash=None))
        assert reopened.store.retire_contact_keys() == 1
        assert [e["id"] for e in keys.load(store.kiosk_id)] != [aged.key_id]
        assert len(keys.load(store.kiosk_id)) == 1
    finally:
        reopened.close()


def test_first_release_hashes_are_erased_when_purged_and_remade_otherwise(data_dir: Path) -> None:
    ids = make_first_revision_database(data_dir, rows=6)  # rows 0 and 3 synced, the rest pending
    with sqlite3.connect(database_path(data_dir)) as db:  # the first release purged row 0 but kept its hash
        db.execute("UPDATE signatures SET sealed = NULL WHERE uuid = ?", (ids[0],))
    ctx = open_kiosk(data_dir)
    try:
        ctx.store.ensure_key()
        rows = {row[0]: row for row in _hashes(data_dir)}
        assert rows[ids[0]][1] is None  # purged: the hash is gone with the data
        data_key = DataKeyStore(ctx.key_store, data_dir).load(ctx.store.kiosk_id)
        assert data_key is not None
        for record_id in ids[1:]:
            email_hash = rows[record_id][1]
            assert email_hash is not None and ":" in email_hash
            personal = ctx.store.personal(record_id)
            assert personal is not None
            assert first_release_contact_hash(data_key, "email", personal.email) != email_hash
        # Still recognised: a pending first-release signer cannot sign twice.
        signer = valid_signer(ctx.campaign, 0, given_name="Nombre1", family_name="Peña", email="p1@example.org")
        assert ctx.store.is_repeat_signer(signer, ctx.campaign.id)
        # Re-made with the name: someone else on the same email is a person of their own.
        other = valid_signer(ctx.campaign, 0, given_name="Otra", family_name="Peña", email="p1@example.org")
        assert not ctx.store.is_repeat_signer(other, ctx.campaign.id)
    finally:
        ctx.close()



def test_the_shared_keyed_digest_keeps_the_hashes_already_stored() -> None:
    """Kiosk and hub hash contacts through one helper; hashes stored before it must still match."""
    import hashlib
    import hmac

    from kiosk.contact_keys import DIGEST_CHARS, keyed_contact_digest

    secret = bytes(range(32))
    as_stored = hmac.new(secret, b"phone:+12135557001", hashlib.sha256).hexdigest()
    key = ContactKey("k1", secret, datetime(2026, 12, 1, tzinfo=UTC))
    assert key.hash("phone", "+12135557001") == f"k1:{as_stored[:DIGEST_CHARS]}"
    assert keyed_contact_digest(secret, "email", "Ana@Example.org") == hmac.new(
        secret, b"email:ana@example.org", hashlib.sha256).hexdigest()


def test_the_hubs_contact_hash_is_unchanged_for_a_hub_with_records(tmp_path: Path) -> None:
    """A hub's hashes from before the shared helper still find the same person."""
    import hashlib
    import hmac

    import pytest

    pytest.importorskip("fastapi", reason="the hub extra is not installed")
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    from sync.hub.context import HubSealer

    data_key = bytes(range(1, 33))
    contact_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"hub-contact-hmac").derive(data_key)
    old_hash = hmac.new(contact_key, b"email:ana@example.org", hashlib.sha256).hexdigest()
    assert HubSealer(data_key).contact_hash("email", "ana@example.org") == old_hash
    assert HubSealer(data_key).contact_hash("email", "luis@example.org") != old_hash


def test_a_name_typed_with_or_without_accents_case_and_spaces_is_one_name() -> None:
    # Plain-ASCII names take a shorter path than accented ones; both must meet.
    assert normalized_name("  ANA ", "perez") == normalized_name("Ana", "Pérez") == "ana perez"
    assert normalized_name("José Luis", "Núñez  Ortiz") == normalized_name("jose  luis", "NUNEZ ORTIZ")
    assert normalized_name("ﬁona", "Straße") == "fiona strasse"
    assert normalized_name("Ana", "Perez") != normalized_name("Ana", "Pereira")
