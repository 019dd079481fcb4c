"""``petition-kiosk status`` and ``petition-kiosk simulate``: the kiosk's own records, counted or made up.

Headless: no display, no network. ``status`` needs no key (it reads counts only).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from kiosk.runtime import KioskContext
from ui.cli.exit_codes import ExitCode, fail


def status_command(ctx: KioskContext, args: argparse.Namespace) -> int:
    """Counts by sync state and by event, as a line per event or as JSON (``--json``)."""
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
    from sync.client.status import sync_status

    report.update(sync_status(ctx.store))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"{ctx.campaign.id}: {counts.total} signatures — {counts.pending} waiting to sync, "
              f"{counts.synced} synced, {counts.rejected} rejected"
              + (f", {counts.not_sent} not sent upstream (no contact)" if counts.not_sent else ""))
        for e in report["events"]:
            print(f"  {e['name']}: {e['count']}")
    return ExitCode.OK


def simulate_command(ctx: KioskContext, args: argparse.Namespace) -> int:
    """Add ``--count`` synthetic signers (training and demos)."""
    from kiosk.simulate import seed_for_kiosk, simulate

    if args.count < 0:
        return fail("--count must not be negative", ExitCode.USAGE)
    seed = args.seed if args.seed is not None else seed_for_kiosk(ctx.store.kiosk_id)
    added = simulate(ctx.store, ctx.campaign, args.count, seed=seed, event_name=args.event,
                     kiosk_label=ctx.settings.kiosk_label)
    origin = "given" if args.seed is not None else "from this kiosk's id, so other kiosks make other people"
    print(f"added {added} synthetic signatures (seed {seed}, {origin}; --seed {seed} makes the same ones)")
    return ExitCode.OK
