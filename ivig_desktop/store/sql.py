"""The store's database handle: the few methods the store uses, without importing sqlite-utils.

sqlite-utils imports click, pluggy and dateutil (about half a second), which a start of the app does not need:
the store only ever calls `execute`, `query`, `table_names`, `close` and `conn`. `Database` is that interface (a
Protocol: an `sqlite_utils.Database` is one too, so tests and tools may pass either), and `SqlDatabase` implements
it on a connection with sqlite-utils' own semantics for those methods (a statement that opens an implicit
transaction outside `BEGIN ... COMMIT` is committed at once, or rolled back when it fails; recursive triggers on).
sqlite-utils itself is imported only to apply migrations (store/migrations/base.py) and by tools and tests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

Params = Sequence[Any] | dict[str, Any] | None

_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


class Database(Protocol):
    """What the store needs of a database: `SqlDatabase` (the app's) or an `sqlite_utils.Database`."""

    conn: sqlite3.Connection

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor: ...

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]: ...

    def table_names(self) -> list[str]: ...

    def close(self) -> None: ...


class SqlDatabase:
    """A database connection with the store's methods. Closing it closes the connection."""

    conn: sqlite3.Connection

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.execute("PRAGMA recursive_triggers = on")  # as sqlite-utils sets it: the same triggers, the same effects

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        """Execute one statement. Outside a transaction, a write commits at once (a failed one is rolled back)."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """Execute `sql` now; its rows are dicts (column name to value), fetched as they are iterated."""
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() is for statements that return rows; use execute()")
        keys = _dedupe(str(column[0]) for column in cursor.description)
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()


def _first_keyword(sql: str) -> str:
    words = sql.lstrip().split(None, 1)
    return words[0].upper().rstrip(";") if words else ""


def _dedupe(keys: Iterable[str]) -> list[str]:
    """Column names made unique the way sqlite-utils does: a repeated `id` becomes `id_2`, `id_3`, ..."""
    seen: set[str] = set()
    unique = []
    for key in keys:
        name, n = key, 1
        while name in seen:
            n += 1
            name = f"{key}_{n}"
        seen.add(name)
        unique.append(name)
    return unique
