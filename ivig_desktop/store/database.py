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
    """One transaction holding the write lock from its start; committed (durably) on exit, rolled back on error."""
    conn = db.conn
    if conn.in_transaction:
        raise StoreError("internal error: a write transaction is already open")
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def pragma(db: Database, name: str) -> object:
    return db.conn.execute(f"PRAGMA {name}").fetchone()[0]
