"""Where secrets are kept: the one module that touches the OS keyring (tests/test_layers.py).

Each secret is kept in one :class:`KeyringSlot` of the service ``petition-kiosk``, or, where
said, in the protected file store (kiosk/key_files.py: owner-only files outside the data dir):

- the data key of a kiosk database (:class:`DataKeyStore`), and of a hub's, under the account
  sync/hub/recovery.py names. Headless Linux machines often have no keyring backend; then
  collection refuses (:class:`KeyStoreUnavailable`) until the operator opts in with
  ``PETITION_KIOSK_KEY_STORE=file`` or the coordinator chooses the file on the kiosk's
  first-start screen (saved as the ``key_store`` setting);
- the contact keys (:class:`ContactKeyStore`, for repeat-signer hashes), beside the data key
  (in the keyring, or a second file next to the key file), rewritten and destroyed as
  retention purges the rows they cover;
- what the tablet trusts (:class:`KeySlot`: the pinned sealing key, the PIN key; kiosk/trust.py),
  beside the data key, so that editing the disk's data cannot change it;
- the sync token (keyring only, never a file: without a keyring it comes from
  ``PETITION_KIOSK_SYNC_TOKEN``);
- a paired kiosk's hub device token (keyring, or a file where the data key is in the file
  store: the hub can revoke it);
- a hub's upstream credentials (e.g. the Action Network API key, with
  ``PETITION_KIOSK_HUB_UPSTREAM_TOKEN`` as the override for servers) and a remembered database
  password (:class:`HubSecret`). A hub's secrets, its data key included, go to the keyring, or,
  where the machine has none, to the file store by default (:func:`hub_key_store_kind`): a hub
  is a server and must start where its kiosks do. (Its TLS key is a file of its own, sync/hub/tls.py.)

Where the kiosk's key lives (keyring or file) is also decided here (:func:`key_store_kind`,
:func:`key_store_choice_needed`, :func:`remember_key_store`).
"""

from __future__ import annotations

import base64
import json
import os
from contextlib import suppress
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from kiosk.errors import KeyFileInDataDir, KeyStoreUnavailable
from kiosk.key_files import (
    destroy_file,
    key_file_path,
    keys_folder,
    read_private,
    replace_file,
    write_new,
)
from kiosk.paths import config_dir
from kiosk.settings import KeyStoreKind, Settings

SERVICE = "petition-kiosk"
KEY_STORE_ENV = "PETITION_KIOSK_KEY_STORE"
SYNC_CREDENTIAL_ENV = "PETITION_KIOSK_SYNC_TOKEN"
KEYRING_BACKEND_ENV = "PYTHON_KEYRING_BACKEND"
SYNC_CREDENTIAL_ACCOUNT = "sync-token"
FILE_STORE = "file"
KEYRING_STORE = "keyring"
# Backends that would keep secrets in clear or nowhere. keyrings.alt's plaintext store is
# only acceptable when the operator picked it explicitly (tests do, via the env variable).
_INSECURE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def key_store_kind(setting: str = KEYRING_STORE) -> str:
    """``file`` or ``keyring``: the environment overrides the saved setting."""
    chosen = os.environ.get(KEY_STORE_ENV, setting).strip().lower()
    return FILE_STORE if chosen == FILE_STORE else KEYRING_STORE


def key_store_choice_needed(setting: str = KEYRING_STORE) -> bool:
    """Whether the coordinator has to choose, on the kiosk's first-start screen, where the key lives.

    Only when nobody has chosen: ``PETITION_KIOSK_KEY_STORE`` is not set (a scripted set-up
    decides for itself, and keeps its one-line refusal), the saved setting still says
    keyring, and this machine has no usable keyring to keep it in.
    """
    if os.environ.get(KEY_STORE_ENV, "").strip():
        return False
    return key_store_kind(setting) == KEYRING_STORE and not keyring_available()


def remember_key_store(settings: Settings, kind: KeyStoreKind) -> None:
    """Keep ``kind`` as this kiosk's key store from now on (the first-start choice).

    Saved in the settings file (atomically), so the next start goes straight to work; the
    environment variable still overrides it. Should the file be lost, the kiosk asks again
    on a machine without a keyring, and the key file chosen before is found where it was.
    """
    settings.key_store = kind
    settings.save()


def _usable_keyring() -> KeyringBackend | None:
    backend = keyring.get_keyring()
    chosen_explicitly = bool(os.environ.get(KEYRING_BACKEND_ENV))
    module = type(backend).__module__
    if any(module.startswith(bad) for bad in _INSECURE_BACKEND_MODULES) and not (
        chosen_explicitly and not module.startswith("keyring.backends.fail")
    ):
        return None
    if getattr(backend, "backends", None) == []:  # a chainer with nothing behind it
        return None
    return backend


def keyring_available() -> bool:
    """Whether a secure OS keyring backend exists on this machine."""
    return _usable_keyring() is not None


class KeyringSlot:
    """One entry (``account``) of this program's service in the OS keyring.

    Every secret kept in the keyring goes through one of these, so "no usable keyring" and a
    keyring that fails are worded the same way everywhere: :class:`KeyStoreUnavailable`
    carrying the backend's error type, never the value.
    """

    def __init__(self, account: str) -> None:
        self.account = account

    def read(self) -> str | None:
        """The stored value, or None if there is none; raises where no keyring can be asked."""
        try:
            return _backend_or_raise().get_password(SERVICE, self.account)
        except keyring.errors.KeyringError as exc:
            raise KeyStoreUnavailable(type(exc).__name__) from None

    def read_if_available(self) -> str | None:
        """The stored value, or None if there is none, no keyring, or the keyring fails (a lookup that may miss)."""
        backend = _usable_keyring()
        if backend is None:
            return None
        try:
            return backend.get_password(SERVICE, self.account)
        except keyring.errors.KeyringError:
            return None

    def write(self, value: str) -> None:
        """Keep ``value`` (replacing what was there); raises :class:`KeyStoreUnavailable` if it cannot."""
        try:
            _backend_or_raise().set_password(SERVICE, self.account, value)
        except keyring.errors.KeyringError as exc:
            raise KeyStoreUnavailable(type(exc).__name__) from None

    def delete(self) -> None:
        """Forget the value; nothing happens if there is none, or no keyring to hold one."""
        backend = _usable_keyring()
        if backend is None:
            return
        try:
            backend.delete_password(SERVICE, self.account)
        except keyring.errors.PasswordDeleteError:
            pass  # none was saved
        except keyring.errors.KeyringError as exc:
            raise KeyStoreUnavailable(type(exc).__name__) from None


def _backend_or_raise() -> KeyringBackend:
    backend = _usable_keyring()
    if backend is None:
        raise KeyStoreUnavailable("no keyring backend")
    return backend


def data_key_slot(kiosk_id: str) -> KeyringSlot:
    """Where the keyring keeps the data key of ``kiosk_id`` (a kiosk id, or a hub's key account)."""
    return KeyringSlot(f"data-key:{kiosk_id}")


def contact_keys_slot(kiosk_id: str) -> KeyringSlot:
    """Where the keyring keeps the contact keys of ``kiosk_id``."""
    return KeyringSlot(f"contact-keys:{kiosk_id}")


class DataKeyStore:
    """Loads or creates the data key of one kiosk database."""

    def __init__(self, kind: str, data_dir: Path) -> None:
        self.kind = kind
        self._data_dir = data_dir.resolve()

    def load(self, kiosk_id: str) -> bytes | None:
        """The stored key, or None if this kiosk has none yet."""
        if self.kind == FILE_STORE:
            # Refused if others can read it: never go on sealing with a key not ours alone.
            encoded = read_private(self.key_file(kiosk_id), "ascii")
        else:
            encoded = data_key_slot(kiosk_id).read()
        return base64.b64decode(encoded.strip()) if encoded else None

    def save(self, kiosk_id: str, key: bytes) -> None:
        """Store a new key; never overwrites an existing one."""
        encoded = base64.b64encode(key)
        if self.kind == FILE_STORE:
            write_new(self.key_file(kiosk_id), encoded)
            return
        data_key_slot(kiosk_id).write(encoded.decode("ascii"))

    def replace(self, kiosk_id: str, key: bytes) -> None:
        """Destroy the stored key and keep ``key`` instead (the panic wipe: the old one is gone)."""
        encoded = base64.b64encode(key)
        if self.kind == FILE_STORE:
            path = self.key_file(kiosk_id)
            with suppress(FileNotFoundError):
                destroy_file(path)  # overwritten before removal: its bytes do not stay in the blocks
            write_new(path, encoded)
            return
        data_key_slot(kiosk_id).write(encoded.decode("ascii"))

    def key_file(self, kiosk_id: str) -> Path:
        """The file store's key file of ``kiosk_id``; refuses (:class:`KeyFileInDataDir`) one inside the data dir."""
        path = key_file_path(kiosk_id).resolve()
        if path.is_relative_to(self._data_dir):
            # A key beside the data would hand both to whoever takes the folder.
            raise KeyFileInDataDir()
        return path


class ContactKeyStore:
    """Loads, replaces and destroys the contact keys of one kiosk (JSON entries, never logged)."""

    def __init__(self, kind: str, data_dir: Path) -> None:
        self._data_keys = DataKeyStore(kind, data_dir)
        self.kind = kind

    def _file(self, kiosk_id: str) -> Path:
        key_file = self._data_keys.key_file(kiosk_id)
        return key_file.with_name(f"{key_file.name}.contact-keys")

    def load(self, kiosk_id: str) -> list[dict[str, Any]]:
        """The stored entries (empty when there are none)."""
        if self.kind == FILE_STORE:
            text = read_private(self._file(kiosk_id), "ascii") or ""
        else:
            text = contact_keys_slot(kiosk_id).read() or ""
        try:
            entries = json.loads(text) if text else []
        except ValueError:
            raise KeyStoreUnavailable("contact keys unreadable") from None
        return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []

    def replace(self, kiosk_id: str, entries: list[dict[str, Any]]) -> None:
        """Store exactly ``entries``; an empty list destroys the stored keys altogether."""
        text = json.dumps(entries, separators=(",", ":"))
        if self.kind == FILE_STORE:
            path = self._file(kiosk_id)
            if entries:
                replace_file(path, text.encode("ascii"))
            elif path.exists():
                destroy_file(path)
            return
        slot = contact_keys_slot(kiosk_id)
        if entries:
            slot.write(text)
        elif slot.read() is not None:
            slot.delete()


SYNC_TOKEN_SLOT = KeyringSlot(SYNC_CREDENTIAL_ACCOUNT)


def get_sync_token() -> str | None:
    """The sync token: the environment override first, then the keyring."""
    env = os.environ.get(SYNC_CREDENTIAL_ENV)
    if env:
        return env.strip()
    return SYNC_TOKEN_SLOT.read_if_available()


def delete_sync_token() -> None:
    """Forget the sync token kept in the keyring (the environment override is the caller's)."""
    SYNC_TOKEN_SLOT.delete()


def set_sync_token(token: str) -> None:
    """Store the sync token in the keyring (never in a file)."""
    SYNC_TOKEN_SLOT.write(token.strip())


# -- the hub device token ------------------------------------------------------------------
# A paired kiosk's token can only upload, read its own receipts and the totals, and the hub
# can revoke it; so where the kiosk keeps its data key in the protected file store, the
# token may live there too (never the Action Network key, which stays on the hub).
def device_token_slot(kiosk_id: str) -> KeyringSlot:
    """Where the keyring keeps this kiosk's hub device token."""
    return KeyringSlot(f"hub-device-token:{kiosk_id}")


def device_token_path(kiosk_id: str) -> Path:
    """Where the file key store keeps this kiosk's hub device token (beside the key files)."""
    return config_dir() / "keys" / f"{kiosk_id}.hub-token"


def set_device_token(kiosk_id: str, token: str, kind: str) -> None:
    """Keep the hub device token in the keyring, or the protected file store (``kind``)."""
    if kind == FILE_STORE:
        path = device_token_path(kiosk_id)
        path.unlink(missing_ok=True)  # a new pairing replaces the old token
        write_new(path, token.strip().encode("ascii"))
        return
    device_token_slot(kiosk_id).write(token.strip())


def get_device_token(kiosk_id: str) -> str | None:
    """This kiosk's hub device token: the protected file if there is one, else the keyring."""
    path = device_token_path(kiosk_id)
    if path.exists():
        return path.read_text("ascii").strip() or None
    return device_token_slot(kiosk_id).read_if_available()


# -- a hub's secrets ------------------------------------------------------------------------
# A hub is a server: it starts where its kiosks do, keyring or not. Where this machine has no
# usable keyring (a headless server, a fresh laptop account) its secrets go to the protected
# file store by default, as a server's TLS key does, and ``hub serve`` says so at start. The
# Action Network API key reads the organization's whole list: it lives only on the hub (never
# on a tablet), in the hub's one store, with an environment override for servers.
UPSTREAM_CREDENTIAL_ENV = "PETITION_KIOSK_HUB_UPSTREAM_TOKEN"
_SAFE_NAME = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")


def hub_key_store_kind() -> str:
    """Where a hub keeps its secrets: ``PETITION_KIOSK_KEY_STORE`` when set, else the OS keyring
    where this machine has a usable one, else the protected file store."""
    chosen = os.environ.get(KEY_STORE_ENV, "").strip().lower()
    if chosen:
        return key_store_kind(chosen)
    return KEYRING_STORE if keyring_available() else FILE_STORE


def hub_secrets_folder() -> Path:
    """The folder of the protected file store (owner-only files, outside every data dir)."""
    return keys_folder()


class HubSecret:
    """One named secret of a hub (an upstream key, a database password), kept in the hub's store.

    In the keyring under ``name``, or with the file store in an owner-only file named after it
    in :func:`hub_secrets_folder`. Reading looks in the file first, then the keyring, so a key
    kept before the machine gained (or lost) a keyring is still found.
    """

    def __init__(self, kind: str, name: str) -> None:
        self.kind = kind
        self._ring = KeyringSlot(name)
        safe = "".join(c if c in _SAFE_NAME else "_" for c in name.replace(":", "-"))
        self.path = hub_secrets_folder() / f"{safe}.secret"

    def read(self) -> str | None:
        """The stored value, or None where neither store holds one."""
        if self.path.exists():
            return (read_private(self.path, "utf-8") or "").strip() or None
        return self._ring.read_if_available()

    def write(self, value: str) -> None:
        """Keep ``value`` (replacing what was there) in this hub's store."""
        if self.kind == FILE_STORE:
            replace_file(self.path, value.strip().encode("utf-8"))
            return
        self._ring.write(value.strip())


def _upstream_secret(hub_id: str, target: str, kind: str) -> HubSecret:
    return HubSecret(kind, f"hub-upstream:{hub_id}:{target}")


def set_upstream_token(hub_id: str, target: str, token: str, kind: str | None = None) -> None:
    """Keep a hub's upstream API key or token in the hub's store (``kind``: default :func:`hub_key_store_kind`)."""
    _upstream_secret(hub_id, target, kind or hub_key_store_kind()).write(token)


def get_upstream_token(hub_id: str, target: str) -> str | None:
    """A hub's upstream API key: the environment override first, then the hub's store."""
    env = os.environ.get(UPSTREAM_CREDENTIAL_ENV)
    if env:
        return env.strip()
    return _upstream_secret(hub_id, target, hub_key_store_kind()).read()


# -- small named slots beside the data key (kiosk/trust.py: what the tablet trusts) ----------
class KeySlot:
    """One named value of one kiosk, kept where its data key is kept.

    In the keyring under ``<name>:<kiosk id>``, or, with the file store, in an owner-only
    file beside the key file (``<key file>.<name>``). Never in the data dir or the database:
    the point of a slot is that editing the disk's data cannot change it.
    """

    def __init__(self, kind: str, data_dir: Path, kiosk_id: str, name: str) -> None:
        self._data_keys = DataKeyStore(kind, data_dir)
        self.kind = kind
        self._kiosk_id = kiosk_id
        self._name = name
        self._ring = KeyringSlot(f"{name}:{kiosk_id}")

    def _file(self) -> Path:
        key_file = self._data_keys.key_file(self._kiosk_id)
        return key_file.with_name(f"{key_file.name}.{self._name}")

    def load(self) -> str | None:
        """The stored text, or None when the slot is empty."""
        if self.kind == FILE_STORE:
            return read_private(self._file(), "ascii")
        return self._ring.read()

    def save(self, text: str) -> None:
        """Keep ``text`` (ASCII) in the slot, replacing what it held."""
        if self.kind == FILE_STORE:
            replace_file(self._file(), text.encode("ascii"))
            return
        self._ring.write(text)
