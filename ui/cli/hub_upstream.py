"""``petition-kiosk hub upstream`` and ``hub retention``: where the hub forwards, and how long it keeps it after.

``upstream`` saves a target (Action Network over osdi, or another hub over json) and, with
``--token-stdin``, its API key into the hub's secret store; ``retention`` shows or sets how long
a signature delivered to every target keeps its personal data. Neither prints a key or a signer's data.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ui.cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from sync.hub.context import HubContext


def add_upstream_parsers(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``hub upstream`` and ``hub retention`` grammars."""
    upstream = actions.add_parser("upstream", help="forward to Action Network (osdi) or another hub (json)")
    upstream.add_argument("--name", default="main", help="a name for this target")
    upstream.add_argument("--kind", choices=("osdi", "json"), required=True)
    upstream.add_argument("--url", required=True)
    upstream.add_argument("--petition", default="", help="the Action Network petition id (osdi)")
    upstream.add_argument("--ca-bundle", default="", help="CA bundle for the upstream server")
    upstream.add_argument("--tag", action="append", dest="tags",
                          help="a tag every signature gets at Action Network (repeat it; default: the campaign's "
                          "[sync].tags)")
    upstream.add_argument("--token-stdin", action="store_true",
                          help="read the target's API key or token from stdin into the hub's secret store")
    retention = actions.add_parser("retention", help="how long a signature delivered upstream keeps its personal "
                                   "data (shown without --days)")
    retention.add_argument("--days", type=_retention_days,
                           help="days to keep it after delivery to every target (0, the default: purge at once)")


def _retention_days(text: str) -> int:
    from sync.hub.retention import MAX_RETENTION_DAYS

    days = int(text)
    if not 0 <= days <= MAX_RETENTION_DAYS:
        raise argparse.ArgumentTypeError(f"days must be 0 to {MAX_RETENTION_DAYS}")
    return days


def retention_command(hub: HubContext, args: argparse.Namespace) -> int:
    """Set ``--days`` if given, then show the rule and how many signatures it still covers."""
    from sync.hub.retention import exposure, retention_days, set_retention_days

    if args.days is not None:
        set_retention_days(hub.engine, args.days)
    days = retention_days(hub.engine)
    kept = "purged as soon as every upstream target has it" if days == 0 else (
        f"kept {days} days after every upstream target has it, then purged")
    print(f"retention: a signature's personal data is {kept}")
    seen = exposure(hub.engine)
    if not seen.forwards:
        print("  no upstream target is set up: this hub is the final store and purges nothing")
    print(f"  {seen.openable} signatures can still be opened with this hub's key; "
          f"{seen.purged} were purged after delivery")
    return ExitCode.OK


def upstream_command(hub: HubContext, args: argparse.Namespace) -> int:
    """Save an upstream target (with the campaign's tags, country and language), and its token
    from stdin with ``--token-stdin``; name the tags its key cannot create at Action Network."""
    from kiosk.errors import KeyStoreUnavailable
    from kiosk.secrets import set_upstream_token
    from sync.hub.upstream import UpstreamTarget, save_target

    campaign = hub.campaign
    tags = tuple(args.tags) if args.tags else tuple(campaign.sync.tags)
    target = UpstreamTarget(args.name, args.kind, args.url.rstrip("/"), args.petition, args.ca_bundle, tags,
                            campaign.country, campaign.default_language)
    if args.kind == "osdi" and not args.petition:
        print("petition-kiosk: --petition is required for an osdi (Action Network) target", file=sys.stderr)
        return ExitCode.USAGE
    if args.token_stdin:
        token = sys.stdin.readline().strip()
        if not token:
            print("petition-kiosk: no token read from stdin (expected one line)", file=sys.stderr)
            return ExitCode.USAGE
        try:
            set_upstream_token(hub.hub_id, args.name, token)
        except KeyStoreUnavailable:
            print("petition-kiosk: the OS keyring chosen with PETITION_KIOSK_KEY_STORE refused the upstream key; "
                  "PETITION_KIOSK_KEY_STORE=file keeps it in the hub's protected file store", file=sys.stderr)
            return ExitCode.FAILED
    save_target(hub.engine, target)
    print(f"upstream target {args.name} ({args.kind}) saved")
    from sync.hub.upstream import check_tags_now

    missing = check_tags_now(hub.engine, hub.hub_id, target)
    if missing:
        # Action Network drops a tag it does not have, and this key cannot create one.
        print(f"create these tags in Action Network before the first forward: {', '.join(sorted(missing))}")
    return ExitCode.OK
