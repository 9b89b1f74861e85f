"""What a table is: its columns, each with its meaning, and how it finds its rows in a session summary."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeAlias

from ivig_desktop.domain.clock import from_iso
from ivig_desktop.reports.summary import SessionSummary, Stamp

Cell: TypeAlias = str | int | bool | Decimal | None
Row: TypeAlias = dict[str, Cell]


LOCAL_SUFFIX = "_local"
LOCAL_DESCRIPTION = "The same instant in the clinic's time zone, with its offset (e.g. 2026-11-24T02:35:00-05:00)."


@dataclass(frozen=True)
class Column:
    name: str
    description: str

    @property
    def is_utc_time(self) -> bool:
        """A UTC time column (`..._at`, `at`, `until`, `record_as_of`): a local-time column follows it."""
        return self.name == "at" or self.name.endswith("_at") or self.name in ("until", "record_as_of")

    @property
    def is_local_time(self) -> bool:
        return self.name.endswith(LOCAL_SUFFIX)


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    rows_of: Callable[[SessionSummary], list[Row]]
    key: tuple[str, ...] = ()  # per-patient tables: a row is given once for these columns' values
    # A column whose value names a detail (detail_corrections' `field`: 'mrn', 'given_name', ...): a row about a
    # detail the export leaves out (`--exclude`) is left out with it.
    detail_column: str | None = None

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def rows(self, summaries: Iterable[SessionSummary]) -> list[Row]:
        """The rows of every session, in session order; each row has exactly the declared columns, a local-time
        cell beside each UTC time (in the clinic's zone). A per-patient table gives each row once."""
        given = tuple(c.name for c in self.columns if not c.is_local_time)
        rows: list[Row] = []
        seen: set[tuple[Cell, ...]] = set()
        for summary in summaries:
            for row in self.rows_of(summary):
                if tuple(row) != given:
                    raise AssertionError(f"{self.name}: row columns {tuple(row)} differ from {given}")
                if self.key:
                    key = tuple(row[name] for name in self.key)
                    if key in seen:
                        continue
                    seen.add(key)
                rows.append(_with_local_times(row, self.columns, summary))
        return rows

    def rows_without(self, summaries: Iterable[SessionSummary], left_out: frozenset[str]) -> list[Row]:
        """The rows as an export without the columns `left_out` writes them: a row about a left-out detail goes
        too (its values would give away what the columns leave out)."""
        rows = self.rows(summaries)
        if self.detail_column is None or not left_out:
            return rows
        return [row for row in rows if row[self.detail_column] not in left_out]


def _with_local_times(row: Row, columns: Sequence[Column], summary: SessionSummary) -> Row:
    full: Row = {}
    for column in columns:
        if column.is_local_time:
            utc = row[column.name[: -len(LOCAL_SUFFIX)]]
            full[column.name] = None if utc is None else summary.times.local_iso(from_iso(str(utc)))
        else:
            full[column.name] = row[column.name]
    return full


def cols(*pairs: tuple[str, str]) -> tuple[Column, ...]:
    """The columns as declared, each UTC time column followed by its local-time column."""
    columns: list[Column] = []
    for name, description in pairs:
        column = Column(name, description)
        columns.append(column)
        if column.is_utc_time:
            columns.append(Column(name + LOCAL_SUFFIX, LOCAL_DESCRIPTION))
    return tuple(columns)


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
