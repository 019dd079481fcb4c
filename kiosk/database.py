"""The SQLite engines: durable settings on every connection, verified, and migrated at start.

WAL with ``synchronous=FULL`` means a commit that returned has been fsynced to the WAL, so
a signature that showed "thank you" survives a power cut. Write transactions start
with ``BEGIN IMMEDIATE`` so that the signing screen and the sync worker (separate
connections) queue for the write lock instead of failing with "database is locked" when a
read turns into a write; reads go through a separate engine that never takes that lock.

``secure_delete`` is on for every connection so deleted or overwritten content (a purged
sealed blob, an erased contact hash) is zeroed in the file instead of lingering in free
space, and :func:`checkpoint_truncate` empties the WAL after a purge so no old copy of a
page survives there either.
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError

from kiosk.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

BUSY_TIMEOUT_MS = 10_000
HEAD_REVISION = "0004"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # The driver's own transaction handling is switched off so BEGIN is ours to issue.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # SQLite's default leaves deleted bytes in free pages and free space (some builds wipe,
    # this must not depend on the build): purged personal data must not be recoverable.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _on_connect_reader(dbapi_connection: sqlite3.Connection, record: Any) -> None:
    _on_connect(dbapi_connection, record)
    # Reader connections never write: a bug that tries fails loudly instead of taking a lock.
    dbapi_connection.execute("PRAGMA query_only=ON")


def _begin_immediate(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_deferred(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, writer: bool = True) -> Engine:
    """An engine whose every connection is WAL + synchronous=FULL.

    A writer engine starts every transaction with ``BEGIN IMMEDIATE`` (take the write lock
    up front, waiting up to the busy timeout). A reader engine uses plain ``BEGIN``: in WAL
    mode its transactions see one consistent snapshot and never block a writer, so a long
    export cannot hold up a signer.
    """
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect if writer else _on_connect_reader)
    event.listen(engine, "begin", _begin_immediate if writer else _begin_deferred)
    return engine


def verify_durability(engine: Engine) -> None:
    """Refuse to run if SQLite did not accept the durability and secure-delete settings."""
    with engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        wipe = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
    if str(mode).lower() != "wal" or int(sync or 0) != 2:  # 2 == FULL
        raise StorageError(f"journal_mode={mode} synchronous={sync}")
    if int(wipe or 0) != 1:  # a build without secure_delete would keep purged bytes
        raise StorageError(f"secure_delete={wipe}")


CHECKPOINT_WAIT_MS = 250


def checkpoint_truncate(engine: Engine, wait_ms: int = CHECKPOINT_WAIT_MS) -> bool:
    """Copy the WAL into the database and truncate it to zero bytes; True when it completed.

    After a purge the WAL still holds the pages as they were before it (with the sealed
    blobs); a TRUNCATE checkpoint writes every frame back and empties the file. While it
    waits for readers still on an older snapshot (a long export) it holds the write lock, so
    it waits only ``wait_ms``, not the usual busy timeout: a signer's commit must not queue
    behind it. If a reader is still there the WAL is emptied at the next purge or when the
    last connection closes, and False says so. It runs outside any transaction, on the raw
    connection, because a checkpoint inside one cannot proceed.
    """
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
        try:
            busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return int(busy) == 0


def _alembic_config() -> Config:
    # Alembic is imported only when a migration may run: it costs a quarter of a second at
    # start, and on every start but the first after an upgrade the schema is already current.
    from alembic.config import Config

    config = Config()
    location = resources.files("kiosk").joinpath("migrations")
    config.set_main_option("script_location", str(location))
    return config


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None for a new file).

    Read straight from Alembic's own version table, without importing Alembic.
    """
    with engine.connect() as conn:
        try:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
        except OperationalError:  # no such table: a new database
            return None
    return str(rows[0][0]) if len(rows) == 1 else None


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; cheap when it is already there."""
    if revision == "head" and current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command

    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def head_revision() -> str:
    """The newest revision shipped (a test keeps HEAD_REVISION in step with it)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    return str(head)


def integrity_ok(engine: Engine) -> bool:
    """``PRAGMA integrity_check`` says ok."""
    with engine.connect() as conn:
        return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
