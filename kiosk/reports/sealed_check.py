"""The entry check of the exports that list names: refused on a tablet in sealed mode.

In sealed mode (kiosk/hpke_seal.py) this tablet holds no key that opens its records, so
sheets and CSV with names cannot be made here; saying so before any work is done gives the
coordinator one clear reason instead of a file of blanks. The hub makes them (its own
:class:`~kiosk.reports.source.ReportSource` opens what kiosks sealed to it).
"""

from __future__ import annotations

from kiosk.campaign import Campaign
from kiosk.reports.errors import SealedOnTablet
from kiosk.reports.source import KioskSource, ReportSource
from kiosk.store import SignatureStore


def refuse_names_if_sealed(source: SignatureStore | ReportSource, campaign: Campaign) -> None:
    """Raise :class:`SealedOnTablet` when new records on this tablet are sealed to the hub."""
    store = source.store if isinstance(source, KioskSource) else source
    if isinstance(store, SignatureStore) and store.sealed_mode(campaign):
        raise SealedOnTablet()
