"""Opening a hub: data dir, database (migrated), TLS certificate, campaign and sealing key.

``hub serve``, ``hub pair-code``, ``hub status`` and the tests all start from
:func:`open_hub`, so a code made by one process is checked by another: everything lives in
the database and the key store.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kiosk.campaign import DEFAULT_CAMPAIGN_ID, Campaign, load_campaign
from kiosk.contact_keys import keyed_contact_digest
from kiosk.crypto import Sealer, new_data_key
from kiosk.hpke_seal import (
    HubPrivateKey,
    PublicSealer,
    SealedForHub,
    derive_private_key,
    is_hub_sealed,
    private_key_from_material,
)
from kiosk.secrets import DataKeyStore, hub_key_store_kind
from kiosk.signature import OpenedPayload, PersonalData, decode_payload, encode_payload
from sync.hub.database import is_postgresql, make_hub_engine, migrate_hub
from sync.hub.hub_keys import HubKeys, legacy_contact_key, load_hub_keys
from sync.hub.models import HubMeta, HubSignature
from sync.hub.paths import default_database_url, hub_data_dir
from sync.hub.recovery import HubKeyMissing, key_account
from sync.hub.relay_link import RelayLink, load_relay
from sync.hub.tls import HubCertificate, ensure_certificate

META_HUB_ID = "hub_id"
DEFAULT_PORT = 8443


@dataclass(frozen=True)
class IngestKeys:
    """The keys that opening and hashing an upload take, as bytes (sent once to each of the
    hub's preparing processes, sync/hub/preparing.py). Never the data key: ingest opens no
    row stored before migration h0004."""

    opening_material: bytes | None  # kiosk/hpke_seal.py's private key material; None on a relay hub
    contact_key: bytes | None
    seal_to: str  # the public key clear uploads are sealed to


class HubSealer:
    """The hub's keys at work: what opens a record, what seals a clear upload once, what hashes a contact.

    Records are kept as they were sealed (DESIGN.md, "One format at rest"): a sealed-mode
    kiosk's HPKE blob as it arrived, and a clear upload sealed once, at ingest, to the key the
    hub's kiosks seal to. Each key is a secret of its own (sync/hub/hub_keys.py): the opening
    key (HPKE private), the contact key, and the data key, which opens only rows stored before
    migration h0004 (AES-GCM, kiosk/crypto.py's version 1 blob).

    A relay hub (sync/hub/relay.py) holds no opening and no contact key: ``seal_to`` is the
    campaign hub's public key, clear uploads are sealed to it, sealed ones are kept unopened,
    and no contact is hashed.

    Unlike a kiosk (whose repeat-signer hashes sit under short-lived contact keys, see
    kiosk/contact_keys.py), a standalone hub must recognise a repeat signer for the whole
    campaign; its hashes go with the personal data when retention purges a record
    (sync/hub/retention.py). docs/hub.md says what its data dir and key store must be kept from.
    """

    def __init__(self, data_key: bytes | None, keys: HubKeys | None = None, seal_to: str | None = None) -> None:
        # Opens rows stored before migration h0004 only; None in a preparing process, which never does.
        self._legacy = Sealer(data_key) if data_key is not None else None
        if keys is None and data_key is not None:  # the keys a hub from before keys had one job each derived
            keys = HubKeys(data_key, derive_private_key(data_key), legacy_contact_key(data_key))
        if keys is None:
            raise ValueError("a hub sealer holds its keys or a data key to derive them from")
        self._opening = keys.opening
        self._contact_key = keys.contact_key
        public = seal_to or (keys.opening.public_b64 if keys.opening is not None else None)
        if public is None:
            raise ValueError("a hub seals to its own key or to its campaign hub's")
        self._public = PublicSealer(public)

    @classmethod
    def for_ingest(cls, keys: IngestKeys) -> HubSealer:
        """A sealer that opens, seals and hashes uploads with ``keys`` (and opens no old row)."""
        opening = private_key_from_material(keys.opening_material) if keys.opening_material is not None else None
        return cls(None, HubKeys(b"", opening, keys.contact_key), seal_to=keys.seal_to)

    def ingest_keys(self) -> IngestKeys:
        """What :meth:`for_ingest` needs to make this sealer's ingest half in another process."""
        opening = self._opening.material() if self._opening is not None else None
        return IngestKeys(opening, self._contact_key, self._public.public_b64)

    @property
    def can_open(self) -> bool:
        """Whether this hub holds a key that opens sealed records (a relay hub does not)."""
        return self._opening is not None

    @property
    def hpke(self) -> HubPrivateKey:
        """The opening key; raises :class:`SealedForHub` on a hub that holds none."""
        if self._opening is None:
            raise SealedForHub("this hub holds no opening key")
        return self._opening

    @property
    def public_b64(self) -> str:
        """The public key new records are sealed to (the campaign hub's on a relay hub)."""
        return self._public.public_b64

    def seal_clear_upload(self, record_id: str, personal: PersonalData) -> bytes:
        """A clear upload sealed to :attr:`public_b64`: the one seal a record gets here."""
        return self._public.seal(record_id, encode_payload(personal))

    def open(self, record_id: str, blob: bytes) -> bytes:
        """The payload of a stored record, whichever way it was sealed; raises a KioskError if it does not open."""
        if is_hub_sealed(blob):
            return self.hpke.open(record_id, blob)
        if self._legacy is None:
            raise SealedForHub("a preparing process opens uploads only")
        return self._legacy.open(record_id, blob)

    def open_record(self, record_id: str, blob: bytes) -> OpenedPayload:
        """A stored record opened and read (kiosk/signature.py)."""
        return decode_payload(self.open(record_id, blob))

    def contact_hash(self, kind: str, normalized: str) -> str | None:
        """Keyed hash of a full name with one normalised email or phone (the same person at two kiosks
        matches; see kiosk.contact_keys.person_contact); None on a hub that holds no contact key."""
        if self._contact_key is None:
            return None
        return keyed_contact_digest(self._contact_key, kind, normalized)


@dataclass
class HubContext:
    """Everything the hub's commands and web app share."""

    directory: Path
    engine: Engine
    campaign: Campaign
    certificate: HubCertificate
    hub_id: str
    sealer: HubSealer
    relay: RelayLink | None = None  # set: this hub relays sealed records to a campaign hub unopened

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def get_meta(engine: Engine, key: str) -> str | None:
    """One fact from ``hub_meta``."""
    with Session(engine) as session:
        return session.scalar(select(HubMeta.value).where(HubMeta.key == key))


def set_meta(engine: Engine, key: str, value: str) -> None:
    """Store one fact in ``hub_meta`` (replacing it)."""
    with Session(engine) as session, session.begin():
        session.merge(HubMeta(key=key, value=value))


def ensure_meta(engine: Engine, key: str, value: str) -> str:
    """``value`` stored under ``key`` unless some process stored one first; the stored one."""
    insert = pg_insert if is_postgresql(engine) else sqlite_insert
    with engine.begin() as connection:
        connection.execute(insert(HubMeta).values(key=key, value=value).on_conflict_do_nothing())
    stored = get_meta(engine, key)
    assert stored is not None
    return stored


def _load_sealer(directory: Path, hub_id: str, engine: Engine, relay: RelayLink | None) -> HubSealer:
    # The same door as the kiosk's data key: the OS keyring, else the protected file store.
    keys = DataKeyStore(hub_key_store_kind(), directory)
    account = key_account(hub_id)
    key = keys.load(account)
    made = False
    if key is None:
        with Session(engine) as session:
            holds_records = session.scalar(select(HubSignature.uuid).limit(1)) is not None
        if holds_records:
            # A lost key is never silently replaced: the records sealed under it would stay
            # sealed for good, and new ones would go under a key the recovery kit lacks.
            raise HubKeyMissing(account)
        keys.save(account, new_data_key())
        key = keys.load(account)
        assert key is not None
        made = True
    hub_keys = load_hub_keys(engine, hub_id, key, made, relay is not None)
    return HubSealer(key, hub_keys, relay.hpke_public_key if relay is not None else None)


def open_hub(data_dir: str | Path | None = None, database_url: str | None = None,
             campaign: str | None = None) -> HubContext:
    """Resolve the data dir, open and migrate the database, make the certificate if needed."""
    directory = hub_data_dir(data_dir)
    engine = make_hub_engine(database_url or default_database_url(directory))
    migrate_hub(engine)
    hub_id = ensure_meta(engine, META_HUB_ID, str(uuid.uuid4()))
    relay = load_relay(engine)
    return HubContext(directory, engine, load_campaign(campaign or DEFAULT_CAMPAIGN_ID),
                      ensure_certificate(directory), hub_id, _load_sealer(directory, hub_id, engine, relay), relay)
