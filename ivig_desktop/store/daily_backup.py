"""The day's automatic backup, made off the main thread (ui/housekeeping.py runs it in a worker thread).

It reads the database on a connection of its own, read-only, inside one read transaction: in WAL mode the app's
writer goes on committing (a save is never blocked, never waits), and the copy is the database as it was when the
backup began, whatever is saved meanwhile. SQLite's online backup API copies it in steps of `PAGES_PER_STEP`
pages, reporting progress after each and pausing a little between two (so that the app's commits never queue
behind a flood of writes); `Cancel` stops it between two steps (when the app closes), leaving no file.
The copy is verified exactly as every backup is (store/backup.py: quick_check, flushed, then renamed into place),
and the daily ones are rotated.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from ivig_desktop.store.backup import DAILY, backup_from, list_backups
from ivig_desktop.store.cancel import Cancel
from ivig_desktop.store.connection import raw_connect
from ivig_desktop.store.copying import PAGES_PER_STEP  # 4 MiB of 4 KiB pages: a step takes ms, a cancel is quick
from ivig_desktop.store.errors import DB_ERRORS, StoreError, describe_failure

# A pause between two steps: the copy goes at the disk's pace rather than flooding it, so that the app's commits
# (an fsync each) are not kept waiting behind the backup's writes. Measured on 100,000 sessions (docs/development.md):
# without it a save's p99 during the backup was 3 times its usual; with it, the same; the backup takes a third longer.
PAUSE_BETWEEN_STEPS_S = 0.01


def due(db_path: Path, now: datetime) -> bool:
    """Is today's (UTC day) daily backup still to be made?"""
    today = now.astimezone(UTC).date()
    return not any(b.reason == DAILY and b.taken_at.date() == today for b in list_backups(db_path))


def take(
    db_path: Path,
    *,
    passphrase: str | None,
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
    cancel: Cancel | None = None,
    pages_per_step: int = PAGES_PER_STEP,
    pause_s: float = PAUSE_BETWEEN_STEPS_S,
) -> Path:
    """Write today's daily backup of the database at `db_path` (which the app may be writing) and return it.

    StoreError when it cannot be made (the message says why); CancelledError when `cancel` was set.
    """
    source = raw_connect(db_path, read_only=True, passphrase=passphrase)
    try:
        # One read transaction for the whole copy: a snapshot, which the app's commits do not disturb (and
        # which the backup API then never has to start again).
        source.execute("BEGIN")
        source.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()

        def step(done: int, total: int) -> None:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(done, total)
            if done < total and pause_s > 0:
                time.sleep(pause_s)  # (this worker thread only; the GIL is free meanwhile)

        return backup_from(source, db_path, passphrase, reason=DAILY, now=now, pages=pages_per_step, progress=step)
    except DB_ERRORS as error:
        raise StoreError(f"The backup could not be written: {describe_failure(error, db_path)}") from error
    finally:
        source.close()
