"""Repeat-signer hashes under short-lived keys of their own, destroyed with the data they cover.

A keyed hash of an email or phone number is as good as the number itself to whoever holds
the key: the US phone space is ~10^10 (minutes of work), a list of known emails is one pass.
So the hashes are never under a key derived from the data key (which must live as long as
any record), but under *contact keys*:

- the current contact key hashes new signers' contacts; a new one starts when it is older
  than :data:`WINDOW` (the retention window), so one key never covers an unbounded stretch;
- a purge erases a row's hashes together with its personal data;
- a contact key under which no stored hash remains is destroyed (:meth:`ContactKeyRing.retire`),
  so even a copy of the database taken earlier can no longer be tested against candidates.

A person is a full name *and* a contact: each hash covers the normalised full name together
with the email or the phone (:func:`person_contact`). The same name with the same email or
phone is a repeat; "Ana Pérez" and "Luis Pérez" sharing one family phone are two people, and
both signatures count. Nothing on screen says which happened (see kiosk/ledger.py's commit).

Each stored hash names its key (``<key id>:<hex>``), so repeat checks hash a contact under
every live key (usually one) and retiring a key is one query. What remains during an event
is documented in the README: an unpurged row's hash and its key are on the device.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

KEY_BYTES = 32
KEY_ID_CHARS = 8
DIGEST_CHARS = 48  # 192 bits of HMAC-SHA256: far beyond any chance collision among signers
SEPARATOR = ":"
WINDOW = timedelta(days=14)  # the default retention window
NAME_SEPARATOR = "\x1f"  # the unit separator: cannot be typed into a name field


def normalized_name(given_name: str, family_name: str) -> str:
    """The full name as a repeat check compares it: accents, case and spacing do not matter.

    A kiosk's on-screen keyboard makes "José" and "Jose", "ana  pérez" and "Ana Pérez" equally
    likely from the same person, so they are the same name here.
    """
    full = f"{given_name} {family_name}"
    if full.isascii():
        # ASCII is its own NFKD form and holds no combining mark: the same result, without
        # the per-character walk (the hub normalises every name of every batch).
        return " ".join(full.casefold().split())
    decomposed = unicodedata.normalize("NFKD", full)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def person_contact(given_name: str, family_name: str, contact: str) -> str:
    """What one hash covers: the normalised full name together with one contact detail."""
    return name_contact(normalized_name(given_name, family_name), contact)


def name_contact(normalized: str, contact: str) -> str:
    """:func:`person_contact` for a name already through :func:`normalized_name`."""
    return f"{normalized}{NAME_SEPARATOR}{contact}"


def keyed_contact_digest(secret: bytes, kind: str, normalized: str) -> str:
    """HMAC-SHA256 (hex) of ``kind:normalized`` under ``secret``: the one shape of every contact hash.

    The kiosk's contact keys and the hub's campaign-long contact key both hash this way, so
    a normalised contact compares the same wherever it was hashed (under the same key).
    """
    return hmac.digest(secret, f"{kind}:{normalized.casefold()}".encode(), hashlib.sha256).hex()


@dataclass(frozen=True)
class ContactKey:
    """One contact key: its id (stored in each hash it made), the secret, and when it started."""

    key_id: str
    secret: bytes
    since: datetime

    def hash(self, kind: str, normalized: str) -> str:
        """``<key id>:<hex>`` for a normalised email or phone (with its name, see :func:`person_contact`)."""
        return f"{self.key_id}{SEPARATOR}{keyed_contact_digest(self.secret, kind, normalized)[:DIGEST_CHARS]}"

    def to_json(self) -> dict[str, str]:
        """The form kept in the key store."""
        return {"id": self.key_id, "key": base64.b64encode(self.secret).decode("ascii"),
                "since": self.since.isoformat()}

    @classmethod
    def from_json(cls, entry: dict[str, str]) -> ContactKey:
        """Inverse of :meth:`to_json`."""
        return cls(entry["id"], base64.b64decode(entry["key"]), datetime.fromisoformat(entry["since"]))


class ContactKeyRing:
    """The live contact keys of one kiosk, newest last."""

    def __init__(self, keys: Iterable[ContactKey] = ()) -> None:
        self.keys = sorted(keys, key=lambda k: k.since)

    def current(self, now: datetime) -> ContactKey | None:
        """The key new hashes are made with, or None when a fresh one must start."""
        if self.keys and now - self.keys[-1].since < WINDOW:
            return self.keys[-1]
        return None

    def start_new(self, now: datetime) -> ContactKey:
        """Add a fresh random key (the caller saves the ring before using it)."""
        taken = {k.key_id for k in self.keys}
        key_id = secrets.token_hex(KEY_ID_CHARS // 2)
        while key_id in taken:
            key_id = secrets.token_hex(KEY_ID_CHARS // 2)
        key = ContactKey(key_id, os.urandom(KEY_BYTES), now)
        self.keys.append(key)
        return key

    def candidates(self, kind: str, normalized: str) -> list[str]:
        """The contact hashed under every live key: what a repeat check looks for."""
        return [key.hash(kind, normalized) for key in self.keys]

    def retire(self, ids_in_use: set[str]) -> bool:
        """Forget every key no stored hash was made with; True if any was dropped."""
        kept = [k for k in self.keys if k.key_id in ids_in_use]
        changed = len(kept) != len(self.keys)
        self.keys = kept
        return changed
