"""The write side of the chain: every record row is written with its chain entry, in the same transaction.

`insert(db, table, values)` inserts a row into a chained table and appends its entry to `record_chain`; it must
run inside `write_transaction` (the one writer path), so that the row and its entry are committed together or not
at all. `begin_origin` starts a new origin (a new database, an upgrade, a restore, lost entries): its `origins` row
is entry 1 of the new origin's chain and links to the head of the origin before it.

The ledger, `record_chain`, holds one entry per chained row: `origin` and `seq` (its place in that origin's chain),
`table_name` and `row_id` (the row, by local id), `gid` (the row's global id, a UUIDv7), `prev` and `hash`
(store/chain/encoding.py), and `scope`, the gid of the session the row belongs to (a session's own row and its
events; NULL for other rows), so that a screen can check one session's entries. The rows themselves are not
changed by being chained.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ivig_desktop.domain.clock import to_iso
from ivig_desktop.store import durability
from ivig_desktop.store.chain import encoding
from ivig_desktop.store.chain.ids import new_gid
from ivig_desktop.store.chain.tables import LEDGER_TABLE, ORIGINS_TABLE, ChainedTable, scope_of, table

# Why an origin began (origins.reason).
NEW = "new"  # a new database
UPGRADE = "upgrade"  # an existing database chained by the upgrade that brought the chain (m004)
RESTORE = "restore"  # the database was restored from a backup: the entries after the backup left the record
LOST = "lost"  # the record lacks entries this workstation had committed (found at start-up)
MISMATCH = "mismatch"  # the record's entry differs from the one this workstation committed (found at start-up)
REASONS = (NEW, UPGRADE, RESTORE, LOST, MISMATCH)


class ChainError(Exception):
    """The chain cannot take this row (an internal error: a reference to an unchained row, no origin)."""


@dataclass(frozen=True)
class Origin:
    origin: str
    workstation: str
    follows_origin: str | None
    follows_seq: int | None


@dataclass(frozen=True)
class Entry:
    origin: str
    seq: int
    table_name: str
    row_id: int
    gid: str
    prev: str
    hash: str


def current_origin(db: Database) -> Origin:
    row = db.execute(
        "SELECT origin, workstation, follows_origin, follows_seq FROM origins ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        raise ChainError("this database has no origin yet (the chain's migration has not run)")
    return Origin(*row)


def head(db: Database, origin: str) -> tuple[int, str] | None:
    """The last entry (seq, hash) of `origin`'s chain, or None."""
    row = db.execute(
        f"SELECT seq, hash FROM {LEDGER_TABLE} WHERE origin = ? ORDER BY seq DESC LIMIT 1", [origin]
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def database_head(db: Database) -> Entry | None:
    """The entry written last in this database's own chain (its current origin's head)."""
    try:
        origin = current_origin(db).origin
    except ChainError:
        return None
    return entry_at(db, origin, None)


def entry_at(db: Database, origin: str, seq: int | None) -> Entry | None:
    """Entry `seq` of `origin` (the last one when seq is None)."""
    columns = "origin, seq, table_name, row_id, gid, prev, hash"
    if seq is None:
        row = db.execute(
            f"SELECT {columns} FROM {LEDGER_TABLE} WHERE origin = ? ORDER BY seq DESC LIMIT 1", [origin]
        ).fetchone()
    else:
        row = db.execute(f"SELECT {columns} FROM {LEDGER_TABLE} WHERE origin = ? AND seq = ?", [origin, seq]).fetchone()
    return None if row is None else Entry(*row)


def gid_of(db: Database, table_name: str, row_id: int) -> str | None:
    row = db.execute(
        f"SELECT gid FROM {LEDGER_TABLE} WHERE table_name = ? AND row_id = ?", [table_name, row_id]
    ).fetchone()
    return None if row is None else str(row[0])


Resolver = Callable[[str, int], str | None]  # (table, local id) -> that row's gid, or None


def encode_row(spec: ChainedTable, values: Sequence[object], resolve: Resolver, row_id: int) -> dict[str, Any]:
    """The content the hash covers, from the values of `spec.columns + spec.added` (references as gids).

    Raises ChainError when a referenced row has no chain entry."""
    content: dict[str, Any] = {}
    for name, value in zip((*spec.columns, *spec.added), values, strict=True):
        if name in spec.added and value is None:
            continue
        target = spec.references.get(name)
        if target is not None and isinstance(value, int):
            gid = resolve(target, value)
            if gid is None:
                raise ChainError(
                    f"{spec.name} row {row_id}: {name} refers to {target} row {value}, which is not chained"
                )
            content[name] = gid
        else:
            content[name] = encoding.sql_value(value)
    return content


def select_columns(spec: ChainedTable) -> str:
    return ", ".join((*spec.columns, *spec.added))


def row_content(
    db: Database, spec: ChainedTable, row_id: int, resolve: Resolver | None = None
) -> dict[str, Any] | None:
    """The row's content as the hash covers it; None when the row is not there."""
    row = db.execute(f"SELECT {select_columns(spec)} FROM {spec.name} WHERE id = ?", [row_id]).fetchone()
    if row is None:
        return None
    return encode_row(spec, row, resolve or (lambda name, local: gid_of(db, name, local)), row_id)


def insert(db: Database, table_name: str, values: Mapping[str, object]) -> int:
    """Insert a row into a chained table and its chain entry (inside `write_transaction`); return its local id."""
    spec = table(table_name)
    _require_transaction(db)
    names = list(values)
    cursor = db.execute(
        f"INSERT INTO {spec.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [values[name] for name in names],
    )
    row_id = cursor.lastrowid
    assert row_id is not None
    append(db, spec.name, row_id)
    return row_id


def append(db: Database, table_name: str, row_id: int, gid: str | None = None) -> Entry:
    """Append the chain entry of an existing row (already inserted in this transaction) to the current origin."""
    spec = table(table_name)
    if spec.name == ORIGINS_TABLE:
        raise ChainError("an origins row is chained by begin_origin()")
    origin = current_origin(db).origin
    last = head(db, origin)
    if last is None:
        raise ChainError(f"origin {origin} has no first entry")
    return _write_entry(db, spec, row_id, origin, last[0] + 1, last[1], gid or new_gid())


def begin_origin(db: Database, reason: str, at: datetime, detail: Mapping[str, Any] | None = None) -> Origin:
    """Start a new origin of this database's chain (inside a write transaction): its `origins` row, entry 1."""
    if reason not in REASONS:
        raise ValueError(f"unknown origin reason {reason!r}")
    _require_transaction(db)
    previous: Origin | None
    try:
        previous = current_origin(db)
    except ChainError:
        previous = None
    follows = None if previous is None else head(db, previous.origin)
    origin = new_gid()
    workstation = previous.workstation if previous is not None else new_gid()
    cursor = db.execute(
        f"""INSERT INTO {ORIGINS_TABLE} (origin, workstation, created_at, reason, detail, follows_origin, follows_seq,
                                         follows_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            origin,
            workstation,
            to_iso(at),
            reason,
            encoding.canonical(dict(detail or {})).decode("utf-8"),
            None if previous is None or follows is None else previous.origin,
            None if follows is None else follows[0],
            None if follows is None else follows[1],
        ],
    )
    row_id = cursor.lastrowid
    assert row_id is not None
    prev = encoding.GENESIS if follows is None else follows[1]
    _write_entry(db, table(ORIGINS_TABLE), row_id, origin, 1, prev, origin)
    return Origin(
        origin, workstation, None if previous is None else previous.origin, None if follows is None else follows[0]
    )


def _write_entry(db: Database, spec: ChainedTable, row_id: int, origin: str, seq: int, prev: str, gid: str) -> Entry:
    content = row_content(db, spec, row_id)
    if content is None:
        raise ChainError(f"{spec.name} row {row_id} is not there")
    digest = encoding.entry_hash(origin, seq, prev, encoding.content_hash(spec.name, gid, content))
    db.execute(
        f"INSERT INTO {LEDGER_TABLE} (origin, seq, table_name, row_id, gid, prev, hash, scope) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [origin, seq, spec.name, row_id, gid, prev, digest, scope_of(spec, gid, content)],
    )
    durability.chained(db, durability.Head(origin, seq, digest))
    return Entry(origin, seq, spec.name, row_id, gid, prev, digest)


def _require_transaction(db: Database) -> None:
    if not db.conn.in_transaction:
        raise ChainError("chained rows are written inside write_transaction")


def unchained_ids(db: Database, table_name: str) -> list[int]:
    """Local ids of rows of `table_name` that have no chain entry, in id order."""
    rows = db.execute(
        f"""SELECT t.id FROM {table_name} t
            WHERE NOT EXISTS (SELECT 1 FROM {LEDGER_TABLE} c WHERE c.table_name = ? AND c.row_id = t.id)
            ORDER BY t.id""",
        [table_name],
    ).fetchall()
    return [int(r[0]) for r in rows]


def detail_of(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
