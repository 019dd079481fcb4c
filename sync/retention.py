"""Retention: purge personal fields once the server has confirmed a signature.

The row stays (uuid, campaign, event, date, language, postal code, consent, sync state), so
counts, tallies and the repeat-signer check (``email_hash``/``phone_hash`` are kept) remain
right; only the sealed blob goes (``sealed = NULL``, ``purged_at = now``). A row that is not
``synced`` is never purged, whatever the setting. Every purge that destroys anything also
writes one ``purge_log`` row in the same transaction (how many, when, this device, the rule),
from which ``export destruction`` makes the record a coordinator can show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Engine, Table, select, update
from sqlalchemy.orm import Session

from kiosk.models import MetaEntry, PurgeLogEntry, SignatureRecord, SyncState
from kiosk.store import META_KIOSK_ID

DEFAULT_RETENTION_DAYS = 14
LABEL_MAX = 100  # purge_log.kiosk_label's width
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


def purge_synced(engine: Engine, now: datetime, synced_before: datetime | None = None,
                 rule: RetentionRule | None = None) -> int:
    """Purge personal fields of synced records (all, or those synced at or before a time).

    This is also the coordinator's "purge now" for the manual setting (``rule`` None: logged
    as manual). Returns the number of records purged.
    """
    conditions = [_TABLE.c.state == SyncState.SYNCED.value, _TABLE.c.sealed.is_not(None)]
    if synced_before is not None:
        conditions.append(_TABLE.c.synced_at <= synced_before)
    with Session(engine) as session, session.begin():
        labels = sorted(label for label in session.scalars(select(_TABLE.c.kiosk_label).where(*conditions).distinct())
                        if label)
        result = session.execute(update(_TABLE).where(*conditions).values(sealed=None, purged_at=now))
        purged = int(result.rowcount or 0)  # type: ignore[attr-defined]  # CursorResult at runtime
        if purged:
            _log_purge(session, now, purged, rule or RetentionRule(RetentionMode.MANUAL), ", ".join(labels))
        return purged


def _log_purge(session: Session, now: datetime, count: int, rule: RetentionRule, kiosk_label: str) -> None:
    """The record of destruction: counts only, in the purge's own transaction (both or neither)."""
    kiosk = session.get(MetaEntry, META_KIOSK_ID)
    session.add(PurgeLogEntry(purged_at=now, count=count, kiosk_id=kiosk.value if kiosk else "",
                              kiosk_label=kiosk_label[:LABEL_MAX], rule=rule.mode.value,
                              days=rule.days if rule.mode is RetentionMode.DAYS else None))


def apply_retention(engine: Engine, rule: RetentionRule, now: datetime) -> int:
    """Purge what the rule says is due now; the manual setting purges nothing by itself."""
    cutoff = rule.cutoff(now)
    if cutoff is None:
        return 0
    return purge_synced(engine, now, cutoff, rule)
