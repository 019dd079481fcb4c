"""Options that several commands share: where the data is, and an export's filters."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def add_common(parser: argparse.ArgumentParser) -> None:
    """``--data-dir`` and ``--campaign``, before the command."""
    parser.add_argument("--data-dir", help="where signatures are kept (default: per-user data dir)")
    parser.add_argument("--campaign", help="bundled campaign id or path to a campaign .toml")


def command_named(argv: Sequence[str]) -> str:
    """The command ``argv`` names (``run`` when it names none), read with the options that may
    come before it and nothing else: the full grammar loads the kiosk's modules, and the
    ``run`` command restarts before it does (:func:`ui.cli.main.main`). A line the grammar will
    refuse may read as ``run`` here (it then restarts once, and is refused) or as "" (no restart)."""
    peek = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    add_common(peek)
    peek.add_argument("--windowed", action="store_true")
    peek.add_argument("command", nargs="?")
    try:
        known, _ = peek.parse_known_args(list(argv))
    except argparse.ArgumentError:  # "--data-dir" with no value: the full grammar says so
        return ""
    return str(known.command or "run")


def add_common_late(parser: argparse.ArgumentParser) -> None:
    """``--data-dir``/``--campaign`` after the command too ("petition-kiosk status --data-dir X")."""
    parser.add_argument("--data-dir", dest="data_dir_late", help=argparse.SUPPRESS)
    parser.add_argument("--campaign", dest="campaign_late", help=argparse.SUPPRESS)


def add_export_filters(parser: argparse.ArgumentParser) -> None:
    """The file to write and which signatures go in it (the kiosk's exports and the hub's)."""
    from kiosk.languages import report_languages

    parser.add_argument("--out", required=True, help="file to write")
    parser.add_argument("--event", help="only this event (name)")
    parser.add_argument("--since", help="from this date (YYYY-MM-DD, inclusive)")
    parser.add_argument("--until", help="to this date (YYYY-MM-DD, inclusive)")
    # One choice per label file present (resources/labels, PETITION_KIOSK_LANGUAGES_DIR).
    # No default: the sheets then print in the campaign's target_language, the others in English.
    parser.add_argument("--language", choices=report_languages(), default=None,
                        help="language of the document (default: sheets in the target's language, others English)")
