"""JSON export: one file per table (`<table>.json`), the same tables and columns as the CSV export.

Each file is one object: `{"format": "ivig-desktop.table/1", "table": NAME, "columns": [...], "rows": [...]}`,
each row an object with every column in order. Exact decimals are JSON strings (`"72.5"`, `"87.0"`: parse them
as decimals), integers and booleans are JSON numbers and booleans, no value is `null`. Times are strings as in
the CSV. Nothing in a file depends on when it was written, so exporting the same record twice gives the same
bytes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from ivig_desktop.reports.files import ensure_dir, write_text
from ivig_desktop.reports.summary import SessionSummary
from ivig_desktop.reports.tables import TABLES, Cell, Table

FORMAT = "ivig-desktop.table/1"


def _json_cell(cell: Cell) -> str | int | bool | None:
    if isinstance(cell, Decimal):
        return format(cell, "f")
    return cell


def table_document(
    table: Table, summaries: Sequence[SessionSummary], left_out: frozenset[str] = frozenset()
) -> dict[str, object]:
    names = [name for name in table.column_names if name not in left_out]
    return {
        "format": FORMAT,
        "table": table.name,
        "columns": names,
        "rows": [{name: _json_cell(row[name]) for name in names} for row in table.rows_without(summaries, left_out)],
    }


def table_json(table: Table, summaries: Sequence[SessionSummary], left_out: frozenset[str] = frozenset()) -> str:
    return json.dumps(table_document(table, summaries, left_out), ensure_ascii=False, indent=2) + "\n"


def write_json(
    summaries: Sequence[SessionSummary], folder: Path, *, left_out: frozenset[str] = frozenset()
) -> list[tuple[Path, int]]:
    """Write every table into `folder` (created owner-only if missing); return each file with its row count. A
    table whose every column is left out is not written."""
    ensure_dir(folder)
    written = []
    for table in TABLES:
        if set(table.column_names) - {"patient_id"} <= left_out:
            continue
        path = write_text(folder / f"{table.name}.json", table_json(table, summaries, left_out))
        written.append((path, len(table.rows_without(summaries, left_out))))
    return written
