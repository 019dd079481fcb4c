"""Retention and the panic wipe: destroying personal data, with a record of each destruction.

:meth:`Purger.purge_synced` is retention (sync/client/retention.py decides when): a record the server
answered loses its sealed blob and contact hashes. :meth:`Purger.panic_wipe` erases every
record's at once, whatever its state, and the keys with them (kiosk/wipe.py asks for it). Both
keep the rows, so counts and tallies stay right; both write one ``purge_log`` row when they
destroyed anything (how many, when, this device, the rule; never personal data); both leave
no old copy of a page in the WAL.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import cast

from sqlalchemy import ColumnElement, Connection, Table, and_, func, insert, or_, select, update
from sqlalchemy.exc import OperationalError

from kiosk.crypto import Sealer, new_data_key
from kiosk.database import BUSY_TIMEOUT_MS, checkpoint_truncate
from kiosk.models import NOT_SENT_WIPED, PURGE_RULE_WIPE, PurgeLogEntry, SignatureRecord, SyncState
from kiosk.settings import RetentionMode
from kiosk.store_database import META_TABLE, UPSERT_META, StoreDatabase, storage_error
from kiosk.store_keys import META_KEY_CHECK, StoreKeys

log = logging.getLogger(__name__)
_TABLE = cast(Table, SignatureRecord.__table__)
_PURGE_LOG = cast(Table, PurgeLogEntry.__table__)
_PURGE_LABEL_MAX = 100  # purge_log.kiosk_label's width
# Rows purged by the first release kept their hashes: a row holds personal data while any is left.
_HOLDS_PERSONAL = or_(_TABLE.c.sealed.is_not(None), _TABLE.c.email_hash.is_not(None), _TABLE.c.phone_hash.is_not(None))
# Where the first release of issue 13 wrote a repeat signer's pad instead of a row; a repeat is
# a row of its own now, and the panic wipe still removes a pad an older version left.
META_COMMIT_PAD = "commit_pad"


def _labels(connection: Connection, chosen: ColumnElement[bool]) -> list[str]:
    """The kiosk labels of the rows about to lose their personal data (read before they do)."""
    return sorted(label for label in connection.scalars(select(_TABLE.c.kiosk_label).where(chosen).distinct())
                  if label)


class Purger:
    """Destroys personal data in one kiosk database: by retention, or all at once (the panic wipe)."""

    def __init__(self, database: StoreDatabase, keys: StoreKeys) -> None:
        self._db = database
        self._keys = keys
        # Set when a purge's TRUNCATE checkpoint had to give way to a reader: the WAL may still
        # hold purged pages, so the next purge checkpoints even if it purges nothing.
        self._truncate_owed = False

    def _log_destruction(self, connection: Connection, labels: list[str], count: int, now: datetime,
                         rule: str, days: int | None) -> None:
        """One ``purge_log`` row for ``count`` records destroyed, in the destroying transaction (none for 0)."""
        if count:
            connection.execute(insert(_PURGE_LOG).values(
                purged_at=now, count=count, kiosk_id=self._db.kiosk_id,
                kiosk_label=", ".join(labels)[:_PURGE_LABEL_MAX], rule=rule, days=days))

    def purge_synced(self, now: datetime, synced_before: datetime | None = None,
                     rule: RetentionMode = RetentionMode.MANUAL, days: int | None = None) -> int:
        """Purge personal fields and contact hashes of synced and rejected records.

        All of them, or those answered at or before ``synced_before`` (``synced_at``, set for a
        refusal too; a row rejected by the first release has none, so its signing time). The
        row stays so counts and tallies stay right; the sealed blob and the repeat-signer
        hashes go together: a hash kept after the data would let whoever holds its key confirm
        who signed. A pending row is never purged. Afterwards the WAL is emptied (TRUNCATE) so
        no old copy of the rows survives there, and contact keys that no longer cover any row
        are destroyed. A purge that destroys anything writes one ``purge_log`` row in the same
        transaction (how many, when, this device, ``rule`` and ``days``): the record of
        destruction a coordinator can show. Returns the number of records purged.
        """
        answered: ColumnElement[bool] = _TABLE.c.state.in_((SyncState.SYNCED.value, SyncState.REJECTED.value))
        if synced_before is not None:
            answered = and_(answered, func.coalesce(_TABLE.c.synced_at, _TABLE.c.signed_at) <= synced_before)
        chosen = and_(answered, _HOLDS_PERSONAL)
        with self._db.engine.begin() as connection:
            labels = _labels(connection, chosen)
            result = connection.execute(update(_TABLE).where(chosen)
                                        .values(sealed=None, email_hash=None, phone_hash=None, purged_at=now))
            purged = int(result.rowcount or 0)
            self._log_destruction(connection, labels, purged, now, rule.value,
                                  days if rule is RetentionMode.DAYS else None)
        if (purged or self._truncate_owed) and not checkpoint_truncate(self._db.engine):
            # A reader (a long export) still sees the old pages: try again at the next purge.
            self._truncate_owed = True
            log.info("retention: WAL checkpoint deferred, a reader is still open")
        else:
            self._truncate_owed = False
        if purged:
            self._keys.retire_contact_keys()
        return purged

    def panic_wipe(self, now: datetime) -> int:
        """Erase every record's personal data irrecoverably, now, whatever its sync state.

        For a kiosk about to be seized (the admin area's button, or the duress PIN): every
        sealed blob and contact hash is nulled in one transaction (``secure_delete`` zeroes
        them in the file), waiting records become :attr:`SyncState.NOT_SENT` (``wiped``; they
        can no longer be sent), the data key and the contact keys in the key store are
        destroyed and a fresh data key takes over (so the kiosk goes on collecting), and the
        WAL is checkpointed and truncated so it keeps no old page. The rows stay, so counts
        and tallies stay right. A wipe that destroyed anything writes one ``purge_log`` row in
        the same transaction (rule :data:`PURGE_RULE_WIPE`: how many, when, this device; no
        personal data), so the record of destruction accounts for it. The row tells nobody
        more than the table already does (every blob is gone, waiting rows say ``wiped``), and
        it does not say whether the admin area's button or the duress PIN asked for the wipe.
        Returns how many records held personal data.
        """
        new_key = new_data_key()
        sealer = Sealer(new_key)
        with self._keys.contact_lock:
            try:
                with self._db.engine.begin() as connection:
                    labels = _labels(connection, _HOLDS_PERSONAL)
                    wiped = int(connection.execute(
                        update(_TABLE).where(_HOLDS_PERSONAL).values(
                            sealed=None, email_hash=None, phone_hash=None,
                            purged_at=func.coalesce(_TABLE.c.purged_at, now))).rowcount or 0)
                    connection.execute(update(_TABLE).where(_TABLE.c.state == SyncState.PENDING.value).values(
                        state=SyncState.NOT_SENT.value, last_error=NOT_SENT_WIPED, next_attempt_at=None))
                    connection.execute(META_TABLE.delete().where(META_TABLE.c.key == META_COMMIT_PAD))
                    connection.execute(UPSERT_META, [{"key": META_KEY_CHECK, "value": sealer.key_check}])
                    self._log_destruction(connection, labels, wiped, now, PURGE_RULE_WIPE, None)
            except OperationalError as exc:
                raise storage_error(exc) from None
            self._keys.start_over(new_key, sealer)
        # Readers (an export) give way: the wipe waits for them as long as the busy timeout allows.
        self._truncate_owed = not checkpoint_truncate(self._db.engine, wait_ms=BUSY_TIMEOUT_MS)
        return wiped
