"""The welcome counter's first figure, read before the store is open.

The kiosk paints its welcome screen before it loads SQLAlchemy (see :mod:`kiosk.runtime`).
So that the screen's "N signed" is right from the first frame instead of popping in half a
second later, this reads that one number with the standard library's ``sqlite3``, which
costs a few milliseconds to load. It never writes or creates anything: the store's own
``counts()`` takes over once it is open, and a test keeps the two in agreement.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from kiosk.paths import database_path

# Never wait on a writer at start: an unknown count just shows once the store is open.
BUSY_TIMEOUT_S = 0.2


def stored_signature_count(data_dir: Path, campaign_id: str) -> int | None:
    """Signatures stored for ``campaign_id``: 0 before the first start, None if unreadable."""
    path = database_path(data_dir)
    if not path.exists():
        return 0
    try:
        # mode=rw: an existing file only (never create one); query_only: never write.
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_S)) as conn:
            conn.execute("PRAGMA query_only = ON")
            row = conn.execute("SELECT count(*) FROM signatures WHERE campaign_id = ?", (campaign_id,)).fetchone()
    except sqlite3.Error:
        return None  # no schema yet, a lock held too long, a damaged file: the store will say
    return int(row[0])
