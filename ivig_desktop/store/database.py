"""Opening the database: start-up check, one writer, WAL, synchronous=FULL, foreign keys, busy timeout, migrations.

`open_database` first checks the file (`PRAGMA quick_check`, on a read-only connection): a damaged file raises
DatabaseDamagedError and is never written to. Then it takes the writer lock (store/lock.py); when another
IVIG Desktop holds it, or the file is read-only, the database opens read-only and says why
(`IvigDatabase.read_only_reason`). A writer then takes a backup before any migration, and a daily one.

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
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ivig_desktop.store import backup, cipher
from ivig_desktop.store import lock as writer_lock
from ivig_desktop.store import migrations as schema
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
    is_damage,
    vanished_message,
)
from ivig_desktop.store.layout import BACKUP_DIR_NAME, backup_dir_for

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
    "IvigDatabase",
    "PassphraseRequiredError",
    "StoreError",
    "WrongPassphraseError",
    "backup_dir_for",
    "check_file",
    "connect",
    "describe_failure",
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
        if schema.migrations.pending(db):
            if read_only_reason is not None:
                raise StoreError(
                    f"{path} needs upgrading to this version of IVIG Desktop, but it cannot be written now. "
                    + read_only_reason
                )
            if _has_tables(db):
                backup.backup_database(db, reason=backup.PRE_MIGRATION, now=now)
            with write_transaction(db):
                schema.migrations.apply(db)
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
