"""Chaining the rows of an existing database, in one pass (the migration that brought the chain, m004).

The rows are chained in the order of `CHAINED_TABLES` (store/chain/tables.py), each table by local id, after the
new origin's own entry: references always point to rows chained before them. Each row gets a new gid. The work is
one scan per table with the head kept in memory, instead of the several queries per row of `ledger.append`;
the entries are the same as `append` would write (same encoding, same hashes).
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from ivig_desktop.store import durability
from ivig_desktop.store.chain import encoding, ledger
from ivig_desktop.store.chain.ids import new_gid
from ivig_desktop.store.chain.tables import CHAINED_TABLES, LEDGER_TABLE, ORIGINS_TABLE, scope_of


def chain_existing_rows(db: Database, at: datetime) -> int:
    """Begin the database's first origin and chain every existing row of every chained table; return how many."""
    existing = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    tables = [spec for spec in CHAINED_TABLES if spec.name != ORIGINS_TABLE and spec.name in existing]
    total = sum(int(db.execute(f"SELECT COUNT(*) FROM {spec.name}").fetchone()[0]) for spec in tables)
    reason = (
        ledger.UPGRADE
        if any(
            db.execute(f"SELECT 1 FROM {spec.name} LIMIT 1").fetchone()
            for spec in tables
            if spec.name != "_sqlite_migrations"
        )
        else ledger.NEW
    )
    origin = ledger.begin_origin(db, reason, at, {"rows_chained": total} if reason == ledger.UPGRADE else {})
    last = ledger.head(db, origin.origin)
    assert last is not None
    seq, prev = last
    gids: dict[tuple[str, int], str] = {}

    def resolve(table_name: str, row_id: int) -> str | None:
        return gids.get((table_name, row_id)) or ledger.gid_of(db, table_name, row_id)

    for spec in tables:
        # Gids kept in memory for the tables other tables refer to (the self-references of events are looked up).
        keep = any(spec.name in other.references.values() for other in CHAINED_TABLES if other is not spec)
        rows = db.execute(f"SELECT id, {ledger.select_columns(spec)} FROM {spec.name} ORDER BY id").fetchall()
        for row_id, *values in rows:
            gid = new_gid()
            if keep:
                gids[(spec.name, row_id)] = gid
            seq += 1
            content = ledger.encode_row(spec, values, resolve, row_id)
            digest = encoding.entry_hash(origin.origin, seq, prev, encoding.content_hash(spec.name, gid, content))
            db.execute(
                f"INSERT INTO {LEDGER_TABLE} (origin, seq, table_name, row_id, gid, prev, hash, scope) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [origin.origin, seq, spec.name, row_id, gid, prev, digest, scope_of(spec, gid, content)],
            )
            prev = digest
    durability.chained(db, durability.Head(origin.origin, seq, prev))
    return total
