"""``petition-kiosk hub …``: its grammar and dispatch, and serve, pair-code, status, export, set-password.

The CLI contract is in DESIGN.md. ``upstream`` and ``retention`` are in :mod:`ui.cli.hub_upstream`,
``recovery-kit`` and ``restore-key`` in :mod:`ui.cli.hub_keys`.

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

from ui.cli.exit_codes import ExitCode, fail
from ui.cli.hub_keys import add_key_parsers, recovery_kit_command, restore_key_command
from ui.cli.hub_upstream import add_upstream_parsers, retention_command, upstream_command
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
    add_upstream_parsers(actions)
    _add_export_parser(actions)
    add_key_parsers(actions)
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
            return fail("--listen must be HOST:PORT, e.g. 0.0.0.0:8443", ExitCode.USAGE)
    try:
        database = resolve_database(directory, args.database)
    except OtherHubHere as other:
        return fail(_other_hub_line(other.detail))
    if action == "restore-key":
        return restore_key_command(args, directory, database)  # before open_hub: a hub without its key must not start
    from sync.hub.recovery import HubKeyMissing

    try:
        hub = open_hub(directory, database, args.campaign)
    except HubKeyMissing:
        return fail("the hub's key is missing from its key store, and the hub holds sealed signatures; "
                    "restore it with: petition-kiosk hub restore-key --kit FILE")
    try:
        if action == "recovery-kit":
            return recovery_kit_command(hub, args)
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
            return upstream_command(hub, args)
        if action == "retention":
            return retention_command(hub, args)
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
    from sync.hub.preparing import default_processes
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
    if hub.sealer.can_open:  # a relay hub opens nothing: it prepares uploads in its web process
        preparing = processes * default_processes(processes)
        print(f"  uploads checked, opened and hashed on {preparing} processes of their own")
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
        return fail(line)
    pages = f", {result.pages:,} pages" if result.pages else ""
    print(f"wrote {result.path}: {result.signatures:,} signatures from every kiosk{pages}")
    return ExitCode.OK


def _set_password(hub: HubContext) -> int:
    from sync.hub.auth import set_password

    interactive = sys.stdin.isatty()
    password = getpass.getpass("Dashboard password (input hidden): ") if interactive else sys.stdin.readline()
    password = password.rstrip("\n")
    if len(password) < MIN_PASSWORD_CHARS:
        return fail(f"the password needs at least {MIN_PASSWORD_CHARS} characters", ExitCode.USAGE)
    set_password(hub.engine, password)
    print("dashboard password saved (hashed)")
    return ExitCode.OK
