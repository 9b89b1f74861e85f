"""Headless maintenance subcommands: `check` and `backup`.

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
