"""Sealed records: a signer's personal part sealed to the hub's public key (HPKE, RFC 9180).

In sealed mode (a paired hub, or a campaign file naming ``[sealing] public_key``) the tablet
encrypts each record's personal part to a public key whose private half it never holds, so
a seized tablet with its disk, its keyring and its key file opens none of them.

The suite is the hybrid **ML-KEM-768 + X25519** KEM with HKDF-SHA256 and AES-256-GCM. Why
the hybrid rather than X25519 alone: a sealed blob is exactly what an adversary copies off a
seized tablet (or out of a venue's Wi-Fi) and keeps, and what it protects — who signed an
immigrants' petition — stays dangerous for decades, longer than X25519 may resist a quantum
computer ("harvest now, decrypt later"). The hybrid stays as strong as X25519 if ML-KEM
falls. Its cost is small beside the durable commit (a few milliseconds): sealing a
realistic 11.6 KB record took about 0.27 ms against 0.24 ms for X25519 alone on this
machine, and adds about 1.1 KB per record (tests/bench/test_record_bench.py prints the whole
record path's ratio to a raw insert in both modes).

Record format, version 2 (version 1 is kiosk/crypto.py's AES-GCM under the tablet's key)::

    0x02 || HPKE single-shot ciphertext (enc 1,120 bytes || AES-256-GCM ciphertext and tag)

The HPKE ``info`` is ``INFO_LABEL || 0x00 || uuid``: the format version and the record's
UUID enter the key schedule, so a blob moved to another row, or read as another version,
does not open. The plaintext is the same payload a version 1 blob holds (kiosk/signature.py).

The public key travels as base64 of ``ML-KEM-768 public key (1,184 bytes) || X25519 public
key (32 bytes)``. The hub keeps its private key as a secret of its own (sync/hub/hub_keys.py):
the 96 bytes of :func:`private_key_from_material` (ML-KEM-768 seed || X25519 private key),
random on a new hub; a hub from before keys had one job each derived it from its data key
(:func:`derive_private_key`) and stored it once.
"""

from __future__ import annotations

import base64
import binascii

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.errors import KioskError

SEALED_VERSION = b"\x02"
INFO_LABEL = b"petition-kiosk sealed record v2"
SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
MLKEM_PUBLIC_BYTES = 1184
X25519_BYTES = 32
PUBLIC_KEY_BYTES = MLKEM_PUBLIC_BYTES + X25519_BYTES
_MLKEM_SEED_BYTES = 64
_DERIVE_LABEL = b"petition-kiosk hub hpke key v2"


class SealedForHub(KioskError, code="record_sealed_for_hub"):
    """A record sealed to the hub: this device holds no key that opens it."""


class BadPublicKey(KioskError, code="sealing_key_invalid"):
    """A sealing public key that is not base64 of an ML-KEM-768 + X25519 public key."""


def is_hub_sealed(blob: bytes) -> bool:
    """Whether ``blob`` is a version 2 (sealed to the hub) record."""
    return blob[:1] == SEALED_VERSION


def _info(record_id: str) -> bytes:
    return INFO_LABEL + b"\x00" + record_id.encode("ascii")


def public_key_from_b64(text: str) -> hpke.MLKEM768X25519PublicKey:
    """Parse a public key as pairing and the campaign file carry it; raises :class:`BadPublicKey`."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise BadPublicKey("not base64") from None
    if len(raw) != PUBLIC_KEY_BYTES:
        raise BadPublicKey("wrong length")
    try:
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(raw[:MLKEM_PUBLIC_BYTES]),
            x25519.X25519PublicKey.from_public_bytes(raw[MLKEM_PUBLIC_BYTES:]))
    except ValueError:
        raise BadPublicKey("not a key") from None


class HubPrivateKey:
    """The private half, with its public key's wire form (held by the hub, or by a test)."""

    def __init__(self, mlkem_key: mlkem.MLKEM768PrivateKey, x25519_key: x25519.X25519PrivateKey) -> None:
        self.key = hpke.MLKEM768X25519PrivateKey(mlkem_key, x25519_key)
        self._parts = (mlkem_key, x25519_key)
        raw = mlkem_key.public_key().public_bytes_raw() + x25519_key.public_key().public_bytes_raw()
        self.public_b64 = base64.b64encode(raw).decode("ascii")

    def material(self) -> bytes:
        """The private key as kept in the hub's key store (:func:`private_key_from_material` reads it)."""
        mlkem_key, x25519_key = self._parts
        return mlkem_key.private_bytes_raw() + x25519_key.private_bytes_raw()

    def open(self, record_id: str, blob: bytes) -> bytes:
        """The payload sealed for ``record_id`` (kiosk/signature.py reads it); raises
        :class:`SealedForHub` if it does not open."""
        if not is_hub_sealed(blob):
            raise SealedForHub("not a sealed record")
        try:
            return SUITE.decrypt(blob[1:], self.key, _info(record_id))
        except (InvalidTag, ValueError):
            # A wrong key, a blob moved to another UUID and a damaged blob fail alike.
            raise SealedForHub("record does not open with this key") from None


MATERIAL_BYTES = _MLKEM_SEED_BYTES + X25519_BYTES


def derived_material(secret: bytes) -> bytes:
    """The key material a hub from before keys had one job each derived from its data key (HKDF)."""
    return HKDF(algorithm=hashes.SHA256(), length=MATERIAL_BYTES, salt=None, info=_DERIVE_LABEL).derive(secret)


def private_key_from_material(material: bytes) -> HubPrivateKey:
    """The key pair kept as ``material``: an ML-KEM-768 seed (64 bytes) then an X25519 private key (32)."""
    if len(material) != MATERIAL_BYTES:
        raise ValueError("hpke key material has the wrong length")
    return HubPrivateKey(mlkem.MLKEM768PrivateKey.from_seed_bytes(material[:_MLKEM_SEED_BYTES]),
                         x25519.X25519PrivateKey.from_private_bytes(material[_MLKEM_SEED_BYTES:]))


def derive_private_key(secret: bytes) -> HubPrivateKey:
    """The HPKE key pair a hub from before keys had one job each derived from its data key."""
    return private_key_from_material(derived_material(secret))


def generate_private_key() -> HubPrivateKey:
    """A fresh key pair (campaign keys made offline, tests)."""
    return HubPrivateKey(mlkem.MLKEM768PrivateKey.generate(), x25519.X25519PrivateKey.generate())


class PublicSealer:
    """Seals payloads to one public key; holds nothing that opens them."""

    def __init__(self, public_b64: str) -> None:
        self.public_b64 = public_b64
        self._key = public_key_from_b64(public_b64)

    def seal(self, record_id: str, plaintext: bytes) -> bytes:
        """A version 2 blob of a payload (kiosk/signature.py writes it) bound to ``record_id``."""
        return SEALED_VERSION + SUITE.encrypt(plaintext, self._key, _info(record_id))
