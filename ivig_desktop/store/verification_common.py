"""What the chain's verifications share (store/verification.py for the whole record, store/session_verification.py
for one session or patient): a problem found, the gids of rows read once each, and the chain order of origins that
names the first problem."""

from __future__ import annotations

from dataclasses import dataclass

from ivig_desktop.store.chain import ledger
from ivig_desktop.store.chain.tables import LEDGER_TABLE
from ivig_desktop.store.sql import Database


@dataclass(frozen=True)
class Problem:
    """One way the record differs from its chain."""

    what: str
    table: str | None = None
    row_id: int | None = None
    gid: str | None = None
    origin: str | None = None
    seq: int | None = None
    order: tuple[int, int] = (1 << 62, 0)  # chain position, for "the first problem"

    def describe(self) -> str:
        """'events row 12 (gid …, entry 41 of origin …): what is wrong'."""
        where = "" if self.table is None else self.table
        if self.table is not None and self.row_id is not None:
            where += f" row {self.row_id}"
        details = []
        if self.gid:
            details.append(f"gid {self.gid}")
        if self.origin is not None and self.seq is not None:
            details.append(f"entry {self.seq} of origin {self.origin}")
        if details:
            where += f" ({', '.join(details)})"
        return f"{where}: {self.what}" if where else self.what


class Resolver:
    """Gids by (table, local id), read from the ledger once each."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._known: dict[tuple[str, int], str | None] = {}

    def __call__(self, table_name: str, row_id: int) -> str | None:
        key = (table_name, row_id)
        if key not in self._known:
            if len(self._known) > 100_000:
                self._known.clear()
            self._known[key] = ledger.gid_of(self._db, table_name, row_id)
        return self._known[key]


def has_chain(db: Database) -> bool:
    return LEDGER_TABLE in tables_of(db)


def tables_of(db: Database) -> set[str]:
    return {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}


def origin_order(db: Database) -> dict[str, int]:
    """Local origins first, in the order they began; then any other origin (pulled from elsewhere)."""
    order = {str(o): i for i, (o,) in enumerate(db.execute("SELECT origin FROM origins ORDER BY id").fetchall())}
    for (origin,) in db.execute(f"SELECT DISTINCT origin FROM {LEDGER_TABLE}").fetchall():
        order.setdefault(str(origin), len(order))
    return order


def position(order: dict[str, int], origin: str | None, seq: int | None) -> tuple[int, int]:
    if origin is None or seq is None:
        return (1 << 62, 0)
    return (order.get(origin, 1 << 61), seq)
