"""The signature store: seals, deduplicates and durably records signatures.

This is the one place that writes signatures. A call to :meth:`SignatureStore.record` is
one ``BEGIN IMMEDIATE`` … ``COMMIT`` on a WAL database with ``synchronous=FULL``: when it
returns, the signature survives a crash or power cut, so only then may the screen say
"thank you".
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from kiosk.campaign import Campaign
from kiosk.consent import consent_answers
from kiosk.crypto import Sealer, new_data_key
from kiosk.database import make_engine, migrate, verify_durability
from kiosk.errors import AlreadySigned, KeyMismatch, StorageError
from kiosk.models import EventRecord, MetaEntry, SignatureRecord, SyncState
from kiosk.paths import database_path
from kiosk.secrets import DataKeyStore
from kiosk.strokes import Signature
from kiosk.validation import CleanSigner

META_KIOSK_ID = "kiosk_id"
META_KEY_CHECK = "key_check"


@dataclass(frozen=True)
class PersonalData:
    """The sealed fields of one signature, opened."""

    given_name: str
    family_name: str
    email: str
    phone: str
    address: str
    signature: Signature | None

    def to_payload(self) -> dict[str, Any]:
        """The JSON-ready form that is sealed.

        The strokes are kept as one JSON string (not nested arrays) and the SVG the sync
        protocol sends is drawn once, here: opening a record for upload then parses a few
        short strings instead of every point, which is most of the cost of syncing a backlog.
        """
        drawing = self.signature
        return {
            "given_name": self.given_name,
            "family_name": self.family_name,
            "email": self.email,
            "phone": self.phone,
            "address": self.address,
            "strokes": json.dumps(drawing.to_json(), separators=(",", ":")) if drawing else None,
            "svg": drawing.to_svg() if drawing else None,
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> PersonalData:
        """Inverse of :meth:`to_payload` (also reads the first release's nested-array strokes)."""
        strokes = payload.get("strokes")
        if isinstance(strokes, str):
            strokes = json.loads(strokes)
        return cls(
            given_name=payload.get("given_name", ""),
            family_name=payload.get("family_name", ""),
            email=payload.get("email", ""),
            phone=payload.get("phone", ""),
            address=payload.get("address", ""),
            signature=Signature.from_json(strokes) if strokes else None,
        )

    @classmethod
    def from_signer(cls, signer: CleanSigner) -> PersonalData:
        """The personal part of a validated signer."""
        return cls(signer.given_name, signer.family_name, signer.email, signer.phone,
                   signer.address, signer.signature)


@dataclass(frozen=True)
class Counts:
    """How many signatures there are, by sync state."""

    total: int = 0
    pending: int = 0
    synced: int = 0
    rejected: int = 0
    not_sent: int = 0  # kept here, never sent upstream (no contact details for the target)


@dataclass(frozen=True)
class EventInfo:
    """An event as shown to coordinators, with its signature count."""

    id: int
    name: str
    place: str
    date: str
    canvasser: str
    count: int


def utcnow() -> datetime:
    """Aware UTC now (one definition so tests and code agree on the type)."""
    return datetime.now(UTC)


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
            self.read_engine: Engine = make_engine(self.path, writer=False)
            migrate(self.engine)
            verify_durability(self.engine)
            self.kiosk_id = self._ensure_kiosk_id()
        except DatabaseError as exc:  # also "file is not a database": a damaged or foreign file
            raise _operational(exc) from None
        self._key_store = DataKeyStore(key_store_kind, data_dir)
        self._sealer: Sealer | None = None

    # -- keys -------------------------------------------------------------------------

    @property
    def sealer(self) -> Sealer:
        """The sealer for this database's key, loaded (or created once) on first use."""
        if self._sealer is None:
            self._sealer = self._load_sealer()
        return self._sealer

    def ensure_key(self) -> None:
        """Load the data key now: raises if collection cannot safely start."""
        _ = self.sealer

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
        """Seal and durably store one signature; return its UUID once committed.

        ``consent_updates`` is the email-updates box, ``consent_sms`` the text-message box.

        Raises :class:`AlreadySigned` when the email or phone matches an earlier signer of
        the same campaign, and :class:`StorageError` when the disk refuses the write (then
        nothing was stored and the signer may try again).
        """
        record_id = record_id or str(uuid_module.uuid4())
        row = self._sealed_row(signer, campaign, language, consent_updates, event_id, kiosk_label,
                               signed_at or utcnow(), record_id, consent_sms)
        try:
            with Session(self.engine) as session, session.begin():
                if self._is_repeat(session, campaign.id, row.email_hash, row.phone_hash):
                    raise AlreadySigned()
                session.add(row)
        except OperationalError as exc:
            raise _operational(exc) from None
        return record_id  # not row.uuid: the committed row is expired and detached

    def _contact_hashes(self, signer: CleanSigner) -> tuple[str | None, str | None]:
        """Keyed hashes of the signer's email and phone (None where not given)."""
        sealer = self.sealer
        return (sealer.contact_hash("email", signer.email) if signer.email else None,
                sealer.contact_hash("phone", signer.phone) if signer.phone else None)

    def _sealed_row(self, signer: CleanSigner, campaign: Campaign, language: str, consent_updates: bool,
                    event_id: int | None, kiosk_label: str, signed_at: datetime, record_id: str,
                    consent_sms: bool = False) -> SignatureRecord:
        """A new pending row with the personal fields sealed and the contact hashes set."""
        email_hash, phone_hash = self._contact_hashes(signer)
        consent = consent_answers(campaign, language, signer.phone, consent_updates, consent_sms)
        return SignatureRecord(
            uuid=record_id,
            campaign_id=campaign.id,
            event_id=event_id or None,
            kiosk_id=self.kiosk_id,
            kiosk_label=kiosk_label,
            signed_at=signed_at,
            language=language,
            consent_updates=consent.email,
            consent_sha256=consent.email_text_sha256 or "",
            consent_email=consent.email,
            consent_email_sha256=consent.email_text_sha256,
            consent_sms=consent.sms,
            consent_sms_sha256=consent.sms_text_sha256,
            postal_code=signer.postal_code,
            has_drawing=signer.signature is not None,
            sealed=self.sealer.seal(record_id, PersonalData.from_signer(signer).to_payload()),
            email_hash=email_hash,
            phone_hash=phone_hash,
            state=SyncState.PENDING,
            attempts=0,
        )

    @staticmethod
    def _is_repeat(session: Session, campaign_id: str, email_hash: str | None,
                   phone_hash: str | None) -> bool:
        conditions = []
        if email_hash:
            conditions.append(SignatureRecord.email_hash == email_hash)
        if phone_hash:
            conditions.append(SignatureRecord.phone_hash == phone_hash)
        if not conditions:
            return False
        query = select(SignatureRecord.uuid).where(
            SignatureRecord.campaign_id == campaign_id, or_(*conditions)).limit(1)
        return session.execute(query).first() is not None

    def is_repeat_signer(self, signer: CleanSigner, campaign_id: str) -> bool:
        """Whether these contact details already signed (checked before drawing, to be kind)."""
        email_hash, phone_hash = self._contact_hashes(signer)
        with Session(self.read_engine) as session:
            return self._is_repeat(session, campaign_id, email_hash, phone_hash)

    # -- reading ------------------------------------------------------------------------

    def personal(self, record_id: str) -> PersonalData | None:
        """Open one record's personal fields (None once purged)."""
        with Session(self.read_engine) as session:
            sealed = session.scalar(select(SignatureRecord.sealed).where(SignatureRecord.uuid == record_id))
        if sealed is None:
            return None
        return self.open_sealed(record_id, sealed)

    def open_sealed(self, record_id: str, sealed: bytes) -> PersonalData:
        """Open a sealed blob read by other code (exports, sync) with this store's key."""
        return PersonalData.from_payload(self.sealer.open(record_id, sealed))

    def counts(self, campaign_id: str | None = None) -> Counts:
        """Signatures by sync state (all campaigns when ``campaign_id`` is None)."""
        query = select(SignatureRecord.state, func.count()).group_by(SignatureRecord.state)
        if campaign_id is not None:
            query = query.where(SignatureRecord.campaign_id == campaign_id)
        with Session(self.read_engine) as session:
            by_state = {state: n for state, n in session.execute(query)}
        return Counts(
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
    added = 0
    try:
        with Session(store.engine) as session, session.begin():
            for item in items:
                row = store._sealed_row(item.signer, campaign, item.language, item.consent_updates, item.event_id,
                                        item.kiosk_label, item.signed_at, str(uuid_module.uuid4()),
                                        item.consent_sms)
                if SignatureStore._is_repeat(session, campaign.id, row.email_hash, row.phone_hash):
                    continue
                session.add(row)
                session.flush()  # so the next item's repeat check sees this one
                added += 1
    except OperationalError as exc:
        raise _operational(exc) from None
    return added
