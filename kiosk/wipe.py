"""The panic wipe: every signer's personal data erased irrecoverably, the counts kept.

For a kiosk about to be taken: from the admin area (with a confirmation), or by the duress
PIN typed at the PIN pad (kiosk/pin.py), which looks like a wrong PIN to whoever watches.
The store nulls every sealed blob and contact hash, destroys the data key and the contact
keys and truncates the WAL (:meth:`~kiosk.purge.Purger.panic_wipe`); the exports
still on disk (CSV and sheets hold names) are overwritten and removed. What stays: the rows'
clear columns (postal code, language, dates, consent answers, sync state), so every count,
the tally and the welcome counter are as before, and one ``purge_log`` row (counts only) for
the record of destruction.
"""

from __future__ import annotations

from contextlib import suppress

from kiosk.clock import utcnow
from kiosk.export_ledger import ExportLedger
from kiosk.runtime import KioskContext


def panic_wipe(ctx: KioskContext) -> int:
    """Erase all personal data on this kiosk now; return how many records held some."""
    wiped = ctx.store.panic_wipe(utcnow())
    ledger = ExportLedger(ctx.data_dir)
    for export in ledger.files():
        with suppress(OSError):  # one that cannot go stays listed for the coordinator to see
            ledger.delete(export.path)
    # The log says nothing; the purge log has the wipe's counts (store.panic_wipe), as for any purge.
    return wiped
