"""Exports of whole sessions to files: what the `export` command does, callable without the command line.

- `pdf`: one session's printable record, a PDF file.
- `csv` / `json`: one file per table (reports/tables.py) in a folder, for one session or every session opened on or
  after a date.
- `fhir`: one FHIR R4 Bundle per session (`session-<id>.fhir.json` in a folder for `--since`).

Every file is written owner-only (0600); folders are created owner-only (0700) when missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path

from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.exact_json import dumps
from ivig_desktop.reports.files import OutputError, ensure_dir, write_text
from ivig_desktop.reports.summary import SessionSummary, SummaryError, build_summary
from ivig_desktop.store import sessions
from ivig_desktop.store.sql import Database


class Format(StrEnum):
    PDF = "pdf"
    CSV = "csv"
    JSON = "json"
    FHIR = "fhir"


class ExportError(Exception):
    """The export cannot be done as asked; the message says why in one sentence."""


@dataclass(frozen=True)
class Written:
    path: Path
    what: str  # e.g. '3 rows', '4 pages', 'FHIR R4 Bundle, 73 resources'


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ExportError(f"--since must be a date as YYYY-MM-DD, for example 2026-11-01 (got {text!r})") from None


def start_of_local_day(day: date) -> datetime:
    """Local midnight at the start of `day`, as an aware datetime."""
    return datetime.combine(day, time.min).astimezone()


def sessions_since(db: Database, day: date) -> list[int]:
    """Sessions opened on or after the local date `day`, oldest first."""
    start = start_of_local_day(day)
    return [header.id for header in sessions.opened_since(db, start)]


def summaries(db: Database, session_ids: Sequence[int], config: ClinicConfig, now: datetime) -> list[SessionSummary]:
    try:
        return [build_summary(db, session_id, config, generated_at=now) for session_id in session_ids]
    except SummaryError as error:
        raise ExportError(str(error)) from error


def export_session(
    db: Database,
    session_id: int,
    fmt: Format,
    out: Path,
    config: ClinicConfig,
    *,
    now: datetime,
    page_size: str | None = None,
) -> list[Written]:
    """Export one session: a PDF or FHIR file at `out`, or a folder of CSV or JSON tables at `out`."""
    (summary,) = summaries(db, [session_id], config, now)
    try:
        if fmt is Format.PDF:
            from ivig_desktop.reports.pdf import ReportError, write_pdf

            _parent(out)
            try:
                pages = write_pdf(summary, out, page_size=page_size)
            except ReportError as error:
                raise ExportError(str(error)) from error
            return [Written(out, f"PDF, {pages} page{'s' if pages != 1 else ''}")]
        if fmt is Format.FHIR:
            _parent(out)
            return [_write_bundle(summary, out)]
        return _write_tables([summary], fmt, out)
    except OutputError as error:
        raise ExportError(str(error)) from error


def export_since(
    db: Database, day: date, fmt: Format, out: Path, config: ClinicConfig, *, now: datetime
) -> list[Written]:
    """Export every session opened on or after the local date `day` into the folder `out`."""
    if fmt is Format.PDF:
        raise ExportError("--since exports csv, json or fhir; export a PDF one session at a time (--session ID)")
    ids = sessions_since(db, day)
    if not ids:
        return []
    found = summaries(db, ids, config, now)
    try:
        if fmt is Format.FHIR:
            ensure_dir(out)
            return [_write_bundle(summary, out / f"session-{summary.session_id}.fhir.json") for summary in found]
        return _write_tables(found, fmt, out)
    except OutputError as error:
        raise ExportError(str(error)) from error


def _parent(path: Path) -> None:
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name")
    ensure_dir(path.parent)


def _write_bundle(summary: SessionSummary, path: Path) -> Written:
    from ivig_desktop.reports.fhir import bundle_dict, validate

    bundle = bundle_dict(summary)
    validate(bundle)
    write_text(path, dumps(bundle) + "\n")
    return Written(path, f"FHIR R4 Bundle, {len(bundle['entry'])} resources")


def _write_tables(found: Sequence[SessionSummary], fmt: Format, folder: Path) -> list[Written]:
    if fmt is Format.CSV:
        from ivig_desktop.reports.export_csv import write_csv as write
    else:
        from ivig_desktop.reports.export_json import write_json as write
    return [Written(path, f"{rows} row{'s' if rows != 1 else ''}") for path, rows in write(found, folder)]
