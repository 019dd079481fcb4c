"""Where the reports read their signatures: a small typed row source.

The tally, the signature sheets and the CSV are written once, here in ``kiosk/reports``, and
read what they print through :class:`ReportSource`. A kiosk's :class:`SignatureStore` is one
source (:class:`KioskSource`, the default when a report is handed a store); the hub's
database is another (``sync/hub/export.py``), so ``hub export`` prints every kiosk's
signatures with the same code, fonts and labels as ``export`` prints one kiosk's.

A source opens one consistent :class:`ReportView` per export (a read snapshot), so the
count on a cover and the rows under it can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from kiosk.models import EventRecord, SignatureRecord
from kiosk.reports.filters import ReportFilters
from kiosk.reports.snapshot import read_snapshot
from kiosk.reports.tally_data import TallyData, collect_tally
from kiosk.signature import PersonalData
from kiosk.store import SignatureStore


@dataclass(frozen=True)
class ReportRow:
    """One signature as the sheets and the CSV show it (``person`` None once purged)."""

    uuid: str
    signed_at: datetime  # aware (UTC)
    language: str
    postal_code: str
    event: str
    event_place: str
    event_date: str
    canvasser: str
    kiosk: str
    consent_updates: bool
    consent_email_sha256: str
    consent_sms: bool
    consent_sms_sha256: str
    state: str  # a :class:`~kiosk.models.SyncState` value
    reason: str
    person: PersonalData | None


@dataclass(frozen=True)
class RowCounts:
    """How many signatures match, and how many of them still hold their personal data."""

    matching: int
    listed: int

    @property
    def purged(self) -> int:
        """Matching signatures whose personal data is gone."""
        return self.matching - self.listed


class ReportView(Protocol):
    """One consistent read of a source's signatures for one campaign."""

    def tally(self, campaign_id: str, filters: ReportFilters, step: Callable[[], None] | None = None) -> TallyData:
        """Every figure of the tally; ``step`` is called as the work advances."""
        ...

    def counts(self, campaign_id: str, filters: ReportFilters) -> RowCounts:
        """How many rows :meth:`rows` gives (``listed``) and how many match in all."""
        ...

    def rows(self, campaign_id: str, filters: ReportFilters, personal_only: bool = False) -> Iterator[ReportRow]:
        """The matching signatures, oldest first (then by UUID), opened one at a time."""
        ...


class ReportSource(Protocol):
    """Anything the reports can read signatures from."""

    def snapshot(self) -> AbstractContextManager[ReportView]:
        """A view that sees no signature added after it was opened."""
        ...


class KioskView:
    """A :class:`ReportView` over a kiosk database connection inside one read transaction."""

    def __init__(self, conn: Connection, store: SignatureStore) -> None:
        self._conn = conn
        self._store = store

    def tally(self, campaign_id: str, filters: ReportFilters, step: Callable[[], None] | None = None) -> TallyData:
        """SQL aggregates on this snapshot (:func:`~kiosk.reports.tally_data.collect_tally`)."""
        return collect_tally(self._conn, campaign_id, filters, step=step)

    def counts(self, campaign_id: str, filters: ReportFilters) -> RowCounts:
        """Matching rows and those whose sealed personal part is still held."""
        sig = SignatureRecord
        matching, listed = self._conn.execute(
            filters.apply(select(func.count(), func.count(sig.sealed)), self._conn, campaign_id)).one()
        return RowCounts(int(matching), int(listed))

    def rows(self, campaign_id: str, filters: ReportFilters, personal_only: bool = False) -> Iterator[ReportRow]:
        """Each matching row, its personal part opened with the store's key."""
        sig, ev = SignatureRecord, EventRecord
        query = select(sig.uuid, sig.signed_at, sig.language, sig.postal_code, sig.consent_updates, sig.state,
                       sig.last_error, sig.kiosk_label, sig.sealed, ev.name, ev.place, ev.date, ev.canvasser,
                       sig.consent_email_sha256, sig.consent_sms, sig.consent_sms_sha256,
                       ).select_from(sig).outerjoin(ev, ev.id == sig.event_id)
        if personal_only:
            query = query.where(sig.sealed.is_not(None))
        query = filters.apply(query, self._conn, campaign_id).order_by(sig.signed_at, sig.uuid)
        for row in self._conn.execute(query):
            person = self._store.open_sealed(row.uuid, row.sealed) if row.sealed is not None else None
            yield ReportRow(
                uuid=row.uuid, signed_at=row.signed_at, language=row.language, postal_code=row.postal_code,
                event=row.name or "", event_place=row.place or "", event_date=row.date or "",
                canvasser=row.canvasser or "", kiosk=row.kiosk_label, consent_updates=bool(row.consent_updates),
                consent_email_sha256=row.consent_email_sha256 or "", consent_sms=bool(row.consent_sms),
                consent_sms_sha256=row.consent_sms_sha256 or "", state=row.state, reason=row.last_error or "",
                person=person)


class KioskSource:
    """A kiosk's own signatures (its :class:`SignatureStore`) as a :class:`ReportSource`."""

    def __init__(self, store: SignatureStore) -> None:
        self.store = store

    @contextmanager
    def snapshot(self) -> Iterator[ReportView]:
        """A read transaction on the store's reader engine (never blocks a signer)."""
        with read_snapshot(self.store) as conn:
            yield KioskView(conn, self.store)


def as_source(source: SignatureStore | ReportSource) -> ReportSource:
    """The reports accept a kiosk store (as they always did) or any other source."""
    if isinstance(source, SignatureStore):
        return KioskSource(source)
    return source
