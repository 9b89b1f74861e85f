"""Headless maintenance subcommands: `check`, `backup`, `lots`, `encrypt` and `decrypt`.

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
from typing import Any

from ivig_desktop.passphrase import PASSPHRASE_ENV_VAR, PassphraseSourceError, given_passphrase, readable_by_others
from ivig_desktop.paths import resolve_db_path

MIN_PASSPHRASE_CHARS = 12  # (the store's rule: store/cipher.py; checked there)


def add_commands(commands: Any) -> None:
    """Register `check`, `backup`, `encrypt` and `decrypt` on the parser's subcommands (`add_subparsers()`)."""
    check = commands.add_parser(
        "check",
        help="check the database (integrity and foreign keys); one line, exit 0 when sound",
        description="Run PRAGMA integrity_check and foreign_key_check on the database and report in one line. "
        "Exit 0 when sound, 1 when damaged, 2 when there is no database at that path.",
    )
    _db_option(check)
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
    _db_option(backup)
    passphrase_option(backup)
    backup.set_defaults(handler=cmd_backup)

    lots = commands.add_parser(
        "lots",
        help="every session and patient that received a vial lot (recalls)",
        description="List every vial recorded with this lot number (case and spaces ignored), newest first: "
        "date, patient (name, date of birth, MRN), session, chair, product, size, expiry. Vials later marked "
        "entered in error are listed with that flag.",
    )
    lots.add_argument("lot", metavar="LOT", help="the lot number")
    lots.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _db_option(lots)
    passphrase_option(lots)
    lots.set_defaults(handler=cmd_lots)

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
    _db_option(encrypt)
    passphrase_option(encrypt)
    encrypt.set_defaults(handler=cmd_encrypt)

    decrypt = commands.add_parser(
        "decrypt",
        help="store an encrypted database as a plain SQLite file again",
        description="Replace the encrypted database by a verified plain copy (to hand it on, or to look into it "
        "with other SQLite tools), then write a plain backup. IVIG Desktop must be closed. The encrypted backups "
        "stay encrypted.",
    )
    _db_option(decrypt)
    passphrase_option(decrypt)
    decrypt.set_defaults(handler=cmd_decrypt)


def _db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `ivig-desktop --db X check` and `ivig-desktop check --db X` both work, neither undoes the other.
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file to use")


def passphrase_option(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        default=default,
        help=f"file whose first line is the passphrase of an encrypted database (default: ${PASSPHRASE_ENV_VAR})",
    )


class _NoPassphraseError(Exception):
    pass


def _given(command: str, args: argparse.Namespace) -> str | None:
    """The passphrase from --passphrase-file or the environment; _NoPassphraseError (after saying why) if unusable."""
    passphrase_file = getattr(args, "passphrase_file", None)
    try:
        passphrase = given_passphrase(passphrase_file)
    except PassphraseSourceError as error:
        print(f"ivig-desktop {command}: {error}.", file=sys.stderr)
        raise _NoPassphraseError from None
    if passphrase_file and readable_by_others(Path(passphrase_file)):
        print(
            f"ivig-desktop {command}: warning: the passphrase file {passphrase_file} can be read by other users; "
            "make it readable by its owner only (chmod 600).",
            file=sys.stderr,
        )
    return passphrase


def cmd_check(args: argparse.Namespace) -> int:
    from ivig_desktop.store.check import CheckUnavailableError, check_database
    from ivig_desktop.store.database import backup_dir_for

    path = resolve_db_path(args.db)
    try:
        report = check_database(path, _given("check", args))
    except _NoPassphraseError:
        return 2
    except CheckUnavailableError as error:
        print(f"ivig-desktop check: {error}", file=sys.stderr)
        return 2
    if report.sound:
        print(
            f"ok: {path}: integrity ok, foreign keys ok, {_count(report.sessions, 'session')}, "
            f"{_count(report.events, 'event')}" + (", encrypted" if report.encrypted else "")
        )
        return 0
    print(f"DAMAGED: {path}: {report.problem}; restore a backup from {backup_dir_for(path)}")
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from ivig_desktop.store.backup import backup_file
    from ivig_desktop.store.database import StoreError

    path = resolve_db_path(args.db)
    try:
        written = backup_file(
            path, to=Path(args.to).expanduser() if args.to else None, passphrase=_given("backup", args)
        )
    except _NoPassphraseError:
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
        passphrase = _given("encrypt", args) or _ask_new_passphrase()
    except _NoPassphraseError:
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
            f"still plain (NOT encrypted): {_count(len(done.left), 'backup')} from before; delete them, or run "
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
        raise _NoPassphraseError
    return first


def cmd_decrypt(args: argparse.Namespace) -> int:
    from ivig_desktop.store.database import StoreError
    from ivig_desktop.store.encryption import decrypt_database

    path = resolve_db_path(args.db)
    if not path.is_file():
        print(f"ivig-desktop decrypt: there is no database at {path} (nothing was changed).", file=sys.stderr)
        return 2
    try:
        passphrase = _given("decrypt", args)
        if passphrase is None and sys.stdin.isatty():
            passphrase = getpass.getpass("Passphrase: ")
    except _NoPassphraseError:
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
        print(f"still encrypted: {_count(len(done.left), 'backup')} (they open only with the passphrase)")
    return 0


def _backup_problem(command: str, problem: str | None) -> None:
    if problem is not None:
        print(
            f"ivig-desktop {command}: warning: done, but the first backup could not be written: {problem} "
            "Take one with `ivig-desktop backup` once the problem is fixed.",
            file=sys.stderr,
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def cmd_lots(args: argparse.Namespace) -> int:
    import json

    from ivig_desktop.domain.clock import to_iso
    from ivig_desktop.domain.vials import clean_lot
    from ivig_desktop.store.database import StoreError
    from ivig_desktop.store.lots import lot_uses
    from ivig_desktop.store.readonly import open_read_only

    path = resolve_db_path(args.db)
    lot = clean_lot(args.lot)
    if not lot:
        print("ivig-desktop lots: error: give a lot number.", file=sys.stderr)
        return 2
    if not path.is_file():
        print(f"ivig-desktop lots: There is no database at {path} (nothing was created).", file=sys.stderr)
        return 2
    try:
        db = open_read_only(path, given_passphrase(args.passphrase_file))
    except PassphraseSourceError as error:
        print(f"ivig-desktop lots: {error}", file=sys.stderr)
        return 2
    except StoreError as error:
        print(f"ivig-desktop lots: {error}", file=sys.stderr)
        return 1
    try:
        uses = lot_uses(db, lot)
    finally:
        db.close()
    if args.json:
        rows = [
            {
                "lot": u.lot,
                "recorded_at": to_iso(u.recorded_at),
                "patient_id": u.patient_id,
                "patient": u.patient_name,
                "date_of_birth": u.date_of_birth.isoformat(),
                "mrn": u.mrn,
                "session_id": u.session_id,
                "location": u.location,
                "product_id": u.product_id,
                "size_g": u.size_g,
                "expiry": u.expiry.isoformat(),
                "entered_in_error": u.entered_in_error,
            }
            for u in uses
        ]
        print(json.dumps({"lot": lot, "vials": rows}, ensure_ascii=False, indent=2))
        return 0
    if not uses:
        print(f"No session received lot {lot}.")
        return 0
    patients = {u.patient_id for u in uses if not u.entered_in_error}
    print(
        f"Lot {lot}: {len(uses)} vial(s) in {len({u.session_id for u in uses})} session(s), {len(patients)} patient(s)."
    )
    for u in uses:
        note = "  [entered in error]" if u.entered_in_error else ""
        when = u.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M")
        mrn = f", MRN {u.mrn}" if u.mrn else ""
        print(
            f"{when}  {u.patient_name} (born {u.date_of_birth.isoformat()}{mrn})  session {u.session_id} "
            f"at {u.location}  {u.product_id} {u.size_g} g, expires {u.expiry.isoformat()}{note}"
        )
    return 0
