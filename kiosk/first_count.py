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
# A paired kiosk's pairing file and what its sync worker keeps of the hub's totals (written by
# sync/client/pairing.py, read by sync/client/hub_link.py; named here so the first frame needs no sync code).
PAIRING_FILE = "hub-pairing.json"
META_HUB_COMBINED = "hub.combined"  # the campaign's signatures at the hub (with the starting count), last heard
# This kiosk's signatures the hub's figure already held when it was heard (all but those
# then waiting): what is stored beyond it is added, so the figure never dips when a waiting
# signature reaches the hub between two hearings.
META_HUB_LOCAL_BASE = "hub.local_base"


def welcome_figure(combined_heard: int, local_base: int, stored: int) -> int:
    """A paired kiosk's count: the hub's figure, last heard, plus what was stored here since."""
    return combined_heard + max(0, stored - local_base)


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


def stored_hub_figure(data_dir: Path, campaign_id: str) -> int | None:
    """A paired kiosk's welcome figure (see :func:`welcome_figure`), or None when not paired or
    nothing was heard from the hub yet (then the caller shows the stored count)."""
    path = database_path(data_dir)
    if not (data_dir / PAIRING_FILE).exists() or not path.exists():
        return None
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_S)) as conn:
            conn.execute("PRAGMA query_only = ON")
            meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)",
                                     (META_HUB_COMBINED, META_HUB_LOCAL_BASE)).fetchall())
            stored = conn.execute("SELECT count(*) FROM signatures WHERE campaign_id = ?", (campaign_id,)).fetchone()
    except sqlite3.Error:
        return None
    heard, base = meta.get(META_HUB_COMBINED, ""), meta.get(META_HUB_LOCAL_BASE, "")
    if not (heard.isdigit() and base.isdigit()):
        return None
    return welcome_figure(int(heard), int(base), int(stored[0]))
