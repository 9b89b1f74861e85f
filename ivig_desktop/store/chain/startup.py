"""The head file against the record: lost or replaced entries, noticed at start-up and by `ivig-desktop check`.

The head file (store/headfile.py) says which chain entry this workstation committed last. At start-up the writer
compares it with the record:
- the record holds that entry, with the same hash: all is well (the record may be ahead: the head file is
  written just after each commit, without fsync);
- the record lacks it: acknowledged entries were lost (`lost`): the -wal deleted after a crash, an older copy of
  the file put in place of the database;
- the record holds a different entry there (`mismatch`): the database was replaced or rewritten behind the app.
Either way the finding is recorded in the record itself, as a new origin whose `detail` names the entry the
head file held, so that it stays visible (in `check` and to the hub) after the head file moves on; entries from
then on continue in that new origin, so the lost entries' places are never reused. The nurse is told once.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ivig_desktop.store import durability, headfile
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.chain.tables import LEDGER_TABLE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Discrepancy:
    kind: str  # ledger.LOST or ledger.MISMATCH
    acknowledged: headfile.HeadRecord
    found_seq: int | None  # the last entry of that origin in the record (None: the origin is not in it)

    @property
    def missing(self) -> int | None:
        if self.kind != ledger.LOST or self.found_seq is None:
            return None
        return self.acknowledged.seq - self.found_seq

    def detail(self) -> dict[str, Any]:
        a = self.acknowledged
        return {
            "acknowledged": {"origin": a.origin, "seq": a.seq, "hash": a.hash, "written_at": _iso(a.written_at)},
            "found_seq": self.found_seq,
        }

    def describe(self, db_path: Path) -> str:
        when = self.acknowledged.written_at.astimezone().strftime("%H:%M on %d %b %Y")
        if self.kind == ledger.MISMATCH:
            return (
                f"The record in {db_path.name} differs from what this workstation saved (entry "
                f"{self.acknowledged.seq} of its chain, saved at {when}, is not the one in the file): the database "
                "was replaced or changed outside IVIG Desktop. Run `ivig-desktop check` and keep this file for "
                "inspection."
            )
        missing = self.missing
        count = f"{missing} saved entr{'y' if missing == 1 else 'ies'}" if missing else "Saved entries"
        return (
            f"{count} (the last saved at {when}) are missing from {db_path.name}: its write-ahead log "
            f"({db_path.name}-wal) was probably deleted after a crash, or an older copy of the database was put in "
            "its place. If a backup was restored by hand, this is expected. The loss is noted in the record."
        )


def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def has_chain(db: Database) -> bool:
    return (
        db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [LEDGER_TABLE]).fetchone()
        is not None
    )


def discrepancy(db: Database, record: headfile.HeadRecord | None) -> Discrepancy | None:
    """How the record stands against the head file's `record` (read-only)."""
    if record is None or not has_chain(db):
        return None
    entry = ledger.entry_at(db, record.origin, record.seq)
    if entry is not None:
        return None if entry.hash == record.hash else Discrepancy(ledger.MISMATCH, record, entry.seq)
    last = ledger.head(db, record.origin)
    return Discrepancy(ledger.LOST, record, None if last is None else last[0])


def already_recorded(db: Database, found: Discrepancy) -> bool:
    a = found.acknowledged
    for (text,) in db.execute("SELECT detail FROM origins WHERE reason IN ('lost', 'mismatch')").fetchall():
        seen = ledger.detail_of(text).get("acknowledged", {})
        if isinstance(seen, dict) and (seen.get("origin"), seen.get("seq"), seen.get("hash")) == (
            a.origin,
            a.seq,
            a.hash,
        ):
            return True
    return False


def read_head(db_path: Path) -> headfile.HeadRecord | None:
    try:
        return headfile.read(db_path)
    except headfile.UnreadableHeadError:
        log.warning("the head file beside the database is unreadable; it is written again")
        return None


def reconcile_head(
    db: Any, now: datetime, transaction: Callable[[Database], AbstractContextManager[Any]]
) -> str | None:
    """At start-up, for the writer: watch the -wal, compare the head file with the record, record any loss (in a
    `transaction`), and write the head file afresh. Returns what to tell the nurse, or None."""
    path = Path(db.path)
    durability.watch(db, path)
    if not has_chain(db):
        return None
    notice = None
    found = discrepancy(db, read_head(path))
    if found is not None:
        log.error("the record lacks or differs from the entries this workstation committed (%s)", found.kind)
        notice = found.describe(path)
        if not already_recorded(db, found):
            with transaction(db):
                ledger.begin_origin(db, found.kind, now, found.detail())
    current = ledger.database_head(db)
    if current is not None:
        with contextlib.suppress(OSError):
            headfile.write(path, current.origin, current.seq, current.hash)
    return notice


def record_restore(
    db: Any, backup_name: str, now: datetime, transaction: Callable[[Database], AbstractContextManager[Any]]
) -> None:
    """After a restore from a backup: a new origin says so (and which entries left the record), and the head file
    follows, so that the restored record is not reported as having lost entries."""
    path = Path(db.path)
    if not has_chain(db):
        headfile.remove(path)  # a backup from before the chain: chained afresh when the app reopens
        return
    left: dict[str, Any] = {}
    before = read_head(path)
    if before is not None:
        last = ledger.head(db, before.origin)
        if last is None or last[0] < before.seq:
            left = {"origin": before.origin, "after_seq": None if last is None else last[0], "to_seq": before.seq}
    with transaction(db):
        ledger.begin_origin(db, ledger.RESTORE, now, {"backup": backup_name, "left_out": left})
    current = ledger.database_head(db)
    if current is not None:
        with contextlib.suppress(OSError):
            headfile.write(path, current.origin, current.seq, current.hash)
