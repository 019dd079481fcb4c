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
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
MISSING_EXTRA = ('petition-kiosk: the hub is not installed; install it with: pip install -e ".[hub]"')
MIN_PASSWORD_CHARS = 10
HUB_EXPORT_KINDS = ("tally", "sheets", "csv")


def add_hub_parser(commands: Any, add_common_late: Any) -> None:
    """The ``hub`` sub-commands, added to the main parser's sub-parsers."""
    hub = commands.add_parser("hub", help="the hub: one server for every kiosk of an event or campaign")
    actions = hub.add_subparsers(dest="hub_action", required=True)
    serve = actions.add_parser("serve", help="run the hub (TLS, dashboard, json protocol)")
    serve.add_argument("--listen", help="HOST:PORT to listen on (default 0.0.0.0:8443)")
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
    upstream.add_argument("--kind", choices=("osdi", "json"), required=True)
    upstream.add_argument("--url", required=True)
    upstream.add_argument("--petition", default="", help="the Action Network petition id (osdi)")
    upstream.add_argument("--ca-bundle", default="", help="CA bundle for the upstream server")
    upstream.add_argument("--token-stdin", action="store_true",
                          help="read the target's API key or token from stdin into the keyring")
    _add_export_parser(actions)
    _add_key_parsers(actions)
    for sub in (serve, pair_code, status, *actions.choices.values()):
        if not any(a.dest == "database" for a in sub._actions):
            sub.add_argument("--database", help="database URL (default: a SQLite file in the hub's data dir)")
            add_common_late(sub)


def _add_export_parser(actions: Any) -> None:
    """``hub export tally|sheets|csv --out FILE [filters]``: the kiosk's exports, across every kiosk."""
    from kiosk.languages import report_languages

    export = actions.add_parser("export", help="tally PDF, signature sheets PDF or CSV across every kiosk")
    export.add_argument("export_kind", choices=HUB_EXPORT_KINDS, help="which document")
    export.add_argument("--out", required=True, help="file to write")
    export.add_argument("--event", help="only this event (name)")
    export.add_argument("--since", help="from this date (YYYY-MM-DD, inclusive)")
    export.add_argument("--until", help="to this date (YYYY-MM-DD, inclusive)")
    export.add_argument("--language", choices=report_languages(), default="en", help="language of the labels")


def _add_key_parsers(actions: Any) -> None:
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
        return EXIT_FAILED
    action = args.hub_action
    if action == "export":
        filters = _export_filters(args)
        if filters is None:
            return EXIT_USAGE
    if action == "serve":
        try:
            from sync.hub.serve import parse_listen
            host, port = parse_listen(args.listen)
        except ValueError:
            print("petition-kiosk: --listen must be HOST:PORT, e.g. 0.0.0.0:8443", file=sys.stderr)
            return EXIT_USAGE
    if action == "restore-key":
        return _restore_key(args)  # before open_hub: a hub without its key must not start
    from sync.hub.recovery import HubKeyMissing

    try:
        hub = open_hub(args.data_dir, args.database, args.campaign)
    except HubKeyMissing:
        print("petition-kiosk: the hub's key is missing from its key store, and the hub holds sealed signatures; "
              "restore it with: petition-kiosk hub restore-key --kit FILE", file=sys.stderr)
        return EXIT_FAILED
    try:
        if action == "recovery-kit":
            return _recovery_kit(hub, args)
        if action == "serve":
            return _serve(hub, host, port, args.workers, args.campaign)
        if action == "pair-code":
            return _pair_code(hub, args)
        if action == "status":
            return _status(hub, args)
        if action == "set-password":
            return _set_password(hub)
        if action == "upstream":
            return _upstream(hub, args)
        if action == "export":
            return _export(hub, args, filters)
    finally:
        hub.close()
    return EXIT_USAGE


def _worker_count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 64:
        raise argparse.ArgumentTypeError("a whole number from 1 to 64")
    return int(text)


def _serve(hub: Any, host: str, port: int, workers: int | None, campaign: str | None) -> int:
    from sync.hub.auth import has_password
    from sync.hub.devices import new_pairing_code
    from sync.hub.serve import serve, worker_processes

    url = hub_url(host, port)
    print(f"hub for campaign {hub.campaign.id} at {url}", flush=True)
    print(f"  certificate SHA-256: {hub.certificate.sha256}")
    print(f"  dashboard: {url}/dashboard   big number: {url}/big")
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
    return EXIT_OK


def _pair_code(hub: Any, args: argparse.Namespace) -> int:
    from sync.hub.context import DEFAULT_PORT
    from sync.hub.devices import new_pairing_code

    url = args.url or hub_url("", DEFAULT_PORT)
    code, expires = new_pairing_code(hub.engine, hub.certificate.sha256)
    if args.json:
        print(json.dumps({"url": url, "code": code, "expires_at": expires.isoformat(timespec="seconds")}))
    else:
        print(f"pairing code: {code} (valid until {expires:%H:%M} UTC)")
        print(f"on the kiosk: petition-kiosk pair --hub {url} --code {code}")
    return EXIT_OK


def _status(hub: Any, args: argparse.Namespace) -> int:
    from sync.hub.summary import summarize

    summary = summarize(hub.engine, hub.campaign)
    # "total" counts signatures, as the kiosk's status does; "people" (a repeat signer once) is
    # the coordinator's figure, and this command runs on the coordinator's hub.
    report = {"campaign": summary.campaign, "total": summary.signatures, "people": summary.total,
              "kiosks": summary.kiosks, "upstream_pending": summary.upstream_pending,
              "upstream_synced": summary.upstream_synced}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{summary.campaign}: {summary.signatures} signatures ({summary.total} people) "
              f"from {summary.kiosks} kiosks — "
              f"{summary.upstream_pending} waiting to go upstream, {summary.upstream_synced} delivered")
    return EXIT_OK


def _export_filters(args: argparse.Namespace) -> Any:
    """The filters, or None after printing why they are bad (checked before the hub opens)."""
    from kiosk.reports import BadFilter, ReportFilters
    from ui.cli import describe

    try:
        return ReportFilters.parse(args.event, args.since, args.until)
    except BadFilter as exc:
        print(f"petition-kiosk: {describe(exc)}", file=sys.stderr)
        return None


def _export(hub: Any, args: argparse.Namespace, filters: Any) -> int:
    from pathlib import Path

    from kiosk.reports import ExportError
    from sync.hub.export import export_from_hub
    from ui.cli import describe

    try:
        result = export_from_hub(hub, args.export_kind, Path(args.out).expanduser(), filters, args.language)
    except ExportError as exc:
        if exc.code == "export_unknown_event":
            line = f"no kiosk sent a signature for an event named '{exc.detail}' to this hub"
        else:
            line = describe(exc)
        print(f"petition-kiosk: {line}", file=sys.stderr)
        return EXIT_FAILED
    pages = f", {result.pages:,} pages" if result.pages else ""
    print(f"wrote {result.path}: {result.signatures:,} signatures from every kiosk{pages}")
    return EXIT_OK


def _set_password(hub: Any) -> int:
    from sync.hub.auth import set_password

    interactive = sys.stdin.isatty()
    password = getpass.getpass("Dashboard password (input hidden): ") if interactive else sys.stdin.readline()
    password = password.rstrip("\n")
    if len(password) < MIN_PASSWORD_CHARS:
        print(f"petition-kiosk: the password needs at least {MIN_PASSWORD_CHARS} characters", file=sys.stderr)
        return EXIT_USAGE
    set_password(hub.engine, password)
    print("dashboard password saved (hashed)")
    return EXIT_OK


def _upstream(hub: Any, args: argparse.Namespace) -> int:
    from kiosk.errors import KeyStoreUnavailable
    from sync.hub.forwarder import set_target_token
    from sync.hub.upstream import UpstreamTarget, save_target

    target = UpstreamTarget(args.name, args.kind, args.url.rstrip("/"), args.petition, args.ca_bundle)
    if args.kind == "osdi" and not args.petition:
        print("petition-kiosk: --petition is required for an osdi (Action Network) target", file=sys.stderr)
        return EXIT_USAGE
    if args.token_stdin:
        token = sys.stdin.readline().strip()
        if not token:
            print("petition-kiosk: no token read from stdin (expected one line)", file=sys.stderr)
            return EXIT_USAGE
        try:
            set_target_token(hub.hub_id, args.name, token)
        except KeyStoreUnavailable:
            print("petition-kiosk: no OS keyring is available to keep the upstream key on this hub",
                  file=sys.stderr)
            return EXIT_FAILED
    save_target(hub.engine, target)
    print(f"upstream target {args.name} ({args.kind}) saved")
    return EXIT_OK


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


def _recovery_kit(hub: Any, args: argparse.Namespace) -> int:
    from pathlib import Path

    from sync.hub.recovery import MIN_PASSPHRASE_CHARS, KitRefused, kit_document, load_key, seal_key
    from sync.hub.recovery_page import write_page

    out = Path(args.out)
    document = out.with_suffix(".json")
    if not out.parent.is_dir():
        print(f"petition-kiosk: cannot write {out}: no such folder", file=sys.stderr)
        return EXIT_FAILED
    passphrase = _passphrase(args, confirm=True)
    if passphrase is None:
        return EXIT_USAGE
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        print(f"petition-kiosk: the passphrase needs at least {MIN_PASSPHRASE_CHARS} characters "
              "(a few words are easier to keep than symbols)", file=sys.stderr)
        return EXIT_USAGE
    try:
        kit = seal_key(hub.hub_id, load_key(hub.directory, hub.hub_id), passphrase)
    except KitRefused as refused:
        print(f"petition-kiosk: {KIT_REFUSALS[refused.detail]}", file=sys.stderr)
        return EXIT_FAILED
    write_page(out, hub.hub_id, hub.campaign.id, kit)
    document.write_text(kit_document(hub.hub_id, kit), encoding="utf-8")
    print(f"recovery kit written: {out} (print it) and {document}; keep both apart from the hub, "
          "and the passphrase apart from them")
    return EXIT_OK


def _restore_key(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sync.hub.context import META_HUB_ID, get_meta
    from sync.hub.database import make_hub_engine, migrate_hub
    from sync.hub.paths import default_database_url, hub_data_dir
    from sync.hub.recovery import KitRefused, kit_from_text, restore_key

    try:
        text = Path(args.kit).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        print(f"petition-kiosk: cannot read the recovery kit {args.kit}", file=sys.stderr)
        return EXIT_FAILED
    directory = hub_data_dir(args.data_dir)
    engine = make_hub_engine(args.database or default_database_url(directory))
    try:
        migrate_hub(engine)
        hub_id = get_meta(engine, META_HUB_ID)
    finally:
        engine.dispose()
    if hub_id is None:
        print("petition-kiosk: this hub's database has no hub id yet; restore the database (or start the hub "
              "with --database pointing at it) before its key", file=sys.stderr)
        return EXIT_FAILED
    try:
        kit = kit_from_text(text)
        passphrase = _passphrase(args, confirm=False)
        if passphrase is None:
            return EXIT_USAGE
        restored = restore_key(directory, hub_id, kit, passphrase, args.replace)  # no key store: cli.main's line
    except KitRefused as refused:
        print(f"petition-kiosk: {KIT_REFUSALS[refused.detail]}", file=sys.stderr)
        return EXIT_FAILED
    print("the hub's key is restored into its key store" if restored
          else "the hub's key store already holds this very key; nothing was changed")
    return EXIT_OK
