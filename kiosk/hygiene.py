"""Start-up file hygiene: what the process creates is private, and it never dumps core.

Run first thing in every command (``ui/cli/main.py``). The umask makes every file and folder
the kiosk creates owner-only (the database, its ``-wal``/``-shm``, logs, exports, key files)
without each caller having to remember a mode. A core dump would write the process memory
— open records, the data key — to disk where anyone who takes the tablet can read it, so
the core-file limit is set to zero (soft and hard, so nothing started later raises it).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kiosk.errors import StorageError

PRIVATE_UMASK = 0o077
PRIVATE_DIR_MODE = 0o700


def harden_process() -> None:
    """Owner-only umask and no core dumps, for this process and everything it starts."""
    os.umask(PRIVATE_UMASK)
    try:
        import resource  # POSIX only; Windows has no core files to forbid
    except ImportError:
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        # Lowering a limit cannot be refused on Linux; if a platform does, keep the soft limit at 0.
        _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))


def private_dir(path: Path) -> Path:
    """Create ``path`` if needed and make sure only its owner can enter it.

    ``mkdir(mode=0o700)`` does nothing for a folder that already exists, and an operator's
    earlier ``mkdir`` (or a copied folder) is often 0755: tighten it rather than trust it.
    """
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        try:
            os.chmod(path, mode & ~0o077 | stat.S_IRWXU)
        except OSError:
            # Not ours to change (another user's folder): refuse to keep signatures there.
            raise StorageError(f"{path} is readable by other users and cannot be made private") from None
    return path


def readable_by_others(path: Path) -> bool:
    """Whether group or other users may read or write the file."""
    return bool(stat.S_IMODE(path.stat().st_mode) & 0o077)
