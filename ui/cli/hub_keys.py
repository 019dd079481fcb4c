"""``petition-kiosk hub recovery-kit`` and ``hub restore-key``: the hub's key put aside under a passphrase, and back.

A hub whose key is lost cannot open the signatures it holds; the kit (a printable page and a
``.json`` file) keeps the key sealed under a passphrase. Nothing here prints the key or the passphrase.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ui.cli.exit_codes import ExitCode, fail

if TYPE_CHECKING:
    from sync.hub.context import HubContext


def add_key_parsers(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``hub recovery-kit`` and ``hub restore-key`` grammars."""
    kit = actions.add_parser("recovery-kit", help="the hub's key under a passphrase: a printable page and a file")
    kit.add_argument("--out", required=True, help="the PDF page to write (the kit's .json file goes beside it)")
    kit.add_argument("--passphrase-file", help="read the passphrase from this file's first line instead of asking")
    restore = actions.add_parser("restore-key", help="put the hub's key back into its key store from a recovery kit")
    restore.add_argument("--kit", required=True, help="the kit's .json file, or a text file with the kit typed in")
    restore.add_argument("--passphrase-file", help="read the passphrase from this file's first line instead of asking")
    restore.add_argument("--replace", action="store_true",
                         help="overwrite a different key already in the key store (back it up first)")


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


def recovery_kit_command(hub: HubContext, args: argparse.Namespace) -> int:
    """Write the kit: a PDF page to print and its ``.json`` file beside it."""
    from sync.hub.hub_keys import stored_record_keys
    from sync.hub.recovery import MIN_PASSPHRASE_CHARS, KitRefused, kit_document, load_key, seal_key
    from sync.hub.recovery_page import write_page

    out = Path(args.out)
    document = out.with_suffix(".json")
    if not out.parent.is_dir():
        return fail(f"cannot write {out}: no such folder")
    passphrase = _passphrase(args, confirm=True)
    if passphrase is None:
        return ExitCode.USAGE
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        return fail(f"the passphrase needs at least {MIN_PASSPHRASE_CHARS} characters "
                    "(a few words are easier to keep than symbols)", ExitCode.USAGE)
    try:
        opening, contact = stored_record_keys(hub.hub_id)  # a relay hub holds neither
        kit = seal_key(hub.hub_id, load_key(hub.directory, hub.hub_id), passphrase, opening=opening, contact=contact)
    except KitRefused as refused:
        return fail(KIT_REFUSALS[refused.detail])
    write_page(out, hub.hub_id, hub.campaign.id, kit)
    document.write_text(kit_document(hub.hub_id, kit), encoding="utf-8")
    print(f"recovery kit written: {out} (print it) and {document}; keep both apart from the hub, "
          "and the passphrase apart from them")
    return ExitCode.OK


def restore_key_command(args: argparse.Namespace, directory: Path, database: str) -> int:
    """Put the key from a kit back into the key store (run before the hub opens: it cannot open without it)."""
    from sync.hub.context import META_HUB_ID, get_meta
    from sync.hub.database import make_hub_engine, migrate_hub
    from sync.hub.recovery import KitRefused, kit_from_text, restore_key

    try:
        text = Path(args.kit).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return fail(f"cannot read the recovery kit {args.kit}")
    engine = make_hub_engine(database)
    try:
        migrate_hub(engine)
        hub_id = get_meta(engine, META_HUB_ID)
    finally:
        engine.dispose()
    if hub_id is None:
        return fail("this hub's database has no hub id yet; restore the database (or start the hub "
                    "with --database pointing at it) before its key")
    try:
        kit = kit_from_text(text)
        passphrase = _passphrase(args, confirm=False)
        if passphrase is None:
            return ExitCode.USAGE
        restored = restore_key(directory, hub_id, kit, passphrase, args.replace)  # no key store: cli.main's line
    except KitRefused as refused:
        return fail(KIT_REFUSALS[refused.detail])
    print("the hub's key is restored into its key store" if restored
          else "the hub's key store already holds this very key; nothing was changed")
    return ExitCode.OK
