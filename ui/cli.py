"""The ``petition-kiosk`` command line (the contract in DESIGN.md).

Qt's widgets are imported only inside the commands that open windows, so ``status``, ``export``
and ``sync`` work on a machine with no display (a failure loads Qt's core module, which needs
none, for the message registry). Every failure is one line for a person and an exit code: 0
done, 1 failed, 2 bad usage. Never a traceback: tracebacks can carry values.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from kiosk import version
from kiosk.errors import KioskError
from kiosk.hygiene import harden_process
from kiosk.languages import report_languages
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.settings import ExportKind, SyncKind
from ui import crash_guard

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def describe(exc: BaseException) -> str:
    """The operator's line for ``exc`` (:func:`ui.messages.operator_line`, in plain English).

    Imported only once there is something to word: the registry loads Qt's core module (no
    display needed), which a command that succeeds never pays for.
    """
    from ui.messages import operator_line

    return operator_line(exc)


class _VersionAction(argparse.Action):
    """Prints the version; looks it up only when asked, to keep every start fast."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        print(f"{parser.prog} {version()}")
        parser.exit()


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="where signatures are kept (default: per-user data dir)")
    parser.add_argument("--campaign", help="bundled campaign id or path to a campaign .toml")


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, help="file to write")
    parser.add_argument("--event", help="only this event (name)")
    parser.add_argument("--since", help="from this date (YYYY-MM-DD, inclusive)")
    parser.add_argument("--until", help="to this date (YYYY-MM-DD, inclusive)")
    # One choice per label file present (resources/labels, PETITION_KIOSK_LANGUAGES_DIR).
    parser.add_argument("--language", choices=report_languages(), default="en", help="language of the labels")


def build_parser() -> argparse.ArgumentParser:
    """The full command-line grammar."""
    parser = argparse.ArgumentParser(prog="petition-kiosk", description="Collect petition signatures in person.")
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    _add_common(parser)
    parser.add_argument("--windowed", action="store_true", help="run in a normal window (development)")
    commands = parser.add_subparsers(dest="command")

    run = commands.add_parser("run", help="start the kiosk (default)")
    run.add_argument("--windowed", action="store_true", help="run in a normal window (development)")

    simulate = commands.add_parser("simulate", help="add synthetic signers for training and demos")
    simulate.add_argument("--count", type=int, required=True)
    simulate.add_argument("--event", help="put them all in this event")
    simulate.add_argument("--seed", type=int, default=1)

    status = commands.add_parser("status", help="counts by sync state")
    status.add_argument("--json", action="store_true")

    export = commands.add_parser("export", help="PDF tallies, signature sheets, CSV")
    kinds = export.add_subparsers(dest="export_kind", required=True)
    for kind in ExportKind:
        _add_filters(kinds.add_parser(kind.value))

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

    commands.add_parser("self-test", help="offscreen end-to-end smoke test")

    pair = commands.add_parser("pair", help="pair this kiosk with a hub")
    pair.add_argument("--hub", required=True, help="the hub's address, e.g. https://192.168.1.20:8443")
    pair.add_argument("--code", required=True, help="the pairing code the hub shows")
    pair.add_argument("--label", help="this kiosk's name on the hub's dashboard (default: its label setting)")

    from ui.hub_command import add_hub_parser

    add_hub_parser(commands, _add_common_late)

    for name, sub in commands.choices.items():
        if name != "hub":  # the hub's actions take --data-dir themselves
            _add_common_late(sub)
    return parser


def _add_common_late(parser: argparse.ArgumentParser) -> None:
    # Accept --data-dir/--campaign after the command too ("petition-kiosk status --data-dir X").
    parser.add_argument("--data-dir", dest="data_dir_late", help=argparse.SUPPRESS)
    parser.add_argument("--campaign", dest="campaign_late", help=argparse.SUPPRESS)


def _status(ctx: KioskContext, args: argparse.Namespace) -> int:
    counts = ctx.store.counts(ctx.campaign.id)
    report: dict[str, Any] = {
        "campaign": ctx.campaign.id,
        "total": counts.total,
        "people": counts.people,  # a repeat signer once: the coordinator's figure
        "pending": counts.pending,
        "synced": counts.synced,
        "rejected": counts.rejected,
        # Kept here and never sent: the target (Action Network) needs an email or a phone.
        "not_sent": counts.not_sent,
        "events": [
            {"id": e.id, "name": e.name, "place": e.place, "date": e.date, "count": e.count}
            for e in ctx.store.events(ctx.campaign.id)
        ],
    }
    from sync.status import sync_status

    report.update(sync_status(ctx.store))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"{ctx.campaign.id}: {counts.total} signatures — {counts.pending} waiting to sync, "
              f"{counts.synced} synced, {counts.rejected} rejected"
              + (f", {counts.not_sent} not sent upstream (no contact)" if counts.not_sent else ""))
        for e in report["events"]:
            print(f"  {e['name']}: {e['count']}")
    return EXIT_OK


def _simulate(ctx: KioskContext, args: argparse.Namespace) -> int:
    from kiosk.simulate import simulate

    if args.count < 0:
        print("petition-kiosk: --count must not be negative", file=sys.stderr)
        return EXIT_USAGE
    added = simulate(ctx.store, ctx.campaign, args.count, seed=args.seed, event_name=args.event,
                     kiosk_label=ctx.settings.kiosk_label)
    print(f"added {added} synthetic signatures")
    return EXIT_OK


# Commands implemented in their own modules, loaded only when used (Qt stays unloaded for
# the headless ones). Each handler takes (context or None, args) and returns an exit code.
_LAZY_HANDLERS = {
    "run": "ui.app:run_command",
    "screenshots": "ui.screenshots:screenshots_command",
    "self-test": "ui.selftest:self_test_command",
    "export": "ui.export_command:export_command",
    "sync": "ui.sync_command:sync_command",
    "token": "ui.sync_command:token_command",
    "hub": "ui.hub_command:hub_command",
    "pair": "ui.pair_command:pair_command",
}
_NEEDS_CONTEXT = {"status", "simulate", "export", "sync", "run", "pair"}


def _lazy(name: str) -> Callable[..., int]:
    module_name, attr = _LAZY_HANDLERS[name].split(":")
    handler: Callable[..., int] = getattr(importlib.import_module(module_name), attr)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    harden_process()  # before anything is created: owner-only files, no core dumps
    crash_guard.install()  # whatever escapes below is reported by type and place, never by value
    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = getattr(args, "data_dir_late", None) or args.data_dir
    args.campaign = getattr(args, "campaign_late", None) or args.campaign
    command = args.command or "run"
    args.windowed = bool(getattr(args, "windowed", False))
    ctx: KioskContext | None = None
    try:
        if command in _NEEDS_CONTEXT:
            # The kiosk window opens the store itself, after its welcome screen is painted.
            ctx = open_kiosk(args.data_dir, args.campaign, open_store=command != "run")
            for warning in ctx.warnings:
                print(f"petition-kiosk: warning: {describe(warning)}", file=sys.stderr)
        if command == "status":
            return _status(ctx, args)  # type: ignore[arg-type]
        if command == "simulate":
            return _simulate(ctx, args)  # type: ignore[arg-type]
        return _lazy(command)(ctx, args)
    except KioskError as exc:
        print(f"petition-kiosk: {describe(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as exc:  # last line of defence: no traceback, no values
        print(f"petition-kiosk: {describe(exc)}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if ctx is not None:
            ctx.close()


if __name__ == "__main__":
    sys.exit(main())
