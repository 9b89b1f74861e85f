"""What the one writer path (`write_transaction`) checks and does around each commit, beyond SQLite itself.

- The write-ahead log is still the one the connection writes (`-wal` beside the database, same device and inode
  as when the database was opened). If another program deleted or replaced it, SQLite would go on committing into
  a file nobody can find again, and a crash would lose every entry since: so the transaction is refused, and what
  the connection had committed is first folded into the database file (`PRAGMA wal_checkpoint(TRUNCATE)`), where
  it is safe.
- After each commit that added chain entries, the new chain head is written to the head file beside the database
  (store/headfile.py), so that entries lost later (a `-wal` deleted after a crash) are noticed at start-up
  and by `ivig-desktop check`.

This module imports nothing of the store's but headfile.py, so that store/database.py can call it without an
import cycle; the chain registers the head it wrote with `chained()`.
"""

from __future__ import annotations

import logging
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ivig_desktop.store import headfile

log = logging.getLogger(__name__)


Head = headfile.HeadEntry  # the last chain entry a transaction wrote


@dataclass
class _State:
    path: Path | None = None
    wal: tuple[int, int] | None = None  # (st_dev, st_ino) of the -wal file, once it exists
    committed: Head | None = None  # the last entry committed (as the head file says)
    pending: Head | None = None  # the last entry of the transaction in progress
    broken: bool = False  # the -wal was found gone or replaced: every write is refused until the app reopens


_states: weakref.WeakKeyDictionary[Any, _State] = weakref.WeakKeyDictionary()


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def watch(db: Any, path: Path, head: Head | None) -> None:
    """Start watching the database opened for writing at `path`, whose chain ends at `head`: its -wal, and the
    head file written around each commit (which is written now)."""
    state = _states.setdefault(db, _State())
    state.path = Path(path)
    state.wal = _identity(wal_path(state.path))
    state.committed = head
    if head is not None:
        _write(state, head, head)


def wal_problem(db: Any) -> str | None:
    """Inside a write transaction (the write lock held): why a commit could not be durable, or None."""
    state = _states.get(db)
    if state is None or state.path is None:
        return None
    current = _identity(wal_path(state.path))
    if state.wal is None:
        state.wal = current  # a new database: its -wal appeared with the first write
        return None
    if current == state.wal and not state.broken:
        return None
    state.broken = True
    name = wal_path(state.path).name
    return (
        f"The database's write-ahead log ({name}) was deleted or replaced by another program while IVIG Desktop "
        "had it open, so nothing more can be saved durably. Nothing was saved; what you typed is kept. The entries "
        "saved before are safe in the database file. Close IVIG Desktop and open it again, then save again."
    )


def rescue(conn: Any) -> None:
    """Fold what the connection committed into the database file (after the -wal was lost under it)."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        log.error("write-ahead log deleted or replaced under the open database: checkpointed into the file")
    except Exception:  # the database may be unreachable too; the refusal stands either way
        log.exception("checkpoint after a lost write-ahead log failed")


def chained(db: Any, head: Head) -> None:
    """The current transaction wrote this chain entry (the last one written counts)."""
    _states.setdefault(db, _State()).pending = head


def before_commit(db: Any) -> None:
    """Just before COMMIT: the head file says which entry is being committed (no fsync: see headfile.py)."""
    state = _states.get(db)
    if state is not None and state.pending is not None:
        _write(state, state.committed, state.pending)


def committed(db: Any) -> None:
    """After COMMIT returned: the head file says the entry is committed."""
    state = _states.get(db)
    if state is None or state.pending is None:
        return
    head, state.pending = state.pending, None
    state.committed = head
    _write(state, head, head)
    if state.wal is None and state.path is not None:
        state.wal = _identity(wal_path(state.path))


def _write(state: _State, committed: Head | None, pending: Head) -> None:
    if state.path is None:
        return
    try:
        headfile.write(state.path, committed, pending)
    except OSError:
        log.warning("the head file beside the database could not be written")


def rolled_back(db: Any) -> None:
    state = _states.get(db)
    if state is not None:
        state.pending = None


def forget(db: Any) -> None:
    _states.pop(db, None)
