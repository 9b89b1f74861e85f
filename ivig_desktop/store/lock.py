"""One writer per database: an operating-system lock on a lock file beside it, held while the database is open.

`<name>.lock` beside `<name>` (for example `ivig-desktop.db.lock`) is locked with `flock` on POSIX and
`msvcrt.locking` on Windows. The operating system drops the lock when the process ends, however it ends (a crash,
kill -9, a power cut), so a stale lock never blocks the next start. The file also says who holds it (host,
process id, since when), for the message shown to a second instance, and, once the holder has closed the database,
when it did and the size, time and inode of the database file it left. So the next holder knows whether the file
is as the last writer left it after closing it, or whether that writer ended without closing it (a crash, kill -9,
a power cut) or something else wrote to the file since: `WriterLock.previous_closed` (the start-up check reads the
whole file only then: store/startup_check.py).

The database file itself is never opened here: on POSIX, closing any descriptor of the database file would
drop SQLite's own locks on it. Within one process the lock is shared (counted): a second connection of the
same program is not a second writer.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ivig_desktop.domain import times

# Windows locks byte ranges and refuses reads of a locked range; lock one byte far past the holder text.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """Who holds a database open for writing."""

    host: str
    pid: int
    since: datetime

    def describe(self) -> str:
        local = times.display().local(self.since)
        return f"on {self.host}, process {self.pid}, since {local:%H:%M} on {local:%d %b %Y}"


class LockHeldError(Exception):
    """Another process holds the database open for writing."""

    def __init__(self, lock_path: Path, holder: Holder | None) -> None:
        self.lock_path = lock_path
        self.holder = holder
        who = holder.describe() if holder else "details unknown"
        super().__init__(f"in use by another IVIG Desktop ({who})")


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


@dataclass
class _Held:
    fd: int
    count: int
    since: datetime
    db_path: Path


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


class WriterLock:
    """This process's hold on a database's writer lock; `release()` once (closing the database does it).

    `previous_closed`: is the database file as the previous holder left it after closing it? True; False when that
    holder ended without closing it, or the file (or a write-ahead log beside it) changed since; None when it is not
    known (no lock file yet, or one written by an earlier version).
    """

    def __init__(self, path: Path, previous_closed: bool | None) -> None:
        self.path = path
        self.previous_closed = previous_closed
        self._released = False

    def release(self, closed: bool = True) -> None:
        """Let go of the lock. `closed`: the database was closed, its check passed (False when opening it failed:
        the next holder must not take that for a clean close)."""
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held[self.path]
            held.count -= 1
            if held.count == 0:
                del _held[self.path]
                if closed:
                    _write_holder(held.fd, held.since, closed=datetime.now(UTC), left=_file_state(held.db_path))
                _unlock(held.fd)
                os.close(held.fd)


def acquire(db_path: Path, now: datetime | None = None) -> WriterLock:
    """Take the writer lock of the database at `db_path`, or raise LockHeldError saying who holds it.

    OSError (a read-only folder, for example) is left to the caller.
    """
    db_path = Path(db_path).resolve()
    path = lock_path_for(db_path)
    with _guard:
        held = _held.get(path)
        if held is not None:
            held.count += 1
            return WriterLock(path, previous_closed=True)  # this process holds it, and has the database open
        since = now or datetime.now(UTC)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if not _try_lock(fd):
                raise LockHeldError(path, read_holder(path))
            previous_closed = _closed_by_previous_holder(fd, db_path)
            _write_holder(fd, since)  # (no flush needed: after a crash the file or its -wal differs from "left")
        except BaseException:
            os.close(fd)
            raise
        _held[path] = _Held(fd, 1, since, db_path)
        return WriterLock(path, previous_closed)


def read_holder(lock_path: Path) -> Holder | None:
    """Who the lock file says holds it (None when it cannot be read or says nothing useful)."""
    try:
        data = json.loads(lock_path.read_text(encoding="utf-8"))
        return Holder(host=str(data["host"]), pid=int(data["pid"]), since=datetime.fromisoformat(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _host() -> str:
    """This computer's name (os.uname on POSIX spares the start-up the socket module)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _file_state(db_path: Path) -> dict[str, int] | None:
    """Size, modification time and inode of the database file: what a write or a replacement changes."""
    try:
        info = db_path.stat()
    except OSError:
        return None
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "inode": info.st_ino}


def _closed_by_previous_holder(fd: int, db_path: Path) -> bool | None:
    """Is the file as the last holder left it after closing it? (The lock file is read before it is written over.)"""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 4096).decode("utf-8")
        if not text.strip():
            return None  # a new lock file
        data = json.loads(text)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or "since" not in data:
        return None
    if "closed" not in data:
        return False  # it ended without closing the database
    wal = db_path.with_name(db_path.name + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    return data.get("left") == _file_state(db_path) and data.get("left") is not None and wal_size == 0


def _write_holder(fd: int, since: datetime, closed: datetime | None = None, left: object = None) -> None:
    holder: dict[str, object] = {
        "host": _host(),
        "pid": os.getpid(),
        "since": since.astimezone(UTC).isoformat(),
    }
    if closed is not None:
        holder["closed"] = closed.astimezone(UTC).isoformat()
        holder["left"] = left
    text = json.dumps(holder)
    with contextlib.suppress(OSError):  # the text is a courtesy; the lock is what counts
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text.encode("utf-8"))


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


# --- Every instance that has the database open: a shared lock, so that a restore can tell nobody has it open ----


def readers_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".readers")


class InstanceHold:
    """This instance has the database open (read-only or writing): a shared lock on `<name>.readers` beside it.
    `release()` once (closing the database does it). A restore takes it exclusively, so it refuses while any
    IVIG Desktop has the database open, a read-only second one included. (POSIX; on Windows it holds nothing.)"""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


def hold_open(db_path: Path) -> InstanceHold:
    """Say that this instance has the database open; a folder that cannot be written holds nothing (nothing can
    replace the database there either)."""
    if sys.platform == "win32":
        return InstanceHold(None)
    try:
        fd = os.open(readers_path_for(Path(db_path).resolve()), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return InstanceHold(None)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:  # a restore is replacing the file right now
        os.close(fd)
        return InstanceHold(None)
    return InstanceHold(fd)


class InUseError(Exception):
    """Some IVIG Desktop (writing or read-only) has the database open."""


def hold_alone(db_path: Path) -> InstanceHold:
    """The exclusive hold a restore needs: InUseError while any instance has the database open."""
    if sys.platform == "win32":
        return InstanceHold(None)
    fd = os.open(readers_path_for(Path(db_path).resolve()), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise InUseError(db_path) from None
    return InstanceHold(fd)
