"""Database maintenance: `check`, `backup`, `encrypt` and `decrypt`.

`check` and `backup` only read the database (a read-only connection, no writer lock), so they may run while the
app is open; neither ever creates a database. `encrypt` and `decrypt` replace the database file by a verified
copy (store/encryption.py) and refuse while the app has it open. An encrypted database needs its passphrase:
`--passphrase-file PATH` (first line) or IVIG_DESKTOP_PASSPHRASE (ivig_desktop/passphrase.py); `encrypt` asks
for it on a terminal when neither is given. Handlers import the store lazily so that `ivig-desktop --help`
stays fast.

Exit codes: 0 success (for `check`: the database is sound), 1 the database is damaged or the command failed,
2 bad usage, no database at that path, or no usable passphrase.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ivig_desktop.cli.common import Commands, NoPassphraseError, count, db_option, given, passphrase_option
from ivig_desktop.passphrase import PASSPHRASE_ENV_VAR
from ivig_desktop.paths import resolve_db_path

if TYPE_CHECKING:
    from ivig_desktop.store.check import CheckReport

MIN_PASSPHRASE_CHARS = 12  # (the store's rule: store/cipher.py; checked there)


def register(commands: Commands) -> None:
    """Register `check`, `backup`, `encrypt` and `decrypt`."""
    check = commands.add_parser(
        "check",
        help="check the database (integrity, foreign keys, hash chain, signatures); one line, exit 0 when sound",
        description="Run PRAGMA integrity_check and foreign_key_check on the database, verify its hash chain and "
        "signatures and look for lost entries, and report in one line (the first problem found). Exit 0 when "
        "sound, 1 when damaged, altered or missing entries, 2 when there is no database at that path.",
    )
    db_option(check)
    passphrase_option(check)
    check.set_defaults(handler=cmd_check)

    backup = commands.add_parser(
        "backup",
        help="write a verified backup of the database and print its path",
        description="Copy the database with SQLite's backup API (safe while the app runs), verify the copy, "
        "and print where it was written. Default: the backups folder beside the database.",
    )
    backup.add_argument(
        "--to", metavar="PATH", help="a new file to write, or an existing folder to put a dated backup in"
    )
    db_option(backup)
    passphrase_option(backup)
    backup.set_defaults(handler=cmd_backup)

    encrypt = commands.add_parser(
        "encrypt",
        help="encrypt the database with a passphrase (SQLCipher; recommended on laptops)",
        description="Encrypt the database with SQLCipher and a passphrase of at least "
        f"{MIN_PASSPHRASE_CHARS} characters: a verified encrypted copy replaces the plain file, then an "
        "encrypted backup is written. IVIG Desktop must be closed. The passphrase comes from --passphrase-file, "
        f"else ${PASSPHRASE_ENV_VAR}, else it is asked for (twice) on the terminal. Backups taken before stay "
        "plain unless --remove-plain-backups. Without the passphrase the record cannot be read: keep it safe.",
    )
    encrypt.add_argument(
        "--remove-plain-backups",
        action="store_true",
        help="delete the backups that are not encrypted (default: list them)",
    )
    db_option(encrypt)
    passphrase_option(encrypt)
    encrypt.set_defaults(handler=cmd_encrypt)

    decrypt = commands.add_parser(
        "decrypt",
        help="store an encrypted database as a plain SQLite file again",
        description="Replace the encrypted database by a verified plain copy (to hand it on, or to look into it "
        "with other SQLite tools), then write a plain backup. IVIG Desktop must be closed. The encrypted backups "
        "stay encrypted.",
    )
    db_option(decrypt)
    passphrase_option(decrypt)
    decrypt.set_defaults(handler=cmd_decrypt)


def cmd_check(args: argparse.Namespace) -> int:
    from ivig_desktop.store.check import CheckUnavailableError, check_database
    from ivig_desktop.store.database import backup_dir_for

    path = resolve_db_path(args.db)
    try:
        report = check_database(path, given("check", args))
    except NoPassphraseError:
        return 2
    except CheckUnavailableError as error:
        print(f"ivig-desktop check: {error}", file=sys.stderr)
        return 2
    if report.sound:
        print(
            f"ok: {path}: integrity ok, foreign keys ok, {_chain_words(report)}{count(report.sessions, 'session')}, "
            f"{count(report.events, 'event')}" + (", encrypted" if report.encrypted else "")
        )
        return 0
    if report.kind == "altered":
        print(
            f"ALTERED: {path}: {report.problem}. The record was changed outside IVIG Desktop: keep this file as it "
            f"is for inspection; the backups in {backup_dir_for(path)} hold earlier states of the record"
        )
    elif report.kind == "lost":
        print(f"LOST: {path}: {report.problem}")
    else:
        print(f"DAMAGED: {path}: {report.problem}; restore a backup from {backup_dir_for(path)}")
    return 1


def _chain_words(report: CheckReport) -> str:
    """'chain ok (41 entries, 2 signatures verified), ' and any restore or loss the record notes."""
    chain = report.chain
    if chain is None or not chain.chained:
        return "no chain yet (opening it with this version chains it), "
    signatures = count(chain.signatures, "signature") + " verified"
    if chain.unbound_signatures:
        signatures += f", {chain.unbound_signatures} from before signatures bound content"
    notes = "".join(f"; noted: {incident}" for incident in chain.incidents)
    entries = f"{chain.entries} entr{'y' if chain.entries == 1 else 'ies'}"
    return f"chain ok ({entries}, {signatures}{notes}), "


def cmd_backup(args: argparse.Namespace) -> int:
    from ivig_desktop.store.backup import backup_file
    from ivig_desktop.store.database import StoreError

    path = resolve_db_path(args.db)
    try:
        written = backup_file(
            path, to=Path(args.to).expanduser() if args.to else None, passphrase=given("backup", args)
        )
    except NoPassphraseError:
        return 2
    except FileNotFoundError:
        print(f"ivig-desktop backup: there is no database at {path} (nothing was written).", file=sys.stderr)
        return 2
    except StoreError as error:
        print(f"ivig-desktop backup: {error}", file=sys.stderr)
        return 1
    print(written)
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    from ivig_desktop.store.cipher import KDF, KDF_ITERATIONS, passphrase_problem
    from ivig_desktop.store.database import StoreError
    from ivig_desktop.store.encryption import encrypt_database

    path = resolve_db_path(args.db)
    if not path.is_file():
        print(f"ivig-desktop encrypt: there is no database at {path} (nothing was changed).", file=sys.stderr)
        return 2
    try:
        passphrase = given("encrypt", args) or _ask_new_passphrase()
    except NoPassphraseError:
        return 2
    if passphrase is None:
        print(
            f"ivig-desktop encrypt: give the passphrase with --passphrase-file PATH or ${PASSPHRASE_ENV_VAR} "
            "(nothing was changed).",
            file=sys.stderr,
        )
        return 2
    problem = passphrase_problem(passphrase)
    if problem is not None:
        print(f"ivig-desktop encrypt: {problem} Nothing was changed.", file=sys.stderr)
        return 2
    try:
        done = encrypt_database(path, passphrase, remove_plain_backups=args.remove_plain_backups)
    except StoreError as error:
        print(f"ivig-desktop encrypt: {error}", file=sys.stderr)
        return 1
    if done.changed:
        print(
            f"encrypted: {path} (SQLCipher 4: AES-256; key from the passphrase by {KDF}, "
            f"{KDF_ITERATIONS:,} iterations). Without the passphrase it cannot be read: keep it safe."
        )
    else:
        print(f"already encrypted: {path} (the passphrase opens it; nothing was changed)")
    if done.backup is not None:
        print(f"encrypted backup: {done.backup}")
    _backup_problem("encrypt", done.backup_problem)
    for removed in done.removed:
        print(f"deleted plain backup: {removed}")
    if done.left:
        print(
            f"still plain (NOT encrypted): {count(len(done.left), 'backup')} from before; delete them, or run "
            "`ivig-desktop encrypt --remove-plain-backups`:"
        )
        for plain in done.left:
            print(f"  {plain}")
    return 0


def _ask_new_passphrase() -> str | None:
    """On a terminal: the new passphrase, typed twice without echo; None when there is no terminal."""
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"New passphrase (at least {MIN_PASSPHRASE_CHARS} characters): ")
    if getpass.getpass("The same passphrase again: ") != first:
        print("ivig-desktop encrypt: the two passphrases differ (nothing was changed).", file=sys.stderr)
        raise NoPassphraseError
    return first


def cmd_decrypt(args: argparse.Namespace) -> int:
    from ivig_desktop.store.database import StoreError
    from ivig_desktop.store.encryption import decrypt_database

    path = resolve_db_path(args.db)
    if not path.is_file():
        print(f"ivig-desktop decrypt: there is no database at {path} (nothing was changed).", file=sys.stderr)
        return 2
    try:
        passphrase = given("decrypt", args)
        if passphrase is None and sys.stdin.isatty():
            passphrase = getpass.getpass("Passphrase: ")
    except NoPassphraseError:
        return 2
    if not passphrase:
        print(
            f"ivig-desktop decrypt: give the passphrase with --passphrase-file PATH or ${PASSPHRASE_ENV_VAR} "
            "(nothing was changed).",
            file=sys.stderr,
        )
        return 2
    try:
        done = decrypt_database(path, passphrase)
    except StoreError as error:
        print(f"ivig-desktop decrypt: {error}", file=sys.stderr)
        return 1
    if not done.changed:
        print(f"not encrypted: {path} (nothing was changed)")
        return 0
    print(f"decrypted: {path} is a plain SQLite file now: anyone who can read the file can read the record.")
    if done.backup is not None:
        print(f"plain backup: {done.backup}")
    _backup_problem("decrypt", done.backup_problem)
    if done.left:
        print(f"still encrypted: {count(len(done.left), 'backup')} (they open only with the passphrase)")
    return 0


def _backup_problem(command: str, problem: str | None) -> None:
    if problem is not None:
        print(
            f"ivig-desktop {command}: warning: done, but the first backup could not be written: {problem} "
            "Take one with `ivig-desktop backup` once the problem is fixed.",
            file=sys.stderr,
        )
