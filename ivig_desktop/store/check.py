"""The full check behind `ivig-desktop check`: integrity, foreign keys, the hash chain and signatures
(store/verification.py), lost entries (the head file beside the database), the board's projection and the hub's
guard (m008, m009), and what the record holds.

It only reads (a read-only connection, no writer lock), so it may run while the app is open, and it never
creates a database that is not there. An encrypted database needs its passphrase.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ivig_desktop.store.cancel import Cancel
from ivig_desktop.store.chain import startup
from ivig_desktop.store.database import (
    DATABASE_ERRORS,
    PassphraseRequiredError,
    StoreError,
    describe_failure,
    describe_os_error,
    empty_file_message,
    is_damage,
    is_encrypted,
    problem_lines,
    raw_connect,
)
from ivig_desktop.store.sql import SqlDatabase
from ivig_desktop.store.verification import RecordReport, verify_record

REQUIRED_TABLES = ("nurses", "patients", "sessions", "events")

# The board's projection (migration m008) against the record: a session is in open_sessions exactly when it has
# no signed_off event. Reads every session: `check` is the whole-database look, never run at start-up.
PROJECTION_CHECK = """SELECT COUNT(*) FROM sessions s
    WHERE EXISTS (SELECT 1 FROM open_sessions o WHERE o.session_id = s.id)
        = EXISTS (SELECT 1 FROM events e WHERE e.session_id = s.id AND e.type = 'signed_off')"""

# The hub's guard (migration m009): it holds a row only inside a pull's own transaction, never committed. A row
# left in it would let any write repeat a session's entry number or a patient's MRN.
HUB_GUARD_CHECK = "SELECT COUNT(*) FROM hub_applying"


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
    empty_file: bool = False  # 0 bytes: no database at all (a copy that failed?); `problem` says so
    no_record_yet: bool = False  # a sound database with no tables: a start cut short before it set them up

    @property
    def sound(self) -> bool:
        return self.problem is None


def check_database(path: Path, passphrase: str | None = None, cancel: Cancel | None = None) -> CheckReport:
    """Run `PRAGMA integrity_check` and `PRAGMA foreign_key_check` on the database file at `path`, then verify
    the chain and the board's projection of open sessions against the record.

    An encrypted database is opened with `passphrase` (CheckUnavailableError without it or when it is wrong).
    `cancel` stops it from another thread (CancelledError), when the app runs it in the background and closes.
    """
    path = Path(path)
    try:
        if not path.is_file():
            raise CheckUnavailableError(f"There is no database at {path} (nothing was created).")
        if path.stat().st_size == 0:
            return CheckReport(path, empty_file_message(path), empty_file=True)
    except OSError as error:
        raise CheckUnavailableError(describe_os_error(error, f"{path} could not be read")) from error
    encrypted = is_encrypted(path)
    try:
        if encrypted and passphrase is None:
            raise PassphraseRequiredError(path)
        conn = raw_connect(path, read_only=True, passphrase=passphrase if encrypted else None)
    except StoreError as error:
        raise CheckUnavailableError(str(error)) from error
    if cancel is not None:
        cancel.attach(conn)
    try:
        if cancel is not None:
            cancel.raise_if_cancelled()
        return _check(conn, path, encrypted)
    except DATABASE_ERRORS as error:
        if cancel is not None:
            cancel.raise_if_cancelled()  # interrupted: not a finding
        if is_damage(error):
            return CheckReport(path, str(error), encrypted=encrypted)
        raise CheckUnavailableError(f"{path} could not be checked: {describe_failure(error, path)}") from error
    finally:
        if cancel is not None:
            cancel.detach(conn)
        conn.close()


def verify(conn: sqlite3.Connection, path: Path, encrypted: bool = False, *, chain: bool = True) -> CheckReport:
    """The checks of `check_database` on an open connection (DatabaseError of either library when unreadable).
    `chain=False`: the file's checks only (integrity, foreign keys, IVIG Desktop's tables), without reading every
    row for the chain: what a reader needs to know that nothing it reads sits on a damaged page."""
    return _check(conn, path, encrypted, chain=chain)


def _check(conn: sqlite3.Connection, path: Path, encrypted: bool, *, chain: bool = True) -> CheckReport:
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
    if not tables:
        return CheckReport(path, None, encrypted=encrypted, no_record_yet=True)
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        return CheckReport(path, f"not an IVIG Desktop database (no {', '.join(missing)} table)", encrypted=encrypted)
    sessions = conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
    events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    counts = {"sessions": sessions, "events": events, "encrypted": encrypted}
    if not chain:
        return CheckReport(path, None, **counts)
    if "open_sessions" in tables:
        disagree = conn.execute(PROJECTION_CHECK).fetchone()[0]
        if disagree:
            return CheckReport(
                path,
                f"the list of open sessions (open_sessions) disagrees with the record for {disagree} session(s): "
                "the file was changed outside IVIG Desktop",
                kind="altered",
                **counts,
            )
    if "hub_applying" in tables and conn.execute(HUB_GUARD_CHECK).fetchone()[0]:
        return CheckReport(
            path,
            "the hub's guard (hub_applying) holds a row outside an exchange, which turns off the record's rules on "
            "numbering and MRNs: the file was changed outside IVIG Desktop",
            kind="altered",
            **counts,
        )
    db = SqlDatabase(conn)
    record = verify_record(db)
    first = record.first
    if first is not None:
        more = f" (and {len(record.problems) - 1} more)" if len(record.problems) > 1 else ""
        return CheckReport(path, first.describe() + more, kind="altered", chain=record, **counts)
    lost = startup.discrepancy(db, startup.read_head(path))
    if lost is not None and not startup.already_recorded(db, lost):
        return CheckReport(path, lost.describe(path, noted=False), kind="lost", chain=record, **counts)
    return CheckReport(path, None, chain=record, **counts)
