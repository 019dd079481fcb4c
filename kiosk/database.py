"""The SQLite engines: durable settings on every connection, verified, and migrated at start.

WAL with ``synchronous=FULL`` means a commit that returned has been fsynced to the WAL, so
a signature that showed "thank you" survives a power cut. Write transactions start
with ``BEGIN IMMEDIATE`` so that the signing screen and the sync worker (separate
connections) queue for the write lock instead of failing with "database is locked" when a
read turns into a write; reads go through a separate engine that never takes that lock.
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
HEAD_REVISION = "0003"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # The driver's own transaction handling is switched off so BEGIN is ours to issue.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
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
    """Refuse to run if SQLite did not accept the durability settings."""
    with engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
    if str(mode).lower() != "wal" or int(sync or 0) != 2:  # 2 == FULL
        raise StorageError(f"journal_mode={mode} synchronous={sync}")


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
