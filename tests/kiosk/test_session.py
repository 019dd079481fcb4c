"""The Qt-free signing session: each step answers with a typed outcome a screen can show."""

from __future__ import annotations

import sqlite3

import kiosk.database as database
from kiosk.errors import FieldError
from kiosk.runtime import KioskContext
from kiosk.session import OutcomeKind, Placement, SigningSession
from kiosk.validation import SignerInput
from tests.support import drawn_signature

TYPED = SignerInput("Ana", "Muñoz", "ana@example.org", "", "90011")
SIGNED = SignerInput("Ana", "Muñoz", "ana@example.org", "", "90011", signature=drawn_signature())
SPANISH = Placement("es", consent_updates=True)


def test_leaving_the_form_checks_the_typed_fields_without_a_drawing(kiosk: KioskContext) -> None:
    session = SigningSession(kiosk)
    assert session.leave_form(TYPED).kind is OutcomeKind.READY
    bad = session.leave_form(SignerInput("", "Muñoz", "not-an-email", "", "9001"))
    assert bad.kind is OutcomeKind.FIELDS_INVALID
    assert dict(bad.field_errors) == {"given_name": FieldError.REQUIRED, "email": FieldError.INVALID_EMAIL,
                                      "postal_code": FieldError.INVALID_POSTAL_CODE}
    assert kiosk.store.counts().total == 0


def test_a_missing_drawing_sends_the_signer_back_to_the_pad(kiosk: KioskContext) -> None:
    session = SigningSession(kiosk)
    assert session.leave_signature(TYPED).kind is OutcomeKind.SIGNATURE_MISSING
    assert session.submit(TYPED, SPANISH).kind is OutcomeKind.SIGNATURE_MISSING
    assert session.leave_signature(SIGNED).kind is OutcomeKind.READY


def test_review_then_tap_saves_once_with_the_language_at_the_tap(kiosk: KioskContext) -> None:
    session = SigningSession(kiosk)
    assert session.review(SIGNED, Placement("en", consent_updates=False)).kind is OutcomeKind.READY
    assert kiosk.store.counts().total == 0  # sealed, not stored: only the tap stores
    saved = session.submit(SIGNED, SPANISH)  # the signer switched to Spanish and ticked the box on the review
    assert saved.kind is OutcomeKind.SAVED and saved.first_name == "Ana"
    with sqlite3.connect(kiosk.store.path) as conn:
        language, consent = conn.execute("SELECT language, consent_updates FROM signatures WHERE uuid = ?",
                                         (saved.record_id,)).fetchone()
    assert (language, consent) == ("es", 1)
    personal = kiosk.store.personal(saved.record_id)
    assert personal is not None and personal.email == "ana@example.org"


def test_a_repeat_signer_walks_the_same_steps_and_is_counted_once(kiosk: KioskContext) -> None:
    # Issue 13: the form no longer says "already signed" (a membership oracle); the repeat
    # signer is thanked like anyone and the store keeps the first signature only.
    first = SigningSession(kiosk).submit(SIGNED, SPANISH)
    assert first.kind is OutcomeKind.SAVED
    again = SigningSession(kiosk)
    assert again.leave_form(TYPED).kind is OutcomeKind.READY
    assert again.leave_signature(SIGNED).kind is OutcomeKind.READY
    assert again.review(SIGNED, SPANISH).kind is OutcomeKind.READY
    repeat = again.submit(SIGNED, SPANISH)
    assert (repeat.kind, repeat.first_name) == (OutcomeKind.SAVED, first.first_name)
    # Issue 22: the repeat is a signature of its own (the signatures move), one person still.
    counts = kiosk.store.counts()
    assert (counts.people, counts.total) == (1, 2)


def test_a_refused_write_keeps_everything_for_a_retry(kiosk: KioskContext) -> None:
    session = SigningSession(kiosk)
    session.review(SIGNED, SPANISH)
    with sqlite3.connect(kiosk.store.path) as conn:  # another program holds the write lock
        conn.execute("PRAGMA busy_timeout=0")
        conn.execute("BEGIN IMMEDIATE")
        kiosk.store.engine.dispose()  # the next connection waits 1 ms for the lock, not 10 s
        previous = database.BUSY_TIMEOUT_MS
        database.BUSY_TIMEOUT_MS = 1
        try:
            refused = session.submit(SIGNED, SPANISH)
        finally:
            database.BUSY_TIMEOUT_MS = previous
        conn.rollback()
    assert refused.kind is OutcomeKind.NOT_SAVED and refused.error_code == "storage_error"
    kiosk.store.engine.dispose()
    assert session.submit(SIGNED, SPANISH).kind is OutcomeKind.SAVED
    assert kiosk.store.counts().total == 1
