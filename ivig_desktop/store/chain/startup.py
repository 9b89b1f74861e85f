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
    acknowledged: headfile.HeadEntry  # the entry the head file names
    found_seq: int | None  # the record's last entry of that origin (None: the origin is not in it)
    added: bool = False  # entries past the head file's pending entry (a MISMATCH)

    @property
    def missing(self) -> int | None:
        if self.kind != ledger.LOST or self.found_seq is None:
            return None
        return self.acknowledged.seq - self.found_seq

    def detail(self) -> dict[str, Any]:
        a = self.acknowledged
        return {
            "acknowledged": {"origin": a.origin, "seq": a.seq, "hash": a.hash},
            "found_seq": self.found_seq,
            "added_after_it": int(self.added),
        }

    def describe(self, db_path: Path, *, noted: bool = True) -> str:
        """In words; `noted`: the finding is (being) recorded in the record, as at start-up."""
        name = db_path.name
        if self.added:
            extra = (self.found_seq or 0) - self.acknowledged.seq
            return (
                f"The record in {name} holds entries this workstation did not write ({extra} after entry "
                f"{self.acknowledged.seq} of its chain, the last it wrote): they were added outside IVIG Desktop. "
                "Run `ivig-desktop check` and keep a copy of this file."
            )
        if self.kind == ledger.MISMATCH:
            return (
                f"The record in {name} differs from what this workstation saved (entry {self.acknowledged.seq} of "
                "its chain is not the one it wrote): the database was replaced or changed outside IVIG Desktop. Run "
                "`ivig-desktop check` and keep a copy of this file."
            )
        missing = self.missing
        count = f"{missing} saved entr{'y is' if missing == 1 else 'ies are'}" if missing else "Saved entries are"
        return (
            f"{count} missing from {name}: its write-ahead log ({name}-wal) was probably deleted after a crash, or "
            "an older copy of the database was put in its place. If a backup was restored by hand, this is "
            "expected." + (" The loss is noted in the record." if noted else " IVIG Desktop notes it when it opens.")
        )


def has_chain(db: Database) -> bool:
    return (
        db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [LEDGER_TABLE]).fetchone()
        is not None
    )


def discrepancy(db: Database, record: headfile.HeadRecord | None) -> Discrepancy | None:
    """How the record stands against the head file's `record` (read-only)."""
    if record is None or not has_chain(db):
        return None
    committed = record.committed
    if committed is not None:
        entry = ledger.entry_at(db, committed.origin, committed.seq)
        if entry is None:
            last = ledger.head(db, committed.origin)
            return Discrepancy(ledger.LOST, committed, None if last is None else last[0])
        if entry.hash != committed.hash:
            return Discrepancy(ledger.MISMATCH, committed, entry.seq)
    pending = record.pending
    current = ledger.database_head(db)
    if current is None:
        return None
    if current.origin == pending.origin:
        if current.seq > pending.seq:
            return Discrepancy(ledger.MISMATCH, pending, current.seq, added=True)
        return None
    order = [str(o) for (o,) in db.execute("SELECT origin FROM origins ORDER BY id").fetchall()]
    if pending.origin in order and order.index(current.origin) > order.index(pending.origin):
        return Discrepancy(ledger.MISMATCH, pending, current.seq, added=True)
    return None


def already_recorded(db: Database, found: Discrepancy) -> bool:
    a = found.acknowledged
    for (text,) in db.execute("SELECT detail FROM origins WHERE reason IN ('lost', 'mismatch')").fetchall():
        seen = ledger.detail_of(text).get("acknowledged", {})
        if isinstance(seen, dict) and [seen.get("origin"), seen.get("seq"), seen.get("hash")] == [
            a.origin,
            a.seq,
            a.hash,
        ]:
            return True
    return False


def read_head(db_path: Path) -> headfile.HeadRecord | None:
    try:
        return headfile.read(db_path)
    except headfile.UnreadableHeadError:
        log.warning("the head file beside the database is unreadable; it is written again")
        return None


def _head_of(db: Database) -> headfile.HeadEntry | None:
    current = ledger.database_head(db) if has_chain(db) else None
    return None if current is None else headfile.HeadEntry(current.origin, current.seq, current.hash)


def reconcile_head(
    db: Any, now: datetime, transaction: Callable[[Database], AbstractContextManager[Any]]
) -> str | None:
    """At start-up, for the writer (before any migration): compare the head file with the record, record any loss
    or addition (in a `transaction`), then watch the -wal and keep the head file. Returns what to tell the nurse,
    or None."""
    path = Path(db.path)
    notice = None
    found = discrepancy(db, read_head(path))
    if found is not None:
        log.error("the record lacks or differs from the entries this workstation committed (%s)", found.kind)
        notice = found.describe(path)
        if not already_recorded(db, found):
            with transaction(db):
                ledger.begin_origin(db, found.kind, now, found.detail())
    durability.watch(db, path, _head_of(db))
    return notice


def record_restore(
    db: Any, backup_name: str, now: datetime, transaction: Callable[[Database], AbstractContextManager[Any]]
) -> None:
    """After a restore from a backup: a new origin says so (and which entries left the record), and the head file
    follows, so that the restored record is not reported as having lost entries."""
    path = Path(db.path)
    if not has_chain(db):
        headfile.remove(path)  # a backup from before the chain: chained afresh when the app reopens
        durability.watch(db, path, None)
        return
    left: dict[str, Any] = {}
    before = read_head(path)
    if before is not None and before.committed is not None:
        gone = before.committed
        last = ledger.head(db, gone.origin)
        if last is None or last[0] < gone.seq:
            left = {"origin": gone.origin, "after_seq": None if last is None else last[0], "to_seq": gone.seq}
    durability.watch(db, path, _head_of(db))
    with transaction(db):
        ledger.begin_origin(db, ledger.RESTORE, now, {"backup": backup_name, "left_out": left})
