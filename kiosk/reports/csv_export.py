"""CSV of the signatures, one row per signature, for spreadsheets and Action Network.

UTF-8 with a byte-order mark and CRLF line ends, which is what makes Excel open names in
any script correctly on double-click. Columns Action Network knows keep Action Network's
names, so an upload maps them without clicks; the kiosk's own columns keep their English
names in every language too (only the cells' yes/no and sync states are in the
coordinator's). Purged records keep their row (the count stays right) with the personal
columns empty and ``personal_data_purged`` set.

Cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``)
get a leading apostrophe, unless they are plain numbers such as ``+12135550100``: a
signer's name must never become a formula on the coordinator's computer.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from kiosk.campaign import Campaign
from kiosk.reports.errors import NothingToExport
from kiosk.reports.filters import ReportFilters
from kiosk.reports.labels import DEFAULT_LANGUAGE, Labels
from kiosk.reports.output import atomic_output, check_writable
from kiosk.reports.progress import CancelCheck, ExportResult, ProgressCallback, Ticker
from kiosk.reports.sealed_check import refuse_names_if_sealed
from kiosk.reports.source import ReportRow, ReportSource, as_source
from kiosk.store import SignatureStore

# Action Network's import field names, for the columns that have one.
ACTION_NETWORK_COLUMNS = ("first_name", "last_name", "email", "phone_number", "zip_code", "address", "language")
# The kiosk's own columns: the same names in every language, like Action Network's, so a
# spreadsheet formula or an import mapping made on one export works on every other.
KIOSK_COLUMNS = ("signed_at", "event", "event_place", "event_date", "canvasser", "kiosk",
                 "opted_in_to_email", "email_consent_text_sha256", "opted_in_to_texts", "text_consent_text_sha256",
                 "sync_state", "reject_reason", "personal_data_purged", "kiosk_signature_id")
PROGRESS_EVERY = 200
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?[\d ().-]+$")


def neutralise(value: str) -> str:
    """Keep a cell from being run as a spreadsheet formula."""
    if value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def header() -> list[str]:
    """The header row: the same in every report language (the README's promise)."""
    return [*ACTION_NETWORK_COLUMNS, *KIOSK_COLUMNS]


def _cells(row: ReportRow, labels: Labels) -> list[str]:
    yes, no = labels["csv.yes"], labels["csv.no"]
    person = row.person
    personal = [person.given_name, person.family_name, person.email, person.phone] if person else ["", "", "", ""]
    address = person.address if person else ""
    state = labels.get(f"state.{row.state}", row.state)
    return [neutralise(v) for v in (
        *personal, row.postal_code, address, row.language,
        row.signed_at.astimezone().isoformat(timespec="seconds"),
        row.event, row.event_place, row.event_date, row.canvasser, row.kiosk,
        yes if row.consent_updates else no, row.consent_email_sha256,
        yes if row.consent_sms else no, row.consent_sms_sha256, state, row.reason,
        no if person else yes, row.uuid)]


def _rows(source: ReportSource, campaign_id: str, filters: ReportFilters, labels: Labels,
          ticker: Ticker) -> Iterator[list[str]]:
    with source.snapshot() as view:
        total = view.counts(campaign_id, filters).matching
        if total == 0:
            raise NothingToExport()
        ticker.total = total
        for index, row in enumerate(view.rows(campaign_id, filters), start=1):
            yield _cells(row, labels)
            if index % PROGRESS_EVERY == 0:
                ticker.advance(PROGRESS_EVERY)


def export_csv(store: SignatureStore | ReportSource, campaign: Campaign, out_path: str | Path,
               filters: ReportFilters | None = None, language: str | None = None,
               progress: ProgressCallback | None = None, cancel: CancelCheck | None = None) -> ExportResult:
    """Write the CSV for the signatures matching ``filters``; return how many rows it has.

    ``store`` is a kiosk's store or any :class:`~kiosk.reports.source.ReportSource` (the hub's).
    """
    refuse_names_if_sealed(store, campaign)
    target = Path(out_path)
    filters = filters or ReportFilters()
    labels = Labels(language or DEFAULT_LANGUAGE, campaign.country)
    check_writable(target)
    ticker = Ticker(1, progress, cancel)
    rows = _rows(as_source(store), campaign.id, filters, labels, ticker)
    first = next(rows)  # raises NothingToExport before any file exists
    written = 0
    with atomic_output(target) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, dialect="excel")
        writer.writerow(header())
        writer.writerow(first)
        written = 1
        for row in rows:
            writer.writerow(row)
            written += 1
        text.flush()
        text.detach()  # the atomic writer still owns (fsyncs and closes) the binary file
        ticker.check()
    ticker.finish()
    return ExportResult(target, written)
