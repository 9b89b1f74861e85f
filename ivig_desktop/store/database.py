"""Opening the database: WAL, synchronous=FULL, foreign keys, a busy timeout, migrations applied.

A commit in WAL mode with synchronous=FULL is on disk when `COMMIT` returns, so an entry shown as saved
survives a crash or a power cut. Every write goes through `write_transaction`, which takes the write lock
up front (BEGIN IMMEDIATE) so two writers never deadlock half-way through a transaction.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """The database could not do what was asked; the message says why in words a nurse can act on."""


def describe_failure(error: sqlite3.Error) -> str:
    """A sentence for the nurse about a failed write. Whatever it says, nothing of that write was saved."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return "The database is busy: another program is writing to it. Nothing was saved; try again in a moment."
    if "full" in text:
        return "The disk is full. Nothing was saved; free some space, then try again."
    if "readonly" in text or "read-only" in text:
        return "The database file is read-only. Nothing was saved; ask for its permissions to be fixed."
    if "i/o" in text or "unable to open" in text:
        return "The disk could not be written (was a drive removed?). Nothing was saved; check it, then try again."
    return f"The database could not save this ({error}). Nothing was saved."


def connect(path: Path) -> Database:
    """Open (creating if needed) the database file at `path` with the house pragmas, without migrating."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        # Owner-only from the first byte: create the empty file ourselves, then let SQLite fill it.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn, execute_plugins=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        conn.close()
        raise StoreError(f"{path} cannot use write-ahead logging (journal mode {mode}); use a local disk.")
    conn.execute("PRAGMA synchronous = FULL")
    return db


def open_database(path: Path) -> Database:
    """Open the database at `path`, creating folder and file on first use, and bring its schema up to date."""
    from ivig_desktop.store.migrations import migrate

    db = connect(path)
    migrate(db)
    return db


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One transaction holding the write lock from its start; committed (durably) on exit, rolled back on error.

    Operational failures (locked, disk full, read-only, I/O) come out as StoreError with a sentence for the nurse;
    constraint violations stay sqlite3.IntegrityError for the caller to interpret.
    """
    conn = db.conn
    if conn.in_transaction:
        raise StoreError("internal error: a write transaction is already open")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            _rollback_quietly(conn)
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            _rollback_quietly(conn)
            raise
    except sqlite3.OperationalError as error:
        raise StoreError(describe_failure(error)) from error


def _rollback_quietly(conn: sqlite3.Connection) -> None:
    """Roll back what is open; a rollback that itself fails (disk gone) must not hide the first error."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def pragma(db: Database, name: str) -> object:
    return db.conn.execute(f"PRAGMA {name}").fetchone()[0]
