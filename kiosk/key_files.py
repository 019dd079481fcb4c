"""The protected file key store: owner-only (0600) files outside the data dir, for machines without a keyring.

Only where the operator opted in (``PETITION_KIOSK_KEY_STORE=file``, or the first-start
choice) for a kiosk, and by default for a hub on a machine with no usable keyring (see
kiosk/secrets.py, which decides). Every write is whole or absent after a power cut (an
fsynced temp file put in place, then the folder fsynced); a file replaced or destroyed is
overwritten first, so old key bytes do not stay in its blocks; a file other users could read
is refused (:class:`KeyFileExposed`) rather than used.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kiosk.errors import KeyFileExposed
from kiosk.hygiene import readable_by_others
from kiosk.paths import config_dir

KEY_FILE_ENV = "PETITION_KIOSK_KEY_FILE"


def keys_folder() -> Path:
    """The folder of the file store: beside ``PETITION_KIOSK_KEY_FILE`` if set, else the config dir's ``keys``."""
    override = os.environ.get(KEY_FILE_ENV)
    return Path(override).expanduser().parent if override else config_dir() / "keys"


def key_file_path(kiosk_id: str) -> Path:
    """Where the opt-in file key store keeps this kiosk's key."""
    override = os.environ.get(KEY_FILE_ENV)
    if override:
        return Path(override).expanduser()
    return config_dir() / "keys" / f"{kiosk_id}.key"


def read_private(path: Path, encoding: str) -> str | None:
    """The file's text, or None if there is no such file.

    Raises :class:`KeyFileExposed` if other users can read it: someone else on this machine
    may already have copied it, so it is not used as if it were ours alone.
    """
    if not path.exists():
        return None
    if readable_by_others(path):
        raise KeyFileExposed(str(path))
    return path.read_text(encoding=encoding)


def _private_temp_copy(path: Path, content: bytes) -> Path:
    """``content`` in an owner-only, fsynced temp file beside ``path`` (the caller puts it in place)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def write_new(path: Path, content: bytes) -> None:
    """Write a key file that must not exist yet, so a power cut leaves either none or a whole one.

    The content goes to a private temp file that is fsynced, then hard-linked into place (which
    fails rather than overwrite an existing key), and the directory is fsynced.
    """
    tmp = _private_temp_copy(path, content)
    try:
        os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def replace_file(path: Path, content: bytes) -> None:
    """Overwrite ``path`` whole (fsynced temp file renamed over it), owner-only."""
    tmp = _private_temp_copy(path, content)
    try:
        if path.exists():
            _overwrite(path)  # the old keys' bytes do not stay behind in the replaced file's blocks
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def destroy_file(path: Path) -> None:
    """Overwrite ``path`` with zeros, then remove it."""
    _overwrite(path)
    path.unlink()
    _fsync_dir(path.parent)


def _overwrite(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.write(b"\0" * size)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
