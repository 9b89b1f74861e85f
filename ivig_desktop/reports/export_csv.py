"""CSV export: one file per table (`<table>.csv`), UTF-8, a header row of the column names, RFC 4180 quoting.

Numbers are written exactly as recorded (`72.5`, `87.0`), never through float; booleans as `true`/`false`; a cell
with no value is empty. The columns are declared in reports/tables.py and documented in the README.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from ivig_desktop.reports.files import ensure_dir, write_text
from ivig_desktop.reports.summary import SessionSummary
from ivig_desktop.reports.tables import TABLES, Table, plain


def table_csv(table: Table, summaries: Sequence[SessionSummary]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.column_names)
    for row in table.rows(summaries):
        writer.writerow([plain(cell) for cell in row.values()])
    return out.getvalue()


def write_csv(summaries: Sequence[SessionSummary], folder: Path) -> list[tuple[Path, int]]:
    """Write every table into `folder` (created owner-only if missing); return each file with its row count."""
    ensure_dir(folder)
    written = []
    for table in TABLES:
        content = table_csv(table, summaries)
        path = write_text(folder / f"{table.name}.csv", content)
        written.append((path, len(table.rows(summaries))))
    return written
