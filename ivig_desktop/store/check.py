"""The full check behind `ivig-desktop check`: integrity, foreign keys, the hash chain and signatures
(store/chain/verify.py), lost entries (the head file beside the database), and what the record holds.

It only reads (a read-only connection, no writer lock), so it may run while the app is open, and it never
creates a database that is not there. An encrypted database needs its passphrase.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ivig_desktop.store.chain import startup
from ivig_desktop.store.chain.verify import RecordReport, verify_record
from ivig_desktop.store.database import (
    DATABASE_ERRORS,
    PassphraseRequiredError,
    StoreError,
    describe_failure,
    is_damage,
    is_encrypted,
    problem_lines,
    raw_connect,
)

REQUIRED_TABLES = ("nurses", "patients", "sessions", "events")


class CheckUnavailableError(Exception):
    """The file could not be read at all (missing, unreadable, busy); the message says why."""


@dataclass(frozen=True)
class CheckReport:
    path: Path
    problem: str | None  # the first problem found; None when sound
    sessions: int = 0
    events: int = 0
    encrypted: bool = False
    kind: str = "damaged"  # what the problem is: damaged (the file), altered (the chain), lost (entries)
    chain: RecordReport | None = None  # None when the file could not be read that far

    @property
    def sound(self) -> bool:
        return self.problem is None


def check_database(path: Path, passphrase: str | None = None) -> CheckReport:
    """Run `PRAGMA integrity_check` and `PRAGMA foreign_key_check` on the database file at `path`.

    An encrypted database is opened with `passphrase` (CheckUnavailableError without it or when it is wrong).
    """
    path = Path(path)
    if not path.is_file():
        raise CheckUnavailableError(f"There is no database at {path} (nothing was created).")
    encrypted = is_encrypted(path)
    try:
        if encrypted and passphrase is None:
            raise PassphraseRequiredError(path)
        conn = raw_connect(path, read_only=True, passphrase=passphrase if encrypted else None)
    except StoreError as error:
        raise CheckUnavailableError(str(error)) from error
    try:
        return _check(conn, path, encrypted)
    except DATABASE_ERRORS as error:
        if is_damage(error):
            return CheckReport(path, str(error), encrypted=encrypted)
        raise CheckUnavailableError(f"{path} could not be checked: {describe_failure(error)}") from error
    finally:
        conn.close()


def _check(conn: sqlite3.Connection, path: Path, encrypted: bool) -> CheckReport:
    problems = problem_lines(str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall())
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return CheckReport(path, problems[0] + more, encrypted=encrypted)
    orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
    if orphans:
        table, rowid, parent, _ = orphans[0]
        more = f" (and {len(orphans) - 1} more)" if len(orphans) > 1 else ""
        return CheckReport(
            path, f"foreign key: {table} row {rowid} refers to a missing {parent} row{more}", encrypted=encrypted
        )
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        return CheckReport(path, f"not an IVIG Desktop database (no {', '.join(missing)} table)", encrypted=encrypted)
    sessions = conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
    events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    counts = {"sessions": sessions, "events": events, "encrypted": encrypted}
    db = Database(conn, execute_plugins=False)
    chain = verify_record(db)
    first = chain.first
    if first is not None:
        more = f" (and {len(chain.problems) - 1} more)" if len(chain.problems) > 1 else ""
        return CheckReport(path, first.describe() + more, kind="altered", chain=chain, **counts)
    lost = startup.discrepancy(db, startup.read_head(path))
    if lost is not None and not startup.already_recorded(db, lost):
        return CheckReport(path, lost.describe(path, noted=False), kind="lost", chain=chain, **counts)
    return CheckReport(path, None, chain=chain, **counts)
