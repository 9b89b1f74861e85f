"""Restoring a backup from the command line (`ivig-desktop restore BACKUP`), with IVIG Desktop closed.

The app restores into its open database (backup.restore_backup); this does the same for a database no one has
open, damaged or not, so that a damaged database can be put right without the app:
1. no IVIG Desktop may have the database open (writing or read-only: the writer lock and every instance's shared
   hold on `<db>.readers`, store/lock.py), so nothing reads or writes it meanwhile;
2. the backup is verified as the app verifies it (backup.verify_backup: integrity, an IVIG Desktop database, not
   from a newer version, the database's passphrase);
3. the database as it is is kept first, as a `before-restore` backup: a verified copy when it is sound, else its
   bytes as they are (with its -wal beside the copy), so that nothing it holds is lost either way;
4. the backup is copied into a new owner-only file beside the database, keyed like the database (a plain backup
   restored into an encrypted database is encrypted on the way), checked and flushed;
5. the old -wal and -shm are removed (they belong to the old file: kept beside the new one, SQLite would apply
   them to it), and the new file is renamed over the database (atomic), the folder flushed;
6. the restore is noted in the record as the app notes its own (store/chain/startup.py `record_restore`: a new
   origin naming the backup and the entries that left the record), and the head file follows, so that the next
   start does not take the restored record for one that lost entries. All of it before the locks are let go.
A failure before step 5 leaves the database as it was. After it the database opens with the app as usual.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ivig_desktop.store import backup, cipher, copying, durability
from ivig_desktop.store import lock as writer_lock
from ivig_desktop.store.chain.startup import record_restore
from ivig_desktop.store.connection import check_file, is_encrypted, quick_check, raw_connect, write_transaction
from ivig_desktop.store.errors import (
    DB_ERRORS,
    DatabaseDamagedError,
    PassphraseRequiredError,
    StoreError,
    describe_failure,
    describe_os_error,
)
from ivig_desktop.store.layout import backup_dir_for
from ivig_desktop.store.sql import SqlDatabase

RESTORING = ".restoring"


@dataclass(frozen=True)
class Restored:
    path: Path
    backup: Path
    before: Path | None  # the database as it was (None: there was none)
    before_was_damaged: bool


def restore_file(db_path: Path, backup_path: Path, *, passphrase: str | None, now: datetime | None = None) -> Restored:
    """Replace the database at `db_path` by the backup at `backup_path` (see the module's steps).

    `passphrase` is the database's (and an encrypted backup's). Raises StoreError saying why nothing was done:
    in use, a backup refused by its check, a passphrase missing or wrong, a disk that cannot be written."""
    db_path, backup_path = Path(db_path), Path(backup_path)
    now = now or datetime.now(UTC)
    if not backup_path.is_file():
        raise StoreError(f"There is no backup file {backup_path}; nothing was changed.")
    exists = db_path.exists() and db_path.stat().st_size > 0
    encrypted = is_encrypted(db_path) if exists else backup.backup_is_encrypted(backup_path)
    if encrypted and passphrase is None:
        raise PassphraseRequiredError(db_path if exists else backup_path)
    key = passphrase if encrypted else None
    writer, alone = _take_the_database(db_path, now)
    try:
        backup.verify_backup(backup_path, key)
        before, damaged = _keep_as_it_is(db_path, key, now) if exists else (None, False)
        _replace(db_path, backup_path, key)
        _note_the_restore(db_path, backup_path, key, now)
    finally:
        alone.release()
        writer.release()
    return Restored(db_path, backup_path, before, damaged)


def _take_the_database(db_path: Path, now: datetime) -> tuple[writer_lock.WriterLock, writer_lock.InstanceHold]:
    in_use = "Nothing was changed: {0} is open in IVIG Desktop ({1}). Close it (every window on it), then try again."
    try:
        writer = writer_lock.acquire(db_path, now)
    except writer_lock.LockHeldError as held:
        who = held.holder.describe() if held.holder else "details unknown"
        raise StoreError(in_use.format(db_path, who)) from held
    except OSError as error:
        raise StoreError(describe_os_error(error, f"Nothing was changed: the folder {db_path.parent}")) from error
    try:
        alone = writer_lock.hold_alone(db_path)
    except writer_lock.InUseError:
        writer.release()
        raise StoreError(in_use.format(db_path, "read-only")) from None
    except OSError as error:
        writer.release()
        raise StoreError(describe_os_error(error, f"Nothing was changed: the folder {db_path.parent}")) from error
    return writer, alone


def _keep_as_it_is(db_path: Path, passphrase: str | None, now: datetime) -> tuple[Path, bool]:
    """A `before-restore` backup of the database: verified when it is sound, its bytes (and -wal) when not."""
    try:
        check_file(db_path, passphrase)
        return backup.backup_file(db_path, now=now, passphrase=passphrase, reason=backup.BEFORE_RESTORE), False
    except DatabaseDamagedError:
        pass
    except StoreError as error:
        if "damaged" not in str(error):
            raise StoreError(f"Nothing was changed: the database could not be kept first ({error})") from error
    folder = backup_dir_for(db_path)
    try:
        copying.private_folder(folder)
        target = backup.free_name(folder, db_path, now, backup.BEFORE_RESTORE)
        for suffix in ("", "-wal"):
            source = Path(f"{db_path}{suffix}")
            if source.exists():
                copy = Path(f"{target}{suffix}")
                fd = os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
                os.close(fd)
                shutil.copyfile(source, copy)
                copying.fsync_path(copy)
        copying.fsync_path(folder, directory=True)
    except OSError as error:
        raise StoreError(
            describe_os_error(error, "Nothing was changed: the damaged database could not be kept")
        ) from error
    return target, True


def _note_the_restore(db_path: Path, backup_path: Path, passphrase: str | None, now: datetime) -> None:
    """Step 6: the restore in the record's chain (a new origin) and the head file, as the app's own restore does."""
    conn = raw_connect(db_path, read_only=False, passphrase=passphrase)
    db = SqlDatabase(conn)
    try:
        record_restore(db, backup_path.name, now, write_transaction, path=db_path)
    except StoreError as error:
        raise StoreError(
            f"The backup was put in place, but the restore could not be noted in its record ({error}); open it in "
            "IVIG Desktop, which notes what it finds."
        ) from error
    finally:
        durability.forget(db)
        conn.close()


def _replace(db_path: Path, backup_path: Path, passphrase: str | None) -> None:
    temporary = db_path.with_name(db_path.name + RESTORING)
    for leftover in (temporary, Path(f"{temporary}-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    try:
        fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        if passphrase is not None and not backup.backup_is_encrypted(backup_path):
            cipher.export(backup_path, None, temporary, passphrase)  # a plain backup into an encrypted database
        else:
            source = raw_connect(backup_path, read_only=True, passphrase=passphrase, what="backup")
            try:
                target = raw_connect(temporary, read_only=False, passphrase=passphrase)
                try:
                    source.backup(target)
                    target.execute("PRAGMA journal_mode = DELETE")
                finally:
                    target.close()
            finally:
                source.close()
        check = raw_connect(temporary, read_only=True, passphrase=passphrase)
        try:
            problem = quick_check(check)
        finally:
            check.close()
        if problem is not None:
            raise StoreError(f"Nothing was changed: the restored copy failed its check ({problem}).")
        copying.fsync_path(temporary)
        for side in ("-wal", "-shm"):  # the old file's: they must not meet the new one
            with contextlib.suppress(FileNotFoundError):
                Path(f"{db_path}{side}").unlink()
        temporary.replace(db_path)
        copying.fsync_path(db_path.parent, directory=True)
    except DB_ERRORS as error:
        raise StoreError(f"Nothing was changed: {describe_failure(error, db_path)}") from error
    except cipher.WrongKeyError as error:
        raise StoreError("Nothing was changed: the passphrase does not open the backup.") from error
    except OSError as error:
        raise StoreError(describe_os_error(error, f"Nothing was changed: {db_path.parent}")) from error
    finally:
        for leftover in (temporary, Path(f"{temporary}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
