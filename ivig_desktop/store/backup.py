"""Backups with SQLite's online backup API: daily, before every migration, before a restore, and on request.

A backup is a complete, self-contained SQLite file (journal mode DELETE, no -wal beside it) in `backups/` beside
the database, named `<db stem>-YYYYMMDD-HHMMSS-<reason>.db` with the time in UTC, readable by its owner only
(files 0600, folder 0700). It is written under a `.partial` name, checked with `PRAGMA quick_check`, flushed to
disk and only then renamed into place, so a backup that exists is whole. Daily backups are rotated (the newest
KEEP_DAILY are kept); the others are never deleted automatically.

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
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ivig_desktop.store import cipher
from ivig_desktop.store.chain.startup import record_restore
from ivig_desktop.store.chain.verify import verify_record
from ivig_desktop.store.database import (
    DATABASE_ERRORS,
    DB_ERRORS,
    IvigDatabase,
    PassphraseRequiredError,
    StoreError,
    WrongPassphraseError,
    backup_dir_for,
    describe_failure,
    is_encrypted,
    problem_lines,
    quick_check,
    raw_connect,
    write_transaction,
)

DAILY = "daily"
PRE_MIGRATION = "pre-migration"
BEFORE_RESTORE = "before-restore"
MANUAL = "manual"
REASONS = (DAILY, PRE_MIGRATION, BEFORE_RESTORE, MANUAL)

RESTORE_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, cipher.WrongKeyError)

KEEP_DAILY = 14  # daily backups kept; older ones are deleted when a new one is made
STALE_PARTIAL_SECONDS = 600  # a .partial file this old is left over from a backup that was cut short

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


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)


def _fsync_path(path: Path, directory: bool = False) -> None:
    if directory and sys.platform == "win32":
        return  # Windows cannot open a folder to flush it; the rename is made durable by NTFS's journal
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_backup(source: sqlite3.Connection, target: Path, passphrase: str | None = None) -> Path:
    """Copy the database open on `source` to a new file `target` (refused if it exists); return `target`.

    The copy is verified with quick_check and flushed to disk before it takes its final name. An encrypted
    source (a connection keyed with `passphrase`) gives a copy encrypted with the same passphrase.
    """
    if cipher.is_cipher_connection(source) != (passphrase is not None):
        raise ValueError("an encrypted database is backed up with its passphrase, a plain one without")
    target = Path(target)
    if target.exists():
        raise StoreError(f"{target} already exists; choose another name. Nothing was written.")
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()  # left by an earlier attempt cut short at this very second
    try:
        fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        copy = raw_connect(partial, read_only=False, passphrase=passphrase, what="backup")
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            problem = quick_check(copy)
        finally:
            copy.close()
        if problem is not None:
            raise StoreError(f"The backup copy failed its check ({problem}); the database may be damaged.")
        _fsync_path(partial)
        if target.exists():
            raise StoreError(f"{target} already exists; choose another name. Nothing was written.")
        partial.replace(target)
        _fsync_path(target.parent, directory=True)
    except DB_ERRORS as error:
        _remove_quietly(partial)
        raise StoreError(f"The backup could not be written: {describe_failure(error)}") from error
    except OSError as error:
        _remove_quietly(partial)
        raise StoreError(f"The backup could not be written to {target.parent}: {error.strerror or error}.") from error
    except BaseException:
        _remove_quietly(partial)
        raise
    log.info("backup written: %s", target)
    return target


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _free_name(folder: Path, db_path: Path, now: datetime, reason: str) -> Path:
    serial = 1
    while True:
        candidate = folder / backup_name(db_path, now, reason, serial)
        partial = candidate.with_name(candidate.name + ".partial")
        if not candidate.exists() and not partial.exists():
            return candidate
        serial += 1


def backup_database(db: IvigDatabase, *, reason: str, now: datetime) -> Path:
    """Back up an open database into its backup folder; rotate the daily ones. Returns the new file."""
    folder = backup_dir_for(db.path)
    try:
        _private_folder(folder)
    except OSError as error:
        raise StoreError(f"The backup folder {folder} could not be made: {error.strerror or error}.") from error
    _remove_stale_partials(folder, db.path)
    target = write_backup(db.conn, _free_name(folder, db.path, now, reason), db.passphrase)
    if reason == DAILY:
        rotate(db.path)
    return target


def ensure_daily(db: IvigDatabase, now: datetime) -> Path | None:
    """Take today's daily backup (UTC day) unless there is one already; return it, or None."""
    if db.read_only:
        return None
    today = now.astimezone(UTC).date()
    if db.daily_backup_date == today:
        return None
    if any(b.reason == DAILY and b.taken_at.date() == today for b in list_backups(db.path)):
        db.daily_backup_date = today
        return None
    path = backup_database(db, reason=DAILY, now=now)
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


def _remove_stale_partials(folder: Path, db_path: Path) -> None:
    stem = Path(db_path).stem
    limit = time.time() - STALE_PARTIAL_SECONDS
    for entry in folder.glob(f"{glob_escape(stem)}-*.db.partial"):
        with contextlib.suppress(OSError):
            if entry.stat().st_mtime < limit:
                entry.unlink()


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def backup_file(
    db_path: Path, *, to: Path | None = None, now: datetime | None = None, passphrase: str | None = None
) -> Path:
    """Back up the database file at `db_path` (reading only, so the app may be running) for `ivig-desktop backup`.

    `to` is a new file, or an existing folder to put a dated file in; by default the backup folder beside the
    database. Raises FileNotFoundError when there is no database at `db_path`. An encrypted database needs its
    `passphrase` (PassphraseRequiredError, WrongPassphraseError) and gives an encrypted backup.
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(db_path)
    if not is_encrypted(db_path):
        passphrase = None  # a plain database: its backup is plain
    elif passphrase is None:
        raise PassphraseRequiredError(db_path)
    now = now or datetime.now(UTC)
    if to is None:
        folder = backup_dir_for(db_path)
        try:
            _private_folder(folder)
        except OSError as error:
            raise StoreError(f"The backup folder {folder} could not be made: {error.strerror or error}.") from error
        target = _free_name(folder, db_path, now, MANUAL)
    elif Path(to).is_dir():
        target = _free_name(Path(to), db_path, now, MANUAL)
    else:
        target = Path(to)
    source = raw_connect(db_path, read_only=True, passphrase=passphrase)
    try:
        return write_backup(source, target, passphrase)
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
    from ivig_desktop.store.migrations import migrations

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
        db = Database(conn, execute_plugins=False)
        if "events" not in db.table_names():
            raise StoreError(f"{path.name} is not an IVIG Desktop database; choose another.")
        known = {m.name for m in migrations.pending(Database(memory=True))}
        newer = [m.name for m in migrations.applied(db) if m.name not in known]
        if newer:
            raise StoreError(f"{path.name} was made by a newer version of IVIG Desktop; update the app first.")
        chain_problem = verify_record(db).first  # (store/chain/verify.py)
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
            _remove_quietly(converted)
    if problem is not None:
        raise StoreError(f"After the restore the database fails its check ({problem}); a copy of it is in {before}.")
    record_restore(db, backup_path.name, now, write_transaction)  # a new origin (store/chain/startup.py)
    log.info("restored %s from %s", db.path, backup_path)
    return before


def _encrypted_copy(plain: Path, passphrase: str) -> Path:
    """An encrypted copy (owner-only, beside it) of the plain backup file `plain`, for restoring it."""
    copy = plain.with_name(f".{plain.name}.encrypted-for-restore")
    _remove_quietly(copy)
    fd = os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        cipher.export(plain, None, copy, passphrase)
    except BaseException:
        _remove_quietly(copy)
        raise
    return copy
