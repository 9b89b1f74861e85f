"""What a table is: its columns, each with its meaning, and how it finds its rows in a session summary."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeAlias

from ivig_desktop.reports.summary import SessionSummary, Stamp

Cell: TypeAlias = str | int | bool | Decimal | None
Row: TypeAlias = dict[str, Cell]


@dataclass(frozen=True)
class Column:
    name: str
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    rows_of: Callable[[SessionSummary], list[Row]]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def rows(self, summaries: Iterable[SessionSummary]) -> list[Row]:
        """The rows of every session, in session order; each row has exactly the declared columns."""
        names = self.column_names
        rows: list[Row] = []
        for summary in summaries:
            for row in self.rows_of(summary):
                if tuple(row) != names:
                    raise AssertionError(f"{self.name}: row columns {tuple(row)} differ from {names}")
                rows.append(row)
        return rows


def cols(*pairs: tuple[str, str]) -> tuple[Column, ...]:
    return tuple(Column(name, description) for name, description in pairs)


SESSION = ("session_id", "The session's number in this database.")


def by(stamp: Stamp | None) -> str | None:
    return None if stamp is None else stamp.by.display


def names(values: Iterable[str]) -> str:
    return ";".join(values)


def plain(cell: Cell) -> str:
    """A cell as CSV text: exact decimals as plain digits, booleans true/false, no value as empty."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, Decimal):
        return format(cell, "f")
    return str(cell)
