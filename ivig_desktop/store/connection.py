"""Connections to a database file: the house pragmas, the start-up check, and the one way to write.

A commit in WAL mode with synchronous=FULL is on disk when `COMMIT` returns, so an entry shown as saved
survives a crash or a power cut. Every write goes through `write_transaction`, which takes the write lock
up front (BEGIN IMMEDIATE) so two writers never deadlock half-way through a transaction.

`IvigDatabase` is a connection that knows its file, whether it may write and the writer lock it holds;
`connect` opens one without checking or migrating (that is `database.open_database`). Every connection to an
encrypted file is keyed (store/cipher.py). Around each commit `write_transaction` runs the durability checks
(store/durability.py: the -wal still the one opened, the chain's head file). This module imports no other store
module but `cipher`, `durability` (and its `headfile`), `errors` and `lock`, so that both `database` (opening) and
`backup` can use it without importing each other.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import weakref
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from ivig_desktop.store import cipher, durability
from ivig_desktop.store import lock as writer_lock
from ivig_desktop.store.errors import (
    DATABASE_ERRORS,
    DB_ERRORS,
    INTEGRITY_ERRORS,
    OPERATIONAL_ERRORS,
    ConstraintError,
    DatabaseDamagedError,
    StoreError,
    WrongPassphraseError,
    describe_failure,
    is_damage,
    vanished_message,
)
from ivig_desktop.store.sql import Database, SqlDatabase

BUSY_TIMEOUT_MS = 5000

log = logging.getLogger(__name__)


class IvigDatabase(SqlDatabase):
    """A database opened by `open_database`: it knows its file, whether it may write, and holds the writer lock."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        read_only_reason: str | None,
        lock: writer_lock.WriterLock | None,
        passphrase: str | None = None,
    ) -> None:
        super().__init__(conn)
        self.path = path
        self.read_only_reason = read_only_reason
        # Kept in memory while open: backups and their checks open the file again with it.
        self.passphrase = passphrase
        self.notices: list[str] = []  # start-up problems worth showing that did not stop the opening
        # Damage found while open (a write, the daily check): the lock file then does not record a clean close,
        # so that the next start checks the whole file (store/lock.py, store/startup_check.py).
        self.damage_found = False
        self.daily_backup_date: date | None = None  # the UTC day of the last daily backup seen (store/backup.py)
        self._lock = lock
        self._identity = _identity(path)
        self._instance = writer_lock.hold_open(path)  # so that a restore refuses while this is open
        _open_databases.add(self)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def encrypted(self) -> bool:
        """Is the file encrypted (SQLCipher)?"""
        return self.passphrase is not None

    def still_there(self) -> bool:
        """Is the file at `path` still the one this connection writes? (Not after a drive is removed or the
        folder renamed: writes would then go to a file nobody can find again.)"""
        try:
            return _identity(self.path) == self._identity
        except OSError:
            return False

    def close(self) -> None:
        _open_databases.discard(self)
        durability.forget(self)
        try:
            super().close()
        finally:
            self._instance.release()
            if self._lock is not None:
                self._lock.release(closed=not self.damage_found)
                self._lock = None


def _identity(path: Path) -> tuple[int, int]:
    info = path.stat()
    return (info.st_dev, info.st_ino)


_open_databases: weakref.WeakSet[IvigDatabase] = weakref.WeakSet()


def is_encrypted(path: Path) -> bool:
    """Is the database file at `path` encrypted? Asks a database of this process that has it open, if any,
    rather than reading the file (which would drop that connection's locks: see cipher.file_is_encrypted)."""
    try:
        identity = _identity(Path(path))
    except OSError:
        return False
    for db in list(_open_databases):
        if db._identity == identity:
            return db.encrypted
    return cipher.file_is_encrypted(path)


def read_only_uri(path: Path) -> str:
    return cipher.read_only_uri(path)


def raw_connect(
    path: Path, *, read_only: bool, passphrase: str | None = None, what: str = "database"
) -> sqlite3.Connection:
    """A connection to the file at `path` (keyed when a passphrase is given), or StoreError saying why not.

    WrongPassphraseError when the passphrase does not open it; `what` names the file in that message.
    """
    try:
        return cipher.connect(path, passphrase=passphrase, read_only=read_only, timeout=BUSY_TIMEOUT_MS / 1000)
    except cipher.WrongKeyError:
        raise WrongPassphraseError(path, what) from None
    except DB_ERRORS as error:
        raise StoreError(f"{path} could not be opened: {describe_failure(error, path)}") from error


def quick_check(conn: sqlite3.Connection) -> str | None:
    """The first problem `PRAGMA quick_check` finds, or None when the file is sound.

    Raises an OperationalError (of either library) when the file cannot be read at all (busy, unreadable).
    """
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except DATABASE_ERRORS as error:
        if is_damage(error):
            return str(error)
        raise
    problems = problem_lines(str(row[0]) for row in rows)
    return problems[0] if problems else None


def problem_lines(messages: Iterable[str]) -> list[str]:
    """The problems reported by integrity_check or quick_check, one per line, without SQLite's headings."""
    lines = (line.strip() for message in messages if message != "ok" for line in message.splitlines())
    return [line for line in lines if line and not line.startswith("***")]


def check_file(path: Path, passphrase: str | None = None) -> None:
    """The start-up check: raise DatabaseDamagedError if quick_check fails. Only reads; never writes the file."""
    conn = raw_connect(path, read_only=True, passphrase=passphrase)
    try:
        problem = quick_check(conn)
    except OPERATIONAL_ERRORS as error:
        raise StoreError(f"{path} could not be checked: {describe_failure(error, path)}") from error
    finally:
        conn.close()
    if problem is not None:
        log.error("start-up check failed for %s", path)
        raise DatabaseDamagedError(path, problem)


def connect(
    path: Path,
    *,
    read_only_reason: str | None = None,
    lock: writer_lock.WriterLock | None = None,
    passphrase: str | None = None,
) -> IvigDatabase:
    """Open the existing database file at `path` with the house pragmas, without checking or migrating.

    With `passphrase` the file is opened with SQLCipher (WrongPassphraseError when it does not open it).
    """
    read_only = read_only_reason is not None
    conn = raw_connect(path, read_only=read_only, passphrase=passphrase)
    try:
        db = IvigDatabase(conn, path, read_only_reason=read_only_reason, lock=lock, passphrase=passphrase)
    except BaseException:
        conn.close()
        raise
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if read_only:
            conn.execute("PRAGMA query_only = ON")
            return db
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"{path} cannot use write-ahead logging (journal mode {mode}); use a local disk.")
        conn.execute("PRAGMA synchronous = FULL")
    except OPERATIONAL_ERRORS as error:
        db.close()
        raise StoreError(f"{path} could not be opened: {describe_failure(error, path)}") from error
    except BaseException:
        db.close()
        raise
    return db


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One transaction holding the write lock from its start; committed (durably) on exit, rolled back on error.

    Every failure of the database comes out as a StoreError with a sentence for the nurse, so that a form that
    catches StoreError keeps what was typed whatever went wrong: operational failures (locked, disk full,
    read-only, I/O, the file gone) and damage as a plain StoreError; a constraint the record refused (a trigger,
    a CHECK, a foreign key, a unique index) as a ConstraintError, which is also an IntegrityError of both SQLite
    libraries (catch INTEGRITY_ERRORS to interpret one, as patients.py does for a duplicate MRN).
    """
    conn = db.conn
    if conn.in_transaction:
        raise StoreError("internal error: a write transaction is already open")
    if isinstance(db, IvigDatabase) and db.read_only_reason is not None:
        raise StoreError("Nothing was saved: this database is open read-only. " + db.read_only_reason)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if isinstance(db, IvigDatabase) and not db.still_there():
                raise StoreError(vanished_message(db.path))
            lost_log = durability.wal_problem(db)
            if lost_log is not None:
                _rollback_quietly(conn)
                durability.rescue(conn)
                raise StoreError(lost_log)
            yield db
        except BaseException:
            _rollback_quietly(conn)
            durability.rolled_back(db)
            raise
        try:
            durability.before_commit(db)
            conn.execute("COMMIT")
        except BaseException:
            _rollback_quietly(conn)
            durability.rolled_back(db)
            raise
        durability.committed(db)
    except OPERATIONAL_ERRORS as error:
        log.warning("write failed: %s", getattr(error, "sqlite_errorname", type(error).__name__))
        raise StoreError(describe_failure(error, _path_of(db))) from error
    except INTEGRITY_ERRORS as error:
        if isinstance(error, ConstraintError):
            raise
        log.warning("write refused by a constraint")
        raise ConstraintError(error) from error
    except DATABASE_ERRORS as error:
        if is_damage(error):
            log.error("write failed: the database is damaged")
            if isinstance(db, IvigDatabase):
                db.damage_found = True
        else:
            log.warning("write failed: %s", type(error).__name__)
        raise StoreError(describe_failure(error, _path_of(db))) from error


def _path_of(db: Database) -> Path | None:
    return db.path if isinstance(db, IvigDatabase) else None


def _rollback_quietly(conn: sqlite3.Connection) -> None:
    """Roll back what is open; a rollback that itself fails (disk gone) must not hide the first error."""
    if conn.in_transaction:
        with contextlib.suppress(*DB_ERRORS):
            conn.execute("ROLLBACK")


def pragma(db: Database, name: str) -> object:
    return db.conn.execute(f"PRAGMA {name}").fetchone()[0]
