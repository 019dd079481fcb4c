"""Retention: purge personal fields once the server has confirmed (or refused) a signature.

The row stays (uuid, campaign, event, date, language, postal code, consent, sync state), so
counts and tallies remain right; the sealed blob and the repeat-signer hashes go together
(``sealed``, ``email_hash``, ``phone_hash`` = NULL, ``purged_at = now``): a hash kept after
the data would let whoever holds its key confirm who signed. A ``rejected`` row is final
too (the server will never take it), so it is purged under the same rule, timed from the
server's answer. A ``pending`` row is never purged, whatever the setting. After a purge the
WAL is emptied (:func:`kiosk.database.checkpoint_truncate`) so no old copy of the rows
survives there; the store then destroys contact keys that no longer cover any row.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import ColumnElement, Engine, Table, and_, func, or_, update
from sqlalchemy.orm import Session

from kiosk.database import checkpoint_truncate
from kiosk.models import SignatureRecord, SyncState

DEFAULT_RETENTION_DAYS = 14
log = logging.getLogger(__name__)
# Databases whose WAL still holds purged pages because a checkpoint had to give way to a reader.
_checkpoint_owed: set[str] = set()
# The Core table: executemany updates keyed by uuid need bound parameters, which ORM updates lack.
_TABLE = cast(Table, SignatureRecord.__table__)


class RetentionMode(StrEnum):
    """When personal fields are purged after confirmed upload."""

    IMMEDIATE = "immediate"
    DAYS = "days"
    MANUAL = "manual"


@dataclass(frozen=True)
class RetentionRule:
    """The retention setting as in force."""

    mode: RetentionMode = RetentionMode.DAYS
    days: int = DEFAULT_RETENTION_DAYS

    @classmethod
    def from_settings(cls, settings: Any) -> RetentionRule:
        """Read ``retention`` and ``retention_days``; anything odd falls back to the default."""
        try:
            mode = RetentionMode(settings["retention"])
        except ValueError:
            mode = RetentionMode.DAYS
        days = settings["retention_days"]
        if not isinstance(days, int) or isinstance(days, bool) or days < 0:
            days = DEFAULT_RETENTION_DAYS
        return cls(mode, days)

    def cutoff(self, now: datetime) -> datetime | None:
        """Records synced at or before this time are due for purging (None: never automatically)."""
        if self.mode is RetentionMode.IMMEDIATE:
            return now
        if self.mode is RetentionMode.DAYS:
            return now - timedelta(days=self.days)
        return None


def purge_synced(engine: Engine, now: datetime, synced_before: datetime | None = None) -> int:
    """Purge personal fields and contact hashes of synced and rejected records.

    All of them, or those answered at or before ``synced_before`` (``synced_at``, set for a
    refusal too; a row rejected by the first release has none, so its signing time). This is
    also the coordinator's "purge now" for the manual setting. Returns the number of
    records purged.
    """
    answered: ColumnElement[bool] = _TABLE.c.state.in_((SyncState.SYNCED.value, SyncState.REJECTED.value))
    if synced_before is not None:
        answered = and_(answered, func.coalesce(_TABLE.c.synced_at, _TABLE.c.signed_at) <= synced_before)
    # Rows purged by the first release kept their hashes: those go now too.
    holds_personal = or_(_TABLE.c.sealed.is_not(None), _TABLE.c.email_hash.is_not(None),
                         _TABLE.c.phone_hash.is_not(None))
    with Session(engine) as session, session.begin():
        result = session.execute(update(_TABLE).where(answered, holds_personal)
                                 .values(sealed=None, email_hash=None, phone_hash=None, purged_at=now))
        purged = int(result.rowcount or 0)  # type: ignore[attr-defined]  # CursorResult at runtime
    database = str(engine.url)
    owed = database in _checkpoint_owed
    if (purged or owed) and not checkpoint_truncate(engine):
        # A reader (a long export) still sees the old pages: try again at the next purge.
        _checkpoint_owed.add(database)
        log.info("retention: WAL checkpoint deferred, a reader is still open")
    else:
        _checkpoint_owed.discard(database)
    return purged


def apply_retention(engine: Engine, rule: RetentionRule, now: datetime) -> int:
    """Purge what the rule says is due now; the manual setting purges nothing by itself."""
    cutoff = rule.cutoff(now)
    if cutoff is None:
        return 0
    return purge_synced(engine, now, cutoff)
