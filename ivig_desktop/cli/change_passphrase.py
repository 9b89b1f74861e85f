"""`change-passphrase`: encrypt the database with a new passphrase (store/encryption.py), IVIG Desktop closed.

The old passphrase comes from --passphrase-file or IVIG_DESKTOP_PASSPHRASE (else it is asked for on a terminal),
the new one from --new-passphrase-file or IVIG_DESKTOP_NEW_PASSPHRASE (else it is asked for twice). Recovery drafts
are sealed again with the new one. Older backups keep the old passphrase unless --reencrypt-backups.
Exit 0 changed, 1 refused or failed (nothing changed), 2 bad usage, no database, or no usable passphrase.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ivig_desktop.cli.common import Commands, NoPassphraseError, count, db_option, given, passphrase_option
from ivig_desktop.passphrase import PassphraseSourceError, read_passphrase_file, readable_by_others
from ivig_desktop.paths import resolve_db_path

NEW_PASSPHRASE_ENV_VAR = "IVIG_DESKTOP_NEW_PASSPHRASE"


def register(commands: Commands) -> None:
    change = commands.add_parser(
        "change-passphrase",
        help="encrypt the database with a new passphrase (IVIG Desktop closed)",
        description="Replace the encrypted database by a verified copy encrypted with a new passphrase of at least "
        "12 characters, then write a backup with it; recovery drafts are sealed with it too. The old passphrase "
        f"comes from --passphrase-file or $IVIG_DESKTOP_PASSPHRASE, the new one from --new-passphrase-file or "
        f"${NEW_PASSPHRASE_ENV_VAR} (else both are asked for on the terminal).",
    )
    change.add_argument("--new-passphrase-file", metavar="PATH", help="file whose first line is the new passphrase")
    change.add_argument(
        "--reencrypt-backups",
        action="store_true",
        help="re-encrypt the older backups with the new passphrase too (default: they keep the old one)",
    )
    db_option(change)
    passphrase_option(change)
    change.set_defaults(handler=cmd_change_passphrase)


def _new_passphrase(args: argparse.Namespace) -> str | None:
    if args.new_passphrase_file:
        path = Path(args.new_passphrase_file).expanduser()
        try:
            passphrase = read_passphrase_file(path)
        except PassphraseSourceError as error:
            print(f"ivig-desktop change-passphrase: {error}.", file=sys.stderr)
            raise NoPassphraseError from None
        if readable_by_others(path):
            print(
                f"ivig-desktop change-passphrase: warning: the passphrase file {path} can be read by other users; "
                "make it readable by its owner only (chmod 600).",
                file=sys.stderr,
            )
        return passphrase
    from_environment = os.environ.get(NEW_PASSPHRASE_ENV_VAR)
    if from_environment:
        return from_environment
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass("New passphrase (at least 12 characters): ")
    if getpass.getpass("The same new passphrase again: ") != first:
        print("ivig-desktop change-passphrase: the two passphrases differ (nothing was changed).", file=sys.stderr)
        raise NoPassphraseError
    return first


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from ivig_desktop.store.cipher import passphrase_problem
    from ivig_desktop.store.database import StoreError
    from ivig_desktop.store.encryption import change_passphrase
    from ivig_desktop.ui.recovery import Drafts

    path = resolve_db_path(args.db)
    if not path.is_file():
        print(f"ivig-desktop change-passphrase: there is no database at {path} (nothing was changed).", file=sys.stderr)
        return 2
    try:
        old = given("change-passphrase", args)
        if old is None and sys.stdin.isatty():
            old = getpass.getpass("Current passphrase: ")
        if not old:
            print(
                "ivig-desktop change-passphrase: give the current passphrase with --passphrase-file PATH or "
                "$IVIG_DESKTOP_PASSPHRASE (nothing was changed).",
                file=sys.stderr,
            )
            return 2
        new = _new_passphrase(args)
    except NoPassphraseError:
        return 2
    if new is None:
        print(
            "ivig-desktop change-passphrase: give the new passphrase with --new-passphrase-file PATH or "
            f"${NEW_PASSPHRASE_ENV_VAR} (nothing was changed).",
            file=sys.stderr,
        )
        return 2
    problem = passphrase_problem(new)
    if problem is not None:
        print(f"ivig-desktop change-passphrase: {problem} Nothing was changed.", file=sys.stderr)
        return 2
    try:
        done = change_passphrase(path, old, new, reencrypt_backups=args.reencrypt_backups)
    except StoreError as error:
        print(f"ivig-desktop change-passphrase: {error}", file=sys.stderr)
        return 1
    drafts = Drafts.for_database(path, old).convert(new)
    print(f"passphrase changed: {path} opens only with the new passphrase now.")
    if done.backup is not None:
        print(f"backup with the new passphrase: {done.backup}")
    if done.backup_problem is not None:
        print(
            f"ivig-desktop change-passphrase: warning: done, but the first backup could not be written: "
            f"{done.backup_problem} Take one with `ivig-desktop backup` once the problem is fixed.",
            file=sys.stderr,
        )
    if drafts:
        print(f"recovery drafts sealed with the new passphrase: {drafts}")
    if done.reencrypted:
        print(f"re-encrypted with the new passphrase: {count(len(done.reencrypted), 'older backup')}")
    if done.left:
        print(
            f"still with the OLD passphrase: {count(len(done.left), 'older backup')} (keep the old passphrase while "
            "you keep them, or run again with --reencrypt-backups):"
        )
        for item in done.left:
            print(f"  {item}")
    return 0
