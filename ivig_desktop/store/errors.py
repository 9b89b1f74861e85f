"""What can go wrong in the store, in words a nurse can act on; and the error classes of both SQLite libraries.

Errors of both libraries (sqlite3 for plain files, sqlcipher3 for encrypted ones) are caught through the tuples
DB_ERRORS, DATABASE_ERRORS, OPERATIONAL_ERRORS and INTEGRITY_ERRORS, never through the sqlite3 classes alone.
This module imports nothing else of the store but `cipher` and `layout`, so every other module can import it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from ivig_desktop.store import cipher
from ivig_desktop.store.layout import backup_dir_for

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


class ConstraintError(StoreError, sqlite3.IntegrityError, cipher.sqlcipher.IntegrityError):  # type: ignore[misc]
    """The record refused a write (a trigger, a CHECK, a foreign key, a unique index): nothing was saved.

    Both a StoreError (forms show it and keep what was typed) and an IntegrityError of both SQLite libraries
    (code that interprets a constraint catches INTEGRITY_ERRORS, as before). Its text keeps SQLite's.
    """

    def __init__(self, error: BaseException) -> None:
        super().__init__(f"Nothing was saved: the record refused it ({error}).")
        self.constraint = str(error)
        self.sqlite_errorcode = int(getattr(error, "sqlite_errorcode", 19))  # SQLITE_CONSTRAINT
        self.sqlite_errorname = str(getattr(error, "sqlite_errorname", "SQLITE_CONSTRAINT"))


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


def primary_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(error: BaseException) -> bool:
    """Does this error say the file is damaged (not merely busy, full or unreachable)?"""
    code = primary_code(error)
    if code is not None:
        return code in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


DISK_FULL = "The disk is full. Nothing was saved; free some space (or ask IT to), then try again."
NEARLY_FULL_BYTES = 1 << 20  # an I/O error with less free space than this is put down to a full disk


def describe_failure(error: BaseException, where: Path | None = None) -> str:
    """A sentence for the nurse about a failed write. Whatever it says, nothing of that write was saved.

    `where` (the database file) lets an I/O error be named for what the file system says: a full disk or a
    read-only drive, rather than a guess at a removed drive.
    """
    code = primary_code(error)
    text = str(error).lower()
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return (
            "The database is busy: another program is using it. Nothing was saved; try again in a moment "
            "(if it stays busy, close other programs that use the database file)."
        )
    if code == SQLITE_FULL or "full" in text:
        return DISK_FULL
    medium = file_system_problem(where) if where is not None else None
    if code == SQLITE_READONLY or "readonly" in text or "read-only" in text:
        if medium is not None and medium != DISK_FULL:
            return medium
        return "The database file is read-only. Nothing was saved; ask for its permissions to be fixed."
    if is_damage(error):
        return "The database file is damaged. Nothing was saved; close IVIG Desktop and restore a backup."
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN) or "i/o" in text or "unable to open" in text:
        if medium is not None:
            return medium
        return "The disk could not be written (was a drive removed?). Nothing was saved; check it, then try again."
    return f"The database could not save this ({error}). Nothing was saved."


def file_system_problem(path: Path) -> str | None:
    """What the file system holding `path` says is wrong with it (full, or read-only), or None."""
    folder = Path(path).parent
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # gone, or Windows (no statvfs)
        return None
    if info.f_flag & os.ST_RDONLY:
        return read_only_medium_message(folder) + " Nothing was saved."
    if info.f_bavail * info.f_frsize < NEARLY_FULL_BYTES:
        return DISK_FULL
    return None


def read_only_medium_message(folder: Path) -> str:
    return f"The drive holding {folder} is read-only (a write-protected or read-only medium)."


def describe_os_error(error: OSError, what: str) -> str:
    """A sentence about a failed file operation on `what` (a file or folder), naming a full disk or a read-only
    drive as such."""
    if error.errno == errno.ENOSPC:
        return f"{what} could not be written: the disk is full. Free some space (or ask IT to), then try again."
    if error.errno == errno.EROFS:
        return f"{what} could not be written: the drive is read-only (a write-protected or read-only medium)."
    if error.errno == errno.ENAMETOOLONG:
        return f"{what}: the name is longer than the file system allows."
    return f"{what}: {error.strerror or error}."


def empty_file_message(path: Path) -> str:
    return (
        f"The database file {path} is empty (0 bytes): it holds no record. It may be a copy that failed, or a "
        "drive that was not written; find the real database (or restore a backup) before starting over."
    )


def vanished_message(path: Path) -> str:
    return (
        f"The database file {path} can no longer be found (was a drive removed, or the folder moved or "
        "renamed?). Nothing was saved; put it back, then try again."
    )
