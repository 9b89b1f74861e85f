"""CSV export: one file per table (`<table>.csv`), UTF-8, a header row of the column names, RFC 4180 quoting.
Numbers are written exactly as recorded (`72.5`, `87.0`), never through float; booleans as `true`/`false`; a cell
with no value is empty. The columns are declared in reports/tables and documented in docs/data-dictionary.md.

For a spreadsheet (`excel=True`) the file starts with a UTF-8 byte-order mark, so that Excel reads it as UTF-8
and shows `°C` and `≥` as written (without it, Excel guesses the system's code page and garbles them).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from ivig_desktop.reports.files import ensure_dir, write_private
from ivig_desktop.reports.summary import SessionSummary
from ivig_desktop.reports.tables import TABLES, Table, plain

BOM = "\ufeff"


def table_csv(
    table: Table, summaries: Sequence[SessionSummary], *, left_out: frozenset[str] = frozenset(), excel: bool = False
) -> str:
    out = io.StringIO()
    if excel:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    names = [name for name in table.column_names if name not in left_out]
    writer.writerow(names)
    for row in table.rows_without(summaries, left_out):
        writer.writerow([plain(row[name]) for name in names])
    return out.getvalue()


def write_csv(
    summaries: Sequence[SessionSummary],
    folder: Path,
    *,
    left_out: frozenset[str] = frozenset(),
    excel: bool = False,
) -> list[tuple[Path, int]]:
    """Write every table into `folder` (created owner-only if missing); return each file with its row count. A
    table whose every column is left out is not written."""
    ensure_dir(folder)
    written = []
    for table in TABLES:
        if set(table.column_names) - {"patient_id"} <= left_out:
            continue
        content = table_csv(table, summaries, left_out=left_out, excel=excel)
        path = write_private(folder / f"{table.name}.csv", content.encode("utf-8"))
        written.append((path, len(table.rows_without(summaries, left_out))))
    return written
