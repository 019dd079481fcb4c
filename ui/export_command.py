"""``petition-kiosk export tally|sheets|csv``: the coordinator exports from the command line.

Headless (no Qt). Prints one line: what was written, or why nothing was. Exit codes: 0
written, 1 failed (nothing matches, unwritable path, full disk …), 2 bad usage (a date
that is not YYYY-MM-DD, or --since after --until).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.errors import KioskError
from kiosk.reports import EXPORTS, BadFilter, ExportError, ReportFilters
from kiosk.runtime import KioskContext

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

_MESSAGES = {
    "export_unwritable": "cannot write {detail}: the folder does not exist, is read-only, or the path is a folder",
    "export_disk_full": "the disk is full: {detail} was not written (nothing half-written was left behind)",
    "export_nothing_matches": "no signatures match these filters: nothing was written",
    "export_cancelled": "the export was cancelled: nothing was written",
    "export_unknown_event": "there is no event named '{detail}' on this kiosk",
    "export_sealed_on_tablet": "this kiosk seals every signature for its hub and cannot open names: make sheets "
                               "and CSV on the hub (petition-kiosk hub export); the tally works here",
}
_ALL_PURGED = ("every matching signature's personal data was purged after upload, so there is nothing to put "
               "on signature sheets: nothing was written")


def describe_export_error(exc: ExportError) -> str:
    """One line for a person (non-personal details only)."""
    if exc.code == "export_nothing_matches" and exc.detail == "all_purged":
        return _ALL_PURGED
    if isinstance(exc, BadFilter):
        if exc.detail == "since>until":
            return "--since is after --until: no day can match"
        return f"--{exc.detail} must be a date written YYYY-MM-DD"
    template = _MESSAGES.get(exc.code, exc.code.replace("_", " "))
    return template.format(detail=exc.detail)


def export_command(ctx: KioskContext, args: argparse.Namespace) -> int:
    """Run one export; print one line; return the exit code."""
    try:
        filters = ReportFilters.parse(args.event, args.since, args.until)
    except BadFilter as exc:
        print(f"petition-kiosk: {describe_export_error(exc)}", file=sys.stderr)
        return EXIT_USAGE
    export = EXPORTS[args.export_kind]
    out = Path(args.out).expanduser()
    try:
        result = export(ctx.store, ctx.campaign, out, filters, getattr(args, "language", None) or "en")
    except ExportError as exc:
        print(f"petition-kiosk: {describe_export_error(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except KioskError:
        raise  # ui/cli.py words key and storage problems the same way for every command
    pages = f", {result.pages:,} pages" if result.pages else ""
    purged = f" ({result.purged:,} purged after upload not listed)" if result.purged else ""
    print(f"wrote {result.path}: {result.signatures:,} signatures{pages}{purged}")
    return EXIT_OK
