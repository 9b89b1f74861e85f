"""Backups with SQLite's online backup API: daily, before every migration, before a restore, and on request.

A backup is a complete, self-contained SQLite file (journal mode DELETE, no -wal beside it) in `backups/` beside
the database, named `<db stem>-YYYYMMDD-HHMMSS-<reason>.db` with the time in UTC, readable by its owner only
(files 0600, folder 0700). It is written under a `.partial` name, checked with `PRAGMA quick_check`, flushed to
disk and only then renamed into place, so a backup that exists is whole (store/copying.py); what backups cut
short leave behind is removed by the next one (store/leftovers.py). A backup gives up, with a message, when another
program keeps the database locked (copying.BACKUP_TIMEOUT_S), and reports its progress to a callback if given one.
Daily backups are rotated (the newest KEEP_DAILY are kept); the others are never deleted automatically.

The backup API copies a consistent snapshot of a live database (committed data only), which copying the file
while the app runs would not.

A backup of an encrypted database is encrypted with the same passphrase (the backup API between two connections
keyed alike) and checked with it. Restoring keeps the database as it is: a plain backup restored into an
encrypted database is first copied into an encrypted temporary file (sqlcipher_export), since the backup API
cannot copy between a plain and an encrypted file; an encrypted backup cannot be restored into a plain database.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ivig_desktop.store import cipher, leftovers
from ivig_desktop.store import migrations as schema
from ivig_desktop.store.chain.startup import record_restore
from ivig_desktop.store.connection import (
    IvigDatabase,
    is_encrypted,
    problem_lines,
    quick_check,
    raw_connect,
    write_transaction,
)
from ivig_desktop.store.copying import PAGES_PER_STEP, Progress, private_folder, remove_quietly, write_backup
from ivig_desktop.store.errors import (
    DATABASE_ERRORS,
    DB_ERRORS,
    PassphraseRequiredError,
    StoreError,
    WrongPassphraseError,
    describe_failure,
    empty_file_message,
)
from ivig_desktop.store.layout import backup_dir_for
from ivig_desktop.store.sql import SqlDatabase
from ivig_desktop.store.verification import verify_record

DAILY = "daily"
PRE_MIGRATION = "pre-migration"
BEFORE_RESTORE = "before-restore"
MANUAL = "manual"
REASONS = (DAILY, PRE_MIGRATION, BEFORE_RESTORE, MANUAL)

RESTORE_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, cipher.WrongKeyError)

KEEP_DAILY = 14  # daily backups kept; older ones are deleted when a new one is made

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, to the second
    reason: str
    size_bytes: int


def _pattern(stem: str) -> re.Pattern[str]:
    reasons = "|".join(re.escape(r) for r in REASONS)
    return re.compile(rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})-({reasons})(?:-(\d+))?\.db$")


def backup_name(db_path: Path, taken_at: datetime, reason: str, serial: int = 1) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    stamp = taken_at.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    suffix = f"-{serial}" if serial > 1 else ""
    return f"{Path(db_path).stem}-{stamp}-{reason}{suffix}.db"


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of the database at `db_path` in its backup folder, newest first."""
    folder = backup_dir_for(db_path)
    pattern = _pattern(Path(db_path).stem)
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match is None:
            continue
        try:
            size = entry.stat().st_size
        except OSError:
            continue
        taken_at = datetime.strptime(match[1], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        serial = int(match[3] or 1)
        found.append((taken_at, serial, BackupInfo(entry, taken_at, match[2], size)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


def free_name(folder: Path, db_path: Path, now: datetime, reason: str) -> Path:
    leftovers.remove_leftovers(folder)
    serial = 1
    while True:
        candidate = folder / backup_name(db_path, now, reason, serial)
        partial = leftovers.partial_for(candidate)
        if not candidate.exists() and not partial.exists():
            return candidate
        serial += 1


def backup_database(
    db: IvigDatabase,
    *,
    reason: str,
    now: datetime,
    progress: Progress | None = None,
    timeout_s: float | None = None,
) -> Path:
    """Back up an open database into its backup folder; rotate the daily ones. Returns the new file.

    `progress` hears (pages copied, pages in all) as it goes (for a progress bar; it runs in the caller's thread).
    """
    return backup_from(db.conn, db.path, db.passphrase, reason=reason, now=now, progress=progress, timeout_s=timeout_s)


def backup_from(
    source: sqlite3.Connection,
    db_path: Path,
    passphrase: str | None,
    *,
    reason: str,
    now: datetime,
    progress: Progress | None = None,
    timeout_s: float | None = None,
    pages: int = PAGES_PER_STEP,
) -> Path:
    """Back up the database at `db_path`, open on `source` (the app's connection, or one of its own: the daily
    backup reads a snapshot in a worker thread, store/daily_backup.py), into its backup folder; rotate the daily
    ones. Returns the new file; `pages` copied a step, `progress` and `timeout_s` as `copying.write_backup`."""
    folder = backup_dir_for(db_path)
    try:
        private_folder(folder)
    except OSError as error:
        raise StoreError(f"The backup folder {folder} could not be made: {error.strerror or error}.") from error
    target = write_backup(
        source,
        free_name(folder, db_path, now, reason),
        passphrase,
        progress=progress,
        timeout_s=timeout_s,
        pages=pages,
    )
    if reason == DAILY:
        rotate(db_path)
    return target


def ensure_daily(db: IvigDatabase, now: datetime, progress: Progress | None = None) -> Path | None:
    """Take today's daily backup (UTC day) unless there is one already; return it, or None."""
    if db.read_only:
        return None
    today = now.astimezone(UTC).date()
    if db.daily_backup_date == today:
        return None
    if any(b.reason == DAILY and b.taken_at.date() == today for b in list_backups(db.path)):
        db.daily_backup_date = today
        return None
    path = backup_database(db, reason=DAILY, now=now, progress=progress)
    db.daily_backup_date = today
    return path


def rotate(db_path: Path, keep_daily: int = KEEP_DAILY) -> list[Path]:
    """Delete the daily backups beyond the newest `keep_daily`; return what was deleted. Others are kept."""
    daily = [b for b in list_backups(db_path) if b.reason == DAILY]
    removed = []
    for old in daily[keep_daily:]:
        with contextlib.suppress(FileNotFoundError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def backup_file(
    db_path: Path,
    *,
    to: Path | None = None,
    now: datetime | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    timeout_s: float | None = None,
    monotonic: Callable[[], float] = time.monotonic,
    reason: str = MANUAL,
) -> Path:
    """Back up the database file at `db_path` (reading only, so the app may be running) for `ivig-desktop backup`
    (`reason` names it in the backups folder: manual, or before-restore for `ivig-desktop restore`).

    `to` is a new file, or an existing folder to put a dated file in; by default the backup folder beside the
    database. Raises FileNotFoundError when there is no database at `db_path`. An encrypted database needs its
    `passphrase` (PassphraseRequiredError, WrongPassphraseError) and gives an encrypted backup. An empty file
    (0 bytes: a failed copy?) or a database without IVIG Desktop's tables is refused (StoreError): a backup of it
    would look like a good one. `timeout_s`: see `write_backup`.
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(db_path)
    if db_path.stat().st_size == 0:
        raise StoreError(empty_file_message(db_path) + " Nothing was written.")
    if not is_encrypted(db_path):
        passphrase = None  # a plain database: its backup is plain
    elif passphrase is None:
        raise PassphraseRequiredError(db_path)
    now = now or datetime.now(UTC)
    if to is None:
        folder = backup_dir_for(db_path)
        try:
            private_folder(folder)
        except OSError as error:
            raise StoreError(f"The backup folder {folder} could not be made: {error.strerror or error}.") from error
        target = free_name(folder, db_path, now, reason)
    elif Path(to).is_dir():
        target = free_name(Path(to), db_path, now, reason)
    else:
        target = Path(to)
    source = raw_connect(db_path, read_only=True, passphrase=passphrase)
    try:
        return write_backup(source, target, passphrase, progress=progress, timeout_s=timeout_s, monotonic=monotonic)
    finally:
        source.close()


def backup_is_encrypted(path: Path) -> bool:
    """Is this backup file encrypted? (Backups are never open elsewhere, so the file itself is read.)"""
    return cipher.file_is_encrypted(path)


def plain_backups(db_path: Path) -> list[Path]:
    """The backups of the database at `db_path` that are not encrypted, newest first."""
    return [b.path for b in list_backups(db_path) if not backup_is_encrypted(b.path)]


def verify_backup(path: Path, passphrase: str | None = None) -> None:
    """Refuse a backup file that is damaged or not an IVIG Desktop database this version can open.

    `passphrase` is the database's: an encrypted backup must open with it; a plain backup needs none.
    """
    encrypted = backup_is_encrypted(path)
    if encrypted and passphrase is None:
        raise StoreError(
            f"The backup {path.name} is encrypted and this database is not, so it cannot be restored here "
            "(encrypt the database with `ivig-desktop encrypt` and the backup's passphrase first)."
        )
    try:
        conn = raw_connect(path, read_only=True, passphrase=passphrase if encrypted else None, what="backup")
    except WrongPassphraseError as error:
        raise StoreError(
            f"The backup {path.name} does not open with this database's passphrase (it was encrypted with "
            "another one, or it is not an IVIG Desktop database); choose another."
        ) from error
    except StoreError as error:
        raise StoreError(f"The backup {path} could not be opened: {error}") from error
    try:
        problems = problem_lines(str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall())
        if problems:
            raise StoreError(f"The backup {path.name} is damaged ({problems[0]}); choose another.")
        db = SqlDatabase(conn)
        if "events" not in db.table_names():
            raise StoreError(f"{path.name} is not an IVIG Desktop database; choose another.")
        known = {step.name for step in schema.migrations.steps}
        newer = [name for name in schema.migrations.applied_names(db) if name not in known]
        if newer:
            raise StoreError(f"{path.name} was made by a newer version of IVIG Desktop; update the app first.")
        chain_problem = verify_record(db).first  # (store/verification.py)
        if chain_problem is not None:
            raise StoreError(
                f"The backup {path.name} was altered outside IVIG Desktop ({chain_problem.describe()}); it is not "
                "restored. Choose another."
            )
    except DATABASE_ERRORS as error:
        raise StoreError(f"The backup {path.name} is damaged ({error}); choose another.") from error
    finally:
        conn.close()


def restore_backup(db: IvigDatabase, backup_path: Path, *, now: datetime) -> Path:
    """Replace the contents of the open database with the backup at `backup_path`, in one transaction.

    First the backup is verified and the current database is itself backed up (reason `before-restore`), so
    nothing is lost by restoring: the entries made since the backup stay in that file. Returns its path.
    The caller must reload everything it read from `db` (the app restarts).
    """
    if db.read_only_reason is not None:
        raise StoreError("Nothing was restored: this database is open read-only. " + db.read_only_reason)
    verify_backup(backup_path, db.passphrase)
    before = backup_database(db, reason=BEFORE_RESTORE, now=now)
    converted: Path | None = None
    try:
        source_path = backup_path
        if db.passphrase is not None and not backup_is_encrypted(backup_path):
            converted = source_path = _encrypted_copy(backup_path, db.passphrase)
        source = raw_connect(source_path, read_only=True, passphrase=db.passphrase, what="backup")
        try:
            source.backup(db.conn)
        finally:
            source.close()
        problem = quick_check(db.conn)
    except RESTORE_ERRORS as error:
        raise StoreError(
            f"The restore failed: {describe_failure(error)} The database is as it was; a copy of it is in {before}."
        ) from error
    except OSError as error:
        raise StoreError(
            f"The restore failed: {error.strerror or error}. The database is as it was; a copy of it is in {before}."
        ) from error
    finally:
        if converted is not None:
            remove_quietly(converted)
    if problem is not None:
        raise StoreError(f"After the restore the database fails its check ({problem}); a copy of it is in {before}.")
    record_restore(db, backup_path.name, now, write_transaction)  # a new origin (store/chain/startup.py)
    log.info("restored %s from %s", db.path, backup_path)
    return before


def _encrypted_copy(plain: Path, passphrase: str) -> Path:
    """An encrypted copy (owner-only, beside it) of the plain backup file `plain`, for restoring it."""
    copy = plain.with_name(f".{plain.name}.encrypted-for-restore")
    remove_quietly(copy)
    fd = os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        cipher.export(plain, None, copy, passphrase)
    except BaseException:
        remove_quietly(copy)
        raise
    return copy
