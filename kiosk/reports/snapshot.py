"""A read-only, consistent view of the kiosk database for exports.

Exports read through the store's reader engine: its transactions start with a deferred
``BEGIN``, which in WAL mode is a snapshot that sees no signature added after it began and
never takes the write lock a signer needs, so a long export cannot make the signing screen
wait.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from kiosk.errors import StorageError
from kiosk.store import SignatureStore


@contextmanager
def read_snapshot(store: SignatureStore) -> Iterator[Connection]:
    """A connection inside one read transaction on ``store``'s database."""
    try:
        with store.read_engine.connect() as conn, conn.begin():
            yield conn
    except OperationalError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__
        raise StorageError(reason) from None
