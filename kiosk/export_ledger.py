"""Where exports were written, so nothing an export leaves behind is forgotten.

A killed export leaves its temporary ``.part`` file, full of personal data, and finished
exports stay wherever they were saved. So every export is noted in a small ledger in the
data dir (``exports.json``: the folders written to and the files finished, paths only)
before any byte is written. At every start :func:`open_export_ledger` removes the ``.part``
files no live export holds (each writer keeps an exclusive lock on its own), and the admin
area lists the finished exports (:meth:`ExportLedger.files`) with a delete button.

Deliberately light (no report libraries): it runs on every start.
"""

from __future__ import annotations

import errno
import json
import os
import re
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

LEDGER_NAME = "exports.json"
PART_SUFFIX = ".part"
# What tempfile.mkstemp(prefix=".<name>.", suffix=".part") makes: nothing else is ever removed.
_PART_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.part$")


@dataclass(frozen=True)
class ExportFile:
    """A finished export still on disk: where it is, how big and when it was written."""

    path: Path
    size: int
    modified: float

    def age_s(self, now: float | None = None) -> float:
        """Seconds since it was written."""
        return max(0.0, (time.time() if now is None else now) - self.modified)


class ExportLedger:
    """The data dir's record of where exports were written (paths only, no contents)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LEDGER_NAME

    def _read(self) -> dict[str, list[str]]:
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"folders": [], "files": []}
        if not isinstance(document, dict):
            return {"folders": [], "files": []}
        return {key: [str(v) for v in document.get(key, []) if isinstance(v, str)] for key in ("folders", "files")}

    def _write(self, document: dict[str, list[str]]) -> None:
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self.path)

    def note_folder(self, folder: Path) -> None:
        """Remember ``folder`` durably, before a ``.part`` file is made in it."""
        document = self._read()
        if str(folder) not in document["folders"]:
            document["folders"].append(str(folder))
            self._write(document)

    def note_file(self, target: Path) -> None:
        """Remember a finished export."""
        document = self._read()
        if str(target) not in document["files"]:
            document["files"].append(str(target))
            self._write(document)

    def files(self) -> list[ExportFile]:
        """The finished exports that still exist, newest first."""
        found = []
        for name in self._read()["files"]:
            path = Path(name)
            with suppress(OSError):
                info = path.stat()
                found.append(ExportFile(path, info.st_size, info.st_mtime))
        return sorted(found, key=lambda f: f.modified, reverse=True)

    def delete(self, target: Path) -> None:
        """Overwrite and remove a listed export, and forget it (a missing file is forgotten too).

        Raises :class:`OSError` when the file cannot be removed (it stays listed).
        """
        document = self._read()
        if str(target) not in document["files"]:
            raise FileNotFoundError(errno.ENOENT, "not a listed export", str(target))
        with suppress(FileNotFoundError):
            _shred(target)
        document["files"].remove(str(target))
        self._write(document)

    def remove_stale_parts(self) -> int:
        """Remove every ``.part`` no running export holds, in every folder ever exported to."""
        removed = 0
        for folder in self._read()["folders"]:
            with suppress(OSError):
                for candidate in Path(folder).iterdir():
                    if _PART_NAME.match(candidate.name) and _unheld(candidate):
                        with suppress(OSError):
                            _shred(candidate)
                            removed += 1
        return removed


_ledger: ExportLedger | None = None


def current_ledger() -> ExportLedger | None:
    """The ledger exports are noted in (None before a kiosk was opened in this process)."""
    return _ledger


def open_export_ledger(data_dir: Path) -> ExportLedger:
    """Start noting exports in ``data_dir`` and clear what killed exports left behind."""
    global _ledger
    _ledger = ExportLedger(data_dir)
    _ledger.remove_stale_parts()
    return _ledger


def lock_file(fd: int, blocking: bool) -> bool:
    try:
        import fcntl
    except ImportError:  # no advisory locks (Windows): an open file cannot be removed there anyway
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def _unheld(path: Path) -> bool:
    """Whether no live export holds ``path`` (its writer died, or never locked it)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return lock_file(fd, blocking=False)
    finally:
        os.close(fd)


def _shred(path: Path) -> None:
    """Overwrite a file with zeros, then remove it (best effort against undelete tools)."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        chunk = b"\0" * 65536
        for _ in range(0, size, len(chunk)):
            handle.write(chunk)
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
