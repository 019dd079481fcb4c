"""Coordinator exports: the PDF tally, signature sheets for delivery, the CSV, and the record of destruction.

No Qt here: the command line and the admin area both call these functions, which take the
store, the campaign, an output path, :class:`ReportFilters`, a report language and
optional ``progress(done, total)`` / ``cancel() -> bool`` callbacks. Each writes to a
temporary file and renames it into place only when complete, and fails with an error code
from :mod:`kiosk.reports.errors`.
"""

from __future__ import annotations

from kiosk.reports.csv_export import export_csv
from kiosk.reports.destruction import export_destruction
from kiosk.reports.errors import (
    BadFilter,
    ExportCancelled,
    ExportDiskFull,
    ExportError,
    ExportUnwritable,
    NothingToExport,
    SealedOnTablet,
    UnknownEvent,
)
from kiosk.reports.filters import ReportFilters
from kiosk.reports.labels import report_languages
from kiosk.reports.progress import ExportResult
from kiosk.reports.sheets import export_sheets
from kiosk.reports.tally import export_tally
from kiosk.settings import ExportKind

# Keyed by the shared ExportKind (a StrEnum, so the CLI's plain strings find them too).
EXPORTS = {ExportKind.TALLY: export_tally, ExportKind.SHEETS: export_sheets, ExportKind.CSV: export_csv,
           ExportKind.DESTRUCTION: export_destruction}

__all__ = [
    "EXPORTS",
    "BadFilter",
    "ExportCancelled",
    "ExportDiskFull",
    "ExportError",
    "ExportResult",
    "ExportUnwritable",
    "NothingToExport",
    "ReportFilters",
    "SealedOnTablet",
    "UnknownEvent",
    "export_csv",
    "export_destruction",
    "export_sheets",
    "export_tally",
    "report_languages",
]
