"""Error codes of the exports.

Each is a :class:`~kiosk.errors.KioskError` with a stable ``code``; ``ui/`` words them for
the coordinator. ``detail`` carries only non-personal context (a file or event name).
"""

from __future__ import annotations

from kiosk.errors import KioskError


class ExportError(KioskError, code="export_failed"):
    """Base of every export failure."""


class ExportUnwritable(ExportError, code="export_unwritable"):
    """The output path cannot be written (no such folder, no permission, read-only disk)."""


class ExportDiskFull(ExportError, code="export_disk_full"):
    """The disk filled up while writing; nothing was left behind."""


class NothingToExport(ExportError, code="export_nothing_matches"):
    """No signature matches the filters; no file was written."""


class ExportCancelled(ExportError, code="export_cancelled"):
    """The coordinator cancelled the export; no file was written."""


class UnknownEvent(ExportError, code="export_unknown_event"):
    """The event filter names no event of this kiosk."""


class BadFilter(ExportError, code="export_bad_filter"):
    """A date filter is not a date, or the range is empty (since after until)."""


class SealedOnTablet(ExportError, code="export_sealed_on_tablet"):
    """Sheets and CSV list names, and this tablet seals every record to the hub: only the hub can.

    The tally (counts only) still works on the tablet; the hub's exports list the names.
    """
