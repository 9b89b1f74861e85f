"""Turning a plain database into an encrypted one (`ivig-desktop encrypt`) and back (`ivig-desktop decrypt`).

The conversion never changes the original until a verified copy can take its place:
1. the writer lock is taken (refused while IVIG Desktop has the database open) and the start-up check passes;
2. the write-ahead log is folded into the file, so the file alone holds everything;
3. `sqlcipher_export` copies the database into a new owner-only file beside it, encrypted (or plain);
4. the copy is verified: quick_check, foreign keys, the same schema, user_version and row count in every table,
   and its hash chain (store/verification.py) verifies as the original's does;
5. it is flushed to disk and renamed over the original, which is atomic: a crash leaves one or the other;
6. a first backup in the new form is written.

No plain copy is left behind by encrypting: the old plain file is replaced, not kept. The backups taken before
are still plain: they are listed, and deleted only when asked (`--remove-plain-backups`). (Their bytes, and the
old file's, may stay on the disk until overwritten: only full-disk encryption covers that.)
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ivig_desktop.store import backup, cipher
from ivig_desktop.store import lock as writer_lock
from ivig_desktop.store.chain.tables import LEDGER_TABLE
from ivig_desktop.store.database import (
    OPERATIONAL_ERRORS,
    StoreError,
    WrongPassphraseError,
    check_file,
    describe_failure,
    empty_file_message,
    is_encrypted,
    quick_check,
    raw_connect,
)
from ivig_desktop.store.sql import SqlDatabase
from ivig_desktop.store.verification import verify_record


@dataclass(frozen=True)
class Conversion:
    """What a conversion did."""

    path: Path
    encrypted: bool  # the database's state now
    changed: bool  # False when it was already in that state
    backup: Path | None  # the first backup in the new form
    left: list[Path] = field(default_factory=list)  # backups still in the old form
    removed: list[Path] = field(default_factory=list)  # plain backups deleted on request
    backup_problem: str | None = None  # why the first backup in the new form could not be written


def encrypt_database(
    path: Path, passphrase: str, *, remove_plain_backups: bool = False, now: datetime | None = None
) -> Conversion:
    """Encrypt the plain database at `path` with `passphrase` (at least 12 characters).

    An already encrypted database is left as it is (the passphrase must open it). The plain backups beside it
    are deleted only when `remove_plain_backups`. Raises FileNotFoundError, StoreError (in use, damaged, a weak
    passphrase, a copy that failed its verification: the database is then unchanged).
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(path)
    if path.stat().st_size == 0:
        raise StoreError(f"Nothing was changed. {empty_file_message(path)}")
    problem = cipher.passphrase_problem(passphrase)
    if problem is not None:
        raise StoreError(f"Nothing was changed. {problem}")
    now = now or datetime.now(UTC)
    lock = _writer_lock(path, now)
    try:
        made, problem = None, None
        if is_encrypted(path):
            check_file(path, passphrase)  # the passphrase must open it before any backup is deleted
            changed = False
        else:
            _convert(path, None, passphrase)
            changed = True
            made, problem = _first_backup(path, passphrase, now)
    finally:
        lock.release()
    left = backup.plain_backups(path)
    removed: list[Path] = []
    if remove_plain_backups:
        for plain in left:
            with contextlib.suppress(FileNotFoundError):
                plain.unlink()
                removed.append(plain)
        left = [p for p in left if p.exists()]
    return Conversion(
        path, encrypted=True, changed=changed, backup=made, left=left, removed=removed, backup_problem=problem
    )


def decrypt_database(path: Path, passphrase: str, *, now: datetime | None = None) -> Conversion:
    """Store the encrypted database at `path` as a plain SQLite file again (to hand it on, or to look into it).

    The encrypted backups stay as they are (they open with the passphrase); a plain backup is written.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(path)
    if path.stat().st_size == 0:
        raise StoreError(f"Nothing was changed. {empty_file_message(path)}")
    now = now or datetime.now(UTC)
    lock = _writer_lock(path, now)
    try:
        if not is_encrypted(path):
            return Conversion(path, encrypted=False, changed=False, backup=None)
        _convert(path, passphrase, None)
        made, problem = _first_backup(path, None, now)
    finally:
        lock.release()
    left = [b.path for b in backup.list_backups(path) if backup.backup_is_encrypted(b.path)]
    return Conversion(path, encrypted=False, changed=True, backup=made, left=left, backup_problem=problem)


REKEY_ERRORS: tuple[type[Exception], ...] = (cipher.WrongKeyError, *cipher.ERRORS, StoreError, OSError)


@dataclass(frozen=True)
class PassphraseChange:
    path: Path
    backup: Path | None  # the first backup with the new passphrase
    backup_problem: str | None
    reencrypted: list[Path] = field(default_factory=list)  # older backups re-encrypted with the new passphrase
    left: list[Path] = field(default_factory=list)  # older backups that still open only with the old one


def change_passphrase(
    path: Path, old: str, new: str, *, reencrypt_backups: bool = False, now: datetime | None = None
) -> PassphraseChange:
    """Encrypt the database at `path` with the passphrase `new` instead of `old`, the same way as `encrypt`: a
    verified copy keyed with the new passphrase replaces the file (a crash leaves one or the other), then a
    backup with the new passphrase is written. The older backups keep the old passphrase unless
    `reencrypt_backups` (each is then replaced by a verified copy with the new one).
    Raises FileNotFoundError, StoreError (in use, not encrypted, a wrong old passphrase, a weak new one)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(path)
    if path.stat().st_size == 0:
        raise StoreError(f"Nothing was changed. {empty_file_message(path)}")
    problem = cipher.passphrase_problem(new)
    if problem is not None:
        raise StoreError(f"Nothing was changed. {problem}")
    if new == old:
        raise StoreError("Nothing was changed: the new passphrase is the old one.")
    now = now or datetime.now(UTC)
    lock = _writer_lock(path, now)
    try:
        if not is_encrypted(path):
            raise StoreError(f"Nothing was changed: {path} is not encrypted (encrypt it with `ivig-desktop encrypt`).")
        _convert(path, old, new)
        made, problem = _first_backup(path, new, now)
    finally:
        lock.release()
    older = [b.path for b in backup.list_backups(path) if b.path != made and backup.backup_is_encrypted(b.path)]
    reencrypted = []
    if reencrypt_backups:
        for item in older:
            if _reencrypt(item, old, new):
                reencrypted.append(item)
    left = [item for item in older if item not in reencrypted]
    return PassphraseChange(path, made, problem, reencrypted, left)


def _reencrypt(item: Path, old: str, new: str) -> bool:
    """Replace the backup `item` (encrypted with `old`) by a verified copy encrypted with `new`; False when it
    does not open with `old` (left as it is)."""
    copy = item.with_name(item.name + ".rekeying")
    with contextlib.suppress(FileNotFoundError):
        copy.unlink()
    try:
        fd = os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        cipher.export(item, old, copy, new)
        conn = raw_connect(copy, read_only=True, passphrase=new, what="backup")
        try:
            sound = quick_check(conn) is None
        finally:
            conn.close()
        if not sound:
            return False
        _fsync(copy)
        copy.replace(item)
        _fsync(item.parent, directory=True)
        return True
    except REKEY_ERRORS:
        return False
    finally:
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()


def _first_backup(path: Path, passphrase: str | None, now: datetime) -> tuple[Path | None, str | None]:
    """A backup of the converted database; a failure does not undo the conversion: it is reported."""
    try:
        return backup.backup_file(path, now=now, passphrase=passphrase), None
    except StoreError as error:
        return None, str(error)


def _writer_lock(path: Path, now: datetime) -> writer_lock.WriterLock:
    try:
        return writer_lock.acquire(path, now)
    except writer_lock.LockHeldError as held:
        who = held.holder.describe() if held.holder else "details unknown"
        raise StoreError(
            f"Nothing was changed: {path} is in use by another IVIG Desktop ({who}). Close it, then try again."
        ) from held
    except OSError as error:
        raise StoreError(
            f"Nothing was changed: the folder {path.parent} cannot be written ({error.strerror or error})."
        ) from error


def _convert(path: Path, old: str | None, new: str | None) -> None:
    """Replace the database at `path` (opened with passphrase `old`) by a verified copy keyed with `new`."""
    check_file(path, old)
    expected = _fold_and_describe(path, old)
    copy = path.with_name(path.name + ".converting")
    with contextlib.suppress(FileNotFoundError):
        copy.unlink()  # left by a conversion cut short
    try:
        fd = os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        try:
            cipher.export(path, old, copy, new)
        except cipher.WrongKeyError:
            raise WrongPassphraseError(path) from None
        except cipher.ERRORS as error:
            why = describe_failure(error)
            raise StoreError(f"Nothing was changed: the copy could not be written. {why}") from error
        _verify_copy(copy, new, expected)
        _verify_chain(copy, new, path, old)
        _refuse_if_open_elsewhere(path)
        _fsync(copy)
        copy.replace(path)
        _fsync(path.parent, directory=True)
    except OSError as error:
        where = error.filename or path.parent
        raise StoreError(f"Nothing was changed: {error.strerror or error} ({where}).") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()


@dataclass(frozen=True)
class _Contents:
    schema: list[tuple[object, ...]]
    user_version: int
    rows: dict[str, int]


_SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"


def _describe(conn: sqlite3.Connection) -> _Contents:
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return _Contents(
        schema=[tuple(row) for row in conn.execute(_SCHEMA)],
        user_version=int(conn.execute("PRAGMA user_version").fetchone()[0]),
        rows={t: int(conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in tables},
    )


def _fold_and_describe(path: Path, passphrase: str | None) -> _Contents:
    """Checkpoint the -wal into the file and describe what it holds. Closing this read-write connection, the
    last one, removes the -wal and -shm (a read-only one leaves them)."""
    conn = raw_connect(path, read_only=False, passphrase=passphrase)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        contents = _describe(conn)
    except OPERATIONAL_ERRORS as error:
        raise StoreError(f"Nothing was changed: {describe_failure(error)}") from error
    finally:
        conn.close()
    if busy:
        _refuse_if_open_elsewhere(path, always=True)
    return contents


def _refuse_if_open_elsewhere(path: Path, always: bool = False) -> None:
    """A -wal or -shm left beside the file means another program (a check, a backup) has it open: its -wal
    would not belong to the copy that replaces the file."""
    if always or any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm")):
        raise StoreError(
            f"Nothing was changed: another program has {path} open (a check or a backup?). "
            "Let it finish, then try again."
        )


def _verify_copy(copy: Path, passphrase: str | None, expected: _Contents) -> None:
    """Refuse a copy that is not sound or does not hold exactly what the source holds."""
    conn = raw_connect(copy, read_only=True, passphrase=passphrase, what="copy")
    try:
        problem = quick_check(conn)
        if problem is None and conn.execute("PRAGMA foreign_key_check").fetchall():
            problem = "foreign keys"
        if problem is None:
            found = _describe(conn)
            if found.schema != expected.schema:
                problem = "the schema differs"
            elif found.user_version != expected.user_version:
                problem = "user_version differs"
            elif found.rows != expected.rows:
                problem = "the number of rows differs"
    finally:
        conn.close()
    if problem is not None:
        raise StoreError(f"Nothing was changed: the converted copy failed its check ({problem}).")


def _chain_problem(path: Path, passphrase: str | None, what: str, *, read_only: bool = True) -> str | None:
    """The first problem the chain's verification finds in the file at `path` (None: sound, or not chained yet).
    Nothing is written; `read_only=False` for the original, whose last connection must remove its -wal and -shm
    on closing (a read-only one leaves them, and they would stop the conversion: `_refuse_if_open_elsewhere`)."""
    conn = raw_connect(path, read_only=read_only, passphrase=passphrase, what=what)
    try:
        db = SqlDatabase(conn)
        if LEDGER_TABLE not in db.table_names():
            return None
        first = verify_record(db).first
        return None if first is None else first.describe()
    finally:
        conn.close()


def _verify_chain(copy: Path, passphrase: str | None, source: Path, source_passphrase: str | None) -> None:
    """Refuse a copy whose hash chain does not verify as the original's does: a sound record must stay sound; a
    record already altered outside the app may be converted, its alteration kept in view, never hidden."""
    found = _chain_problem(copy, passphrase, "copy")
    if found is not None and found != _chain_problem(source, source_passphrase, "database", read_only=False):
        raise StoreError(f"Nothing was changed: the converted copy failed its check (its chain: {found}).")


def _fsync(path: Path, directory: bool = False) -> None:
    if directory and os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
