"""Backups being written, and the pieces that backups cut short leave behind.

A backup is written as `<name>.partial` (SQLite adds `<name>.partial-journal` while it writes) and renamed to
`<name>` once it is whole. A crash, a kill or a power cut during a backup leaves both files behind, each up to the
size of the database. Every path that writes a backup first removes those in its folder, but only those that no
one is still writing: a backup in progress holds an exclusive `flock` on its `.partial` file for as long as it
writes (`PartialFile`), the operating system drops it when the process ends however it ends, so a `.partial` whose
lock can be taken is a leftover. Only IVIG Desktop's own names are touched (a dated backup name, or the one
target being written), never another program's `.partial` files in a folder given with `--to`.

Windows has no `flock`: there a leftover is one not changed for STALE_SECONDS.

The flock is taken on a descriptor of the `.partial` file of its own, never on the database: closing a descriptor
of a file drops this process's POSIX (fcntl) locks on it, which SQLite uses. The `.partial` file has no reader but
the one connection writing it, so that does not matter there.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

PARTIAL = ".partial"
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")  # what SQLite may put beside a file it writes
STALE_SECONDS = 600  # Windows only: a .partial untouched this long is a leftover

_OWN_NAME = re.compile(r"^.+-\d{8}-\d{6}-[a-z-]+(?:-\d+)?\.db$")


def partial_for(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL)


def pieces(partial: Path) -> list[Path]:
    """The `.partial` file and the files SQLite may have put beside it."""
    return [partial, *(partial.with_name(partial.name + side) for side in SQLITE_SIDE_FILES)]


if sys.platform == "win32":

    def _lock(fd: int) -> bool:
        return True

    def _unlock(fd: int) -> None:
        return None

    def _abandoned(path: Path) -> bool:
        try:
            return path.stat().st_mtime < time.time() - STALE_SECONDS
        except OSError:
            return False

else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)

    def _abandoned(path: Path) -> bool:
        """Can the writer's lock be taken? Then no one is writing it."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            return _lock(fd)
        finally:
            _unlock(fd)
            os.close(fd)


@contextlib.contextmanager
def writing(target: Path) -> Iterator[Path]:
    """Create `target`'s `.partial` file (owner-only) and hold its writer lock while inside; yields its path.

    A `.partial` of the same name left by a backup cut short is removed first; one being written by someone
    else raises FileExistsError. The caller renames the `.partial` to `target` or removes it before leaving.
    """
    partial = partial_for(target)
    remove_if_abandoned(partial)
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
    try:
        if not _lock(fd) or not _same_file(fd, partial):
            raise FileExistsError(f"{partial} is being written by another backup")
        yield partial
    finally:
        _unlock(fd)
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    """Is `path` still the file open on `fd` (not removed by a cleaner in the instant before the lock)?"""
    try:
        mine, there = os.fstat(fd), path.stat()
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def remove_if_abandoned(partial: Path) -> list[Path]:
    """Remove the `.partial` file (and its journal) if no one is writing it; return what was removed."""
    if partial.exists() and not _abandoned(partial):
        return []
    removed = []
    for piece in pieces(partial):
        with contextlib.suppress(FileNotFoundError):
            piece.unlink()
            removed.append(piece)
    return removed


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove every leftover of a backup cut short in `folder` (IVIG Desktop's dated names only)."""
    try:
        names = [entry.name for entry in folder.iterdir()]
    except OSError:
        return []
    removed: list[Path] = []
    partials = set()
    for name in names:
        base, found, _side = name.partition(PARTIAL)
        if found and _OWN_NAME.match(base):
            partials.add(folder / (base + PARTIAL))
    for partial in sorted(partials):
        with contextlib.suppress(OSError):
            removed += remove_if_abandoned(partial)
    return removed
