"""Sealing personal fields at rest.

Each record's personal fields are one AES-256-GCM blob with a fresh random nonce, and the
record's UUID as associated data so a blob cannot be moved to another row undetected. The
sealing key is derived from the data key with HKDF. Repeat-signer hashes are deliberately
*not* under a key derived from it (the data key lives as long as any record, so such hashes
could be brute-forced for ever): see :mod:`kiosk.contact_keys`.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.errors import KeyMismatch

KEY_BYTES = 32
NONCE_BYTES = 12
BLOB_VERSION = b"\x01"
_KEY_CHECK_LABEL = b"petition-kiosk key check v1"


def new_data_key() -> bytes:
    """A fresh random data key."""
    return os.urandom(KEY_BYTES)


def _derive(key: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose).derive(key)


class Sealer:
    """Seals and opens personal payloads."""

    def __init__(self, data_key: bytes) -> None:
        if len(data_key) != KEY_BYTES:
            raise KeyMismatch("data key has the wrong length")
        self._aead = AESGCM(_derive(data_key, b"record-seal"))
        self.key_check = hmac.new(_derive(data_key, b"key-check"), _KEY_CHECK_LABEL, hashlib.sha256).hexdigest()

    def seal(self, record_id: str, plaintext: bytes) -> bytes:
        """Encrypt a payload (kiosk/signature.py writes it) bound to ``record_id``: the one
        place that lays out a blob (version, nonce, ciphertext)."""
        nonce = os.urandom(NONCE_BYTES)
        return BLOB_VERSION + nonce + self._aead.encrypt(nonce, plaintext, record_id.encode("ascii"))

    def open(self, record_id: str, blob: bytes) -> bytes:
        """Decrypt a blob made by :meth:`seal` for the same ``record_id`` (kiosk/signature.py reads it)."""
        if blob[:1] != BLOB_VERSION:
            raise KeyMismatch("unknown blob version")
        nonce, ciphertext = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        try:
            plaintext = self._aead.decrypt(nonce, ciphertext, record_id.encode("ascii"))
        except InvalidTag:
            raise KeyMismatch("record cannot be opened with this key") from None
        return plaintext
