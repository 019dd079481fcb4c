"""Error codes of the exports.

Each is a :class:`~kiosk.errors.KioskError` with a stable ``code``; ``ui/`` words them for
the coordinator. ``detail`` carries only non-personal context (a file or event name).
"""

from __future__ import annotations

from kiosk.errors import KioskError


class ExportError(KioskError):
    """Base of every export failure."""

    code = "export_failed"


class ExportUnwritable(ExportError):
    """The output path cannot be written (no such folder, no permission, read-only disk)."""

    code = "export_unwritable"


class ExportDiskFull(ExportError):
    """The disk filled up while writing; nothing was left behind."""

    code = "export_disk_full"


class NothingToExport(ExportError):
    """No signature matches the filters; no file was written."""

    code = "export_nothing_matches"


class ExportCancelled(ExportError):
    """The coordinator cancelled the export; no file was written."""

    code = "export_cancelled"


class UnknownEvent(ExportError):
    """The event filter names no event of this kiosk."""

    code = "export_unknown_event"


class BadFilter(ExportError):
    """A date filter is not a date, or the range is empty (since after until)."""

    code = "export_bad_filter"


class SealedOnTablet(ExportError):
    """Sheets and CSV list names, and this tablet seals every record to the hub: only the hub can.

    The tally (counts only) still works on the tablet; the hub's exports list the names.
    """

    code = "export_sealed_on_tablet"
