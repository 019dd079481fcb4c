"""A seized tablet reveals nobody: planted canary names and emails are nowhere in the files."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.runtime import KioskContext, configure_logging
from kiosk.validation import SignerInput, validate_signer
from tests.support import drawn_signature, valid_signer

CANARY_GIVEN = "Quetzalcanary"
CANARY_FAMILY = "Ñandúzzyx"
CANARY_EMAIL = "zz.canary.7731@example.org"
CANARY_PHONE_DIGITS = "2135559876"
CANARY_ZIP = "90011"  # postal codes are kept in clear on purpose (tallies); not a canary


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode("utf-8")]


def files_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def test_canary_appears_in_no_database_wal_or_log_file(kiosk: KioskContext, data_dir: Path, tmp_path: Path) -> None:
    configure_logging(data_dir, verbose=True)
    # Even with SQL statement and parameter logging on, only sealed blobs and hashes are written.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    try:
        signer = valid_signer(kiosk.campaign, given_name=CANARY_GIVEN, family_name=CANARY_FAMILY,
                              email=CANARY_EMAIL, phone=f"({CANARY_PHONE_DIGITS[:3]}) {CANARY_PHONE_DIGITS[3:6]}-"
                              f"{CANARY_PHONE_DIGITS[6:]}")
        kiosk.store.record(signer, kiosk.campaign, "es", consent_updates=True)
        kiosk.store.record(signer, kiosk.campaign, "es", consent_updates=True)  # a repeat: a row of its own
        counts = kiosk.store.counts()
        assert (counts.total, counts.people) == (2, 1)  # issue 22: a signature more, the same person
        _, errors = validate_signer(SignerInput(CANARY_GIVEN, CANARY_FAMILY, CANARY_EMAIL + "@@", "", "9",
                                                "", drawn_signature()), kiosk.campaign)
        logging.getLogger("kiosk.test").warning("form refused: %s", errors)
        assert kiosk.store.personal(kiosk.store.all_uuids().__next__()) is not None
        # The WAL is inspected while the database is still open, before any checkpoint.
        wal = data_dir / "signatures.sqlite3-wal"
        assert wal.exists() and wal.stat().st_size > 0
        scanned = files_under(data_dir, tmp_path / "home")
        assert any(p.name == "kiosk.log" and p.stat().st_size > 0 for p in scanned)
        leaks = {
            str(path.relative_to(tmp_path)): secret
            for path in scanned
            for secret in (CANARY_GIVEN, CANARY_FAMILY, CANARY_EMAIL, "zz.canary.7731", CANARY_PHONE_DIGITS)
            if any(form in path.read_bytes() for form in encodings(secret))
        }
        assert leaks == {}
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", "").startswith(str(data_dir)):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_the_scan_would_catch_a_leak(data_dir: Path) -> None:
    # Guard against a vacuous test: the same scan finds the canary in a file that has it.
    (data_dir / "leak.log").write_text(f"oops {CANARY_EMAIL}", encoding="utf-8")
    assert any(CANARY_EMAIL.encode() in p.read_bytes() for p in files_under(data_dir))
