"""The store's keys: the data key, the contact keys and the hub's sealing key, each loaded once.

- The data key (AES-GCM, solo mode) lives in the key store (kiosk/secrets.py); the database
  keeps only its check value, so a key that went missing or changed stops collection
  (:class:`KeyMismatch`) instead of quietly starting a second one.
- The contact keys hash a signer's full name with their email or phone for the repeat check
  (kiosk/contact_keys.py); a key is destroyed once no stored hash was made with it.
- The hub's HPKE public key (sealed mode) is kept in the database by pairing and pinned in the
  key store (kiosk/trust.py), checked before every seal.
"""

from __future__ import annotations

import threading

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from kiosk.campaign import Campaign
from kiosk.clock import utcnow
from kiosk.contact_keys import KEY_ID_CHARS, SEPARATOR, ContactKey, ContactKeyRing, person_contact
from kiosk.crypto import Sealer, new_data_key
from kiosk.errors import KeyMismatch
from kiosk.hpke_seal import PublicSealer, SealedForHub, is_hub_sealed
from kiosk.models import MetaEntry, SignatureRecord
from kiosk.secrets import ContactKeyStore, DataKeyStore
from kiosk.signature import PersonalData, decode_payload
from kiosk.store_database import StoreDatabase
from kiosk.trust import SOURCE_CAMPAIGN, SOURCE_HUB, SealingTrust
from kiosk.validation import CleanSigner

META_KEY_CHECK = "key_check"
# Set once every hash is under a contact key and covers the name with the contact: the first
# release's hashes (under a key derived from the data key) and contact-keys-v1's (the contact
# alone, which turned a family sharing a phone away) are re-made once.
META_CONTACT_HASHES = "contact_hashes"
CONTACT_HASHES_KEYED = "contact-keys-v2-name"
# The hub's HPKE public key (base64), written by pairing: while set, records are sealed to it
# (sealed mode, kiosk/hpke_seal.py). Public, so not a secret; kept in the database rather than
# a file beside it so that deleting one file cannot quietly switch a tablet back to solo mode.
META_SEALING_KEY = "sealing.public_key"


def signer_contact(signer: CleanSigner, contact: str) -> str:
    """One contact detail of a signer together with their full name: what a hash covers."""
    return person_contact(signer.given_name, signer.family_name, contact)


class StoreKeys:
    """The keys one kiosk database is sealed and hashed with, loaded (or made once) on first use."""

    def __init__(self, database: StoreDatabase, key_store_kind: str) -> None:
        self._db = database
        self.data_keys = DataKeyStore(key_store_kind, database.data_dir)
        self._sealer: Sealer | None = None
        self._contact_store = ContactKeyStore(key_store_kind, database.data_dir)
        self._contact_ring: ContactKeyRing | None = None
        # Held while a contact key is chosen and its hashes committed, and while keys are
        # retired: a key is never destroyed between hashing a signer and storing the row.
        self.contact_lock = threading.RLock()
        self._public_sealer: PublicSealer | None = None
        # The sealing key's pin lives in the key store (kiosk/trust.py), checked before every seal.
        self._sealing_trust = SealingTrust(key_store_kind, database.data_dir, database.kiosk_id)

    # -- the data key -----------------------------------------------------------------------

    @property
    def sealer(self) -> Sealer:
        """The sealer for this database's key, loaded (or created once) on first use."""
        if self._sealer is None:
            self._sealer = self._load_sealer()
        return self._sealer

    def _load_sealer(self) -> Sealer:
        kiosk_id = self._db.kiosk_id
        key = self.data_keys.load(kiosk_id)
        check = self._db.get_meta(META_KEY_CHECK)
        if key is None:
            if check is not None:
                # Records exist under a key we no longer have: never start a second key
                # silently, or the old records would be unreadable forever.
                raise KeyMismatch("data key missing")
            key = new_data_key()
            self.data_keys.save(kiosk_id, key)
            sealer = Sealer(key)
            self._db.set_meta(META_KEY_CHECK, sealer.key_check)
            return sealer
        sealer = Sealer(key)
        if check is None:
            self._db.set_meta(META_KEY_CHECK, sealer.key_check)
        elif check != sealer.key_check:
            raise KeyMismatch("data key does not match")
        return sealer

    def ensure_key(self) -> None:
        """Load the data key and contact keys now: raises if collection cannot safely start."""
        _ = self.sealer
        _ = self.contact_ring

    def open_sealed(self, record_id: str, sealed: bytes) -> PersonalData:
        """Open a sealed blob with this store's key (:class:`SealedForHub` if sealed to the hub)."""
        if is_hub_sealed(sealed):
            raise SealedForHub("sealed to the hub")
        return decode_payload(self.sealer.open(record_id, sealed)).personal

    def start_over(self, new_key: bytes, sealer: Sealer) -> None:
        """After the panic wipe's transaction: the old data key and every contact key are destroyed.

        Called with :attr:`contact_lock` held; ``sealer`` is ``new_key``'s, whose check the
        wipe already wrote to the database.
        """
        self.data_keys.replace(self._db.kiosk_id, new_key)
        self._sealer = sealer
        self._contact_ring = ContactKeyRing()
        self._save_ring(self._contact_ring)

    # -- the hub's sealing key ----------------------------------------------------------------

    def sealing_key(self, campaign: Campaign | None = None) -> str:
        """The public key new records are sealed to ("" in solo mode): the paired hub's, else the campaign's.

        Read from the database on each call, so a pairing made by another process (the
        ``pair`` command beside a running kiosk) takes effect at the next signer.
        """
        return self._db.get_meta(META_SEALING_KEY) or (campaign.sealing_public_key if campaign else "")

    def set_sealing_key(self, public_b64: str, hub_certificate_sha256: str = "",
                        signer_certificate_sha256: str = "") -> None:
        """Keep the hub's HPKE public key (checked first): from now on new records are sealed to it.

        Pinned in the key store first (with the certificates that vouched for it at pairing),
        then written to the database: there is never a row without its pin. Records already
        waiting keep their solo seal and sync as they are.
        """
        PublicSealer(public_b64)  # raises BadPublicKey before anything is stored
        self._sealing_trust.pin(public_b64, SOURCE_HUB, hub_certificate_sha256, signer_certificate_sha256)
        self._db.set_meta(META_SEALING_KEY, public_b64)

    def public_sealer(self, campaign: Campaign) -> PublicSealer | None:
        """The sealer to the key new records go to (None in solo mode), checked against its pin first."""
        paired_key = self._db.get_meta(META_SEALING_KEY)
        key = paired_key or campaign.sealing_public_key
        # Before every seal: a key swapped (or removed) on the disk never gets a signature.
        self._sealing_trust.check(key, SOURCE_HUB if paired_key else SOURCE_CAMPAIGN)
        if not key:
            return None
        cached = self._public_sealer
        if cached is None or cached.public_b64 != key:
            cached = self._public_sealer = PublicSealer(key)
        return cached

    # -- contact keys (repeat-signer hashes; see kiosk/contact_keys.py) ----------------------

    @property
    def contact_ring(self) -> ContactKeyRing:
        """The live contact keys, loaded on first use (older hashes re-made once, unused keys retired)."""
        with self.contact_lock:
            if self._contact_ring is None:
                entries = self._contact_store.load(self._db.kiosk_id)
                self._contact_ring = ContactKeyRing(ContactKey.from_json(e) for e in entries)
                self._forget_first_release_hashes()
                self.retire_contact_keys()
            return self._contact_ring

    def _save_ring(self, ring: ContactKeyRing) -> None:
        self._contact_store.replace(self._db.kiosk_id, [k.to_json() for k in ring.keys])

    def _current_contact_key(self) -> ContactKey:
        ring = self.contact_ring
        now = utcnow()
        key = ring.current(now)
        if key is None:
            key = ring.start_new(now)
            self._save_ring(ring)  # stored before any hash made with it reaches the database
        return key

    def contact_hashes(self, signer: CleanSigner) -> tuple[str | None, str | None]:
        """Hashes of the signer's email and phone under the current contact key (None where not given)."""
        if not (signer.email or signer.phone):
            return None, None
        key = self._current_contact_key()
        return (key.hash("email", signer_contact(signer, signer.email)) if signer.email else None,
                key.hash("phone", signer_contact(signer, signer.phone)) if signer.phone else None)

    def repeat_candidates(self, signer: CleanSigner) -> tuple[list[str], list[str]]:
        """The signer's email and phone hashed under every live contact key."""
        ring = self.contact_ring
        return (ring.candidates("email", signer_contact(signer, signer.email)) if signer.email else [],
                ring.candidates("phone", signer_contact(signer, signer.phone)) if signer.phone else [])

    def retire_contact_keys(self) -> int:
        """Destroy every contact key no stored hash was made with (after a purge, at start).

        Returns how many keys were destroyed.
        """
        with self.contact_lock:
            ring = self._contact_ring
            if ring is None or not ring.keys:
                return 0
            query = (select(func.substr(SignatureRecord.email_hash, 1, KEY_ID_CHARS))
                     .where(func.substr(SignatureRecord.email_hash, KEY_ID_CHARS + 1, len(SEPARATOR)) == SEPARATOR)
                     .union(select(func.substr(SignatureRecord.phone_hash, 1, KEY_ID_CHARS))
                            .where(func.substr(SignatureRecord.phone_hash, KEY_ID_CHARS + 1, len(SEPARATOR))
                                   == SEPARATOR)))
            with Session(self._db.read_engine) as session:
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
        if self._db.get_meta(META_CONTACT_HASHES) == CONTACT_HASHES_KEYED:
            return
        # Every row holding a hash or its data: contact-keys-v1 hashed the contact alone.
        old = or_(SignatureRecord.email_hash.is_not(None), SignatureRecord.phone_hash.is_not(None))
        with Session(self._db.engine) as session, session.begin():
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

