"""``petition-kiosk pair --hub URL --code CODE``: pair this kiosk with a hub.

One line for a person on failure; exit 2 for a code or address that cannot be right as
typed, 1 when the hub refused or could not be reached.
"""

from __future__ import annotations

import argparse

from kiosk.runtime import KioskContext
from sync.client.pairing import (
    BAD_ANSWER,
    BAD_CODE,
    CODE_EXPIRED,
    CODE_INVALID,
    HUB_BUSY,
    INSECURE_URL,
    KEY_UNSIGNED,
    NO_KEY_STORE,
    UNREACHABLE,
    USAGE_CODES,
    WRONG_CERTIFICATE,
    PairingError,
    pair,
)
from ui.cli.exit_codes import ExitCode, fail

LINES = {
    BAD_CODE: "that is not a pairing code (24 letters and digits, as the hub shows it)",
    CODE_INVALID: "the hub refused the pairing code (wrong or already used); get a fresh one from the hub",
    CODE_EXPIRED: "the pairing code has expired (codes last 15 minutes); get a fresh one from the hub",
    WRONG_CERTIFICATE: "the server at that address is not the hub that made this code (its certificate "
                       "does not match); check the address",
    UNREACHABLE: "the hub could not be reached at that address",
    INSECURE_URL: "the hub address must start with https://",
    BAD_ANSWER: "the hub's answer was not understood",
    HUB_BUSY: "the hub is turning pairing tries away for a moment (too many lately); wait a minute and try again",
    KEY_UNSIGNED: "the hub's sealing key is not signed with its certificate's key (a hub from an older "
                  "release?); update the hub, then pair again",
    NO_KEY_STORE: "no secure key store is available to keep the hub's device token; "
                  "set PETITION_KIOSK_KEY_STORE=file to use the protected file store",
}


def pair_command(ctx: KioskContext, args: argparse.Namespace) -> int:
    """Pair, then say where this kiosk now syncs."""
    label = args.label or ctx.settings["kiosk_label"] or ""
    try:
        pairing = pair(ctx.data_dir, args.hub, args.code, label, ctx.key_store, ctx.store.kiosk_id,
                       sealing=ctx.store)
    except PairingError as exc:
        return fail(LINES.get(exc.code, exc.code), ExitCode.USAGE if exc.code in USAGE_CODES else ExitCode.FAILED)
    print(f"paired with the hub at {pairing.url} (campaign {pairing.campaign_id}); this kiosk now syncs there")
    return ExitCode.OK
