"""``petition-kiosk export tally|sheets|csv``: the coordinator exports from the command line.

Headless (no display; Qt's core module is loaded only to word a failure, see :mod:`ui.cli.wording`).
Prints one line: what was written, or why nothing was. Exit codes: 0 written, 1 failed
(nothing matches, unwritable path, full disk …), 2 bad usage (a date that is not YYYY-MM-DD,
or --since after --until).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.errors import KioskError
from kiosk.reports import EXPORTS, BadFilter, ExportError, ReportFilters
from kiosk.runtime import KioskContext
from ui.cli.exit_codes import ExitCode, fail
from ui.cli.wording import describe


def export_command(ctx: KioskContext, args: argparse.Namespace) -> int:
    """Run one export; print one line; return the exit code."""
    try:
        filters = ReportFilters.parse(args.event, args.since, args.until)
    except BadFilter as exc:
        return fail(describe(exc), ExitCode.USAGE)
    export = EXPORTS[args.export_kind]
    out = Path(args.out).expanduser()
    try:
        result = export(ctx.store, ctx.campaign, out, filters, getattr(args, "language", None))
    except ExportError as exc:
        return fail(describe(exc))
    except KioskError:
        raise  # ui/cli/main.py words key and storage problems the same way for every command
    pages = f", {result.pages:,} pages" if result.pages else ""
    purged = f" ({result.purged:,} purged after upload not listed)" if result.purged else ""
    print(f"wrote {result.path}: {result.signatures:,} signatures{pages}{purged}")
    return ExitCode.OK
