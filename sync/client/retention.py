"""Retention: purge personal fields once the server has confirmed (or refused) a signature.

The row stays (uuid, campaign, event, date, language, postal code, consent, sync state), so
counts and tallies remain right; the sealed blob and the repeat-signer hashes go together
(``sealed``, ``email_hash``, ``phone_hash`` = NULL, ``purged_at = now``): a hash kept after
the data would let whoever holds its key confirm who signed. A ``rejected`` row is final
too (the server will never take it), so it is purged under the same rule, timed from the
server's answer. A ``pending`` or ``not_sent`` row is never purged, whatever the setting. After
a purge the WAL is emptied (:func:`kiosk.database.checkpoint_truncate`) so no old copy of the
rows survives there; the store then destroys contact keys that no longer cover any row. Every
purge that destroys anything also writes one ``purge_log`` row in the same transaction (how
many, when, this device, the rule), from which ``export destruction`` makes the record a
coordinator can show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.settings import RetentionMode, Settings
from kiosk.store import SignatureStore

__all__ = ["DEFAULT_RETENTION_DAYS", "RetentionMode", "RetentionRule", "apply_retention"]

DEFAULT_RETENTION_DAYS = Settings.retention_days.default


@dataclass(frozen=True)
class RetentionRule:
    """The retention setting as in force."""

    mode: RetentionMode = RetentionMode.DAYS
    days: int = DEFAULT_RETENTION_DAYS

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionRule:
        """The rule in ``retention`` and ``retention_days`` (typed and range-checked by the settings)."""
        return cls(settings.retention, settings.retention_days)

    def cutoff(self, now: datetime) -> datetime | None:
        """Records synced at or before this time are due for purging (None: never automatically)."""
        if self.mode is RetentionMode.IMMEDIATE:
            return now
        if self.mode is RetentionMode.DAYS:
            return now - timedelta(days=self.days)
        return None


def apply_retention(store: SignatureStore, rule: RetentionRule, now: datetime) -> int:
    """Purge what the rule says is due now; the manual setting purges nothing by itself.

    The store does the purging (the one door for signatures; a coordinator's "purge now" is
    :meth:`~kiosk.purge.Purger.purge_synced` itself): this module only turns the
    setting into a cutoff.
    """
    cutoff = rule.cutoff(now)
    if cutoff is None:
        return 0
    return store.purge_synced(now, cutoff, rule.mode, rule.days)
