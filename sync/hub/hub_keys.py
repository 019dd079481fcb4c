"""The hub's keys, one job each: the data key, the opening key and the contact-hash key.

Each is a secret of its own in the hub's key store, so each can be kept, replaced or
destroyed without the others:

- the **data key** (account ``hub-<hub id>``, sync/hub/recovery.py) opens only rows stored
  before records were sealed with HPKE (kiosk/crypto.py's version 1 blobs);
- the **opening key** (``hub-opening-key:<hub id>``) is the HPKE private key every sealed
  record opens with (kiosk/hpke_seal.py's 96 bytes of key material);
- the **contact key** (``hub-contact-key:<hub id>``) keys the repeat-signer hashes.

A new hub makes all three at random. A hub from before (its one data key yielded all three)
derives the opening and contact keys from its data key once, stores them, and from then on
reads them from their own slots (``keys.split`` in ``hub_meta``). ``hub_meta`` also keeps the
opening key's public SHA-256 and a check value of the contact key (neither opens anything), so
a slot lost from the key store is refilled only with the very key it held (re-derived from the
data key on a migrated hub, or put back from a recovery kit), never with a stranger.

A relay hub (sync/hub/relay.py) holds neither the opening nor the contact key: setting relay
mode up destroys both, and :func:`load_hub_keys` never makes them again while it is on.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from kiosk.crypto import KEY_BYTES
from kiosk.hpke_seal import MATERIAL_BYTES, HubPrivateKey, derived_material, private_key_from_material
from kiosk.secrets import HubSecret, hub_key_store_kind
from sync.hub.models import HubMeta, HubSignature
from sync.hub.recovery import HubKeyMissing

log = logging.getLogger(__name__)

META_SPLIT = "keys.split"
META_OPENING_SHA256 = "keys.opening_public_sha256"
META_CONTACT_CHECK = "keys.contact_check"
_CONTACT_CHECK_LABEL = b"petition-kiosk hub contact key check"


def opening_secret(hub_id: str) -> HubSecret:
    """Where the hub's opening (HPKE private) key is kept."""
    return HubSecret(hub_key_store_kind(), f"hub-opening-key:{hub_id}")


def contact_secret(hub_id: str) -> HubSecret:
    """Where the hub's contact-hash key is kept."""
    return HubSecret(hub_key_store_kind(), f"hub-contact-key:{hub_id}")


def legacy_contact_key(data_key: bytes) -> bytes:
    """The contact key a hub from before keys had one job each derived from its data key."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"hub-contact-hmac").derive(data_key)


def public_sha256(opening: HubPrivateKey) -> str:
    """SHA-256 (hex) of an opening key's public half (what ``hub_meta`` remembers)."""
    return hashlib.sha256(base64.b64decode(opening.public_b64)).hexdigest()


def contact_check(key: bytes) -> str:
    """A value that tells the contact key apart from any other, and opens nothing."""
    return hmac.new(key, _CONTACT_CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class HubKeys:
    """The three secrets as loaded (None: this hub does not hold that key, e.g. a relay hub)."""

    data_key: bytes
    opening: HubPrivateKey | None
    contact_key: bytes | None


def _meta(session: Session, key: str) -> str | None:
    return session.scalar(select(HubMeta.value).where(HubMeta.key == key))


def _read(secret: HubSecret) -> bytes | None:
    text = secret.read()
    return base64.b64decode(text) if text else None


def _write(secret: HubSecret, value: bytes) -> None:
    secret.write(base64.b64encode(value).decode("ascii"))


def _remember(engine: Engine, opening: HubPrivateKey | None, contact_key: bytes | None) -> None:
    with Session(engine) as session, session.begin():
        session.merge(HubMeta(key=META_SPLIT, value="1"))
        if opening is not None:
            session.merge(HubMeta(key=META_OPENING_SHA256, value=public_sha256(opening)))
        if contact_key is not None:
            session.merge(HubMeta(key=META_CONTACT_CHECK, value=contact_check(contact_key)))


def _holds_openable_records(engine: Engine) -> bool:
    with Session(engine) as session:
        return bool(session.scalar(select(func.count()).select_from(HubSignature)
                                   .where(HubSignature.purged_at.is_(None))))


def _opening(engine: Engine, hub_id: str, data_key: bytes, recorded: str | None, fresh: bool) -> HubPrivateKey:
    secret = opening_secret(hub_id)
    material = _read(secret)
    if material is not None and len(material) == MATERIAL_BYTES:
        return private_key_from_material(material)
    if not fresh:
        derived = private_key_from_material(derived_material(data_key))
        if recorded is None or hmac.compare_digest(public_sha256(derived), recorded):
            # A hub from before keys had one job each (recorded is None), or one whose slot was lost:
            # the key its data key yields is the very one it had.
            _write(secret, derived.material())
            return derived
        if _holds_openable_records(engine):
            raise HubKeyMissing(f"hub-opening-key:{hub_id}")
        log.warning("keys: the opening key was gone and no record needed it; a new one is made "
                    "(kiosks paired before must pair again)")
    key = private_key_from_material(os.urandom(MATERIAL_BYTES))
    _write(secret, key.material())
    return key


def _contact(engine: Engine, hub_id: str, data_key: bytes, recorded: str | None, fresh: bool) -> bytes:
    secret = contact_secret(hub_id)
    key = _read(secret)
    if key is not None and len(key) == KEY_BYTES:
        return key
    if not fresh:
        derived = legacy_contact_key(data_key)
        if recorded is None or hmac.compare_digest(contact_check(derived), recorded):
            _write(secret, derived)
            return derived
        # The hashes under the lost key match nothing any more, and would only be bait for
        # whoever kept a copy of it: they go (repeats among those signers are not recognised).
        with Session(engine) as session, session.begin():
            session.execute(update(HubSignature).values(email_hash=None, phone_hash=None))
        log.warning("keys: the contact key was gone; a new one is made and the old hashes are dropped")
    key = os.urandom(KEY_BYTES)
    _write(secret, key)
    return key


def load_hub_keys(engine: Engine, hub_id: str, data_key: bytes, new_data_key: bool, relay: bool) -> HubKeys:
    """The hub's keys from its key store, made or migrated as the module docstring says.

    ``new_data_key``: the data key was made just now (a new hub: every key is random).
    ``relay``: this hub relays sealed records unopened and holds neither key that opens or hashes them.
    """
    if relay:
        return HubKeys(data_key, None, None)
    with Session(engine) as session:
        split = _meta(session, META_SPLIT) is not None
        recorded_opening = _meta(session, META_OPENING_SHA256)
        recorded_contact = _meta(session, META_CONTACT_CHECK)
    fresh = new_data_key and not split
    opening = _opening(engine, hub_id, data_key, recorded_opening if split else None, fresh)
    contact_key = _contact(engine, hub_id, data_key, recorded_contact if split else None, fresh)
    if not split or recorded_opening != public_sha256(opening) or recorded_contact != contact_check(contact_key):
        _remember(engine, opening, contact_key)
    return HubKeys(data_key, opening, contact_key)


def destroy_record_keys(hub_id: str) -> None:
    """Destroy the opening and contact keys (relay mode: this hub must hold neither)."""
    opening_secret(hub_id).destroy()
    contact_secret(hub_id).destroy()


def store_record_keys(hub_id: str, opening_material: bytes | None, contact_key: bytes | None) -> None:
    """Put the opening and contact keys back (from a recovery kit), each where it is given."""
    if opening_material is not None:
        _write(opening_secret(hub_id), opening_material)
    if contact_key is not None:
        _write(contact_secret(hub_id), contact_key)


def stored_record_keys(hub_id: str) -> tuple[bytes | None, bytes | None]:
    """The opening key's material and the contact key as stored (for a recovery kit)."""
    return _read(opening_secret(hub_id)), _read(contact_secret(hub_id))
