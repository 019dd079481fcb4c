"""The full command-line grammar of ``petition-kiosk`` (the hub's part is :mod:`ui.cli.hub`)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from kiosk import version
from kiosk.settings import ExportKind, SyncKind
from ui.cli.hub import add_hub_parser
from ui.cli.options import add_common, add_common_late, add_export_filters


class _VersionAction(argparse.Action):
    """Prints the version; looks it up only when asked, to keep every start fast."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        print(f"{parser.prog} {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The full command-line grammar."""
    parser = argparse.ArgumentParser(prog="petition-kiosk", description="Collect petition signatures in person.")
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    add_common(parser)
    parser.add_argument("--windowed", action="store_true", help="run in a normal window (development)")
    commands = parser.add_subparsers(dest="command")

    run = commands.add_parser("run", help="start the kiosk (default)")
    run.add_argument("--windowed", action="store_true", help="run in a normal window (development)")

    simulate = commands.add_parser("simulate", help="add synthetic signers for training and demos")
    simulate.add_argument("--count", type=int, required=True)
    simulate.add_argument("--event", help="put them all in this event")
    simulate.add_argument("--seed", type=int, help="repeat a set of people (default: from this kiosk's id)")

    status = commands.add_parser("status", help="counts by sync state")
    status.add_argument("--json", action="store_true")

    export = commands.add_parser("export", help="PDF tallies, signature sheets, CSV")
    kinds = export.add_subparsers(dest="export_kind", required=True)
    for kind in ExportKind:
        add_export_filters(kinds.add_parser(kind.value))

    sync = commands.add_parser("sync", help="push signatures to the central server")
    sync.add_argument("--once", action="store_true", help="drain what can be sent, then exit")
    sync.add_argument("--kind", choices=(SyncKind.OSDI.value, SyncKind.JSON.value))
    sync.add_argument("--url")
    sync.add_argument("--petition")

    token = commands.add_parser("token", help="the sync token")
    token_actions = token.add_subparsers(dest="token_action", required=True)
    token_actions.add_parser("set", help="read the token from stdin into the keyring")

    shots = commands.add_parser("screenshots", help="every screen in every language as PNG")
    shots.add_argument("--out", required=True)
    shots.add_argument("--size", action="append", metavar="WxH",
                       help="screen size, e.g. 1024x600 (repeat or comma-list for several; default 1280x800)")

    speech = commands.add_parser("speech", help="every signer screen's spoken text as WAV, for reviewers")
    speech.add_argument("--out", required=True)
    speech.add_argument("--language", metavar="CODE", help="one language (default: every campaign language)")

    commands.add_parser("self-test", help="offscreen end-to-end smoke test")

    pair = commands.add_parser("pair", help="pair this kiosk with a hub")
    pair.add_argument("--hub", required=True, help="the hub's address, e.g. https://192.168.1.20:8443")
    pair.add_argument("--code", required=True, help="the pairing code the hub shows")
    pair.add_argument("--label", help="this kiosk's name on the hub's dashboard (default: its label setting)")

    add_hub_parser(commands)

    for name, sub in commands.choices.items():
        if name != "hub":  # the hub's actions take --data-dir themselves
            add_common_late(sub)
    return parser
