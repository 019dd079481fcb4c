"""The signature store: seals, deduplicates and durably records signatures.

This is the one place that writes signatures. A call to :meth:`SignatureStore.record` is
one ``BEGIN IMMEDIATE`` … ``COMMIT`` on a WAL database with ``synchronous=FULL``: when it
returns, the signature survives a crash or power cut, so only then may the screen say
"thank you".

A repeat signer (the same full name with the same email or phone, see kiosk/contact_keys.py)
is told nothing different: :meth:`SignatureStore.commit` stores their signature as a row of its
own, like anyone's, marked ``repeat`` (issue 22). So every count a signer or a passer-by sees
(signatures) moves by one for every "thank you", the same work is done either way (one look-up,
one insert of the same size), and neither a screen, a count nor a delay says whether a contact
already signed. The coordinator's figure of people counts the rows not marked ``repeat``; the
outbox never sends a repeat upstream on its own (sync/engine.py).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import uuid as uuid_module
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Table,
    and_,
    bindparam,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from kiosk.campaign import Campaign
from kiosk.clock import utcnow
from kiosk.consent import consent_answers
from kiosk.contact_keys import KEY_ID_CHARS, SEPARATOR, ContactKey, ContactKeyRing, person_contact
from kiosk.crypto import Sealer, new_data_key
from kiosk.database import BUSY_TIMEOUT_MS, checkpoint_truncate, make_engine, migrate, verify_durability
from kiosk.errors import KeyMismatch, StorageError
from kiosk.hpke_seal import PublicSealer, SealedForHub, is_hub_sealed
from kiosk.models import (
    NOT_SENT_WIPED,
    PURGE_RULE_WIPE,
    EventRecord,
    MetaEntry,
    PurgeLogEntry,
    SignatureRecord,
    SyncState,
)
from kiosk.paths import database_path
from kiosk.secrets import ContactKeyStore, DataKeyStore
from kiosk.settings import RetentionMode
from kiosk.signature import Consent, Person, PersonalData, decode_payload, encode_payload
from kiosk.trust import SOURCE_CAMPAIGN, SOURCE_HUB, SealingTrust
from kiosk.validation import CleanSigner

log = logging.getLogger(__name__)
META_KIOSK_ID = "kiosk_id"
META_KEY_CHECK = "key_check"
# SQLite's own automatic checkpoint threshold (1,000 pages of 4 KiB), kept, but run outside a commit.
WAL_CHECKPOINT_BYTES = 1000 * 4096

_TABLE = cast(Table, SignatureRecord.__table__)
# Compiled once and cached by SQLAlchemy: the record path builds no statement per signature.
_INSERT = insert(_TABLE)
# A contact is looked for under every live contact key (usually one), see kiosk/contact_keys.py.
_BY_EMAIL = _TABLE.c.email_hash.in_(bindparam("email_hashes", expanding=True))
_BY_PHONE = _TABLE.c.phone_hash.in_(bindparam("phone_hashes", expanding=True))
# One statement per combination of contact details given, so each walks its own index:
# "email IN (...) OR phone IN ()" would make SQLite scan every row of the campaign.
_REPEAT = {
    (has_email, has_phone): select(_TABLE.c.uuid).where(_TABLE.c.campaign_id == bindparam("campaign_id"), by).limit(1)
    for has_email, has_phone, by in ((True, False, _BY_EMAIL), (False, True, _BY_PHONE),
                                     (True, True, or_(_BY_EMAIL, _BY_PHONE)))
}
# The outbox moves a row only out of "pending".
_STILL_PENDING = (_TABLE.c.uuid == bindparam("b_uuid"), _TABLE.c.state == SyncState.PENDING.value)
_MARK_SYNCED = update(_TABLE).where(*_STILL_PENDING).values(
    state=SyncState.SYNCED.value, server_receipt=bindparam("b_receipt"), synced_at=bindparam("b_now"),
    last_error=None, next_attempt_at=None, attempts=_TABLE.c.attempts + 1)
# synced_at is when the server's final answer came, a refusal too: retention times both from it.
_MARK_REJECTED = update(_TABLE).where(*_STILL_PENDING).values(
    state=SyncState.REJECTED.value, last_error=bindparam("b_code"), synced_at=bindparam("b_now"),
    next_attempt_at=None,
    attempts=_TABLE.c.attempts + 1)
_MARK_NOT_SENT = update(_TABLE).where(*_STILL_PENDING).values(
    state=SyncState.NOT_SENT.value, last_error=bindparam("b_code"), next_attempt_at=None)
_MARK_RETRY = update(_TABLE).where(*_STILL_PENDING).values(
    last_error=bindparam("b_code"), next_attempt_at=bindparam("b_next"), attempts=_TABLE.c.attempts + 1)
_META_TABLE = cast(Table, MetaEntry.__table__)
_PURGE_LOG = cast(Table, PurgeLogEntry.__table__)
_PURGE_LABEL_MAX = 100  # purge_log.kiosk_label's width
_UPSERT_META = sqlite_insert(_META_TABLE).on_conflict_do_update(
    index_elements=[_META_TABLE.c.key], set_={"value": sqlite_insert(_META_TABLE).excluded.value})
# Set once every hash is under a contact key and covers the name with the contact: the first
# release's hashes (under a key derived from the data key) and contact-keys-v1's (the contact
# alone, which turned a family sharing a phone away) are re-made once.
META_CONTACT_HASHES = "contact_hashes"
CONTACT_HASHES_KEYED = "contact-keys-v2-name"
# Where the first release of issue 13 wrote a repeat signer's pad instead of a row; a repeat is
# a row of its own now, and the panic wipe still removes a pad an older version left.
META_COMMIT_PAD = "commit_pad"
# The hub's HPKE public key (base64), written by pairing: while set, records are sealed to it
# (sealed mode, kiosk/hpke_seal.py). Public, so not a secret; kept in the database rather than
# a file beside it so that deleting one file cannot quietly switch a tablet back to solo mode.
META_SEALING_KEY = "sealing.public_key"


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


@dataclass(frozen=True)
class Retry:
    """A record to try again later, with a code saying why (never personal data)."""

    code: str
    next_attempt_at: datetime


@dataclass(frozen=True)
class Counts:
    """How many signatures there are, by sync state."""

    total: int = 0  # signatures: one for every "thank you", repeats included
    pending: int = 0
    synced: int = 0
    rejected: int = 0
    not_sent: int = 0  # kept here, never sent upstream (no contact details for the target)
    # People (a repeat signer once): for the coordinator's eyes only (admin area, reports).
    # In sealed mode the tablet cannot tell repeats (the hub does), so it equals ``total``.
    people: int = 0


@dataclass(frozen=True)
class EventInfo:
    """An event as shown to coordinators, with its signature count."""

    id: int
    name: str
    place: str
    date: str
    canvasser: str
    count: int


def _person_of(signer: CleanSigner) -> Person:
    """The sealed person of a validated signer (the postal code stays in clear)."""
    return Person(signer.given_name, signer.family_name, signer.email, signer.phone, signer.address)


def _person(signer: CleanSigner, contact: str) -> str:
    """One contact detail of a signer together with their full name: what a hash covers."""
    return person_contact(signer.given_name, signer.family_name, contact)


def _no_automatic_checkpoint(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")


def _operational(exc: DatabaseError) -> StorageError:
    # The driver's message names the failure ("disk is full", "database is locked"), never
    # row contents; keep only its first line.
    reason = str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__
    return StorageError(reason)


class SignatureStore:
    """Open a kiosk database: migrate it, check durability, and hold the data key."""

    def __init__(self, data_dir: Path, key_store_kind: str = "keyring") -> None:
        self.data_dir = data_dir
        self.path = database_path(data_dir)
        try:
            # Writes (signing, sync results) go through ``engine``; reads that may be long
            # (counts, exports) through ``read_engine`` so they never block a signer.
            self.engine: Engine = make_engine(self.path)
            # No checkpoint inside a signer's commit: copying the WAL back and fsyncing the
            # database file is work that can wait until after "thank you" (see checkpoint()).
            event.listen(self.engine, "connect", _no_automatic_checkpoint)
            self.read_engine: Engine = make_engine(self.path, writer=False)
            migrate(self.engine)
            verify_durability(self.engine)
            self.kiosk_id = self._ensure_kiosk_id()
        except DatabaseError as exc:  # also "file is not a database": a damaged or foreign file
            raise _operational(exc) from None
        self._key_store = DataKeyStore(key_store_kind, data_dir)
        self._sealer: Sealer | None = None
        self._contact_store = ContactKeyStore(key_store_kind, data_dir)
        self._contact_ring: ContactKeyRing | None = None
        # Held while a contact key is chosen and its hashes committed, and while keys are
        # retired: a key is never destroyed between hashing a signer and storing the row.
        self._contact_lock = threading.RLock()
        # Set when a purge's TRUNCATE checkpoint had to give way to a reader: the WAL may still
        # hold purged pages, so the next purge checkpoints even if it purges nothing.
        self._truncate_owed = False
        self._public_sealer: PublicSealer | None = None
        # The sealing key's pin lives in the key store (kiosk/trust.py), checked before every seal.
        self._sealing_trust = SealingTrust(key_store_kind, data_dir, self.kiosk_id)

    # -- keys -------------------------------------------------------------------------

    @property
    def sealer(self) -> Sealer:
        """The sealer for this database's key, loaded (or created once) on first use."""
        if self._sealer is None:
            self._sealer = self._load_sealer()
        return self._sealer

    def sealing_key(self, campaign: Campaign | None = None) -> str:
        """The public key new records are sealed to ("" in solo mode): the paired hub's, else the campaign's.

        Read from the database on each call, so a pairing made by another process (the
        ``pair`` command beside a running kiosk) takes effect at the next signer.
        """
        return self.get_meta(META_SEALING_KEY) or (campaign.sealing_public_key if campaign else "")

    def sealed_mode(self, campaign: Campaign | None = None) -> bool:
        """Whether new records are sealed to a key this tablet does not hold."""
        return bool(self.sealing_key(campaign))

    def set_sealing_key(self, public_b64: str, hub_certificate_sha256: str = "",
                        signer_certificate_sha256: str = "", relay_certificate_sha256: str = "") -> None:
        """Keep the hub's HPKE public key (checked first): from now on new records are sealed to it.

        Pinned in the key store first (with the certificates that vouched for it at pairing),
        then written to the database: there is never a row without its pin. Records already
        waiting keep their solo seal and sync as they are.
        """
        PublicSealer(public_b64)  # raises BadPublicKey before anything is stored
        self._sealing_trust.pin(public_b64, SOURCE_HUB, hub_certificate_sha256, signer_certificate_sha256,
                                relay_certificate_sha256)
        self.set_meta(META_SEALING_KEY, public_b64)

    def check_sealing_key(self, campaign: Campaign) -> None:
        """Raise (kiosk/trust.py) unless the key new records would be sealed to is the pinned one."""
        self._sealer_for(campaign)

    def _sealer_for(self, campaign: Campaign) -> PublicSealer | None:
        paired_key = self.get_meta(META_SEALING_KEY)
        key = paired_key or campaign.sealing_public_key
        # Before every seal: a key swapped (or removed) on the disk never gets a signature.
        self._sealing_trust.check(key, SOURCE_HUB if paired_key else SOURCE_CAMPAIGN)
        if not key:
            return None
        cached = self._public_sealer
        if cached is None or cached.public_b64 != key:
            cached = self._public_sealer = PublicSealer(key)
        return cached

    def ensure_key(self) -> None:
        """Load the data key and contact keys now: raises if collection cannot safely start."""
        _ = self.sealer
        _ = self._ring

    # -- contact keys (repeat-signer hashes; see kiosk/contact_keys.py) ----------------------

    @property
    def _ring(self) -> ContactKeyRing:
        with self._contact_lock:
            if self._contact_ring is None:
                entries = self._contact_store.load(self.kiosk_id)
                self._contact_ring = ContactKeyRing(ContactKey.from_json(e) for e in entries)
                self._forget_first_release_hashes()
                self.retire_contact_keys()
            return self._contact_ring

    def _save_ring(self, ring: ContactKeyRing) -> None:
        self._contact_store.replace(self.kiosk_id, [k.to_json() for k in ring.keys])

    def _current_contact_key(self) -> ContactKey:
        ring = self._ring
        now = utcnow()
        key = ring.current(now)
        if key is None:
            key = ring.start_new(now)
            self._save_ring(ring)  # stored before any hash made with it reaches the database
        return key

    def retire_contact_keys(self) -> int:
        """Destroy every contact key no stored hash was made with (after a purge, at start).

        Returns how many keys were destroyed.
        """
        with self._contact_lock:
            ring = self._contact_ring
            if ring is None or not ring.keys:
                return 0
            query = (select(func.substr(SignatureRecord.email_hash, 1, KEY_ID_CHARS))
                     .where(func.substr(SignatureRecord.email_hash, KEY_ID_CHARS + 1, len(SEPARATOR)) == SEPARATOR)
                     .union(select(func.substr(SignatureRecord.phone_hash, 1, KEY_ID_CHARS))
                            .where(func.substr(SignatureRecord.phone_hash, KEY_ID_CHARS + 1, len(SEPARATOR))
                                   == SEPARATOR)))
            with Session(self.read_engine) as session:
                in_use = {str(v) for v in session.scalars(query)}
            before = len(ring.keys)
            if ring.retire(in_use):
                self._save_ring(ring)
            return before - len(ring.keys)

    def _forget_first_release_hashes(self) -> None:
        """Re-make older hashes once: erased on purged rows, re-made (name with contact) on the others.

        The first release kept them under a key derived from the data key, which lives as
        long as any record, so a purged signer's phone could be brute-forced for ever; the
        next hashed the contact alone, so a second person on a family's phone was turned away.
        """
        if self.get_meta(META_CONTACT_HASHES) == CONTACT_HASHES_KEYED:
            return
        # Every row holding a hash or its data: contact-keys-v1 hashed the contact alone.
        old = or_(SignatureRecord.email_hash.is_not(None), SignatureRecord.phone_hash.is_not(None))
        with Session(self.engine) as session, session.begin():
            rows = session.execute(select(SignatureRecord.uuid, SignatureRecord.sealed).where(old)).all()
            if rows:
                key = self._current_contact_key()
                for record_id, sealed in rows:
                    email_hash = phone_hash = None
                    if sealed is not None:
                        p = self.open_sealed(record_id, sealed)
                        email_hash = (key.hash("email", person_contact(p.given_name, p.family_name, p.email))
                                      if p.email else None)
                        phone_hash = (key.hash("phone", person_contact(p.given_name, p.family_name, p.phone))
                                      if p.phone else None)
                    session.execute(update(SignatureRecord).where(SignatureRecord.uuid == record_id)
                                    .values(email_hash=email_hash, phone_hash=phone_hash))
            session.merge(MetaEntry(key=META_CONTACT_HASHES, value=CONTACT_HASHES_KEYED))

    def _load_sealer(self) -> Sealer:
        key = self._key_store.load(self.kiosk_id)
        check = self.get_meta(META_KEY_CHECK)
        if key is None:
            if check is not None:
                # Records exist under a key we no longer have: never start a second key
                # silently, or the old records would be unreadable forever.
                raise KeyMismatch("data key missing")
            key = new_data_key()
            self._key_store.save(self.kiosk_id, key)
            sealer = Sealer(key)
            self.set_meta(META_KEY_CHECK, sealer.key_check)
            return sealer
        sealer = Sealer(key)
        if check is None:
            self.set_meta(META_KEY_CHECK, sealer.key_check)
        elif check != sealer.key_check:
            raise KeyMismatch("data key does not match")
        return sealer

    # -- meta ---------------------------------------------------------------------------

    def _ensure_kiosk_id(self) -> str:
        with Session(self.engine) as session, session.begin():
            entry = session.get(MetaEntry, META_KIOSK_ID)
            if entry is None:
                entry = MetaEntry(key=META_KIOSK_ID, value=str(uuid_module.uuid4()))
                session.add(entry)
            return entry.value

    def get_meta(self, key: str) -> str | None:
        """A metadata value, or None."""
        with Session(self.read_engine) as session:
            entry = session.get(MetaEntry, key)
            return entry.value if entry else None

    def set_meta(self, key: str, value: str) -> None:
        """Durably set a metadata value."""
        with Session(self.engine) as session, session.begin():
            session.merge(MetaEntry(key=key, value=value))

    # -- recording ------------------------------------------------------------------------

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
        public = self._sealer_for(campaign)
        if public is not None:
            # Sealed mode: no contact hash on the tablet (the hub finds repeat signers after
            # opening the record), so every commit stores a row, repeat or not.
            return SealedSignature(
                uuid=record_id, campaign_id=campaign.id, language=language,
                consent=consent_answers(campaign, language, signer.phone, consent_updates, consent_sms),
                postal_code=signer.postal_code, has_drawing=signer.signature is not None,
                sealed=public.seal(record_id, payload), email_hash=None, phone_hash=None)
        with self._contact_lock:
            email_hash, phone_hash = self._contact_hashes(signer)
            emails, phones = self._repeat_candidates(signer)
        return SealedSignature(
            uuid=record_id,
            campaign_id=campaign.id,
            language=language,
            consent=consent_answers(campaign, language, signer.phone, consent_updates, consent_sms),
            postal_code=signer.postal_code,
            has_drawing=signer.signature is not None,
            sealed=self.sealer.seal(record_id, payload),
            email_hash=email_hash,
            phone_hash=phone_hash,
            email_candidates=tuple(emails),
            phone_candidates=tuple(phones),
        )

    def commit(self, sealed: SealedSignature, event_id: int | None = None, kiosk_label: str = "",
               signed_at: datetime | None = None) -> str:
        """Durably store a sealed signature; return its UUID once committed.

        One ``BEGIN IMMEDIATE`` … ``COMMIT``: the repeat-signer check and one write, as plain
        Core statements compiled once (the ORM's unit of work cost more than the fsync). A
        repeat signer (the same full name with the same email or phone, in the same campaign)
        gets a row like anyone's, marked ``repeat`` and without contact hashes (the first row
        holds them): the same look-up and one insert of the same size either way, so neither
        the screens, the count of signatures nor the timing tell whether a contact signed before.
        Raises :class:`StorageError` when the disk refuses the write (then nothing was stored
        and the signer may try again).
        """
        row = self._row(sealed, event_id, kiosk_label, signed_at or utcnow())
        try:
            # The contact lock keeps retire_contact_keys() from judging keys while this row's
            # hashes are on their way in. (A key retired between seal() and here, by a purge that
            # left it covering nothing, only means this row is not found by later repeat checks.)
            with self._contact_lock, self.engine.begin() as connection:
                if self._is_repeat(connection, sealed.campaign_id, sealed.email_candidates,
                                   sealed.phone_candidates):
                    row.update(repeat=True, email_hash=None, phone_hash=None)
                connection.execute(_INSERT, row)
        except OperationalError as exc:
            raise _operational(exc) from None
        return sealed.uuid

    def commit_batch(self, items: Sequence[tuple[SealedSignature, int | None, str, datetime]]) -> int:
        """Store many sealed signatures in one transaction; repeats are skipped. Returns how many were added.

        Each item is ``(sealed, event_id, kiosk_label, signed_at)``. Only for synthetic or
        imported data: a live signer always gets :meth:`commit` and its own durable commit
        before "thank you".
        """
        added = 0
        try:
            with self._contact_lock, self.engine.begin() as connection:
                for sealed, event_id, kiosk_label, signed_at in items:
                    # Row by row, so the next item's repeat check sees this one.
                    if self._is_repeat(connection, sealed.campaign_id, sealed.email_candidates,
                                       sealed.phone_candidates):
                        continue
                    connection.execute(_INSERT, self._row(sealed, event_id, kiosk_label, signed_at))
                    added += 1
        except OperationalError as exc:
            raise _operational(exc) from None
        self.checkpoint()
        return added

    def checkpoint(self) -> None:
        """Copy committed pages from the WAL back into the database file once the WAL is big.

        SQLite would do this inside whichever commit crosses its threshold (1,000 pages),
        fsyncing the database file while a signer waits; the writer here never does it inside a
        commit. The kiosk calls this once "thank you" is on screen, and the bulk writers (sync
        results, batches, purges) after their own commits. PASSIVE: it never waits for readers.
        A failure is harmless (the WAL keeps everything) and is left for the next call.
        """
        wal = self.path.with_name(self.path.name + "-wal")
        try:
            if wal.stat().st_size < WAL_CHECKPOINT_BYTES:
                return
            # On the driver's connection, outside any transaction: SQLite cannot checkpoint inside one.
            raw = self.engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                raw.close()
        except (OSError, sqlite3.Error, OperationalError):
            pass

    def record(
        self,
        signer: CleanSigner,
        campaign: Campaign,
        language: str,
        consent_updates: bool,
        event_id: int | None = None,
        kiosk_label: str = "",
        signed_at: datetime | None = None,
        record_id: str | None = None,
        consent_sms: bool = False,
    ) -> str:
        """:meth:`seal`, :meth:`commit` and :meth:`checkpoint` in one call (tools, tests, imports)."""
        sealed = self.seal(signer, campaign, language, consent_updates, record_id, consent_sms)
        record_id = self.commit(sealed, event_id, kiosk_label, signed_at)
        self.checkpoint()
        return record_id

    def _row(self, sealed: SealedSignature, event_id: int | None, kiosk_label: str,
             signed_at: datetime) -> dict[str, object]:
        """The insert's parameters: a new pending row."""
        consent = sealed.consent
        return {
            "uuid": sealed.uuid, "campaign_id": sealed.campaign_id, "event_id": event_id or None,
            "kiosk_id": self.kiosk_id, "kiosk_label": kiosk_label, "signed_at": signed_at,
            "language": sealed.language,
            # consent_updates/consent_sha256 are the first release's columns: the email box.
            "consent_updates": consent.email, "consent_sha256": consent.email_text_sha256 or "",
            "consent_email": consent.email, "consent_email_sha256": consent.email_text_sha256,
            "consent_sms": consent.sms, "consent_sms_sha256": consent.sms_text_sha256,
            "postal_code": sealed.postal_code,
            "has_drawing": sealed.has_drawing, "sealed": sealed.sealed, "email_hash": sealed.email_hash,
            "phone_hash": sealed.phone_hash, "repeat": False, "state": SyncState.PENDING.value, "attempts": 0,
        }

    def _contact_hashes(self, signer: CleanSigner) -> tuple[str | None, str | None]:
        """Hashes of the signer's email and phone under the current contact key (None where not given)."""
        if not (signer.email or signer.phone):
            return None, None
        key = self._current_contact_key()
        return (key.hash("email", _person(signer, signer.email)) if signer.email else None,
                key.hash("phone", _person(signer, signer.phone)) if signer.phone else None)

    def _repeat_candidates(self, signer: CleanSigner) -> tuple[list[str], list[str]]:
        """The signer's email and phone hashed under every live contact key."""
        ring = self._ring
        return (ring.candidates("email", _person(signer, signer.email)) if signer.email else [],
                ring.candidates("phone", _person(signer, signer.phone)) if signer.phone else [])

    @staticmethod
    def _is_repeat(connection: Connection, campaign_id: str, email_hashes: Sequence[str],
                   phone_hashes: Sequence[str]) -> bool:
        if not (email_hashes or phone_hashes):
            return False
        query = _REPEAT[(bool(email_hashes), bool(phone_hashes))]
        found = connection.execute(query, {"campaign_id": campaign_id, "email_hashes": list(email_hashes),
                                           "phone_hashes": list(phone_hashes)}).first()
        return found is not None

    def is_repeat_signer(self, signer: CleanSigner, campaign_id: str) -> bool:
        """Whether this person (full name with email or phone) is stored (audits and tests only).

        Never asked on the way to "thank you": what a screen shows must not depend on it.
        """
        emails, phones = self._repeat_candidates(signer)
        with self.read_engine.connect() as connection:
            return self._is_repeat(connection, campaign_id, emails, phones)

    # -- reading ------------------------------------------------------------------------

    def personal(self, record_id: str) -> PersonalData | None:
        """Open one record's personal fields (None once purged; :class:`SealedForHub` if sealed to the hub)."""
        with Session(self.read_engine) as session:
            sealed = session.scalar(select(SignatureRecord.sealed).where(SignatureRecord.uuid == record_id))
        if sealed is None:
            return None
        return self.open_sealed(record_id, sealed)

    def open_sealed(self, record_id: str, sealed: bytes) -> PersonalData:
        """Open a sealed blob read by other code (exports, sync) with this store's key.

        A record sealed to the hub raises :class:`SealedForHub`: this tablet cannot open it.
        """
        if is_hub_sealed(sealed):
            raise SealedForHub("sealed to the hub")
        return decode_payload(self.sealer.open(record_id, sealed)).personal

    def counts(self, campaign_id: str | None = None) -> Counts:
        """Signatures by sync state, and people (all campaigns when ``campaign_id`` is None)."""
        query = (select(SignatureRecord.state, SignatureRecord.repeat, func.count())
                 .group_by(SignatureRecord.state, SignatureRecord.repeat))
        if campaign_id is not None:
            query = query.where(SignatureRecord.campaign_id == campaign_id)
        by_state: dict[str, int] = {}
        repeats = 0
        with Session(self.read_engine) as session:
            for state, repeat, n in session.execute(query):
                by_state[state] = by_state.get(state, 0) + n
                repeats += n if repeat else 0
        return Counts(
            people=sum(by_state.values()) - repeats,
            total=sum(by_state.values()),
            pending=by_state.get(SyncState.PENDING, 0),
            synced=by_state.get(SyncState.SYNCED, 0),
            rejected=by_state.get(SyncState.REJECTED, 0),
            not_sent=by_state.get(SyncState.NOT_SENT, 0),
        )

    def all_uuids(self) -> Iterator[str]:
        """Every stored UUID (tests and audits)."""
        with Session(self.read_engine) as session:
            yield from session.scalars(select(SignatureRecord.uuid))

    # -- the outbox's writes (the sync worker's side of the one door) -------------------

    def record_sync_results(self, now: datetime, confirmed: Mapping[str, str], rejected: Mapping[str, str],
                            retries: Mapping[str, Retry], meta: Mapping[str, str],
                            not_sent: Mapping[str, str] | None = None) -> None:
        """Write one sync batch's outcome (and sync status facts) in a single short transaction.

        ``not_sent`` holds records the target cannot take (no contact details for Action
        Network): kept here with their data, in their own state, never rejected.

        One ``executemany`` per kind of outcome, keyed by uuid, so the write lock is held as
        briefly as possible. Only a ``pending`` row moves: a row already synced or rejected is
        never touched again.
        """
        with self.engine.begin() as connection:
            if confirmed:
                connection.execute(_MARK_SYNCED, [{"b_uuid": u, "b_receipt": r, "b_now": now}
                                                  for u, r in confirmed.items()])
            if rejected:
                connection.execute(_MARK_REJECTED, [{"b_uuid": u, "b_code": r, "b_now": now}
                                                   for u, r in rejected.items()])
            if not_sent:
                connection.execute(_MARK_NOT_SENT, [{"b_uuid": u, "b_code": r} for u, r in not_sent.items()])
            if retries:
                connection.execute(_MARK_RETRY, [{"b_uuid": u, "b_code": r.code, "b_next": r.next_attempt_at}
                                                 for u, r in retries.items()])
            if meta:
                connection.execute(_UPSERT_META, [{"key": k, "value": v} for k, v in meta.items()])
        self.checkpoint()  # on the sync thread: never in a signer's way

    def retry_now(self, campaign_id: str, codes: Collection[str], now: datetime) -> int:
        """Make pending records that last failed with one of ``codes`` due at ``now``; how many.

        Attempts and the error code are kept as they were: only the wait is cut short.
        """
        if not codes:
            return 0
        query = (update(_TABLE)
                 .where(_TABLE.c.state == SyncState.PENDING.value, _TABLE.c.campaign_id == campaign_id,
                        _TABLE.c.last_error.in_(list(codes)), _TABLE.c.next_attempt_at > now)
                 .values(next_attempt_at=now))
        with self.engine.begin() as connection:
            return int(connection.execute(query).rowcount or 0)

    def purge_synced(self, now: datetime, synced_before: datetime | None = None,
                     rule: RetentionMode = RetentionMode.MANUAL, days: int | None = None) -> int:
        """Purge personal fields and contact hashes of synced and rejected records.

        All of them, or those answered at or before ``synced_before`` (``synced_at``, set for a
        refusal too; a row rejected by the first release has none, so its signing time). The
        row stays so counts and tallies stay right; the sealed blob and the repeat-signer
        hashes go together: a hash kept after the data would let whoever holds its key confirm
        who signed. A pending row is never purged. Afterwards the WAL is emptied (TRUNCATE) so
        no old copy of the rows survives there, and contact keys that no longer cover any row
        are destroyed. A purge that destroys anything writes one ``purge_log`` row in the same
        transaction (how many, when, this device, ``rule`` and ``days``): the record of
        destruction a coordinator can show. Returns the number of records purged.
        """
        answered: ColumnElement[bool] = _TABLE.c.state.in_((SyncState.SYNCED.value, SyncState.REJECTED.value))
        if synced_before is not None:
            answered = and_(answered, func.coalesce(_TABLE.c.synced_at, _TABLE.c.signed_at) <= synced_before)
        # Rows purged by the first release kept their hashes: those go now too.
        holds_personal = or_(_TABLE.c.sealed.is_not(None), _TABLE.c.email_hash.is_not(None),
                             _TABLE.c.phone_hash.is_not(None))
        with self.engine.begin() as connection:
            labels = sorted(label for label in connection.scalars(
                select(_TABLE.c.kiosk_label).where(answered, holds_personal).distinct()) if label)
            result = connection.execute(update(_TABLE).where(answered, holds_personal)
                                        .values(sealed=None, email_hash=None, phone_hash=None, purged_at=now))
            purged = int(result.rowcount or 0)
            if purged:
                connection.execute(insert(_PURGE_LOG).values(
                    purged_at=now, count=purged, kiosk_id=self.kiosk_id,
                    kiosk_label=", ".join(labels)[:_PURGE_LABEL_MAX], rule=rule.value,
                    days=days if rule is RetentionMode.DAYS else None))
        if (purged or self._truncate_owed) and not checkpoint_truncate(self.engine):
            # A reader (a long export) still sees the old pages: try again at the next purge.
            self._truncate_owed = True
            log.info("retention: WAL checkpoint deferred, a reader is still open")
        else:
            self._truncate_owed = False
        if purged:
            self.retire_contact_keys()
        return purged

    def panic_wipe(self, now: datetime) -> int:
        """Erase every record's personal data irrecoverably, now, whatever its sync state.

        For a kiosk about to be seized (the admin area's button, or the duress PIN): every
        sealed blob and contact hash is nulled in one transaction (``secure_delete`` zeroes
        them in the file), waiting records become :attr:`SyncState.NOT_SENT` (``wiped``; they
        can no longer be sent), the data key and the contact keys in the key store are
        destroyed and a fresh data key takes over (so the kiosk goes on collecting), and the
        WAL is checkpointed and truncated so it keeps no old page. The rows stay, so counts
        and tallies stay right. A wipe that destroyed anything writes one ``purge_log`` row in
        the same transaction (rule :data:`PURGE_RULE_WIPE`: how many, when, this device; no
        personal data), so the record of destruction accounts for it. The row tells nobody
        more than the table already does (every blob is gone, waiting rows say ``wiped``), and
        it does not say whether the admin area's button or the duress PIN asked for the wipe.
        Returns how many records held personal data.
        """
        holds_personal = or_(_TABLE.c.sealed.is_not(None), _TABLE.c.email_hash.is_not(None),
                             _TABLE.c.phone_hash.is_not(None))
        new_key = new_data_key()
        sealer = Sealer(new_key)
        with self._contact_lock:
            try:
                with self.engine.begin() as connection:
                    labels = sorted(label for label in connection.scalars(
                        select(_TABLE.c.kiosk_label).where(holds_personal).distinct()) if label)
                    wiped = int(connection.execute(
                        update(_TABLE).where(holds_personal).values(
                            sealed=None, email_hash=None, phone_hash=None,
                            purged_at=func.coalesce(_TABLE.c.purged_at, now))).rowcount or 0)
                    connection.execute(update(_TABLE).where(_TABLE.c.state == SyncState.PENDING.value).values(
                        state=SyncState.NOT_SENT.value, last_error=NOT_SENT_WIPED, next_attempt_at=None))
                    connection.execute(_META_TABLE.delete().where(_META_TABLE.c.key == META_COMMIT_PAD))
                    connection.execute(_UPSERT_META, [{"key": META_KEY_CHECK, "value": sealer.key_check}])
                    if wiped:
                        connection.execute(insert(_PURGE_LOG).values(
                            purged_at=now, count=wiped, kiosk_id=self.kiosk_id,
                            kiosk_label=", ".join(labels)[:_PURGE_LABEL_MAX], rule=PURGE_RULE_WIPE, days=None))
            except OperationalError as exc:
                raise _operational(exc) from None
            self._key_store.replace(self.kiosk_id, new_key)
            self._sealer = sealer
            self._contact_ring = ContactKeyRing()
            self._save_ring(self._contact_ring)
        # Readers (an export) give way: the wipe waits for them as long as the busy timeout allows.
        self._truncate_owed = not checkpoint_truncate(self.engine, wait_ms=BUSY_TIMEOUT_MS)
        return wiped

    # -- events -------------------------------------------------------------------------

    def create_event(self, name: str, place: str = "", date: str = "", canvasser: str = "") -> int:
        """Add an event and return its id."""
        with Session(self.engine) as session, session.begin():
            record = EventRecord(name=name, place=place, date=date, canvasser=canvasser,
                                 created_at=utcnow())
            session.add(record)
            session.flush()
            return record.id

    def find_or_create_event(self, name: str, place: str = "", date: str = "", canvasser: str = "") -> int:
        """The id of the event with this name (and date), creating it if needed."""
        with Session(self.read_engine) as session:
            existing = session.scalar(
                select(EventRecord.id).where(EventRecord.name == name, EventRecord.date == date))
        return existing if existing is not None else self.create_event(name, place, date, canvasser)

    def event_exists(self, event_id: int) -> bool:
        """Whether an event with this id exists (cheap: checked on every signature)."""
        with Session(self.read_engine) as session:
            return session.get(EventRecord, event_id) is not None

    def events(self, campaign_id: str | None = None) -> list[EventInfo]:
        """Every event with its signature count, oldest first."""
        count_query = select(SignatureRecord.event_id, func.count()).group_by(SignatureRecord.event_id)
        if campaign_id is not None:
            count_query = count_query.where(SignatureRecord.campaign_id == campaign_id)
        with Session(self.read_engine) as session:
            counts = {event_id: n for event_id, n in session.execute(count_query)}
            rows = session.scalars(select(EventRecord).order_by(EventRecord.id)).all()
            return [EventInfo(r.id, r.name, r.place, r.date, r.canvasser, counts.get(r.id, 0))
                    for r in rows]

    def close(self) -> None:
        """Release the database (checkpointing the WAL is SQLite's job on last close)."""
        self.read_engine.dispose()
        self.engine.dispose()


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


def record_batch(store: SignatureStore, campaign: Campaign, items: list[PendingSignature]) -> int:
    """Record many signatures in one transaction; repeats are skipped. Returns how many were added.

    Only for synthetic or imported data: a live signer always gets :meth:`SignatureStore.record`
    and its own durable commit before "thank you".
    """
    # Sealed before the transaction: the write lock is held for the inserts alone.
    return store.commit_batch(
        [(store.seal(item.signer, campaign, item.language, item.consent_updates, consent_sms=item.consent_sms),
          item.event_id, item.kiosk_label, item.signed_at) for item in items])
