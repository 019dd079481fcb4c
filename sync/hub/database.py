"""The hub's database: a SQLite file by default, PostgreSQL for a campaign server.

SQLite gets WAL, ``secure_delete`` and ``synchronous=FULL`` on every connection (an "accepted" answer lets a
kiosk purge its copy, so it must be on disk first) and ``BEGIN IMMEDIATE`` so concurrent
batches queue for the write lock instead of failing half-way. The schema is brought to the
newest revision at start by the hub's own Alembic migrations.
"""

from __future__ import annotations

import threading
import weakref
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

_WRITE_LOCKS: weakref.WeakKeyDictionary[Engine, threading.Lock] = weakref.WeakKeyDictionary()
_LOCKS_GUARD = threading.Lock()
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
# Page cache per connection (SQLite's default is 2 MiB): every batch looks up its UUIDs and
# contact hashes in indexes keyed by random values, and once those outgrew 2 MiB each
# look-up read its pages again, so a batch cost more the more the hub held.
SQLITE_CACHE_KIB = 64 * 1024
POOL_SIZE = 10


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # As on the kiosk: a purged blob's bytes are zeroed, not left in free pages (the build's
    # default must not decide whether purged personal data can be read back from the file).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.close()


def _begin_immediate(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def write_lock(engine: Engine) -> AbstractContextManager[object]:
    """Held around a batch's write transaction: one writer at a time in this process.

    SQLite takes one writer at a time anyway; left to its busy handler, the batches waiting
    for the lock poll it with sleeps that grow to 100 ms, so under ten uploading kiosks the
    lock sat idle between one commit and the next waiter's wake-up. A Python lock hands it
    over at once. (Several hub processes on one SQLite file still queue through the busy
    handler; PostgreSQL needs no lock: it has row locks.)
    """
    if is_postgresql(engine):
        return nullcontext()
    with _LOCKS_GUARD:
        lock = _WRITE_LOCKS.get(engine)
        if lock is None:
            lock = _WRITE_LOCKS[engine] = threading.Lock()
    return lock


_READERS: weakref.WeakKeyDictionary[Engine, Engine] = weakref.WeakKeyDictionary()


def _begin_deferred(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def reader_engine(engine: Engine) -> Engine:
    """An engine for reads only over ``engine``'s database: on SQLite its transactions begin
    DEFERRED, so a read (a dashboard's figures, pushed after every commit) never takes the write
    lock an upload is waiting for; a WAL reader sees the last commit and blocks no writer.
    On PostgreSQL, ``engine`` itself."""
    if is_postgresql(engine):
        return engine
    with _LOCKS_GUARD:
        reader = _READERS.get(engine)
        if reader is None:
            reader = _READERS[engine] = create_engine(engine.url, connect_args={"check_same_thread": False,
                                                                                "timeout": 30})
            event.listen(reader, "connect", _on_sqlite_connect)
            event.listen(reader, "begin", _begin_deferred)
    return reader


def is_postgresql(engine: Engine) -> bool:
    """Whether ``engine`` talks to PostgreSQL (row leases use SKIP LOCKED there)."""
    return engine.dialect.name == "postgresql"


def make_hub_engine(url: str) -> Engine:
    """An engine for ``url`` with the durability settings above."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _begin_immediate)
        return engine
    return create_engine(url, pool_size=POOL_SIZE, max_overflow=POOL_SIZE, pool_pre_ping=True)


def migrate_hub(engine: Engine, revision: str = "heads") -> None:
    """Bring the hub schema to ``revision`` (idempotent; safe with several processes on
    PostgreSQL because Alembic's transaction takes the version table's lock).

    ``heads``, not ``head``: two revisions written side by side on one parent (independent
    changes to separate tables) are both applied, rather than stopping the hub at start.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        if revision == "heads":
            from sync.hub.aggregates import ensure_counters

            # A later migration that rebuilt a SQLite table dropped its triggers with it.
            ensure_counters(connection)
