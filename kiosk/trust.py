"""What the tablet trusts, bound to the key store rather than to rows a disk edit can change.

Someone who has the tablet for a few minutes (the "evil maid" of DESIGN.md's threat model) can
rewrite the database. Two of its rows decide who learns what: the public key new records are
sealed to, and the admin PIN's verifier. Both are therefore pinned in the key store
(:class:`kiosk.secrets.KeySlot`: the OS keyring, or the opt-in protected file beside the key
file), and a row that does not match its pin stops collection with a code the screens word:

- **The sealing key** (:class:`SealingTrust`). At pairing the hub signs its HPKE public key
  with its TLS certificate's key (:func:`binding_message`, ECDSA P-256 with SHA-256); the kiosk
  verifies the signature (:func:`verify_binding`) with the certificate the hub sent over the
  connection the pairing code pinned, and keeps the key's SHA-256 and both certificates'
  fingerprints in the ``sealing-pin`` slot. Before every seal the key in force is compared with
  that digest: a swapped key raises :class:`SealingKeyChanged` before anything is sealed, a
  removed one too (falling back to solo mode would hand the next signers to the tablet's own
  key), and a key in the database that was never pinned (a kiosk paired before this release,
  or a row written in) raises :class:`SealingKeyNotPinned`: pairing again pins it.
  A campaign file's ``[sealing] public_key`` is trusted on first use: pinned the first time the
  kiosk seals to it, and any later change of it refused the same way. The campaign file is on
  the disk too, so a silent change is exactly what the pin is for; a kiosk moved on purpose to
  a campaign with another key is paired with a hub, or has its pin cleared by the operator
  (docs/hub.md, "What the tablet trusts").
- **The PIN verifier** (:class:`PinRecordKey`). The PIN's row holds its scrypt hash and an
  HMAC-SHA256, under a key kept in the ``pin-record-key`` slot, over the kiosk id, the hash and
  the duress PIN's hash: editing either row, or deleting the PIN's, is refused
  (:class:`PinRecordChanged`) rather than taken as "no PIN chosen yet". The key is new at every
  write, so an older row put back (an old PIN someone learned) is refused too.

Why the key store and not a second row: a row and its check would be rewritten together. With
the opt-in file store the pins are as strong as that file's permissions, like the data key
(the README says what the file store protects and what it does not).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.errors import KioskError
from kiosk.secrets import KeySlot

if TYPE_CHECKING:
    from kiosk.runtime import KioskContext

SEALING_SLOT = "sealing-pin"
PIN_KEY_SLOT = "pin-record-key"
BINDING_LABEL = b"petition-kiosk hub sealing key v1"
RELAY_LABEL = b"petition-kiosk relay campaign hub v1"
PIN_MAC_LABEL = b"petition-kiosk pin record v1"
PIN_KEY_BYTES = 32
MAC_SEPARATOR = "|"  # never in a scrypt hash (``scrypt$N$r$p$salt$hash``, base64 fields)
SOURCE_HUB = "hub"
SOURCE_CAMPAIGN = "campaign"


class SealingKeyChanged(KioskError, code="sealing_key_changed"):
    """The sealing key in force is not the one pinned in the key store (``detail``: changed or removed)."""


class SealingKeyNotPinned(KioskError, code="sealing_key_not_pinned"):
    """The database names a hub sealing key the key store never pinned: pair with the hub again."""


class PinRecordChanged(KioskError, code="pin_record_changed"):
    """The admin PIN's record does not match its key-store MAC (``detail``: changed or removed)."""


def key_digest(public_b64: str) -> str:
    """SHA-256 (hex) of a sealing public key's bytes (what the pin keeps)."""
    try:
        raw = base64.b64decode(public_b64, validate=True)
    except (binascii.Error, ValueError):
        raw = public_b64.encode("utf-8", "replace")  # never equal to a pinned key's digest
    return hashlib.sha256(raw).hexdigest()


def binding_message(public_b64: str) -> bytes:
    """What the hub signs: a label, a zero byte, and the sealing public key's bytes."""
    return BINDING_LABEL + b"\x00" + base64.b64decode(public_b64)


def relay_message(campaign_certificate_sha256: str, public_b64: str) -> bytes:
    """What a relay event hub signs for its kiosks: "my campaign hub is the certificate with this
    SHA-256, and this is its sealing key" (a label, a zero byte, the certificate's digest, the key's)."""
    return (RELAY_LABEL + b"\x00" + bytes.fromhex(campaign_certificate_sha256)
            + bytes.fromhex(key_digest(public_b64)))


def verify_relay(certificate_der: bytes, campaign_certificate_sha256: str, public_b64: str,
                 signature: bytes) -> str | None:
    """The relay hub certificate's SHA-256 (hex) if it vouched for that campaign hub and key; else None."""
    try:
        message = relay_message(campaign_certificate_sha256, public_b64)
    except ValueError:
        return None
    return _verified_by(certificate_der, message, signature)


def verify_binding(certificate_der: bytes, public_b64: str, signature: bytes) -> str | None:
    """The signing certificate's SHA-256 (hex) if ``signature`` over ``public_b64`` is its key's; else None."""
    try:
        message = binding_message(public_b64)
    except (binascii.Error, ValueError):
        return None
    return _verified_by(certificate_der, message, signature)


def _verified_by(certificate_der: bytes, message: bytes, signature: bytes) -> str | None:
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    try:
        certificate = x509.load_der_x509_certificate(certificate_der)
        public = certificate.public_key()
        if not isinstance(public, ec.EllipticCurvePublicKey):
            return None
        public.verify(signature, message, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError, binascii.Error):
        return None
    return hashlib.sha256(certificate_der).hexdigest()


@dataclass(frozen=True)
class SealingPin:
    """What the key store holds about the sealing key: its digest and where it came from."""

    key_sha256: str
    source: str  # SOURCE_HUB or SOURCE_CAMPAIGN
    hub_certificate_sha256: str = ""  # the certificate the pairing code pinned
    signer_certificate_sha256: str = ""  # the certificate whose key signed the sealing key
    relay_certificate_sha256: str = ""  # a relay event hub's certificate that vouched for the signer (relay mode)


class SealingTrust:
    """Pins the sealing key in the key store and checks the key in force against it before each seal.

    The pin is read from the key store once and kept; a mismatch reads it again before
    refusing, so a pairing made by another process (``petition-kiosk pair`` beside a running
    kiosk) is followed, not refused.
    """

    def __init__(self, kind: str, data_dir: Path, kiosk_id: str) -> None:
        self._slot = KeySlot(kind, data_dir, kiosk_id, SEALING_SLOT)
        self._pin: SealingPin | None = None
        self._loaded = False
        self._checked = ""  # the key last found equal to the pin: the common case costs a comparison

    def load(self, fresh: bool = False) -> SealingPin | None:
        """The pin in the key store (None: nothing pinned yet)."""
        if fresh or not self._loaded:
            text = self._slot.load()
            self._pin = None
            if text:
                try:
                    self._pin = SealingPin(**json.loads(text))
                except (ValueError, TypeError):
                    self._pin = SealingPin("unreadable", SOURCE_HUB)  # matches no key: refused, never ignored
            self._loaded = True
            self._checked = ""
        return self._pin

    def pin(self, public_b64: str, source: str, hub_certificate_sha256: str = "",
            signer_certificate_sha256: str = "", relay_certificate_sha256: str = "") -> None:
        """Keep ``public_b64`` as the only key new records may be sealed to."""
        pin = SealingPin(key_digest(public_b64), source, hub_certificate_sha256, signer_certificate_sha256,
                         relay_certificate_sha256)
        self._slot.save(json.dumps(asdict(pin), separators=(",", ":")))
        self._pin, self._loaded, self._checked = pin, True, public_b64

    def check(self, key: str, source: str) -> None:
        """Raise unless ``key`` (the key in force, "" in solo mode) may be sealed to now.

        ``source`` says where ``key`` came from: the database (a pairing, SOURCE_HUB) or the
        campaign file (SOURCE_CAMPAIGN, pinned here on first use).
        """
        if key and key == self._checked:
            return
        pin = self.load()
        if self._allowed(key, pin):
            return
        pin = self.load(fresh=True)  # another process may have paired since
        if self._allowed(key, pin):
            return
        if pin is None:
            if source == SOURCE_CAMPAIGN:
                self.pin(key, SOURCE_CAMPAIGN)  # trust on first use
                return
            raise SealingKeyNotPinned()
        raise SealingKeyChanged("removed" if not key else "changed")

    def _allowed(self, key: str, pin: SealingPin | None) -> bool:
        if pin is None:
            return not key  # solo mode, nothing pinned
        if key and hmac.compare_digest(key_digest(key), pin.key_sha256):
            self._checked = key
            return True
        return False


class PinRecordKey:
    """The key that authenticates the admin PIN's record, and the MAC made with it."""

    def __init__(self, kind: str, data_dir: Path, kiosk_id: str) -> None:
        self._slot = KeySlot(kind, data_dir, kiosk_id, PIN_KEY_SLOT)
        self._kiosk_id = kiosk_id

    def keys(self) -> list[bytes]:
        """The key in force first, then (only while a write is under way) the one before it."""
        text = self._slot.load()
        try:
            return [base64.b64decode(part, validate=True) for part in (text or "").split()]
        except (binascii.Error, ValueError):
            raise PinRecordChanged("key unreadable") from None

    def new_key(self) -> bytes:
        """A fresh key, kept in the key store now, before any row is written with it.

        A new key at every write: a copy of an older PIN row (an old PIN someone learned) put
        back on the disk no longer matches. The key before it stays beside it until
        :meth:`settle` (after the row is committed), so a power cut between the two writes
        leaves a row that still opens.
        """
        key = os.urandom(PIN_KEY_BYTES)
        kept = [key, *self.keys()[:1]]
        self._slot.save(" ".join(base64.b64encode(k).decode("ascii") for k in kept))
        return key

    def settle(self, key: bytes) -> None:
        """Keep ``key`` alone (the row it authenticates is committed; the older key goes)."""
        self._slot.save(base64.b64encode(key).decode("ascii"))

    def _mac(self, key: bytes, pin_hash: str, duress_hash: str) -> str:
        message = b"\x00".join((PIN_MAC_LABEL, self._kiosk_id.encode(), pin_hash.encode(), duress_hash.encode()))
        return base64.b64encode(hmac.new(key, message, hashlib.sha256).digest()).decode("ascii")

    def seal(self, key: bytes, pin_hash: str, duress_hash: str) -> str:
        """The PIN row's value: ``pin_hash`` and its MAC (which covers the duress PIN's hash too)."""
        return f"{pin_hash}{MAC_SEPARATOR}{self._mac(key, pin_hash, duress_hash)}"

    def open(self, keys: list[bytes], row: str | None, duress_hash: str) -> str:
        """The PIN hash in ``row`` if its MAC holds under one of ``keys``; raises :class:`PinRecordChanged`."""
        if row is None:
            raise PinRecordChanged("removed")
        pin_hash, separator, mac = row.rpartition(MAC_SEPARATOR)
        if separator:
            for key in keys:
                if hmac.compare_digest(mac, self._mac(key, pin_hash, duress_hash)):
                    if len(keys) > 1:
                        self.settle(key)  # a write cut short: the key its row holds is the one in force
                    return pin_hash
        raise PinRecordChanged("changed")


def check_trusted(ctx: KioskContext) -> None:
    """At start, after the data key: raise unless the sealing key and the PIN record match their pins."""
    from kiosk.pin import PinGuard  # it imports this module

    ctx.store.check_sealing_key(ctx.campaign)
    PinGuard(ctx).stored_hash()


def trust_failure(code: str) -> KioskError | None:
    """The error a refused seal's code stands for, if it is one of this module's (the screen stops on it)."""
    for kind in (SealingKeyChanged, SealingKeyNotPinned, PinRecordChanged):
        if code == kind.code:
            return kind()
    return None


def is_sealed_row(row: str) -> bool:
    """Whether a PIN row carries a MAC (a row from before this release does not)."""
    return MAC_SEPARATOR in row


__all__ = ["PinRecordChanged", "PinRecordKey", "SealingKeyChanged", "SealingKeyNotPinned", "SealingPin",
           "SealingTrust", "binding_message", "check_trusted", "key_digest", "relay_message", "trust_failure",
           "verify_binding", "verify_relay"]
