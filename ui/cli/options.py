"""Options that several commands share: where the data is, and an export's filters."""

from __future__ import annotations

import argparse


def add_common(parser: argparse.ArgumentParser) -> None:
    """``--data-dir`` and ``--campaign``, before the command."""
    parser.add_argument("--data-dir", help="where signatures are kept (default: per-user data dir)")
    parser.add_argument("--campaign", help="bundled campaign id or path to a campaign .toml")


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
