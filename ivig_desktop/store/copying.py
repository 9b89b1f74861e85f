"""Writing one backup: a verified, self-contained copy of a database, flushed to disk before it takes its name.

The copy is made with SQLite's online backup API (a consistent snapshot of a live database, committed data only,
which copying the file while the app runs would not give) under a `.partial` name, checked with
`PRAGMA quick_check`, flushed, and only then renamed into place, so a backup that exists is whole. Which backups
are made, their names and their rotation are store/backup.py's business.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from pathlib import Path

from ivig_desktop.store import cipher
from ivig_desktop.store.connection import quick_check, raw_connect
from ivig_desktop.store.errors import DB_ERRORS, StoreError, describe_failure

log = logging.getLogger("ivig_desktop.store.backup")


def private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)


def fsync_path(path: Path, directory: bool = False) -> None:
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
        fsync_path(partial)
        if target.exists():
            raise StoreError(f"{target} already exists; choose another name. Nothing was written.")
        partial.replace(target)
        fsync_path(target.parent, directory=True)
    except DB_ERRORS as error:
        remove_quietly(partial)
        raise StoreError(f"The backup could not be written: {describe_failure(error)}") from error
    except OSError as error:
        remove_quietly(partial)
        raise StoreError(f"The backup could not be written to {target.parent}: {error.strerror or error}.") from error
    except BaseException:
        remove_quietly(partial)
        raise
    log.info("backup written: %s", target)
    return target


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
