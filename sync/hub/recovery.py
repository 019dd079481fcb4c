"""The hub's key recovery kit: its secrets, encrypted under a passphrase.

The hub keeps three secrets, one job each (sync/hub/hub_keys.py): the data key (account
``hub-<hub id>``, it opens rows from before HPKE sealing), the opening key (the HPKE private
key every sealed record opens with) and the contact key (repeat-signer hashes). Lose the key
store and this kit, and the sealed names are lost for good; that is the point of keeping the
kit apart from the hub. A relay hub holds neither of the last two, and its kit holds only the
data key, which opens nothing it relays.

Format (the bytes, then the same bytes as base32 text for paper and the QR code)::

    "PKK" | version | log2(N) | r | p | salt (16) | nonce (12) | hub id (16, UUID bytes)
          | AES-256-GCM(keys) (+ 16 tag) | check (first 4 bytes of SHA-256 of the above)

where ``keys`` is, in version 1, the data key (32 bytes: a hub from before keys had one job
each derived the other two from it, and still can), and in version 2 the data key, the opening
key's material (96) and the contact key (32).

The passphrase goes through scrypt (N = 2^17, r = 8, p = 1: 128 MiB, about a second) to an
AES-256-GCM key; the associated data binds the version and the hub id, so a kit can open only
as the key of the hub it names. The check tells a mistyped kit from a wrong passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk.crypto import KEY_BYTES
from kiosk.errors import KioskError
from kiosk.secrets import DataKeyStore, hub_key_store_kind

MAGIC = b"PKK"
VERSION = 1  # the data key alone
VERSION_ALL_KEYS = 2  # the data key, the opening key and the contact key
SCRYPT_LOG2_N = 17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
NONCE_BYTES = 12
HUB_ID_BYTES = 16
CHECK_BYTES = 4
SEALED_KEY_BYTES = KEY_BYTES + 16  # the key and its GCM tag
HEADER_BYTES = len(MAGIC) + 4
KIT_BYTES = HEADER_BYTES + SALT_BYTES + NONCE_BYTES + HUB_ID_BYTES + SEALED_KEY_BYTES + CHECK_BYTES
OPENING_BYTES = 96  # kiosk/hpke_seal.py's MATERIAL_BYTES
RECORD_KEYS_BYTES = OPENING_BYTES + KEY_BYTES
KIT_BYTES_ALL_KEYS = KIT_BYTES + RECORD_KEYS_BYTES
MIN_PASSPHRASE_CHARS = 12
GROUP = 5  # characters per group on paper
FILE_FORMAT = "petition-kiosk hub key recovery kit"
# Read as people type from paper: no padding, any case, spaces and dashes ignored, and the
# digits the base32 alphabet leaves out read as the letters they look like.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class KitRefused(KioskError, code="recovery_kit_refused"):
    """A kit that cannot be used (``detail`` is one of the codes below, never a secret).

    - ``kit_unreadable``: not a kit, or mistyped (the check does not match);
    - ``kit_version``: made by a newer release;
    - ``wrong_passphrase``: the passphrase does not open it;
    - ``other_hub``: it holds the key of another hub;
    - ``key_differs``: this hub's key store already holds a different key (use ``--replace``);
    - ``no_key``: this hub has no key to put in a kit.
    """


class HubKeyMissing(KioskError, code="hub_key_missing"):
    """The hub holds sealed signatures but its key store has no key: restore it from the kit."""


def key_account(hub_id: str) -> str:
    """The key store account of a hub's data key."""
    return f"hub-{hub_id}"


def _aad(hub_id: bytes) -> bytes:
    return b"petition-kiosk hub key kit v1:" + hub_id


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, n=2 ** log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def seal_key(hub_id: str, data_key: bytes, passphrase: str, log2_n: int = SCRYPT_LOG2_N,
             opening: bytes | None = None, contact: bytes | None = None) -> bytes:
    """The kit's bytes for ``data_key`` of hub ``hub_id`` under ``passphrase``, with the opening
    key's material and the contact key when the hub holds them (version 2).

    ``log2_n`` is stored in the kit; only tests lower it, to keep scrypt quick.
    """
    if len(data_key) != KEY_BYTES:
        raise KitRefused("no_key")
    version, keys = VERSION, data_key
    if opening is not None and contact is not None:
        if len(opening) != OPENING_BYTES or len(contact) != KEY_BYTES:
            raise KitRefused("no_key")
        version, keys = VERSION_ALL_KEYS, data_key + opening + contact
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    hub = uuid.UUID(hub_id).bytes
    secret = _derive(passphrase, salt, log2_n, SCRYPT_R, SCRYPT_P)
    aad = _aad(hub) if version == VERSION else _aad(hub) + bytes([version])
    body = (MAGIC + bytes([version, log2_n, SCRYPT_R, SCRYPT_P]) + salt + nonce + hub
            + AESGCM(secret).encrypt(nonce, keys, aad))
    return body + hashlib.sha256(body).digest()[:CHECK_BYTES]


@dataclass(frozen=True)
class OpenedKit:
    """What a kit held: the hub it belongs to and that hub's keys (version 1: the data key only)."""

    hub_id: str
    data_key: bytes
    opening: bytes | None = None
    contact: bytes | None = None


def open_key(kit: bytes, passphrase: str) -> OpenedKit:
    """The hub id and data key in ``kit``; :class:`KitRefused` if it cannot be opened."""
    if len(kit) not in (KIT_BYTES, KIT_BYTES_ALL_KEYS) or not kit.startswith(MAGIC):
        raise KitRefused("kit_unreadable")
    body, check = kit[:-CHECK_BYTES], kit[-CHECK_BYTES:]
    if not hmac.compare_digest(hashlib.sha256(body).digest()[:CHECK_BYTES], check):
        raise KitRefused("kit_unreadable")
    version, log2_n, r, p = body[len(MAGIC):HEADER_BYTES]
    if version not in (VERSION, VERSION_ALL_KEYS):
        raise KitRefused("kit_version")
    if len(kit) != (KIT_BYTES if version == VERSION else KIT_BYTES_ALL_KEYS):
        raise KitRefused("kit_unreadable")
    at = HEADER_BYTES
    salt, at = body[at:at + SALT_BYTES], at + SALT_BYTES
    nonce, at = body[at:at + NONCE_BYTES], at + NONCE_BYTES
    hub, at = body[at:at + HUB_ID_BYTES], at + HUB_ID_BYTES
    aad = _aad(hub) if version == VERSION else _aad(hub) + bytes([version])
    try:
        keys = AESGCM(_derive(passphrase, salt, log2_n, r, p)).decrypt(nonce, body[at:], aad)
    except InvalidTag:
        raise KitRefused("wrong_passphrase") from None
    if version == VERSION:
        return OpenedKit(str(uuid.UUID(bytes=hub)), keys)
    return OpenedKit(str(uuid.UUID(bytes=hub)), keys[:KEY_BYTES], keys[KEY_BYTES:KEY_BYTES + OPENING_BYTES],
                     keys[KEY_BYTES + OPENING_BYTES:])


def kit_text(kit: bytes) -> str:
    """The kit as base32 text in groups of five, for paper (and the QR code)."""
    plain = base64.b32encode(kit).decode("ascii").rstrip("=")
    return " ".join(plain[i:i + GROUP] for i in range(0, len(plain), GROUP))


def kit_from_text(text: str) -> bytes:
    """The kit's bytes from its text form, or from the JSON file that carries it."""
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            stripped = str(json.loads(stripped)["kit"])
        except (ValueError, KeyError, TypeError):
            raise KitRefused("kit_unreadable") from None
    plain = "".join(ch for ch in stripped.upper() if ch.isalnum()).translate(_LOOKALIKES)
    try:
        return base64.b32decode(plain + "=" * (-len(plain) % 8))
    except ValueError:
        raise KitRefused("kit_unreadable") from None


def kit_document(hub_id: str, kit: bytes, now: datetime | None = None) -> str:
    """The small JSON file beside the printable page."""
    return json.dumps({"format": FILE_FORMAT, "version": VERSION, "hub_id": hub_id,
                       "created_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
                       "kit": kit_text(kit),
                       "restore": "petition-kiosk hub restore-key --kit THIS_FILE"}, indent=2) + "\n"


def load_key(directory: Path, hub_id: str) -> bytes:
    """This hub's data key from its key store (:class:`KitRefused` ``no_key`` if it has none)."""
    key = DataKeyStore(hub_key_store_kind(), directory).load(key_account(hub_id))
    if key is None:
        raise KitRefused("no_key")
    return key


def restore_key(directory: Path, hub_id: str, kit: bytes, passphrase: str, replace: bool = False) -> bool:
    """Put the kit's key into this hub's key store; False if that very key was already there.

    Nothing is written unless the kit opens with ``passphrase``, belongs to this hub, and
    either no key is stored or ``replace`` allows overwriting a different one.
    """
    from sync.hub.hub_keys import store_record_keys

    opened = open_key(kit, passphrase)
    if opened.hub_id != hub_id:
        raise KitRefused("other_hub")
    keys = DataKeyStore(hub_key_store_kind(), directory)
    account = key_account(hub_id)
    existing = keys.load(account)
    same = existing is not None and hmac.compare_digest(existing, opened.data_key)
    if existing is not None and not same and not replace:
        raise KitRefused("key_differs")
    # The opening and contact keys (a version 2 kit) go back beside it: each is only ever this hub's own.
    store_record_keys(hub_id, opened.opening, opened.contact)
    if same:
        return False
    if existing is not None:
        keys.replace(account, opened.data_key)
    else:
        keys.save(account, opened.data_key)
    return True
