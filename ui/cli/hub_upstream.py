"""``petition-kiosk hub upstream`` and ``hub retention``: where the hub forwards, and how long it keeps it after.

``upstream`` saves a target (Action Network over osdi, or another hub over json) and, with
``--token-stdin``, its API key into the hub's secret store; ``retention`` shows or sets how long
a signature delivered to every target keeps its personal data. Neither prints a key or a signer's data.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ui.cli.exit_codes import ExitCode, fail

if TYPE_CHECKING:
    from sync.hub.context import HubContext


def add_upstream_parsers(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``hub upstream`` and ``hub retention`` grammars."""
    upstream = actions.add_parser("upstream", help="forward to Action Network (osdi) or another hub (json)")
    upstream.add_argument("--name", default="main", help="a name for this target")
    upstream.add_argument("--kind", choices=("osdi", "json"), help="required unless --relay")
    upstream.add_argument("--url", required=True)
    upstream.add_argument("--relay", action="store_true",
                          help="relay sealed records unopened to this campaign hub (pairs with --code; this hub "
                          "then holds no key that opens a record)")
    upstream.add_argument("--code", default="", help="the campaign hub's pairing code (with --relay)")
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
    seen = exposure(hub.engine, hub.sealer.can_open)
    if not seen.forwards:
        print("  no upstream target is set up: this hub is the final store and purges nothing")
    if seen.relay:
        print(f"  relay mode: this hub holds no key that opens a record; {seen.waiting} sealed signatures wait "
              f"for the campaign hub, {seen.purged} were purged after delivery")
    else:
        print(f"  {seen.openable} signatures can still be opened with this hub's key; "
              f"{seen.purged} were purged after delivery")
    return ExitCode.OK


def upstream_command(hub: HubContext, args: argparse.Namespace) -> int:
    """Save an upstream target (with the campaign's tags, country and language), and its token
    from stdin with ``--token-stdin``; name the tags its key cannot create at Action Network."""
    from kiosk.errors import KeyStoreUnavailable
    from kiosk.secrets import set_upstream_token
    from sync.hub.upstream import UpstreamTarget, save_target

    if args.relay:
        return _relay(hub, args)
    if args.kind is None:
        return fail("--kind osdi or --kind json is required (or --relay with --code)", ExitCode.USAGE)
    if hub.relay is not None:
        return fail("this hub relays sealed records to its campaign hub and can open none of them; "
                    "it forwards nowhere else")
    campaign = hub.campaign
    tags = tuple(args.tags) if args.tags else tuple(campaign.sync.tags)
    target = UpstreamTarget(args.name, args.kind, args.url.rstrip("/"), args.petition, args.ca_bundle, tags,
                            campaign.country, campaign.default_language)
    if args.kind == "osdi" and not args.petition:
        return fail("--petition is required for an osdi (Action Network) target", ExitCode.USAGE)
    if args.token_stdin:
        token = sys.stdin.readline().strip()
        if not token:
            return fail("no token read from stdin (expected one line)", ExitCode.USAGE)
        try:
            set_upstream_token(hub.hub_id, args.name, token)
        except KeyStoreUnavailable:
            return fail("the OS keyring chosen with PETITION_KIOSK_KEY_STORE refused the upstream key; "
                        "PETITION_KIOSK_KEY_STORE=file keeps it in the hub's protected file store")
    save_target(hub.engine, target)
    print(f"upstream target {args.name} ({args.kind}) saved")
    from sync.hub.upstream import check_tags_now

    missing = check_tags_now(hub.engine, hub.hub_id, target)
    if missing:
        # Action Network drops a tag it does not have, and this key cannot create one.
        print(f"create these tags in Action Network before the first forward: {', '.join(sorted(missing))}")
    return ExitCode.OK


RELAY_REFUSALS = {
    "holds_records": ("this hub holds signatures not yet delivered and purged; relay mode would leave them "
                      "sealed for good. Set it up on a fresh hub, before the event"),
    "devices_paired": ("kiosks are paired with this hub and seal to its own key; revoke them (and pair them "
                       "again afterwards), or set relay mode up before pairing"),
    "other_campaign": "that campaign hub collects for another campaign than this hub's",
    "relay_upstream": "that hub is itself a relay; give the campaign hub's address and code",
}


def _relay(hub: HubContext, args: argparse.Namespace) -> int:
    from kiosk.errors import KeyStoreUnavailable
    from sync.client.pairing import PairingError
    from sync.hub.relay_setup import RelaySetupRefused, set_up_relay

    if args.kind == "osdi" or not args.code:
        return fail("--relay needs the campaign hub's --code (and forwards with the json protocol)", ExitCode.USAGE)
    try:
        link = set_up_relay(hub, args.url, args.code, args.name, f"event hub {hub.hub_id[:8]}")
    except RelaySetupRefused as refused:
        return fail(RELAY_REFUSALS[refused.detail])
    except PairingError as failed:
        return fail(f"pairing with the campaign hub failed: {failed.code}")
    except KeyStoreUnavailable:
        return fail("the hub's key store refused the campaign hub's token; "
                    "PETITION_KIOSK_KEY_STORE=file keeps it in the hub's protected file store")
    print(f"relay to campaign hub {link.campaign_url} set up (certificate SHA-256 {link.tls_sha256}); "
          "this hub's opening and contact keys are destroyed: kiosks paired from now on seal to the campaign hub")
    return ExitCode.OK
