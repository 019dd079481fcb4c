"""Writing an export so that a file at the chosen path is always complete.

The document goes to a hidden temporary file in the same folder, is flushed and fsynced,
and only then renamed over the target. A full disk, a cancel or a crash leaves the old file
(or none), never a truncated PDF that looks finished.

Every export is noted in the data dir's ledger (:mod:`kiosk.export_ledger`) before its
``.part`` file exists, and the writer holds a lock on that file, so the next start can
remove what a killed export left behind without touching a live one.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from kiosk.export_ledger import PART_SUFFIX, current_ledger, lock_file
from kiosk.reports.errors import ExportDiskFull, ExportUnwritable

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
def _translate(exc: OSError, target: Path) -> Exception:
    if exc.errno in _DISK_FULL:
        return ExportDiskFull(str(target))
    return ExportUnwritable(str(target))


def check_writable(target: Path) -> None:
    """Fail early (before any work) when the target cannot be a file we write."""
    if target.is_dir():
        raise ExportUnwritable(str(target))
    folder = target.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise ExportUnwritable(str(target))


@contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    """A binary file that becomes ``target`` only if the ``with`` block completes."""
    check_writable(target)
    ledger = current_ledger()
    try:
        if ledger is not None:
            ledger.note_folder(target.parent.resolve())
        fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=PART_SUFFIX)
    except OSError as exc:
        raise _translate(exc, target) from None
    temp = Path(temp_name)
    lock_file(fd, blocking=True)  # held until closed: a start-up clean-up leaves a live export alone
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)  # signature sheets hold personal data: owner only
        os.replace(temp, target)
        if ledger is not None:
            ledger.note_file(target.resolve())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _translate(exc, target) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
