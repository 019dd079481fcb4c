"""A read-only, consistent view of the kiosk database for exports.

The store's engine starts every transaction with ``BEGIN IMMEDIATE`` (the write lock), so
a long export through it would make the signing screen wait. Exports use their own
connection with a deferred ``BEGIN`` instead: in WAL mode that is a snapshot that sees no
signature added after it began and never blocks a signer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from kiosk.errors import StorageError
from kiosk.store import SignatureStore

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")  # an export never writes to the database
    cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")  # deferred: a WAL read snapshot, no write lock


@contextmanager
def read_snapshot(store: SignatureStore) -> Iterator[Connection]:
    """A connection inside one read transaction on ``store``'s database."""
    engine = create_engine(f"sqlite:///{store.path}", poolclass=NullPool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        with engine.connect() as conn, conn.begin():
            yield conn
    except OperationalError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__
        raise StorageError(reason) from None
    finally:
        engine.dispose()
