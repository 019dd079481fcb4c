"""The console script's entry point: parse, open the kiosk's context if the command needs it, dispatch.

Each command lives in the module of its family (see :mod:`ui.cli`) and is loaded only when
used, so Qt stays unloaded for the headless ones. Every failure ends here as one line for a
person and an :class:`~ui.cli.exit_codes.ExitCode`; never a traceback (tracebacks can carry
values).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kiosk.errors import KioskError
from kiosk.freed_memory import restart_with_scrubbing
from kiosk.hygiene import harden_process
from ui.cli.exit_codes import ExitCode, fail
from ui.cli.options import command_named
from ui.cli.wording import describe

if TYPE_CHECKING:
    from kiosk.runtime import KioskContext

KioskHandler = Callable[["KioskContext", argparse.Namespace], int]
PlainHandler = Callable[[None, argparse.Namespace], int]

# "module:function" per command. These take the kiosk's context, opened here first:
KIOSK_COMMANDS = {
    "run": "ui.cli.run:run_command",
    "status": "ui.cli.records:status_command",
    "simulate": "ui.cli.records:simulate_command",
    "export": "ui.cli.export:export_command",
    "sync": "ui.cli.sync_token:sync_command",
    "pair": "ui.cli.pair:pair_command",
}
# ... and these open what they need themselves (a throwaway kiosk, the hub, the keyring):
PLAIN_COMMANDS = {
    "screenshots": "ui.cli.screens:screenshots_command",
    "self-test": "ui.cli.screens:self_test_command",
    "speech": "ui.cli.screens:speech_command",
    "token": "ui.cli.sync_token:token_command",
    "hub": "ui.cli.hub:hub_command",
}


def _load(target: str) -> Callable[..., int]:
    module_name, attr = target.split(":")
    handler: Callable[..., int] = getattr(importlib.import_module(module_name), attr)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    if command_named(sys.argv[1:] if argv is None else argv) == "run":
        # First thing, before any signer types and before the grammar and the kiosk's modules
        # are loaded (done after them, the kiosk loaded them twice before its first frame, about
        # 35 ms): the kiosk restarts once with allocators that overwrite freed memory.
        restart_with_scrubbing()
    # Loaded here, after that restart (the grammar brings the settings and the hub's commands).
    from kiosk.runtime import open_kiosk
    from ui import crash_guard
    from ui.cli.parser import build_parser

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
        if command not in KIOSK_COMMANDS:
            plain: PlainHandler = _load(PLAIN_COMMANDS[command])
            return plain(None, args)
        # The kiosk window opens the store itself, after its welcome screen is painted.
        ctx = open_kiosk(args.data_dir, args.campaign, open_store=command != "run")
        for warning in ctx.warnings:
            print(f"petition-kiosk: warning: {describe(warning)}", file=sys.stderr)
        handler: KioskHandler = _load(KIOSK_COMMANDS[command])
        return handler(ctx, args)
    except KioskError as exc:
        return fail(describe(exc))
    except KeyboardInterrupt:
        return ExitCode.FAILED
    except Exception as exc:  # last line of defence: no traceback, no values
        return fail(describe(exc))
    finally:
        if ctx is not None:
            ctx.close()
