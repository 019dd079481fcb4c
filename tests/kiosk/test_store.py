"""The store: durable settings, sealed personal fields, repeat signers, read-back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.database import HEAD_REVISION, head_revision
from kiosk.errors import KeyMismatch
from kiosk.paths import database_path
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.strokes import Point, Signature
from kiosk.validation import CleanSigner
from tests.support import valid_signer


def test_every_connection_is_wal_and_synchronous_full(kiosk: KioskContext) -> None:
    with kiosk.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_head_revision_constant_matches_the_migrations() -> None:
    assert head_revision() == HEAD_REVISION


def test_recorded_signature_reads_back_exactly(kiosk: KioskContext) -> None:
    signer = valid_signer(kiosk.campaign, given_name="Begoña", family_name="Ibáñez")
    record_id = kiosk.store.record(signer, kiosk.campaign, "es", consent_updates=True)
    personal = kiosk.store.personal(record_id)
    assert personal is not None
    assert (personal.given_name, personal.family_name, personal.email) == ("Begoña", "Ibáñez", signer.email)
    # Strokes are stored to 1e-4 of the pad (a tenth of a pixel on a 1,000 px pad).
    assert personal.signature is not None and signer.signature is not None
    assert personal.signature.to_json() == signer.signature.to_json()
    assert personal.signature.point_count() == signer.signature.point_count()
    counts = kiosk.store.counts(kiosk.campaign.id)
    assert (counts.total, counts.pending) == (1, 1)


def test_row_keeps_language_consent_hash_and_postal_code_in_clear(kiosk: KioskContext, data_dir: Path) -> None:
    kiosk.store.record(valid_signer(kiosk.campaign), kiosk.campaign, "es", consent_updates=True)
    row = (
        sqlite3.connect(data_dir / "signatures.sqlite3")
        .execute("SELECT language, consent_updates, consent_sha256, postal_code, state FROM signatures")
        .fetchone()
    )
    assert row == ("es", 1, kiosk.campaign.text("es").consent_sha256, "90011", "pending")


def test_the_same_name_with_the_same_email_or_phone_is_counted_once(kiosk: KioskContext) -> None:
    # Issue 13: a repeat is no longer refused (that answer was a membership oracle). Issue 22:
    # it is stored as a signature of its own (the count of signatures moves for everyone) and
    # counted once among the people. Case, accents and spacing of the name make no new person.
    first = kiosk.store.record(
        valid_signer(kiosk.campaign, email="ana@example.org", phone="213-555-0147"), kiosk.campaign, "es", False
    )
    kiosk.store.record(valid_signer(kiosk.campaign, email="ANA@example.org"), kiosk.campaign, "es", False)
    kiosk.store.record(valid_signer(kiosk.campaign, given_name="ana ", family_name="MUNOZ", email="",
                                    phone="(213) 555 0147"), kiosk.campaign, "en", False)
    counts = kiosk.store.counts()
    assert (counts.people, counts.total) == (1, 3)
    assert first in set(kiosk.store.all_uuids()) and len(set(kiosk.store.all_uuids())) == 3
    with sqlite3.connect(kiosk.store.path) as conn:
        marks = dict(conn.execute("SELECT uuid, repeat FROM signatures").fetchall())
    assert marks.pop(first) == 0 and set(marks.values()) == {1}  # the later two are marked repeats
    personal = kiosk.store.personal(first)
    assert personal is not None and personal.phone  # the first signature is the one kept


def test_a_family_sharing_one_phone_keeps_both_signatures(kiosk: KioskContext) -> None:
    phone = "(213) 555-0147"
    kiosk.store.record(valid_signer(kiosk.campaign, given_name="Ana", family_name="Pérez", email="", phone=phone),
                       kiosk.campaign, "es", False)
    kiosk.store.record(valid_signer(kiosk.campaign, given_name="Luis", family_name="Pérez", email="", phone=phone),
                       kiosk.campaign, "es", False)
    kiosk.store.record(valid_signer(kiosk.campaign, given_name="Luis", family_name="Pérez", email="",
                                    phone="213 555 0147"), kiosk.campaign, "es", False)  # Luis again
    counts = kiosk.store.counts()
    assert (counts.people, counts.total) == (2, 3)  # issue 22: Luis's second signature is stored, as a repeat
    names = sorted(p.given_name for u in kiosk.store.all_uuids() if (p := kiosk.store.personal(u)))
    assert names == ["Ana", "Luis", "Luis"]


def test_a_lost_key_is_never_silently_replaced(data_dir: Path, tmp_path: Path) -> None:
    ctx = open_kiosk(data_dir)
    ctx.store.record(valid_signer(ctx.campaign), ctx.campaign, "en", False)
    ctx.close()
    # The keyring is wiped (a different user, a reinstalled OS): refuse, keep the records.
    for keyfile in (tmp_path / "home" / "xdg-data").rglob("*.cfg"):
        keyfile.unlink()
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    keyring.set_keyring(PlaintextKeyring())
    again = open_kiosk(data_dir)
    with pytest.raises(KeyMismatch):
        again.store.ensure_key()
    assert again.store.counts().total == 1
    again.close()


def test_file_key_store_keeps_a_0600_key_outside_the_data_dir(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PETITION_KIOSK_KEY_STORE", "file")
    ctx = open_kiosk(data_dir)
    ctx.store.record(valid_signer(ctx.campaign), ctx.campaign, "en", False)
    keys = list((tmp_path / "home" / "xdg-config").rglob("*.key"))
    assert len(keys) == 1
    assert keys[0].stat().st_mode & 0o777 == 0o600
    assert data_dir not in keys[0].parents
    ctx.close()


names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
points = st.lists(
    st.tuples(st.floats(0, 1), st.floats(0, 1), st.integers(0, 10_000), st.floats(0, 1)), min_size=2, max_size=30
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    given_name=names, family_name=names, address=st.text(max_size=60), strokes=st.lists(points, min_size=1, max_size=3)
)
def test_seal_store_read_back_round_trip_for_any_unicode(
    kiosk: KioskContext, given_name: str, family_name: str, address: str, strokes: list[list[tuple]]
) -> None:
    drawing = Signature(tuple(tuple(Point(x, y, t, p) for x, y, t, p in s) for s in strokes), aspect=2.5)
    signer = CleanSigner(given_name, family_name, "", "", "90011", address, drawing)
    record_id = kiosk.store.record(signer, kiosk.campaign, "es", False)
    back = kiosk.store.personal(record_id)
    assert back is not None
    assert (back.given_name, back.family_name, back.address) == (given_name, family_name, address)
    assert back.signature is not None
    assert len(back.signature.strokes) == len(drawing.strokes)
    for got, sent in zip(back.signature.strokes, drawing.strokes, strict=True):
        assert [(p.t,) for p in got] == [(p.t,) for p in sent]
        assert all(abs(a.x - b.x) < 1e-4 and abs(a.y - b.y) < 1e-4 for a, b in zip(got, sent, strict=True))


def test_full_disk_refuses_cleanly_and_keeps_everything_already_stored(kiosk: KioskContext) -> None:
    from sqlalchemy import event

    from kiosk.errors import StorageError

    first = kiosk.store.record(valid_signer(kiosk.campaign, 1), kiosk.campaign, "es", False)

    # SQLite's own "database or disk is full": cap the file at its current size.
    def cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    kiosk.store.engine.dispose()
    event.listen(kiosk.store.engine, "connect", cap)
    with pytest.raises(StorageError) as caught:
        for n in range(2, 400):  # fill whatever slack the last page had
            kiosk.store.record(valid_signer(kiosk.campaign, n), kiosk.campaign, "es", False)
    assert "full" in caught.value.detail
    assert "@" not in str(caught.value) and "Muñoz" not in str(caught.value)
    event.remove(kiosk.store.engine, "connect", cap)
    kiosk.store.engine.dispose()
    stored_before_retry = kiosk.store.counts().total
    # Space is back: the refused signer tries again and is kept; nothing earlier was harmed.
    retry = kiosk.store.record(valid_signer(kiosk.campaign, 10_000), kiosk.campaign, "es", False)
    assert kiosk.store.personal(retry) is not None
    assert kiosk.store.personal(first) is not None
    assert kiosk.store.counts().total == stored_before_retry + 1


def test_a_database_that_cannot_be_opened_at_the_tap_keeps_the_signer_for_a_retry(kiosk: KioskContext) -> None:
    from sqlalchemy import event

    from kiosk.errors import StorageError

    # Sealed while the review shows; then the file cannot be opened when the signer taps "Sign".
    sealed = kiosk.store.seal(valid_signer(kiosk.campaign, 1), kiosk.campaign, "es", False)

    def refuse(_dbapi_connection, _record):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("unable to open database file")

    kiosk.store.engine.dispose()
    event.listen(kiosk.store.engine, "connect", refuse)
    try:
        with pytest.raises(StorageError) as caught:
            kiosk.store.commit(sealed)
    finally:
        event.remove(kiosk.store.engine, "connect", refuse)
        kiosk.store.engine.dispose()
    assert "unable to open" in caught.value.detail
    assert kiosk.store.counts().total == 0
    assert kiosk.store.commit(sealed) == sealed.uuid  # the same tap again, once the file opens
    assert kiosk.store.personal(sealed.uuid) is not None and kiosk.store.counts().total == 1


def test_each_consent_is_stored_with_the_hash_of_the_wording_shown(kiosk: KioskContext, data_dir: Path) -> None:
    campaign = kiosk.campaign
    es = campaign.text("es")
    both = kiosk.store.record(valid_signer(campaign, 1, phone="+12135550101"), campaign, "es", False,
                              consent_sms=True)
    email_only = kiosk.store.record(valid_signer(campaign, 2), campaign, "es", True, consent_sms=True)
    conn = sqlite3.connect(database_path(data_dir))
    found = {uuid: rest for uuid, *rest in conn.execute(
        "SELECT uuid, consent_email, consent_email_sha256, consent_sms, consent_sms_sha256, consent_updates,"
        " consent_sha256 FROM signatures")}
    conn.close()
    assert found[both] == [0, es.consent_email_sha256, 1, es.consent_sms_sha256, 0, es.consent_email_sha256]
    # No phone: the text box was never shown, so no text consent and no text hash.
    assert found[email_only] == [1, es.consent_email_sha256, 0, None, 1, es.consent_email_sha256]
