"""Opening the database: start-up check, one writer, WAL, synchronous=FULL, foreign keys, busy timeout, migrations.

A commit in WAL mode with synchronous=FULL is on disk when `COMMIT` returns, so an entry shown as saved
survives a crash or a power cut. Every write goes through `write_transaction`, which takes the write lock
up front (BEGIN IMMEDIATE) so two writers never deadlock half-way through a transaction.

`open_database` first checks the file (`PRAGMA quick_check`, on a read-only connection): a damaged file raises
DatabaseDamagedError and is never written to. Then it takes the writer lock (store/lock.py); when another
IVIG Desktop holds it, or the file is read-only, the database opens read-only and says why
(`IvigDatabase.read_only_reason`). A writer then takes a backup before any migration, and a daily one.

With a passphrase, an encrypted (SQLCipher) file is opened, or a new file is created encrypted; every connection
the store makes to it (the check, the writer, backups and their checks) is keyed (store/cipher.py). Without one,
an encrypted file is refused with PassphraseRequiredError; a wrong one gives WrongPassphraseError, before
anything is written. A plain file opens plain whether or not a passphrase is given (`IvigDatabase.encrypted`).
Errors of both libraries are caught through the tuples DB_ERRORS, DATABASE_ERRORS, OPERATIONAL_ERRORS and
INTEGRITY_ERRORS, never through the sqlite3 classes alone.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import weakref
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from sqlite_utils import Database

from ivig_desktop.store import cipher, durability
from ivig_desktop.store import lock as writer_lock

BUSY_TIMEOUT_MS = 5000
BACKUP_DIR_NAME = "backups"

log = logging.getLogger(__name__)

# SQLite primary result codes (https://sqlite.org/rescode.html).
SQLITE_READONLY = 8
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# The exception classes of both SQLite libraries (sqlite3 for plain files, sqlcipher3 for encrypted ones).
DB_ERRORS = cipher.ERRORS
DATABASE_ERRORS = cipher.DATABASE_ERRORS
OPERATIONAL_ERRORS = cipher.OPERATIONAL_ERRORS
INTEGRITY_ERRORS = cipher.INTEGRITY_ERRORS


class StoreError(Exception):
    """The database could not do what was asked; the message says why in words a nurse can act on."""


WRONG_PASSPHRASE = "The passphrase is wrong, or the file is not an IVIG Desktop database."


class PassphraseRequiredError(StoreError):
    """The file is encrypted and no passphrase was given. Nothing was read or written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"The database {path} is encrypted: it needs its passphrase (from IVIG_DESKTOP_PASSPHRASE or "
            "--passphrase-file PATH; the desktop app asks for it). If it was never encrypted, it is damaged: "
            "restore a backup."
        )


class WrongPassphraseError(StoreError):
    """The passphrase does not open the file. Nothing was written to it."""

    def __init__(self, path: Path, what: str = "database") -> None:
        self.path = path
        super().__init__(f"{WRONG_PASSPHRASE} The {what} {path} has not been changed.")


def backup_dir_for(db_path: Path) -> Path:
    """The folder of automatic backups: `backups/` beside the database file."""
    return Path(db_path).parent / BACKUP_DIR_NAME


class DatabaseDamagedError(StoreError):
    """The start-up check found the file damaged. Nothing was written to it."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        folder = backup_dir_for(path)
        super().__init__(
            f"The database file {path} is damaged ({problem}). It has not been changed. "
            f"Restore a backup: close IVIG Desktop, move {path.name} (with any {path.name}-wal and "
            f"{path.name}-shm beside it) to another folder to keep it, then copy the newest backup from "
            f"{folder} to {path}."
        )


def _primary_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(error: BaseException) -> bool:
    """Does this error say the file is damaged (not merely busy, full or unreachable)?"""
    code = _primary_code(error)
    if code is not None:
        return code in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def describe_failure(error: BaseException) -> str:
    """A sentence for the nurse about a failed write. Whatever it says, nothing of that write was saved."""
    code = _primary_code(error)
    text = str(error).lower()
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return (
            "The database is busy: another program is using it. Nothing was saved; try again in a moment "
            "(if it stays busy, close other programs that use the database file)."
        )
    if code == SQLITE_FULL or "full" in text:
        return "The disk is full. Nothing was saved; free some space (or ask IT to), then try again."
    if code == SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return "The database file is read-only. Nothing was saved; ask for its permissions to be fixed."
    if is_damage(error):
        return "The database file is damaged. Nothing was saved; close IVIG Desktop and restore a backup."
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN) or "i/o" in text or "unable to open" in text:
        return "The disk could not be written (was a drive removed?). Nothing was saved; check it, then try again."
    return f"The database could not save this ({error}). Nothing was saved."


def vanished_message(path: Path) -> str:
    return (
        f"The database file {path} can no longer be found (was a drive removed, or the folder moved or "
        "renamed?). Nothing was saved; put it back, then try again."
    )


class IvigDatabase(Database):
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
        super().__init__(conn, execute_plugins=False)
        self.path = path
        self.read_only_reason = read_only_reason
        # Kept in memory while open: backups and their checks open the file again with it.
        self.passphrase = passphrase
        self.notices: list[str] = []  # start-up problems worth showing that did not stop the opening
        self.daily_backup_date: date | None = None  # the UTC day of the last daily backup seen (store/backup.py)
        self._lock = lock
        self._identity = _identity(path)
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
            if self._lock is not None:
                self._lock.release()
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
    return Path(path).resolve().as_uri() + "?mode=ro"


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
        raise StoreError(f"{path} could not be opened: {describe_failure(error)}") from error


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
        raise StoreError(f"{path} could not be checked: {describe_failure(error)}") from error
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
        raise StoreError(f"{path} could not be opened: {describe_failure(error)}") from error
    except BaseException:
        db.close()
        raise
    return db


READ_ONLY_FILE = "The file {path} is read-only; ask for its permissions to be fixed, then open it again."
READ_ONLY_FOLDER = "Its folder {folder} cannot be written ({why}); ask for its permissions to be fixed."
IN_USE = "It is in use by another IVIG Desktop ({who}). Close that one, then open this one again."


def _take_writer_lock(path: Path, now: datetime) -> tuple[writer_lock.WriterLock | None, str | None]:
    """The writer lock, or why this process may only read."""
    if not os.access(path, os.W_OK):
        return None, READ_ONLY_FILE.format(path=path)
    try:
        return writer_lock.acquire(path, now), None
    except writer_lock.LockHeldError as held:
        who = held.holder.describe() if held.holder else "details unknown"
        return None, IN_USE.format(who=who)
    except OSError as error:
        return None, READ_ONLY_FOLDER.format(folder=path.parent, why=error.strerror or error)


def _has_tables(db: Database) -> bool:
    return bool(db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0])


def open_database(path: Path, *, now: datetime | None = None, passphrase: str | None = None) -> IvigDatabase:
    """Open the database at `path`, creating folder and file on first use, and bring its schema up to date.

    Raises DatabaseDamagedError when the start-up check fails (the file is left as it was), StoreError when the
    file cannot be opened. When another IVIG Desktop is writing to it, or it cannot be written, it opens
    read-only: `read_only_reason` says why, and every write fails with that reason.
    `now` (default: the system clock) names and schedules the automatic backups.
    `passphrase` opens an encrypted file (PassphraseRequiredError without it, WrongPassphraseError when wrong)
    and makes a new file encrypted (StoreError when it is too short); a plain file opens plain without using it.
    """
    from ivig_desktop.store import backup
    from ivig_desktop.store.chain import startup
    from ivig_desktop.store.migrations import migrate_in_one_transaction, migrations

    path = Path(path)
    now = now or datetime.now(UTC)
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a folder made for it: owner-only too
    new_file = not path.exists()
    passphrase = _passphrase_for(path, passphrase)
    if new_file:
        # Owner-only from the first byte: create the empty file ourselves, then let SQLite fill it.
        with contextlib.suppress(FileExistsError):
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
    lock, read_only_reason = _take_writer_lock(path, now)
    try:
        check_file(path, passphrase)
        db = connect(path, read_only_reason=read_only_reason, lock=lock, passphrase=passphrase)
    except BaseException:
        if lock is not None:
            lock.release()  # (idempotent: connect may have released it already)
        raise
    try:
        if read_only_reason is None:
            notice = startup.reconcile_head(db, now, write_transaction)  # the -wal watched, lost entries noticed
            if notice is not None:
                db.notices.append(notice)
        if migrations.pending(db):
            if read_only_reason is not None:
                raise StoreError(
                    f"{path} needs upgrading to this version of IVIG Desktop, but it cannot be written now. "
                    + read_only_reason
                )
            if _has_tables(db):
                backup.backup_database(db, reason=backup.PRE_MIGRATION, now=now)
            migrate_in_one_transaction(db)
        if read_only_reason is None and not new_file:
            try:
                backup.ensure_daily(db, now)
            except StoreError as error:
                log.warning("daily backup failed")
                db.notices.append(f"Today's automatic backup could not be made: {error}")
    except BaseException:
        db.close()
        raise
    if read_only_reason is not None:
        log.warning("opened read-only: %s", path)
    return db


def _passphrase_for(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to open `path` with: None for a plain file; refused when missing or too weak."""
    if is_encrypted(path):
        if passphrase is None:
            raise PassphraseRequiredError(path)
        return passphrase
    empty = not path.exists() or path.stat().st_size == 0
    if not empty or passphrase is None:
        return None  # a plain database stays plain (`ivig-desktop encrypt` changes that)
    problem = cipher.passphrase_problem(passphrase)
    if problem is not None:
        raise StoreError(f"{path} was not created: {problem}")
    return passphrase


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One transaction holding the write lock from its start; committed (durably) on exit, rolled back on error.

    Operational failures (locked, disk full, read-only, I/O, the file gone) come out as StoreError with a
    sentence for the nurse; constraint violations stay IntegrityError (of sqlite3 or sqlcipher3: catch
    INTEGRITY_ERRORS) for the caller to interpret.
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
        raise StoreError(describe_failure(error)) from error
    except DATABASE_ERRORS as error:
        if not is_damage(error):
            raise
        log.error("write failed: the database is damaged")
        raise StoreError(describe_failure(error)) from error


def _rollback_quietly(conn: sqlite3.Connection) -> None:
    """Roll back what is open; a rollback that itself fails (disk gone) must not hide the first error."""
    if conn.in_transaction:
        with contextlib.suppress(*DB_ERRORS):
            conn.execute("ROLLBACK")


def pragma(db: Database, name: str) -> object:
    return db.conn.execute(f"PRAGMA {name}").fetchone()[0]
