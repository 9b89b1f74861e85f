"""The local side of replication through a hub: what this workstation sends, and writing what others wrote.

Sending: this workstation's chain entries (its own origins, in the local `origins` table), each with the content
its hash covers (store/chain/encoding.py), in chain order. The hub acknowledges up to an entry; `hub_pushes`
keeps the last one per origin, for the count of entries waiting.

Receiving (`apply_entries`): rows written on other workstations, each checked against its own hash before it is
written, in one transaction with the pull cursor (`hub_pulls`), so a crash keeps all of a batch or none of it:
- the row goes into the same append-only table as local rows, with a local id; the columns that refer to other
  rows hold their global ids in the content and are translated to local ids through `record_chain`;
- its chain entry keeps its origin, number and hashes, so `check` verifies it like a local one; the row is
  re-encoded from the table after writing and must give the same hash (the local row is what was sent);
- an origin's own row and its migration rows are not written (they describe the other workstation's database):
  the origin is noted in `hub_origins`, for whose entry is whose;
- a row already here (same global id) is skipped: receiving twice writes once.
While a batch is written, `hub_applying` holds a row, so that rows numbered alike on two workstations (a session
both wrote while apart) are kept instead of refused (migrations/m009_hub.py).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.store.chain import encoding, ledger
from ivig_desktop.store.chain.tables import LEDGER_TABLE, MIGRATIONS_TABLE, ORIGINS_TABLE, TABLES, scope_of
from ivig_desktop.store.database import StoreError, write_transaction
from ivig_desktop.store.sql import Database

NOT_REPLICATED = (ORIGINS_TABLE, MIGRATIONS_TABLE)


class ReplicaError(StoreError):
    """A row from the hub could not be written here; nothing of its batch was."""


@dataclass(frozen=True)
class OutgoingEntry:
    origin: str
    seq: int
    gid: str
    table_name: str
    prev: str
    hash: str
    content: str  # the canonical JSON the content hash covers


@dataclass(frozen=True)
class IncomingEntry:
    hub_seq: int
    origin: str
    seq: int
    gid: str
    table_name: str
    prev: str
    hash: str
    content: str
    workstation: str


def own_origins(db: Database) -> list[str]:
    """This database's origins (its own chains), oldest first."""
    return [str(r[0]) for r in db.execute("SELECT origin FROM origins ORDER BY id").fetchall()]


def _resolver(db: Database) -> ledger.Resolver:
    cache: dict[tuple[str, int], str | None] = {}

    def resolve(table_name: str, row_id: int) -> str | None:
        key = (table_name, row_id)
        if key not in cache:
            cache[key] = ledger.gid_of(db, table_name, row_id)
        return cache[key]

    return resolve


def content_text(table_name: str, gid: str, row: dict[str, Any]) -> str:
    """The canonical JSON whose SHA-256 is the content hash of a row."""
    return encoding.canonical({"v": encoding.VERSION, "table": table_name, "gid": gid, "row": row}).decode("utf-8")


def entries_after(db: Database, origin: str, after_seq: int, limit: int) -> list[OutgoingEntry]:
    """Up to `limit` entries of `origin` after number `after_seq`, in order, with their content."""
    rows = db.execute(
        f"SELECT seq, gid, table_name, row_id, prev, hash FROM {LEDGER_TABLE} WHERE origin = ? AND seq > ? "
        "ORDER BY seq LIMIT ?",
        [origin, after_seq, limit],
    ).fetchall()
    resolve = _resolver(db)
    found = []
    for seq, gid, table_name, row_id, prev, digest in rows:
        spec = TABLES.get(str(table_name))
        content = None if spec is None else ledger.row_content(db, spec, int(row_id), resolve)
        if content is None:
            raise ReplicaError(
                f"Entry {seq} of this workstation's record ({table_name} row {row_id}) cannot be read: the record "
                "was changed outside the app. Run `ivig-desktop check`; nothing more is sent until it is sound."
            )
        found.append(OutgoingEntry(origin, int(seq), str(gid), str(table_name), str(prev), str(digest),
                                   content_text(str(table_name), str(gid), content)))  # fmt: skip
    return found


def record_push(db: Database, hub: str, origin: str, seq: int, at: datetime) -> None:
    """The hub holds every entry of `origin` up to `seq`."""
    with write_transaction(db):
        db.execute("INSERT INTO hub_pushes (at, hub, origin, seq) VALUES (?, ?, ?, ?)", [to_iso(at), hub, origin, seq])


def acknowledged(db: Database, hub: str, origin: str) -> int:
    row = db.execute("SELECT MAX(seq) FROM hub_pushes WHERE hub = ? AND origin = ?", [hub, origin]).fetchone()
    return int(row[0] or 0)


def waiting(db: Database, hub: str | None) -> int:
    """How many of this workstation's entries the hub (as last heard) does not have yet: per origin, its head's
    number less the number acknowledged (an origin's entries are numbered without gaps)."""
    total = 0
    for origin, last in pending_origins(db):
        total += max(0, last - (acknowledged(db, hub, origin) if hub else 0))
    return total


def pull_cursor(db: Database, hub: str) -> tuple[int, str | None]:
    """The hub's feed number this workstation has read up to, and the global id of the entry it found there."""
    row = db.execute(
        "SELECT cursor, last_gid FROM hub_pulls WHERE hub = ? ORDER BY cursor DESC, id DESC LIMIT 1", [hub]
    ).fetchone()
    return (0, None) if row is None else (int(row[0]), row[1])


@dataclass(frozen=True)
class LastExchange:
    at: datetime
    hub: str


def last_pull(db: Database) -> LastExchange | None:
    row = db.execute("SELECT at, hub FROM hub_pulls ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else LastExchange(from_iso(row[0]), str(row[1]))


def record_workstations(db: Database, names: Sequence[tuple[str, str]]) -> None:
    """Note the names of the hub's workstations (each joins once)."""
    known = {str(r[0]) for r in db.execute("SELECT workstation FROM hub_workstations").fetchall()}
    new = [(w, n) for w, n in names if w not in known]
    if not new:
        return
    with write_transaction(db):
        db.conn.executemany("INSERT OR IGNORE INTO hub_workstations (workstation, name) VALUES (?, ?)", new)


def apply_entries(db: Database, hub: str, entries: Sequence[IncomingEntry], cursor: int, at: datetime) -> int:
    """Write rows pulled from the hub (see the module's docstring) and move the pull cursor to `cursor`, in one
    transaction; return how many rows were written (rows already here are skipped)."""
    written = 0
    with write_transaction(db):
        db.execute("INSERT INTO hub_applying (id) VALUES (1)")
        resolve = _resolver(db)
        for entry in entries:
            written += _apply(db, entry, resolve)
        db.execute("DELETE FROM hub_applying")
        db.execute(
            "INSERT INTO hub_pulls (at, hub, cursor, last_gid, rows) VALUES (?, ?, ?, ?, ?)",
            [to_iso(at), hub, cursor, entries[-1].gid if entries else None, written],
        )
    return written


def _refuse(entry: IncomingEntry, why: str) -> ReplicaError:
    return ReplicaError(
        f"Entry {entry.seq} of origin {entry.origin} ({entry.table_name} {entry.gid}) from the hub was not written: "
        f"{why}. Nothing of this exchange was written; tell the administrator."
    )


def _apply(db: Database, entry: IncomingEntry, resolve: ledger.Resolver) -> int:
    content_hash = encoding.sha256_hex(entry.content.encode("utf-8"))
    if encoding.entry_hash(entry.origin, entry.seq, entry.prev, content_hash) != entry.hash:
        raise _refuse(entry, "its hash does not match its content")
    try:
        body = json.loads(entry.content)
    except ValueError:
        raise _refuse(entry, "its content is not JSON") from None
    if body.get("table") != entry.table_name or body.get("gid") != entry.gid or not isinstance(body.get("row"), dict):
        raise _refuse(entry, "its content does not name it")
    row: dict[str, Any] = body["row"]
    if entry.table_name == ORIGINS_TABLE:
        db.execute(
            "INSERT OR IGNORE INTO hub_origins (origin, workstation) VALUES (?, ?)",
            [entry.origin, str(row.get("workstation") or entry.workstation)],
        )
        return 0
    if entry.table_name in NOT_REPLICATED:
        return 0
    if db.execute(f"SELECT 1 FROM {LEDGER_TABLE} WHERE gid = ?", [entry.gid]).fetchone() is not None:
        return 0
    spec = TABLES.get(entry.table_name)
    if spec is None:
        raise _refuse(entry, f"this version of IVIG Desktop does not know the table {entry.table_name}: upgrade it")
    names: list[str] = []
    values: list[object] = []
    for name in (*spec.columns, *spec.added):
        if name not in row:
            if name in spec.added:
                continue
            raise _refuse(entry, f"its content lacks the column {name}")
        value = row[name]
        target = spec.references.get(name)
        if target is not None and value is not None:
            local = db.execute(
                f"SELECT row_id FROM {LEDGER_TABLE} WHERE gid = ? AND table_name = ?", [value, target]
            ).fetchone()
            if local is None:
                raise _refuse(entry, f"it refers to {target} {value}, which is not here")
            value = int(local[0])
        names.append(name)
        values.append(_sql_value(value))
    cursor = db.execute(f"INSERT INTO {spec.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values)
    row_id = cursor.lastrowid
    assert row_id is not None
    db.execute(
        f"INSERT INTO {LEDGER_TABLE} (origin, seq, table_name, row_id, gid, prev, hash, scope) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [entry.origin, entry.seq, spec.name, row_id, entry.gid, entry.prev, entry.hash, scope_of(spec, entry.gid, row)],
    )
    stored = ledger.row_content(db, spec, row_id, resolve)
    if stored is None or encoding.content_hash(spec.name, entry.gid, stored) != content_hash:
        raise _refuse(entry, "the row written here does not give its hash back")
    return 1


def _sql_value(value: object) -> object:
    """A value of the canonical encoding as SQLite stores it (the inverse of encoding.sql_value)."""
    if isinstance(value, dict):
        if "$real" in value:
            return float.fromhex(str(value["$real"]))
        if "$blob" in value:
            return base64.b64decode(str(value["$blob"]))
        if "$integer" in value:
            return int(str(value["$integer"]))
    return value


def pending_origins(db: Database) -> Iterator[tuple[str, int]]:
    """(origin, its last entry's number) for each of this workstation's origins."""
    for origin in own_origins(db):
        head = ledger.head(db, origin)
        if head is not None:
            yield origin, head[0]
