"""Opening the database: start-up check, one writer, WAL, synchronous=FULL, foreign keys, busy timeout, migrations.

`open_database` takes the writer lock (store/lock.py); when another IVIG Desktop holds it, or the file is read-only,
the database opens read-only and says why (`IvigDatabase.read_only_reason`). It checks the file first, on a
read-only connection, in proportion (store/startup_check.py): the whole file (`PRAGMA quick_check`) when the last
writer did not close it, the header and schema otherwise; a damaged file raises DatabaseDamagedError and is never
written to. A writer then takes a backup before any migration. The daily backup and the full check run in the
background once the window is shown (ui/housekeeping.py), never before it.

sqlite-utils is not imported to open a database (store/sql.py is the store's own handle); only applying a
migration loads it (store/migrations/base.py).

With a passphrase, an encrypted (SQLCipher) file is opened, or a new file is created encrypted; every connection
the store makes to it (the check, the writer, backups and their checks) is keyed (store/cipher.py). Without one,
an encrypted file is refused with PassphraseRequiredError; a wrong one gives WrongPassphraseError, before
anything is written. A plain file opens plain whether or not a passphrase is given (`IvigDatabase.encrypted`).

The pieces this module builds on live in modules that import neither it nor `backup`: `errors` (StoreError and
its kin, the error tuples of both SQLite libraries, the sentences for the nurse), `connection` (IvigDatabase,
`connect`, the start-up check, `write_transaction`) and `layout` (the files beside the database). They are
re-exported here, where the rest of the app has always found them.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from ivig_desktop import __version__
from ivig_desktop.paths import make_private_dir
from ivig_desktop.store import cipher
from ivig_desktop.store import lock as writer_lock
from ivig_desktop.store import migrations as schema
from ivig_desktop.store.chain import startup
from ivig_desktop.store.connection import (
    BUSY_TIMEOUT_MS,
    IvigDatabase,
    check_file,
    connect,
    is_encrypted,
    pragma,
    problem_lines,
    quick_check,
    raw_connect,
    read_only_uri,
    write_transaction,
)
from ivig_desktop.store.errors import (
    DATABASE_ERRORS,
    DB_ERRORS,
    INTEGRITY_ERRORS,
    OPERATIONAL_ERRORS,
    SQLITE_BUSY,
    SQLITE_CANTOPEN,
    SQLITE_CORRUPT,
    SQLITE_FULL,
    SQLITE_IOERR,
    SQLITE_LOCKED,
    SQLITE_NOTADB,
    SQLITE_READONLY,
    WRONG_PASSPHRASE,
    DatabaseDamagedError,
    PassphraseRequiredError,
    StoreError,
    WrongPassphraseError,
    describe_failure,
    describe_os_error,
    empty_file_message,
    is_damage,
    vanished_message,
)
from ivig_desktop.store.layout import BACKUP_DIR_NAME, backup_dir_for
from ivig_desktop.store.sql import Database, SqlDatabase

__all__ = [
    "BACKUP_DIR_NAME",
    "BUSY_TIMEOUT_MS",
    "DATABASE_ERRORS",
    "DB_ERRORS",
    "INTEGRITY_ERRORS",
    "OPERATIONAL_ERRORS",
    "SQLITE_BUSY",
    "SQLITE_CANTOPEN",
    "SQLITE_CORRUPT",
    "SQLITE_FULL",
    "SQLITE_IOERR",
    "SQLITE_LOCKED",
    "SQLITE_NOTADB",
    "SQLITE_READONLY",
    "WRONG_PASSPHRASE",
    "DatabaseDamagedError",
    "EmptyDatabaseFileError",
    "IvigDatabase",
    "PassphraseRequiredError",
    "StoreError",
    "WrongPassphraseError",
    "backup_dir_for",
    "check_file",
    "connect",
    "describe_failure",
    "describe_os_error",
    "empty_file_message",
    "is_damage",
    "is_encrypted",
    "open_database",
    "pragma",
    "problem_lines",
    "quick_check",
    "raw_connect",
    "read_only_uri",
    "vanished_message",
    "write_transaction",
]

log = logging.getLogger(__name__)


READ_ONLY_FILE = "The file {path} is read-only; ask for its permissions to be fixed, then open it again."
READ_ONLY_FOLDER = "Its folder {folder} cannot be written ({why}); ask for its permissions to be fixed."
READ_ONLY_MEDIUM = "The drive holding it ({folder}) is read-only: a write-protected or read-only medium."
DISK_FULL_AT_START = "The disk holding it ({folder}) is full; free some space (or ask IT to), then open it again."
IN_USE = "It is in use by another IVIG Desktop ({who}). Close that one, then open this one again."
NEWER = (
    "It was written by a newer version of IVIG Desktop (its record is at step {theirs}; this version, {ours}, "
    "knows the steps up to {known}): update IVIG Desktop on this computer to add to it."
)
CREATING = ".creating"  # a new database is made under this name beside its path, then renamed into place


class EmptyDatabaseFileError(StoreError):
    """The file exists but is empty (0 bytes). It is not made into a new database unless asked to
    (`open_database(..., accept_empty=True)`): an empty file where a record should be may be a copy that failed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(empty_file_message(path))


def _why_read_only(path: Path) -> str | None:
    """Why this process cannot write the database at `path` (its drive, its folder or the file), or None."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return READ_ONLY_MEDIUM.format(folder=folder)
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        pass
    if not os.access(folder, os.W_OK):
        return READ_ONLY_FOLDER.format(folder=folder, why="permission denied")
    if not os.access(path, os.W_OK):
        return READ_ONLY_FILE.format(path=path)
    return None


def _take_writer_lock(path: Path, now: datetime) -> tuple[writer_lock.WriterLock | None, str | None]:
    """The writer lock, or why this process may only read."""
    reason = _why_read_only(path)
    if reason is not None:
        return None, reason
    try:
        return writer_lock.acquire(path, now), None
    except writer_lock.LockHeldError as held:
        who = held.holder.describe() if held.holder else "details unknown"
        return None, IN_USE.format(who=who)
    except OSError as error:
        if error.errno == errno.ENOSPC:
            return None, DISK_FULL_AT_START.format(folder=path.parent)
        if error.errno == errno.EROFS:
            return None, READ_ONLY_MEDIUM.format(folder=path.parent)
        return None, READ_ONLY_FOLDER.format(folder=path.parent, why=error.strerror or error)


def _has_tables(db: Database) -> bool:
    return bool(db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0])


def newer_steps(db: Database) -> list[str]:
    """The schema steps applied to this database that this version does not know (written by a newer version)."""
    known = {step.name for step in schema.migrations.steps}
    return [name for name in schema.migrations.applied_names(db) if name not in known]


def _newer_reason(db: Database) -> str | None:
    newer = newer_steps(db)
    if not newer:
        return None
    known = [step.name for step in schema.migrations.steps]
    return NEWER.format(theirs=newer[-1], ours=__version__, known=known[-1])


def open_database(
    path: Path, *, now: datetime | None = None, passphrase: str | None = None, accept_empty: bool = False
) -> IvigDatabase:
    """Open the database at `path`, creating folder and file on first use, and bring its schema up to date.

    Raises DatabaseDamagedError when the start-up check fails (the file is left as it was), StoreError when the
    file cannot be opened (one sentence; a full disk or a read-only drive named as such). When another IVIG
    Desktop is writing to it, when it cannot be written (the file, its folder or its drive), or when a newer
    version of IVIG Desktop wrote it, it opens read-only: `read_only_reason` says why, and every write fails
    with that reason.
    A new database is made whole under a temporary name and renamed into place, so a path never holds half a
    new database. An existing empty file (0 bytes) raises EmptyDatabaseFileError unless `accept_empty`: it may
    be a copy that failed, and is never silently taken for a new record.
    `now` (default: the system clock) names the backup taken before a migration.
    `passphrase` opens an encrypted file (PassphraseRequiredError without it, WrongPassphraseError when wrong)
    and makes a new file encrypted (StoreError when it is too short); a plain file opens plain without using it.
    """
    path = Path(path)
    now = now or datetime.now(UTC)
    try:
        return _open(path, now, passphrase, accept_empty)
    except OSError as error:
        raise StoreError(describe_os_error(error, f"The database {path} could not be opened")) from error
    except DB_ERRORS as error:
        if is_damage(error):
            raise DatabaseDamagedError(path, str(error)) from error
        raise StoreError(f"{path} could not be opened: {describe_failure(error, path)}") from error


def _open(path: Path, now: datetime, passphrase: str | None, accept_empty: bool) -> IvigDatabase:
    for made in make_private_dir(path.parent):  # a folder made for it: owner-only too, and flushed
        _fsync(made.parent, directory=True)
    if path.exists() and not path.is_file():
        raise StoreError(f"{path} is not a database file (it is a folder or a special file); choose another path.")
    empty = path.exists() and path.stat().st_size == 0
    if empty and not accept_empty:
        raise EmptyDatabaseFileError(path)
    new_file = not path.exists() or empty
    if new_file:
        _create(path, passphrase, now, replace_empty=empty)
    passphrase = _passphrase_for(path, passphrase)
    lock, read_only_reason = _take_writer_lock(path, now)
    try:
        if not new_file:  # (a file just made whole here needs no check; an encrypted one would derive its key again)
            from ivig_desktop.store.startup_check import check_on_open

            # The whole file is read only when the last writer did not close it (a read-only opening never writes).
            previous_closed = True if lock is None else lock.previous_closed
            check_on_open(path, passphrase, previous_closed=previous_closed)
        db = connect(path, read_only_reason=read_only_reason, lock=lock, passphrase=passphrase)
    except BaseException:
        if lock is not None:
            lock.release(closed=False)  # not a clean close: the next start checks the whole file
        raise
    try:
        newer = _newer_reason(db)
        if newer is not None:
            log.warning("opened read-only: written by a newer version")
            db.close()
            return connect(path, read_only_reason=newer, lock=None, passphrase=passphrase)
        if read_only_reason is None:
            notice = startup.reconcile_head(db, now, write_transaction)  # the -wal watched, lost entries noticed
            if notice is not None:
                db.notices.append(notice)
        if schema.migrations.pending_names(db):
            if read_only_reason is not None:
                raise StoreError(
                    f"{path} needs upgrading to this version of IVIG Desktop, but it cannot be written now. "
                    + read_only_reason
                )
            if _has_tables(db):
                from ivig_desktop.store import backup

                backup.backup_database(db, reason=backup.PRE_MIGRATION, now=now)
            schema.migrate_in_one_transaction(db)  # foreign keys off (m009 rebuilds tables); each step chained
    except BaseException:
        db.close()
        raise
    if read_only_reason is not None:
        log.warning("opened read-only: %s", path)
    return db


def _create(path: Path, passphrase: str | None, now: datetime, *, replace_empty: bool) -> None:
    """Make a new, migrated database at `path`: built whole under a temporary name beside it (owner-only from
    its first byte), flushed, then renamed into place. A start killed half-way leaves only the temporary file,
    which the next start removes; the path itself never holds half a database."""
    if passphrase is not None:
        problem = cipher.passphrase_problem(passphrase)
        if problem is not None:
            raise StoreError(f"{path} was not created: {problem}")
    reason = _why_read_only(path) if replace_empty else None
    if reason is None and not os.access(path.parent, os.W_OK):
        reason = READ_ONLY_FOLDER.format(folder=path.parent, why="permission denied")
    if reason is not None:
        raise StoreError(f"{path} cannot be created here. {reason}")
    try:
        lock = writer_lock.acquire(path, now)
    except writer_lock.LockHeldError as held:
        who = held.holder.describe() if held.holder else "details unknown"
        raise StoreError(f"{path} is being created by another IVIG Desktop ({who}); try again in a moment.") from held
    try:
        temporary = path.with_name(path.name + CREATING)
        for leftover in (temporary, *(Path(f"{temporary}{side}") for side in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()  # a creation cut short (we hold the lock: no one else is making it)
        fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        try:
            conn = raw_connect(temporary, read_only=False, passphrase=passphrase)
            try:
                # m004 begins the new record's chain; every step's row chained; foreign keys off (m009 rebuilds)
                schema.migrate_in_one_transaction(SqlDatabase(conn))
            except StoreError as error:
                raise StoreError(f"A new database could not be made at {path}: {error}") from error
            finally:
                conn.close()
            _fsync(temporary)
            if replace_empty:
                temporary.replace(path)
            else:
                _link_new(temporary, path)
            _fsync(path.parent, directory=True)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
    finally:
        lock.release()
    log.info("created a new database: %s", path)


def _link_new(temporary: Path, path: Path) -> None:
    """Give the new database its name, never over a file that appeared there meanwhile."""
    try:
        os.link(temporary, path)  # fails if the path exists
    except FileExistsError:
        raise StoreError(f"{path} appeared while a new database was made for it; nothing was changed.") from None
    except OSError:  # no hard links here (FAT, exFAT): check, then rename
        if path.exists():
            raise StoreError(f"{path} appeared while a new database was made for it; nothing was changed.") from None
        temporary.replace(path)


def _fsync(path: Path, directory: bool = False) -> None:
    if directory and os.name == "nt":
        return  # Windows cannot open a folder to flush it
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _passphrase_for(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to open `path` with: None for a plain file; refused when missing."""
    if is_encrypted(path):
        if passphrase is None:
            raise PassphraseRequiredError(path)
        return passphrase
    return None  # a plain database stays plain (`ivig-desktop encrypt` changes that)
