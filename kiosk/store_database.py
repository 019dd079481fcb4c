"""The kiosk database as the store's parts share it: its two engines, its id, its meta table and its WAL.

Opening migrates the file and checks that SQLite took the durability settings
(kiosk/database.py). Writes (signing, sync results) go through :attr:`StoreDatabase.engine`;
reads that may be long (counts, exports) through :attr:`StoreDatabase.read_engine`, so they
never block a signer. No part of the store checkpoints inside a signer's commit:
:meth:`StoreDatabase.checkpoint` runs after "thank you" and after the bulk writes.
"""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, Table, event
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from kiosk.database import make_engine, migrate, verify_durability
from kiosk.errors import StorageError
from kiosk.models import MetaEntry
from kiosk.paths import database_path

META_KIOSK_ID = "kiosk_id"
# SQLite's own automatic checkpoint threshold (1,000 pages of 4 KiB), kept, but run outside a commit.
WAL_CHECKPOINT_BYTES = 1000 * 4096

META_TABLE = cast(Table, MetaEntry.__table__)
UPSERT_META = sqlite_insert(META_TABLE).on_conflict_do_update(
    index_elements=[META_TABLE.c.key], set_={"value": sqlite_insert(META_TABLE).excluded.value})


def _no_automatic_checkpoint(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")


def storage_error(exc: DatabaseError | sqlite3.Error) -> StorageError:
    """The store's refusal for a database error: the driver's first line, never row contents.

    The driver's message names the failure ("disk is full", "database is locked").
    """
    driver = exc.orig if isinstance(exc, DatabaseError) else exc
    reason = str(driver).splitlines()[0] if driver else type(exc).__name__
    return StorageError(reason)


class StoreDatabase:
    """One kiosk database, opened: migrated, its durability checked, its kiosk id read (or made once)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = database_path(data_dir)
        try:
            self.engine: Engine = make_engine(self.path)
            # No checkpoint inside a signer's commit: copying the WAL back and fsyncing the
            # database file is work that can wait until after "thank you" (see checkpoint()).
            event.listen(self.engine, "connect", _no_automatic_checkpoint)
            self.read_engine: Engine = make_engine(self.path, writer=False)
            migrate(self.engine)
            verify_durability(self.engine)
            self.kiosk_id = self._ensure_kiosk_id()
        except DatabaseError as exc:  # also "file is not a database": a damaged or foreign file
            raise storage_error(exc) from None

    def _ensure_kiosk_id(self) -> str:
        with Session(self.engine) as session, session.begin():
            entry = session.get(MetaEntry, META_KIOSK_ID)
            if entry is None:
                entry = MetaEntry(key=META_KIOSK_ID, value=str(uuid_module.uuid4()))
                session.add(entry)
            return entry.value

    def get_meta(self, key: str) -> str | None:
        """A metadata value, or None."""
        with Session(self.read_engine) as session:
            entry = session.get(MetaEntry, key)
            return entry.value if entry else None

    def set_meta(self, key: str, value: str) -> None:
        """Durably set a metadata value."""
        with Session(self.engine) as session, session.begin():
            session.merge(MetaEntry(key=key, value=value))

    def checkpoint(self) -> None:
        """Copy committed pages from the WAL back into the database file once the WAL is big.

        SQLite would do this inside whichever commit crosses its threshold (1,000 pages),
        fsyncing the database file while a signer waits; the writer here never does it inside a
        commit. The kiosk calls this once "thank you" is on screen, and the bulk writers (sync
        results, batches, purges) after their own commits. PASSIVE: it never waits for readers.
        A failure is harmless (the WAL keeps everything) and is left for the next call.
        """
        wal = self.path.with_name(self.path.name + "-wal")
        try:
            if wal.stat().st_size < WAL_CHECKPOINT_BYTES:
                return
            # On the driver's connection, outside any transaction: SQLite cannot checkpoint inside one.
            raw = self.engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                raw.close()
        except (OSError, sqlite3.Error, OperationalError):
            pass

    def close(self) -> None:
        """Release the database (checkpointing the WAL is SQLite's job on last close)."""
        self.read_engine.dispose()
        self.engine.dispose()
