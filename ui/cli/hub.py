"""``petition-kiosk hub …``: serve, pair-code, status, export, set-password, upstream (CLI contract in DESIGN.md).

The hub needs the ``hub`` extra (FastAPI, uvicorn, …); without it every hub command says so
in one line. Nothing here prints a token, a password or a signer's data, and ``hub serve``
prints a pairing code only to a terminal (never into a log its output is redirected to).
"""

from __future__ import annotations

import argparse
import getpass
import json
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ui.cli.exit_codes import ExitCode
from ui.cli.options import add_common_late, add_export_filters
from ui.cli.wording import describe

if TYPE_CHECKING:
    from kiosk.reports import ReportFilters
    from sync.hub.context import HubContext

MISSING_EXTRA = ('petition-kiosk: the hub is not installed; install it with: pip install -e ".[hub]"')
MIN_PASSWORD_CHARS = 10
HUB_EXPORT_KINDS = ("tally", "sheets", "csv")


def add_hub_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``hub`` sub-commands, added to the main parser's sub-parsers."""
    hub = commands.add_parser("hub", help="the hub: one server for every kiosk of an event or campaign")
    actions = hub.add_subparsers(dest="hub_action", required=True)
    serve = actions.add_parser("serve", help="run the hub (TLS, dashboard, json protocol)")
    serve.add_argument("--listen", help="HOST:PORT to listen on (default: as last served, else 0.0.0.0:8443)")
    serve.add_argument("--workers", type=_worker_count,
                       help="web worker processes (PostgreSQL only; default: one per core, at most 4)")
    pair_code = actions.add_parser("pair-code", help="a fresh pairing code for a kiosk (valid 15 minutes)")
    pair_code.add_argument("--json", action="store_true")
    pair_code.add_argument("--url", help="the address kiosks reach this hub at (default: guessed)")
    status = actions.add_parser("status", help="the combined count and the upstream backlog")
    status.add_argument("--json", action="store_true")
    actions.add_parser("set-password", help="read the coordinator's dashboard password from stdin")
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
    upstream.add_argument("--token-stdin", action="store_true",
                          help="read the target's API key or token from stdin into the hub's secret store")
    retention = actions.add_parser("retention", help="how long a signature delivered upstream keeps its personal "
                                   "data (shown without --days)")
    retention.add_argument("--days", type=_retention_days,
                           help="days to keep it after delivery to every target (0, the default: purge at once)")
    _add_export_parser(actions)
    _add_key_parsers(actions)
    for sub in (serve, pair_code, status, *actions.choices.values()):
        if not any(a.dest == "database" for a in sub._actions):
            sub.add_argument("--database", help="database URL (default: the one this data dir's hub was started "
                             "with, else a SQLite file in it)")
            add_common_late(sub)


def _add_export_parser(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``hub export tally|sheets|csv --out FILE [filters]``: the kiosk's exports, across every kiosk."""
    export = actions.add_parser("export", help="tally PDF, signature sheets PDF or CSV across every kiosk")
    export.add_argument("export_kind", choices=HUB_EXPORT_KINDS, help="which document")
    add_export_filters(export)


def _add_key_parsers(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kit = actions.add_parser("recovery-kit", help="the hub's key under a passphrase: a printable page and a file")
    kit.add_argument("--out", required=True, help="the PDF page to write (the kit's .json file goes beside it)")
    kit.add_argument("--passphrase-file", help="read the passphrase from this file's first line instead of asking")
    restore = actions.add_parser("restore-key", help="put the hub's key back into its key store from a recovery kit")
    restore.add_argument("--kit", required=True, help="the kit's .json file, or a text file with the kit typed in")
    restore.add_argument("--passphrase-file", help="read the passphrase from this file's first line instead of asking")
    restore.add_argument("--replace", action="store_true",
                         help="overwrite a different key already in the key store (back it up first)")


def lan_address() -> str:
    """This machine's address on the local network, as a kiosk would reach it.

    A UDP "connect" sends no packet; it only asks the routing table which source address
    would be used. With no network at all that is loopback.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            address = str(probe.getsockname()[0])
        except OSError:
            address = "127.0.0.1"
    return address


def hub_url(host: str, port: int) -> str:
    """The URL kiosks use for a hub listening on ``host``."""
    shown = lan_address() if host in ("0.0.0.0", "::", "") else host  # noqa: S104 - comparing, not binding
    return f"https://{shown}:{port}"


def hub_command(ctx: None, args: argparse.Namespace) -> int:
    """Dispatch ``hub <action>``."""
    del ctx
    try:
        from sync.hub.context import open_hub
    except ImportError:
        print(MISSING_EXTRA, file=sys.stderr)
        return ExitCode.FAILED
    action = args.hub_action
    filters = _export_filters(args) if action == "export" else None
    if action == "export" and filters is None:
        return ExitCode.USAGE
    from sync.hub.paths import hub_data_dir
    from sync.hub.start_record import OtherHubHere, recorded_listen, remember_listen, resolve_database

    directory = hub_data_dir(args.data_dir)
    listen = getattr(args, "listen", None) or recorded_listen(directory)
    if action == "serve":
        try:
            from sync.hub.serve import parse_listen
            host, port = parse_listen(listen)
        except ValueError:
            print("petition-kiosk: --listen must be HOST:PORT, e.g. 0.0.0.0:8443", file=sys.stderr)
            return ExitCode.USAGE
    try:
        database = resolve_database(directory, args.database)
    except OtherHubHere as other:
        print(f"petition-kiosk: {_other_hub_line(other.detail)}", file=sys.stderr)
        return ExitCode.FAILED
    if action == "restore-key":
        return _restore_key(args, directory, database)  # before open_hub: a hub without its key must not start
    from sync.hub.recovery import HubKeyMissing

    try:
        hub = open_hub(directory, database, args.campaign)
    except HubKeyMissing:
        print("petition-kiosk: the hub's key is missing from its key store, and the hub holds sealed signatures; "
              "restore it with: petition-kiosk hub restore-key --kit FILE", file=sys.stderr)
        return ExitCode.FAILED
    try:
        if action == "recovery-kit":
            return _recovery_kit(hub, args)
        if action == "serve":
            remember_listen(directory, database, f"[{host}]:{port}" if ":" in host else f"{host}:{port}")
            return _serve(hub, host, port, args.workers, args.campaign)
        if action == "pair-code":
            return _pair_code(hub, args, listen)
        if action == "status":
            return _status(hub, args)
        if action == "set-password":
            return _set_password(hub)
        if action == "upstream":
            return _upstream(hub, args)
        if action == "retention":
            return _retention(hub, args)
        if filters is not None:  # action == "export"
            return _export(hub, args, filters)
    finally:
        hub.close()
    return ExitCode.USAGE


def _other_hub_line(recorded: str) -> str:
    """The one line refusing to open a second hub in a data dir that has one."""
    if recorded:
        return (f"this data dir's hub runs on {recorded}; leave out --database to use it, "
                "or give another --data-dir for a new hub")
    return ("a hub already ran in this data dir on a database it did not record; give its --database "
            "once (later hub commands remember it)")


def _worker_count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 64:
        raise argparse.ArgumentTypeError("a whole number from 1 to 64")
    return int(text)


def _serve(hub: HubContext, host: str, port: int, workers: int | None, campaign: str | None) -> int:
    from sync.hub.auth import has_password
    from sync.hub.devices import new_pairing_code
    from sync.hub.serve import serve, worker_processes

    url = hub_url(host, port)
    print(f"hub for campaign {hub.campaign.id} at {url}", flush=True)
    print(f"  certificate SHA-256: {hub.certificate.sha256}")
    print(f"  dashboard: {url}/dashboard   big number: {url}/big")
    print(f"  {_secrets_line()}")
    if sys.stdout.isatty():
        # Shown to the operator at the terminal. When the output goes to a file, a pipe or a
        # service's journal, that is a log: a live code is never written there.
        code, expires = new_pairing_code(hub.engine, hub.certificate.sha256)
        print(f"  pairing code (until {expires:%H:%M} UTC): {code}")
        print(f"  on a kiosk: petition-kiosk pair --hub {url} --code {code}")
    else:
        print("  pairing code: on the dashboard, or from 'petition-kiosk hub pair-code'")
    if not has_password(hub.engine):
        print("  no dashboard password yet: run 'petition-kiosk hub set-password' and type one")
    processes = worker_processes(hub, workers)
    if workers is not None and workers > processes:
        print("  --workers: a SQLite hub runs one process (its one writer groups the commits)")
    if processes > 1:
        print(f"  web workers: {processes} processes")
    print("ready", flush=True)
    serve(hub, host, port, workers, campaign)
    return ExitCode.OK


def _secrets_line() -> str:
    """Where the hub's secrets are and what they protect (never a secret itself)."""
    from kiosk.secrets import FILE_STORE, hub_key_store_kind, hub_secrets_folder

    protected = ("the hub's opening key (it opens every signature here), contact key (repeat signers) and "
                 "data key (older rows), a relay hub's data key alone, and upstream keys")
    if hub_key_store_kind() == FILE_STORE:
        return (f"secrets: {protected} in owner-only files in {hub_secrets_folder()} "
                "(no OS keyring here; keep that folder private, and a recovery kit apart)")
    return f"secrets: {protected} in this machine's OS keyring"


def _pair_code(hub: HubContext, args: argparse.Namespace, listen: str | None) -> int:
    from sync.hub.devices import new_pairing_code
    from sync.hub.serve import parse_listen

    try:
        host, port = parse_listen(listen)  # where 'hub serve' last listened, else its default
    except ValueError:
        host, port = parse_listen(None)
    url = args.url or hub_url(host, port)
    code, expires = new_pairing_code(hub.engine, hub.certificate.sha256)
    if args.json:
        print(json.dumps({"url": url, "code": code, "expires_at": expires.isoformat(timespec="seconds")}))
    else:
        print(f"pairing code: {code} (valid until {expires:%H:%M} UTC)")
        print(f"on the kiosk: petition-kiosk pair --hub {url} --code {code}")
    return ExitCode.OK


def _status(hub: HubContext, args: argparse.Namespace) -> int:
    from sync.hub.summary import summarize
    from sync.hub.target_figures import device_counts, signatures_upstream, target_figures

    summary = summarize(hub.engine, hub.campaign)
    devices = device_counts(hub.engine)
    targets = target_figures(hub.engine)
    waiting, delivered = signatures_upstream(hub.engine)
    if args.json:
        # upstream_pending / upstream_synced count signatures (waiting for some target, delivered
        # to every target), never a signature once per target; "targets" has each one's figures.
        # "total" counts signatures, as the kiosk's status does; "people" (a repeat signer once) is
        # the coordinator's figure, and this command runs on the coordinator's hub.
        report = {"campaign": summary.campaign, "total": summary.signatures, "people": summary.total,
                  "kiosks": devices.active,
                  "upstream_pending": waiting, "upstream_synced": delivered,
                  "devices": {"active": devices.active, "revoked": devices.revoked},
                  "targets": [{"name": t.name, "pending": t.pending, "synced": t.synced, "rejected": t.rejected,
                               "last_error": t.last_error} for t in targets]}
        print(json.dumps(report, indent=2))
        return ExitCode.OK
    revoked = f", {devices.revoked} revoked" if devices.revoked else ""
    print(f"{summary.campaign}: {summary.signatures} signatures ({summary.total} people); "
          f"devices: {devices.active} paired{revoked}")
    if not targets:
        print("  upstream: not set up (petition-kiosk hub upstream ...)")
    for t in targets:
        refused = f", {t.rejected} refused" if t.rejected else ""
        error = f"; still failing: {t.last_error}" if t.last_error else ""
        print(f"  upstream {t.name}: {t.pending} waiting, {t.synced} delivered{refused}{error}")
    return ExitCode.OK


def _retention_days(text: str) -> int:
    from sync.hub.retention import MAX_RETENTION_DAYS

    days = int(text)
    if not 0 <= days <= MAX_RETENTION_DAYS:
        raise argparse.ArgumentTypeError(f"days must be 0 to {MAX_RETENTION_DAYS}")
    return days


def _retention(hub: HubContext, args: argparse.Namespace) -> int:
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


def _export_filters(args: argparse.Namespace) -> ReportFilters | None:
    """The filters, or None after printing why they are bad (checked before the hub opens)."""
    from kiosk.reports import BadFilter, ReportFilters

    try:
        return ReportFilters.parse(args.event, args.since, args.until)
    except BadFilter as exc:
        print(f"petition-kiosk: {describe(exc)}", file=sys.stderr)
        return None


def _export(hub: HubContext, args: argparse.Namespace, filters: ReportFilters) -> int:
    from kiosk.reports import ExportError
    from sync.hub.export import export_from_hub

    try:
        result = export_from_hub(hub, args.export_kind, Path(args.out).expanduser(), filters, args.language)
    except ExportError as exc:
        if exc.code == "export_unknown_event":
            line = f"no kiosk sent a signature for an event named '{exc.detail}' to this hub"
        else:
            line = describe(exc)
        print(f"petition-kiosk: {line}", file=sys.stderr)
        return ExitCode.FAILED
    pages = f", {result.pages:,} pages" if result.pages else ""
    print(f"wrote {result.path}: {result.signatures:,} signatures from every kiosk{pages}")
    return ExitCode.OK


def _set_password(hub: HubContext) -> int:
    from sync.hub.auth import set_password

    interactive = sys.stdin.isatty()
    password = getpass.getpass("Dashboard password (input hidden): ") if interactive else sys.stdin.readline()
    password = password.rstrip("\n")
    if len(password) < MIN_PASSWORD_CHARS:
        print(f"petition-kiosk: the password needs at least {MIN_PASSWORD_CHARS} characters", file=sys.stderr)
        return ExitCode.USAGE
    set_password(hub.engine, password)
    print("dashboard password saved (hashed)")
    return ExitCode.OK


def _upstream(hub: HubContext, args: argparse.Namespace) -> int:
    from kiosk.errors import KeyStoreUnavailable
    from kiosk.secrets import set_upstream_token
    from sync.hub.upstream import UpstreamTarget, save_target

    if args.relay:
        return _relay(hub, args)
    if args.kind is None:
        print("petition-kiosk: --kind osdi or --kind json is required (or --relay with --code)", file=sys.stderr)
        return ExitCode.USAGE
    if hub.relay is not None:
        print("petition-kiosk: this hub relays sealed records to its campaign hub and can open none of them; "
              "it forwards nowhere else", file=sys.stderr)
        return ExitCode.FAILED
    target = UpstreamTarget(args.name, args.kind, args.url.rstrip("/"), args.petition, args.ca_bundle)
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
    from sync.hub.relay_setup import RelaySetupRefused, set_up_relay
    from sync.pairing import PairingError

    if args.kind == "osdi" or not args.code:
        print("petition-kiosk: --relay needs the campaign hub's --code (and forwards with the json protocol)",
              file=sys.stderr)
        return ExitCode.USAGE
    try:
        link = set_up_relay(hub, args.url, args.code, args.name, f"event hub {hub.hub_id[:8]}")
    except RelaySetupRefused as refused:
        print(f"petition-kiosk: {RELAY_REFUSALS[refused.detail]}", file=sys.stderr)
        return ExitCode.FAILED
    except PairingError as failed:
        print(f"petition-kiosk: pairing with the campaign hub failed: {failed.code}", file=sys.stderr)
        return ExitCode.FAILED
    except KeyStoreUnavailable:
        print("petition-kiosk: the hub's key store refused the campaign hub's token; "
              "PETITION_KIOSK_KEY_STORE=file keeps it in the hub's protected file store", file=sys.stderr)
        return ExitCode.FAILED
    print(f"relay to campaign hub {link.campaign_url} set up (certificate SHA-256 {link.tls_sha256}); "
          "this hub's opening and contact keys are destroyed: kiosks paired from now on seal to the campaign hub")
    return ExitCode.OK


KIT_REFUSALS = {
    "kit_unreadable": "the recovery kit could not be read (not a kit, or mistyped); check the file or the typed text",
    "kit_version": "this recovery kit was made by a newer release of petition-kiosk",
    "wrong_passphrase": "that passphrase does not open this recovery kit; nothing was changed",
    "other_hub": "this recovery kit holds the key of another hub; nothing was changed",
    "key_differs": ("this hub's key store already holds a different key; nothing was changed "
                    "(after backing it up, --replace overwrites it)"),
    "no_key": "this hub has no key in its key store to put in a kit",
}


def _passphrase(args: argparse.Namespace, confirm: bool) -> str | None:
    """The passphrase from --passphrase-file, else asked on the terminal (twice to confirm)."""
    if args.passphrase_file:
        try:
            with open(args.passphrase_file, encoding="utf-8") as handle:
                return handle.readline().rstrip("\r\n")
        except OSError:
            print("petition-kiosk: cannot read the passphrase file", file=sys.stderr)
            return None
    if not sys.stdin.isatty():
        print("petition-kiosk: no terminal to ask the passphrase on; use --passphrase-file", file=sys.stderr)
        return None
    first = getpass.getpass("Passphrase for the recovery kit (input hidden): ")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        print("petition-kiosk: the two passphrases differ; nothing was written", file=sys.stderr)
        return None
    return first


def _recovery_kit(hub: HubContext, args: argparse.Namespace) -> int:
    from sync.hub.hub_keys import stored_record_keys
    from sync.hub.recovery import MIN_PASSPHRASE_CHARS, KitRefused, kit_document, load_key, seal_key
    from sync.hub.recovery_page import write_page

    out = Path(args.out)
    document = out.with_suffix(".json")
    if not out.parent.is_dir():
        print(f"petition-kiosk: cannot write {out}: no such folder", file=sys.stderr)
        return ExitCode.FAILED
    passphrase = _passphrase(args, confirm=True)
    if passphrase is None:
        return ExitCode.USAGE
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        print(f"petition-kiosk: the passphrase needs at least {MIN_PASSPHRASE_CHARS} characters "
              "(a few words are easier to keep than symbols)", file=sys.stderr)
        return ExitCode.USAGE
    try:
        opening, contact = stored_record_keys(hub.hub_id)  # a relay hub holds neither
        kit = seal_key(hub.hub_id, load_key(hub.directory, hub.hub_id), passphrase, opening=opening, contact=contact)
    except KitRefused as refused:
        print(f"petition-kiosk: {KIT_REFUSALS[refused.detail]}", file=sys.stderr)
        return ExitCode.FAILED
    write_page(out, hub.hub_id, hub.campaign.id, kit)
    document.write_text(kit_document(hub.hub_id, kit), encoding="utf-8")
    print(f"recovery kit written: {out} (print it) and {document}; keep both apart from the hub, "
          "and the passphrase apart from them")
    return ExitCode.OK


def _restore_key(args: argparse.Namespace, directory: Path, database: str) -> int:
    from sync.hub.context import META_HUB_ID, get_meta
    from sync.hub.database import make_hub_engine, migrate_hub
    from sync.hub.recovery import KitRefused, kit_from_text, restore_key

    try:
        text = Path(args.kit).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        print(f"petition-kiosk: cannot read the recovery kit {args.kit}", file=sys.stderr)
        return ExitCode.FAILED
    engine = make_hub_engine(database)
    try:
        migrate_hub(engine)
        hub_id = get_meta(engine, META_HUB_ID)
    finally:
        engine.dispose()
    if hub_id is None:
        print("petition-kiosk: this hub's database has no hub id yet; restore the database (or start the hub "
              "with --database pointing at it) before its key", file=sys.stderr)
        return ExitCode.FAILED
    try:
        kit = kit_from_text(text)
        passphrase = _passphrase(args, confirm=False)
        if passphrase is None:
            return ExitCode.USAGE
        restored = restore_key(directory, hub_id, kit, passphrase, args.replace)  # no key store: cli.main's line
    except KitRefused as refused:
        print(f"petition-kiosk: {KIT_REFUSALS[refused.detail]}", file=sys.stderr)
        return ExitCode.FAILED
    print("the hub's key is restored into its key store" if restored
          else "the hub's key store already holds this very key; nothing was changed")
    return ExitCode.OK
