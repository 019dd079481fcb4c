"""The kiosk's outbox, as the sync engine names it: its reads and writes are in :mod:`kiosk.outbox`.

The outbox is the ``signatures`` table itself (a row is its own outbox entry), so its queries
and its result writes live with the store's other parts in ``kiosk/``; this module keeps the
names the engine (sync/engine.py) imports.
"""

from kiosk.outbox import DUE_NOW, DueRow, Retry, due_batch, next_due_at, pending_count

__all__ = ["DUE_NOW", "DueRow", "Retry", "due_batch", "next_due_at", "pending_count"]
