"""Exports of whole sessions to files: what the `export` command and the Export dialog do.

Which sessions (`Selection`): one session, a patient's, or those opened within local dates (the clinic's zone).

- `pdf`: each session's printable record (PDF/A-1b for archiving with `pdfa`); one file, or one per session in a
  folder.
- `csv` / `json`: one file per table (reports/tables) in a folder, the sessions one after another; `excel` writes
  CSV with a UTF-8 byte-order mark for spreadsheets; `exclude` leaves patient details out.
- `fhir`: one FHIR R4 Bundle per session (`session-<id>.fhir.json` in a folder), `transaction`, `document` or
  `collection`. An unsigned session's bundle never looks final, and the export says so in its notes.

Every file is written owner-only (0600); folders are created owner-only (0700) when missing. Nothing written depends
on the machine's time zone: the clinic's (recorded with the database) is used throughout.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.domain.times import Times
from ivig_desktop.exact_json import dumps
from ivig_desktop.reports.fhir.builder import BundleKind
from ivig_desktop.reports.files import OutputError, ensure_dir, write_text
from ivig_desktop.reports.summary import SessionSummary, SummaryError, build_summary
from ivig_desktop.reports.tables import EXCLUDABLE, left_out
from ivig_desktop.store import clinic, sessions
from ivig_desktop.store.sql import Database

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


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
    note: str = ""  # what the reader must know, e.g. that a session is not signed


@dataclass(frozen=True)
class Selection:
    """Which sessions: one (`session_id`), a patient's (`patient_id`), and/or those opened from `since` to `until`
    (local dates in the clinic's zone, both included)."""

    session_id: int | None = None
    patient_id: int | None = None
    since: date | None = None
    until: date | None = None

    @property
    def single(self) -> bool:
        return self.session_id is not None

    def session_ids(self, db: Database, times: Times) -> list[int]:
        if self.session_id is not None:
            return [self.session_id]
        start = times.midnight(self.since) if self.since is not None else None
        end = times.midnight(self.until + timedelta(days=1)) if self.until is not None else None
        # Read through an index (opening time, or the patient's sessions), never every session of the record
        return [header.id for header in sessions.opened_between(db, start, end, patient_id=self.patient_id)]

    def describe(self) -> str:
        parts = []
        if self.patient_id is not None:
            parts.append(f"of patient {self.patient_id}")
        if self.since is not None:
            parts.append(f"opened on or after {self.since.isoformat()}")
        if self.until is not None:
            parts.append(f"opened on or before {self.until.isoformat()}")
        return "sessions " + " and ".join(parts) if parts else "sessions"


@dataclass(frozen=True)
class Options:
    bundle: BundleKind = BundleKind.COLLECTION
    excel: bool = False
    exclude: frozenset[str] = field(default_factory=frozenset)
    page_size: str | None = None
    pdfa: bool = False


EARLIEST_DAY = date(1900, 1, 1)  # no session is older; earlier dates also break local-time arithmetic
LATEST_DAY = date(9999, 12, 30)  # the day after it must still be a date (the end of an --until day)


def parse_day(text: str, option: str = "--since") -> date:
    shown = text if len(text) <= 40 else text[:40] + "…"
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ExportError(f"{option} must be a date as YYYY-MM-DD, for example 2026-11-01 (got {shown!r})") from None
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ExportError(
            f"{option} must be a date from {EARLIEST_DAY.isoformat()} to {LATEST_DAY.isoformat()} (got {shown})"
        )
    return day


def parse_exclude(text: str) -> frozenset[str]:
    words = frozenset(word.strip() for word in text.split(",") if word.strip())
    unknown = sorted(words - set(EXCLUDABLE))
    if unknown:
        raise ExportError(f"--exclude takes {', '.join(EXCLUDABLE)} (comma-separated); not {', '.join(unknown)}")
    return words


def clinic_times(db: Database, config: ClinicConfig) -> Times:
    """The clinic's zone for this database (clinic.toml, else recorded with the database)."""
    return clinic.in_force(db, config.clinic).times


def sessions_since(db: Database, day: date, config: ClinicConfig) -> list[int]:
    """Sessions opened on or after the local date `day` (the clinic's zone), oldest first."""
    return Selection(since=day).session_ids(db, clinic_times(db, config))


def export(
    db: Database,
    selection: Selection,
    fmt: Format,
    out: Path,
    config: ClinicConfig,
    *,
    now: datetime,
    options: Options = Options(),
    progress: Progress | None = None,
) -> list[Written]:
    """Export the selected sessions. One session to a PDF or FHIR file at `out`; otherwise into the folder `out`.
    Returns what was written ([] when no session matched). `progress(done, total, what)` follows each session."""
    ids = selection.session_ids(db, clinic_times(db, config))
    if not ids:
        return []
    total = len(ids) + 1
    found: list[SessionSummary] = []
    for number, session_id in enumerate(ids, start=1):
        if progress is not None:
            progress(number - 1, total, f"Reading session {session_id} ({number} of {len(ids)})")
        try:
            found.append(build_summary(db, session_id, config, generated_at=now))
        except SummaryError as error:
            raise ExportError(str(error)) from error
    if progress is not None:
        progress(len(ids), total, "Writing")
    try:
        if fmt in (Format.PDF, Format.FHIR):
            if selection.single:
                _parent(out)
                written = [_write_one(found[0], fmt, out, options)]
            else:
                ensure_dir(out)
                suffix = "pdf" if fmt is Format.PDF else "fhir.json"
                written = [_write_one(s, fmt, out / f"session-{s.session_id}.{suffix}", options) for s in found]
        else:
            written = _write_tables(found, fmt, out, options)
    except OutputError as error:
        log.warning("export of %d session(s) as %s failed (%s)", len(ids), fmt.value, type(error).__name__)
        raise ExportError(str(error)) from error
    if progress is not None:
        progress(total, total, "Done")
    # Ids and counts only: a file's name may carry the patient's (reports/summary: pdf_file_name).
    log.info("export: %d session(s) as %s, %d file(s) written", len(ids), fmt.value, len(written))
    return written


def export_session(
    db: Database,
    session_id: int,
    fmt: Format,
    out: Path,
    config: ClinicConfig,
    *,
    now: datetime,
    page_size: str | None = None,
    options: Options | None = None,
) -> list[Written]:
    """Export one session: a PDF or FHIR file at `out`, or a folder of CSV or JSON tables at `out`."""
    chosen = options or Options(page_size=page_size)
    return export(db, Selection(session_id=session_id), fmt, out, config, now=now, options=chosen)


def export_since(
    db: Database,
    day: date,
    fmt: Format,
    out: Path,
    config: ClinicConfig,
    *,
    now: datetime,
    options: Options = Options(),
) -> list[Written]:
    """Export every session opened on or after the local date `day` into the folder `out`."""
    return export(db, Selection(since=day), fmt, out, config, now=now, options=options)


def _parent(path: Path) -> None:
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name")
    ensure_dir(path.parent)


def _write_one(summary: SessionSummary, fmt: Format, path: Path, options: Options) -> Written:
    if fmt is Format.PDF:
        from ivig_desktop.reports.pdf import ReportError, write_pdf

        try:
            pages = write_pdf(summary, path, page_size=options.page_size, pdfa=options.pdfa)
        except ReportError as error:
            raise ExportError(str(error)) from error
        kind = "PDF/A-1b" if options.pdfa else "PDF"
        note = "" if summary.signed else f"session {summary.session_id} is NOT SIGNED: the record says so on every page"
        return Written(path, f"{kind}, {pages} page{'s' if pages != 1 else ''}", note)
    return _write_bundle(summary, path, options.bundle)


def _write_bundle(summary: SessionSummary, path: Path, kind: BundleKind) -> Written:
    from ivig_desktop.reports.fhir import FhirError, bundle_dict, validate

    try:
        bundle = bundle_dict(summary, kind)
        validate(bundle)
    except FhirError as error:
        raise ExportError(str(error)) from error
    write_text(path, dumps(bundle) + "\n")
    note = ""
    if not summary.signed:
        note = (
            f"session {summary.session_id} is NOT SIGNED: exported as an unsigned record in progress "
            + ("(Composition status 'preliminary', no attester or signature)" if kind is BundleKind.DOCUMENT else "")
            + ("(no signature Provenance)" if kind is not BundleKind.DOCUMENT else "")
        )
    return Written(path, f"FHIR R4 {kind.value} Bundle, {len(bundle['entry'])} resources", note)


def _write_tables(found: Sequence[SessionSummary], fmt: Format, folder: Path, options: Options) -> list[Written]:
    gone = left_out(options.exclude)
    if fmt is Format.CSV:
        from ivig_desktop.reports.export_csv import write_csv

        files = write_csv(found, folder, left_out=gone, excel=options.excel)
    else:
        from ivig_desktop.reports.export_json import write_json

        files = write_json(found, folder, left_out=gone)
    written = [Written(path, f"{rows} row{'s' if rows != 1 else ''}") for path, rows in files]
    unsigned = [str(s.session_id) for s in found if not s.signed]
    notes = sorted({s.mark_sentence for s in found if s.mark})  # DEMO or SIMULATION: said, the tables have no mark
    if unsigned:
        notes.append(f"session{'s' if len(unsigned) > 1 else ''} {', '.join(unsigned)} NOT SIGNED: signed_at is empty")
    if notes and written:
        written[0] = Written(written[0].path, written[0].what, "; ".join(notes))
    return written
