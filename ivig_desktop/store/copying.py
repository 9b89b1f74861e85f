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
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ivig_desktop.paths import make_private_dir
from ivig_desktop.store import cipher, leftovers
from ivig_desktop.store.connection import quick_check, raw_connect
from ivig_desktop.store.errors import DB_ERRORS, SQLITE_BUSY, SQLITE_LOCKED, StoreError, describe_failure

log = logging.getLogger("ivig_desktop.store.backup")

BACKUP_TIMEOUT_S = 30.0  # a backup gives up when another program keeps the database locked this long
PAGES_PER_STEP = 1024  # pages copied per step of the backup API (4 MiB at the default page size): progress
BUSY_SLEEP_S = 0.1  # wait between tries while the database is locked


def private_folder(folder: Path) -> None:
    """Make the owner-only folder `folder` if it is missing; a folder made here is flushed into its parent, so
    that a power cut cannot lose the folder with the backups already renamed into it."""
    made = make_private_dir(folder)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)
    for folder_made in made:
        fsync_path(folder_made.parent, directory=True)


def fsync_path(path: Path, directory: bool = False) -> None:
    if directory and sys.platform == "win32":
        return  # Windows cannot open a folder to flush it; the rename is made durable by NTFS's journal
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


Progress = Callable[[int, int], None]
"""Called as a backup goes: (pages copied, pages in all). It may raise to stop the backup (nothing is kept)."""


class _StalledError(Exception):
    pass


def _stepper(progress: Progress | None, timeout_s: float, monotonic: Callable[[], float]) -> Callable[..., None]:
    """The backup API's progress callback: reports progress, and gives up when the source stays locked (busy)
    for `timeout_s` seconds in a row (Python's backup would otherwise retry for ever)."""
    deadline = monotonic() + timeout_s

    def step(status: int, remaining: int, total: int) -> None:
        nonlocal deadline
        if status in (SQLITE_BUSY, SQLITE_LOCKED):
            if monotonic() >= deadline:
                raise _StalledError
            return
        deadline = monotonic() + timeout_s
        if progress is not None:
            progress(total - remaining, total)

    return step


def locked_message(timeout_s: float) -> str:
    return (
        f"The backup could not be made: another program has kept the database locked for {timeout_s:g} seconds "
        "(a database tool, or a copy or sync program?). Nothing was written; close that program, then try again."
    )


def write_backup(
    source: sqlite3.Connection,
    target: Path,
    passphrase: str | None = None,
    *,
    progress: Progress | None = None,
    timeout_s: float | None = None,
    monotonic: Callable[[], float] = time.monotonic,
    pages: int = PAGES_PER_STEP,
) -> Path:
    """Copy the database open on `source` to a new file `target` (refused if it exists); return `target`.

    The copy is verified with quick_check and flushed to disk before it takes its final name. An encrypted
    source (a connection keyed with `passphrase`) gives a copy encrypted with the same passphrase. `progress`
    hears how far it is; when another program keeps the database locked for `timeout_s` seconds in a row the
    backup gives up (StoreError) instead of waiting for ever. Leftovers of backups cut short in the target's
    folder are removed first (store/leftovers.py). `pages` are copied a step (progress is heard after each).
    """
    if cipher.is_cipher_connection(source) != (passphrase is not None):
        raise ValueError("an encrypted database is backed up with its passphrase, a plain one without")
    timeout_s = BACKUP_TIMEOUT_S if timeout_s is None else timeout_s
    target = Path(target)
    leftovers.remove_leftovers(target.parent)
    if target.exists():
        raise StoreError(f"{target} already exists; choose another name. Nothing was written.")
    partial = leftovers.partial_for(target)
    try:
        with leftovers.writing(target):
            try:
                copy = raw_connect(partial, read_only=False, passphrase=passphrase, what="backup")
                try:
                    step = _stepper(progress, timeout_s, monotonic)
                    with _short_busy_wait(source):
                        source.backup(copy, pages=pages, progress=step, sleep=BUSY_SLEEP_S)
                    copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
                    problem = quick_check(copy)
                    if problem is None and not _holds_a_record(copy):
                        problem = "it holds no IVIG Desktop record: the database is not one, or is empty"
                finally:
                    copy.close()
                if problem is not None:
                    raise StoreError(f"The backup copy failed its check ({problem}); the database may be damaged.")
                fsync_path(partial)
                if target.exists():
                    raise StoreError(f"{target} already exists; choose another name. Nothing was written.")
                partial.replace(target)
                fsync_path(target.parent, directory=True)
            except BaseException:
                remove_pieces(partial)
                raise
    except _StalledError:
        raise StoreError(locked_message(timeout_s)) from None
    except DB_ERRORS as error:
        raise StoreError(f"The backup could not be written: {describe_failure(error)}") from error
    except FileExistsError as error:
        raise StoreError(f"Another backup is being written to {partial}; try again in a moment.") from error
    except OSError as error:
        raise StoreError(f"The backup could not be written to {target.parent}: {error.strerror or error}.") from error
    log.info("backup written: %s", target)
    return target


@contextlib.contextmanager
def _short_busy_wait(conn: sqlite3.Connection) -> Iterator[None]:
    """Each step of the backup waits at most BUSY_SLEEP_S for a lock (the stepper keeps the time), then the
    connection's own busy timeout is put back."""
    before = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SLEEP_S * 1000)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {before}")


def _holds_a_record(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").fetchone() is not None


def remove_pieces(partial: Path) -> None:
    for piece in leftovers.pieces(partial):
        remove_quietly(piece)


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
