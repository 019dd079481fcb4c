"""The ledger of signatures: seal one, commit it durably, and the repeat check inside that commit.

This is the one place that writes signatures. :meth:`Ledger.commit` is one ``BEGIN IMMEDIATE``
… ``COMMIT`` on a WAL database with ``synchronous=FULL``: when it returns, the signature
survives a crash or power cut, so only then may the screen say "thank you".

A repeat signer (the same full name with the same email or phone, see kiosk/contact_keys.py)
is told nothing different: the commit stores their signature as a row of its own, like
anyone's, marked ``repeat`` (issue 22). So every count a signer or a passer-by sees
(signatures) moves by one for every "thank you", the same work is done either way (one look-up,
one insert of the same size), and neither a screen, a count nor a delay says whether a contact
already signed. The coordinator's figure of people counts the rows not marked ``repeat``; the
outbox never sends a repeat upstream on its own (sync/client/engine.py).

The commit is on the signer's path after the tap, where the CPU spent around SQLite is what a
fast disk leaves to wait for: it runs on the driver's connection (checked out of the engine's
pool, so a disposed engine and its connect hooks hold), with statements written once and kept
prepared by the driver's statement cache. SQLAlchemy's execution layer cost three times the
statements themselves (tests/bench/test_record_bench.py).
"""

from __future__ import annotations

import functools
import sqlite3
import uuid as uuid_module
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, cast

from sqlalchemy import Table, bindparam, exists, insert, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine.interfaces import DBAPICursor
from sqlalchemy.exc import OperationalError

from kiosk.campaign import Campaign
from kiosk.clock import utcnow
from kiosk.consent import consent_answers
from kiosk.models import SignatureRecord, SyncState
from kiosk.signature import Consent, Person, PersonalData, encode_payload
from kiosk.store_database import StoreDatabase, storage_error
from kiosk.store_keys import StoreKeys
from kiosk.validation import CleanSigner

_TABLE = cast(Table, SignatureRecord.__table__)
# The insert's columns, in one place: a new pending row (see Ledger.row).
_ROW_COLUMNS = ("uuid", "campaign_id", "event_id", "kiosk_id", "kiosk_label", "signed_at", "language",
                "consent_updates", "consent_sha256", "consent_email", "consent_email_sha256", "consent_sms",
                "consent_sms_sha256", "postal_code", "has_drawing", "sealed", "email_hash", "phone_hash",
                "repeat", "state", "attempts")
# Compiled once to SQLite's text with named parameters, for the driver's cursor.
_DIALECT = sqlite.dialect(paramstyle="named")
_INSERT_SQL = str(insert(_TABLE).values({c: bindparam(c) for c in _ROW_COLUMNS}).compile(dialect=_DIALECT))


@functools.cache
def _repeat_sql(emails: int, phones: int) -> str:
    """The repeat check for this many email and phone hashes (one per live contact key, usually one).

    Each contact given is one ``EXISTS`` walking its own index ((campaign_id, email_hash) or
    (campaign_id, phone_hash)). Written as one ``campaign AND (email OR phone)`` SQLite walks
    every row of the campaign instead, longer for a new signer than for a repeat; an empty
    ``IN ()`` for a contact not given is left out for the same reason. Each is its own column,
    so both are looked up, whether the first finds a row or not.
    """
    in_campaign = _TABLE.c.campaign_id == bindparam("campaign_id")
    by = [exists().where(in_campaign, column.in_([bindparam(f"{column.name}{i}") for i in range(n)]))
          for column, n in ((_TABLE.c.email_hash, emails), (_TABLE.c.phone_hash, phones)) if n]
    return str(select(*by).compile(dialect=_DIALECT))


@dataclass(frozen=True)
class SealedSignature:
    """A signature ready to commit: its UUID, clear columns, sealed blob and contact hashes."""

    uuid: str
    campaign_id: str
    language: str
    consent: Consent  # each box's answer and the hash of the wording shown
    postal_code: str
    has_drawing: bool
    sealed: bytes
    email_hash: str | None
    phone_hash: str | None
    # The contacts hashed under every live contact key: what the repeat check looks for.
    email_candidates: tuple[str, ...] = ()
    phone_candidates: tuple[str, ...] = ()


def _found_repeat(cursor: DBAPICursor, campaign_id: str, emails: Sequence[str], phones: Sequence[str]) -> bool:
    """Whether a row of the campaign holds one of these contact hashes (one look-up)."""
    if not (emails or phones):
        return False
    params = {"campaign_id": campaign_id}
    params.update((f"email_hash{i}", value) for i, value in enumerate(emails))
    params.update((f"phone_hash{i}", value) for i, value in enumerate(phones))
    return any(cursor.execute(_repeat_sql(len(emails), len(phones)), params).fetchone())


def _person_of(signer: CleanSigner) -> Person:
    """The sealed person of a validated signer (the postal code stays in clear)."""
    return Person(signer.given_name, signer.family_name, signer.email, signer.phone, signer.address)


class Ledger:
    """Seals signatures and commits them, one durable transaction each (or one per batch)."""

    def __init__(self, database: StoreDatabase, keys: StoreKeys) -> None:
        self._db = database
        self._keys = keys
        # The column type's own conversion (aware UTC to SQLite's text), as the ORM writes it.
        processor = _TABLE.c.signed_at.type.bind_processor(database.engine.dialect)
        self._signed_at: Callable[[datetime], Any] = processor or (lambda value: value)

    def seal(self, signer: CleanSigner, campaign: Campaign, language: str, consent_updates: bool,
             record_id: str | None = None, consent_sms: bool = False) -> SealedSignature:
        """Everything about a signature that needs no database: its UUID, the sealed personal
        fields, the consent answers and the contact hashes.

        ``consent_updates`` is the email-updates box, ``consent_sms`` the text-message box.

        Pure work on values, so it can run before the signer taps "Sign" (when the review
        shows); :meth:`commit` is then only the durable transaction.
        """
        record_id = record_id or str(uuid_module.uuid4())
        payload = encode_payload(PersonalData.of(_person_of(signer), signer.signature))
        consent = consent_answers(campaign, language, signer.phone, consent_updates, consent_sms)
        has_drawing = signer.signature is not None
        public = self._keys.public_sealer(campaign)
        if public is not None:
            # Sealed mode: no contact hash on the tablet (the hub finds repeat signers after
            # opening the record), so every commit stores a row, repeat or not.
            return SealedSignature(record_id, campaign.id, language, consent, signer.postal_code, has_drawing,
                                   public.seal(record_id, payload), email_hash=None, phone_hash=None)
        with self._keys.contact_lock:
            email_hash, phone_hash = self._keys.contact_hashes(signer)
            emails, phones = self._keys.repeat_candidates(signer)
        return SealedSignature(record_id, campaign.id, language, consent, signer.postal_code, has_drawing,
                               self._keys.sealer.seal(record_id, payload), email_hash=email_hash,
                               phone_hash=phone_hash, email_candidates=tuple(emails), phone_candidates=tuple(phones))

    def commit(self, sealed: SealedSignature, event_id: int | None = None, kiosk_label: str = "",
               signed_at: datetime | None = None) -> str:
        """Durably store a sealed signature; return its UUID once committed.

        One ``BEGIN IMMEDIATE`` … ``COMMIT``: the repeat-signer check and one write. A repeat
        signer (the same full name with the same email or phone, in the same campaign) gets a
        row like anyone's, marked ``repeat`` and without contact hashes (the first row holds
        them): the same look-up and one insert of the same size either way, so neither the
        screens, the count of signatures nor the timing tell whether a contact signed before.
        Raises :class:`StorageError` when the disk refuses the write (then nothing was stored
        and the signer may try again).
        """
        row = self.row(sealed, event_id, kiosk_label, signed_at or utcnow())

        def write(cursor: DBAPICursor) -> None:
            if _found_repeat(cursor, sealed.campaign_id, sealed.email_candidates, sealed.phone_candidates):
                row.update(repeat=True, email_hash=None, phone_hash=None)
            cursor.execute(_INSERT_SQL, row)

        self._transaction(write)
        return sealed.uuid

    def commit_batch(self, items: Sequence[tuple[SealedSignature, int | None, str, datetime]]) -> int:
        """Store many sealed signatures in one transaction; repeats are skipped. Returns how many were added.

        Each item is ``(sealed, event_id, kiosk_label, signed_at)``. Only for synthetic or
        imported data: a live signer always gets :meth:`commit` and its own durable commit
        before "thank you".
        """
        added = 0

        def write(cursor: DBAPICursor) -> None:
            nonlocal added
            for sealed, event_id, kiosk_label, signed_at in items:
                # Row by row, so the next item's repeat check sees this one.
                if not _found_repeat(cursor, sealed.campaign_id, sealed.email_candidates, sealed.phone_candidates):
                    cursor.execute(_INSERT_SQL, self.row(sealed, event_id, kiosk_label, signed_at))
                    added += 1

        self._transaction(write)
        self._db.checkpoint()
        return added

    def _transaction(self, write: Callable[[DBAPICursor], None]) -> None:
        """``write`` inside one ``BEGIN IMMEDIATE`` … ``COMMIT`` on the writer's driver connection.

        The contact lock keeps retire_contact_keys() from judging keys while a row's hashes are
        on their way in. (A key retired between seal() and here, by a purge that left it
        covering nothing, only means this row is not found by later repeat checks.)
        """
        try:
            with self._keys.contact_lock:
                connection = self._db.engine.raw_connection()
                try:
                    cursor = connection.cursor()
                    cursor.execute("BEGIN IMMEDIATE")
                    try:
                        write(cursor)
                        cursor.execute("COMMIT")
                    except BaseException:
                        with suppress(sqlite3.Error):  # SQLite may have rolled back already (a full disk)
                            cursor.execute("ROLLBACK")
                        raise
                finally:
                    connection.close()  # back to the pool
        except (sqlite3.OperationalError, OperationalError) as exc:  # the latter: a new connection refused
            raise storage_error(exc) from None

    def is_repeat_signer(self, signer: CleanSigner, campaign_id: str) -> bool:
        """Whether this person (full name with email or phone) is stored (audits and tests only).

        Never asked on the way to "thank you": what a screen shows must not depend on it.
        """
        emails, phones = self._keys.repeat_candidates(signer)
        connection = self._db.read_engine.raw_connection()
        try:
            return _found_repeat(connection.cursor(), campaign_id, emails, phones)
        finally:
            connection.close()

    def row(self, sealed: SealedSignature, event_id: int | None, kiosk_label: str,
            signed_at: datetime) -> dict[str, object]:
        """The insert's parameters: a new pending row."""
        consent = sealed.consent
        return {
            "uuid": sealed.uuid, "campaign_id": sealed.campaign_id, "event_id": event_id or None,
            "kiosk_id": self._db.kiosk_id, "kiosk_label": kiosk_label, "signed_at": self._signed_at(signed_at),
            "language": sealed.language,
            # consent_updates/consent_sha256 are the first release's columns: the email box.
            "consent_updates": consent.email, "consent_sha256": consent.email_text_sha256 or "",
            "consent_email": consent.email, "consent_email_sha256": consent.email_text_sha256,
            "consent_sms": consent.sms, "consent_sms_sha256": consent.sms_text_sha256,
            "postal_code": sealed.postal_code,
            "has_drawing": sealed.has_drawing, "sealed": sealed.sealed, "email_hash": sealed.email_hash,
            "phone_hash": sealed.phone_hash, "repeat": False, "state": SyncState.PENDING.value, "attempts": 0,
        }


@dataclass(frozen=True)
class PendingSignature:
    """One signature to record in a batch (synthetic data, imports)."""

    signer: CleanSigner
    language: str
    consent_updates: bool
    event_id: int | None
    signed_at: datetime
    kiosk_label: str = ""
    consent_sms: bool = False


class BatchWriter(Protocol):
    """What :func:`record_batch` needs: a :class:`Ledger`, or the store that holds one."""

    def seal(self, signer: CleanSigner, campaign: Campaign, language: str, consent_updates: bool,
             record_id: str | None = None, consent_sms: bool = False) -> SealedSignature: ...

    def commit_batch(self, items: Sequence[tuple[SealedSignature, int | None, str, datetime]]) -> int: ...


def record_batch(ledger: BatchWriter, campaign: Campaign, items: list[PendingSignature]) -> int:
    """Record many signatures in one transaction; repeats are skipped. Returns how many were added.

    Only for synthetic or imported data: a live signer always gets :meth:`Ledger.commit`
    and its own durable commit before "thank you".
    """
    # Sealed before the transaction: the write lock is held for the inserts alone.
    return ledger.commit_batch(
        [(ledger.seal(item.signer, campaign, item.language, item.consent_updates, consent_sms=item.consent_sms),
          item.event_id, item.kiosk_label, item.signed_at) for item in items])
