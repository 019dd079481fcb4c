"""``petition-kiosk sync`` and ``petition-kiosk token set``.

Settings (``sync_kind``/``sync_url``/``sync_petition_id``/``sync_ca_bundle``) override the
campaign's ``[sync]`` table and the command-line flags override both. The token comes from
``PETITION_KIOSK_SYNC_TOKEN`` or the keyring, and is never printed.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.errors import KeyStoreUnavailable
from kiosk.runtime import KioskContext
from kiosk.secrets import set_sync_token
from sync.client.config import resolve_config
from sync.client.engine import DEFAULT_ONCE_BUDGET_S, DrainReport, SyncEngine
from sync.client.retention import RetentionRule
from sync.upstream.errors import SyncCode
from ui.cli.exit_codes import ExitCode, fail

TOKEN_SET = "set"  # noqa: S105 - the sub-command's name, not a credential
# Without --once: how often to look for new signatures when nothing is scheduled sooner.
FOLLOW_POLL_S = 15.0

# One line per code, for the coordinator reading a terminal (codes stay in status --json).
REASONS: dict[str, str] = {
    SyncCode.AUTH_FAILED: "the server refused the sync token (revoked or wrong); set a new one with "
                          "'petition-kiosk token set'",
    SyncCode.NO_TOKEN: "no sync token is set; run 'petition-kiosk token set' or set PETITION_KIOSK_SYNC_TOKEN",
    SyncCode.NOT_FOUND: "the server does not know this petition; check the petition id",
    SyncCode.NOT_CONFIGURED: "no sync target is configured; set --kind, --url (and --petition for osdi) "
                             "or the campaign's [sync] table",
    SyncCode.INSECURE_URL: "the sync URL must use https (plain http is allowed only to this machine)",
    SyncCode.CA_BUNDLE_MISSING: "the configured CA bundle file does not exist",
    SyncCode.TLS: "the server's certificate could not be verified",
    SyncCode.TIMEOUT: "the server did not answer in time",
    SyncCode.CONNECTION: "the server could not be reached",
    SyncCode.SERVER_ERROR: "the server had an error",
    SyncCode.RATE_LIMITED: "the server asked us to slow down",
    SyncCode.BAD_RESPONSE: "the server's answer was not understood",
    SyncCode.NO_RESULT: "the server did not answer for every signature",
    SyncCode.SEAL_UNREADABLE: "some signatures could not be opened with this kiosk's key",
}


# A paired kiosk's token comes from the hub, not from 'token set'.
HUB_REASONS: dict[str, str] = {
    SyncCode.AUTH_FAILED: "the hub no longer accepts this kiosk (it was revoked); pair it again with "
                          "'petition-kiosk pair --hub URL --code CODE'",
    SyncCode.NO_TOKEN: "this kiosk is paired but its hub token is missing; pair it again",
}


def _summary(report: DrainReport, hub_device: bool = False) -> str:
    line = f"sync: {report.confirmed} sent, {report.rejected} rejected, {report.pending} still waiting"
    if report.not_sent:
        line += f", {report.not_sent} kept here, not sent upstream (no contact)"
    reason = report.paused or (report.halt if report.pending else None)
    if reason is not None:
        words = (HUB_REASONS.get(reason) if hub_device else None) or REASONS.get(reason, reason)
        line += f" — {words}"
    return line


def sync_command(ctx: KioskContext, args: argparse.Namespace) -> int:
    """Drain the outbox once (exit 0 only if nothing is left pending) or keep syncing until Ctrl+C."""
    config = resolve_config(ctx.campaign, ctx.settings, args.kind, args.url, args.petition, data_dir=ctx.data_dir)
    engine = SyncEngine(ctx.store, ctx.campaign.id, config, retention=RetentionRule.from_settings(ctx.settings))
    try:
        if args.once:
            report = engine.run_until_idle(DEFAULT_ONCE_BUDGET_S)
            print(_summary(report, config.hub_device), file=sys.stdout if report.pending == 0 else sys.stderr)
            return ExitCode.OK if report.pending == 0 else ExitCode.FAILED
        return _follow(engine)
    finally:
        engine.close()


def _follow(engine: SyncEngine) -> int:
    stop = engine.interrupt
    try:
        while not stop.is_set():
            report = engine.run_until_idle(FOLLOW_POLL_S)
            if report.confirmed or report.rejected or report.paused or report.halt:
                print(_summary(report), flush=True)
            wait = engine.seconds_until_due()
            stop.wait(FOLLOW_POLL_S if wait is None or engine.paused else min(max(wait, 0.1), FOLLOW_POLL_S))
    except KeyboardInterrupt:
        stop.set()
    return ExitCode.OK


def token_command(ctx: KioskContext | None, args: argparse.Namespace) -> int:
    """``token set``: read the token from stdin into the keyring (never echoed, never printed)."""
    del ctx
    if args.token_action != TOKEN_SET:
        return ExitCode.USAGE
    interactive = sys.stdin.isatty()
    token = (getpass.getpass("Sync token (input hidden): ") if interactive else sys.stdin.readline()).strip()
    if not token or any(ch.isspace() for ch in token):
        return fail("no token read from stdin (expected one line)", ExitCode.USAGE)
    try:
        set_sync_token(token)
    except KeyStoreUnavailable:
        return fail("no OS keyring is available to keep the token; for automation set "
                    "PETITION_KIOSK_SYNC_TOKEN instead")
    print("sync token saved in the keyring")
    return ExitCode.OK


__all__ = ["sync_command", "token_command"]
