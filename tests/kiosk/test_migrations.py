"""Upgrading from the first schema revision keeps every row, synced or not, readable."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kiosk.campaign import load_campaign
from kiosk.crypto import Sealer, new_data_key
from kiosk.database import HEAD_REVISION, current_revision, make_engine, migrate
from kiosk.paths import database_path
from kiosk.runtime import open_kiosk
from kiosk.secrets import DataKeyStore
from kiosk.signature import Person, PersonalData, encode_payload
from tests.support import drawn_signature, first_release_contact_hash


def make_first_revision_database(data_dir: Path, rows: int) -> list[str]:
    """A database as the first release left it: schema 0001, rows written with its SQL."""
    engine = make_engine(database_path(data_dir))
    migrate(engine, "0001")
    assert current_revision(engine) == "0001"
    engine.dispose()
    kiosk_id = "5b0f5c1e-0000-4000-8000-000000000001"
    key = new_data_key()
    DataKeyStore("keyring", data_dir).save(kiosk_id, key)
    sealer = Sealer(key)
    campaign = load_campaign()
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("INSERT INTO meta VALUES ('kiosk_id', ?), ('key_check', ?)", (kiosk_id, sealer.key_check))
    conn.execute(
        "INSERT INTO events (id, name, place, date, canvasser, created_at) "
        "VALUES (1, 'MacArthur Park rally', 'Los Angeles', '2026-11-01', 'Team B', '2026-11-01 17:00:00')"
    )
    ids = []
    for n in range(rows):
        record_id = f"00000000-0000-4000-8000-{n:012d}"
        personal = PersonalData.of(Person(f"Nombre{n}", "Peña", f"p{n}@example.org", "", ""), drawn_signature())
        state = "synced" if n % 3 == 0 else "pending"
        conn.execute(
            "INSERT INTO signatures (uuid, campaign_id, event_id, kiosk_id, signed_at, language, consent_updates,"
            " consent_sha256, postal_code, has_drawing, sealed, email_hash, phone_hash, state, attempts,"
            " next_attempt_at, last_error, server_receipt) VALUES (?, ?, 1, ?, ?, 'es', 1, ?, '90057', 1, ?, ?,"
            " NULL, ?, 2, NULL, 'timeout', ?)",
            (
                record_id,
                campaign.id,
                kiosk_id,
                datetime(2026, 11, 1, 18, n % 60, tzinfo=UTC).strftime("%Y-%m-%d %H:%M:%S"),
                campaign.text("es").consent_sha256,
                sealer.seal(record_id, encode_payload(personal)),
                first_release_contact_hash(key, "email", personal.email),
                state,
                "receipt" if state == "synced" else None,
            ),
        )
        ids.append(record_id)
    conn.commit()
    conn.close()
    return ids


def test_upgrade_from_first_revision_keeps_every_unsynced_row(data_dir: Path) -> None:
    ids = make_first_revision_database(data_dir, rows=30)
    ctx = open_kiosk(data_dir)  # migrates to head, as an upgraded app does at start
    try:
        assert current_revision(ctx.store.engine) == HEAD_REVISION
        counts = ctx.store.counts(ctx.campaign.id)
        assert (counts.total, counts.pending, counts.synced) == (30, 20, 10)
        assert sorted(ctx.store.all_uuids()) == sorted(ids)
        for n, record_id in enumerate(ids):
            personal = ctx.store.personal(record_id)
            assert personal is not None and personal.given_name == f"Nombre{n}"
        assert [e.name for e in ctx.store.events()] == ["MacArthur Park rally"]
        # The outbox state came through untouched, so sync resumes where it was.
        conn = sqlite3.connect(database_path(data_dir))
        assert conn.execute(
            "SELECT COUNT(*) FROM signatures WHERE attempts = 2 AND last_error = 'timeout'"
        ).fetchone() == (30,)
        assert conn.execute("SELECT COUNT(*) FROM signatures WHERE synced_at IS NOT NULL").fetchone() == (10,)
        conn.close()
    finally:
        ctx.close()


def test_opening_twice_does_not_migrate_or_change_anything(data_dir: Path) -> None:
    make_first_revision_database(data_dir, rows=3)
    open_kiosk(data_dir).close()
    before = database_path(data_dir).stat().st_size
    ctx = open_kiosk(data_dir)
    assert ctx.store.counts().total == 3
    ctx.close()
    assert database_path(data_dir).stat().st_size == before


def test_upgrade_to_two_consents_keeps_each_rows_answer_as_the_email_consent(data_dir: Path) -> None:
    """Rows from one "updates" box: email consent = that answer with its text hash, no texts."""
    ids = make_first_revision_database(data_dir, rows=6)
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("UPDATE signatures SET consent_updates = 0 WHERE uuid IN (?, ?)", (ids[1], ids[4]))
    conn.commit()
    conn.close()
    old_hash = load_campaign().text("es").consent_sha256
    ctx = open_kiosk(data_dir)
    ctx.close()
    conn = sqlite3.connect(database_path(data_dir))
    found = {uuid: rest for uuid, *rest in conn.execute(
        "SELECT uuid, consent_updates, consent_email, consent_email_sha256, consent_sms, consent_sms_sha256, state"
        " FROM signatures")}
    assert conn.execute("SELECT count(*) FROM purge_log").fetchone() == (0,)
    conn.close()
    assert sorted(found) == sorted(ids)
    for n, uuid in enumerate(ids):
        ticked = n not in (1, 4)
        assert found[uuid][:5] == [ticked, ticked, old_hash, 0, None], n
        assert found[uuid][5] == ("synced" if n % 3 == 0 else "pending")
