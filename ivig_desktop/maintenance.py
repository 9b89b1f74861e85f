"""Headless maintenance subcommands: `check`, `backup` and `lots`.

Both only read the database (a read-only connection, no writer lock), so they may run while the app is open;
neither ever creates a database. Handlers import the store lazily so that `ivig-desktop --help` stays fast.

Exit codes: 0 success (for `check`: the database is sound), 1 the database is damaged or the backup failed,
2 bad usage or no database at that path.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ivig_desktop.paths import resolve_db_path


def add_commands(commands: Any) -> None:
    """Register `check` and `backup` on the parser's subcommands (`parser.add_subparsers()`)."""
    check = commands.add_parser(
        "check",
        help="check the database (integrity and foreign keys); one line, exit 0 when sound",
        description="Run PRAGMA integrity_check and foreign_key_check on the database and report in one line. "
        "Exit 0 when sound, 1 when damaged, 2 when there is no database at that path.",
    )
    _db_option(check)
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
    lots.set_defaults(handler=cmd_lots)


def _db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `ivig-desktop --db X check` and `ivig-desktop check --db X` both work, neither undoes the other.
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file to use")


def cmd_check(args: argparse.Namespace) -> int:
    from ivig_desktop.store.check import CheckUnavailableError, check_database
    from ivig_desktop.store.database import backup_dir_for

    path = resolve_db_path(args.db)
    try:
        report = check_database(path)
    except CheckUnavailableError as error:
        print(f"ivig-desktop check: {error}", file=sys.stderr)
        return 2
    if report.sound:
        print(
            f"ok: {path}: integrity ok, foreign keys ok, {_count(report.sessions, 'session')}, "
            f"{_count(report.events, 'event')}"
        )
        return 0
    print(f"DAMAGED: {path}: {report.problem}; restore a backup from {backup_dir_for(path)}")
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from ivig_desktop.store.backup import backup_file
    from ivig_desktop.store.database import StoreError

    path = resolve_db_path(args.db)
    try:
        written = backup_file(path, to=Path(args.to).expanduser() if args.to else None)
    except FileNotFoundError:
        print(f"ivig-desktop backup: there is no database at {path} (nothing was written).", file=sys.stderr)
        return 2
    except StoreError as error:
        print(f"ivig-desktop backup: {error}", file=sys.stderr)
        return 1
    print(written)
    return 0


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
        db = open_read_only(path)
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
