"""`ivig-desktop export`, run in-process: each format for one session, --since for csv, json and fhir; the database
opened read-only and never created; one line and exit code 2 for every refusal."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from ivig_desktop.cli import main
from ivig_desktop.reports.tables import TABLES
from ivig_desktop.store.database import StoreError
from ivig_desktop.store.readonly import open_read_only

from .builder import LOT_A, Built, run_session


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `ivig-desktop ARGV` (argparse's usage errors exit via SystemExit)."""
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def events(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        count: int = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return count


def test_pdf_of_one_session(built: Built, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = events(db_path)
    out = tmp_path / "reports" / "session-1.pdf"
    code, stdout, stderr = run(
        capsys, "export", "--session", "1", "--format", "pdf", "--out", str(out), "--db", str(db_path)
    )
    assert (code, stderr) == (0, "")
    assert stdout.startswith(f"Wrote {out} (PDF, ")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "DOE, Jane" in " ".join((PdfReader(str(out)).pages[0].extract_text() or "").split())
    assert events(db_path) == before


def test_fhir_of_one_session(built: Built, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bundle.json"
    code, stdout, _ = run(
        capsys, "--db", str(db_path), "export", "--session", "1", "--format", "fhir", "--out", str(out)
    )
    assert code == 0 and "FHIR R4 collection Bundle" in stdout
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    lots = {e["resource"]["batch"]["lotNumber"] for e in bundle["entry"] if "batch" in e["resource"]}
    assert LOT_A in lots


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_tables_of_one_session(
    built: Built, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    out = tmp_path / fmt
    code, stdout, _ = run(capsys, "export", "--session", "1", "--format", fmt, "--out", str(out), "--db", str(db_path))
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t.name}.{fmt}" for t in TABLES)
    assert stdout.count("Wrote ") == len(TABLES)
    assert f"Wrote {out / f'sessions.{fmt}'} (1 row)" in stdout


def test_since_a_date(built: Built, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A second session, a week later, for the same patient.
    built.clock.advance(timedelta(days=7))
    second = built.workstation.open_session(built.controller.patient.id, "Chair 1")
    run_session(second, built.clock)
    for fmt in ("csv", "json", "fhir"):
        out = tmp_path / f"since-{fmt}"
        code, stdout, _ = run(
            capsys, "export", "--since", "2026-11-24", "--format", fmt, "--out", str(out), "--db", str(db_path)
        )
        assert code == 0, stdout
        if fmt == "fhir":
            assert sorted(p.name for p in out.iterdir()) == ["session-1.fhir.json", "session-2.fhir.json"]
            assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in out.iterdir())
        else:
            assert sorted(p.name for p in out.iterdir()) == sorted(f"{t.name}.{fmt}" for t in TABLES)
    with (tmp_path / "since-csv" / "sessions.csv").open(encoding="utf-8") as handle:
        assert [row["session_id"] for row in csv.DictReader(handle)] == ["1", "2"]
    code, stdout, _ = run(
        capsys,
        "export",
        "--since",
        "2026-11-25",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "later"),
        "--db",
        str(db_path),
    )
    with (tmp_path / "later" / "sessions.csv").open(encoding="utf-8") as handle:
        assert [row["session_id"] for row in csv.DictReader(handle)] == ["2"]
    code, stdout, _ = run(
        capsys,
        "export",
        "--since",
        "2027-01-01",
        "--format",
        "fhir",
        "--out",
        str(tmp_path / "none"),
        "--db",
        str(db_path),
    )
    assert code == 0 and stdout == "No session matched (sessions opened on or after 2027-01-01): nothing written.\n"
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--session", "9", "--format", "pdf"], "There is no session 9 in this database."),
        (["--since", "2026-13-01", "--format", "csv"], "--since must be a date as YYYY-MM-DD"),
        (["--session", "1", "--since", "2026-11-01", "--format", "pdf"], "--session exports one session"),
        (["--session", "1", "--format", "csv", "--exclude", "names,shoe_size"], "not shoe_size"),
        (["--session", "x", "--format", "pdf"], "ID must be a session number"),
        (["--session", "1", "--format", "xml"], "invalid choice: 'xml'"),
        (["--format", "pdf"], "say which sessions: --session ID, --patient ID"),
    ],
)
def test_refusals_are_one_line_and_exit_2(
    built: Built, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "export", *argv, "--out", str(tmp_path / "out"), "--db", str(db_path))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err
    assert not (tmp_path / "out").exists()


def test_a_missing_database_is_never_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere" / "ivig.db"
    code, _, err = run(
        capsys, "export", "--session", "1", "--format", "json", "--out", str(tmp_path / "o"), "--db", str(missing)
    )
    assert code == 2 and err == f"ivig-desktop export: error: no database at {missing}\n"
    assert not missing.exists() and not missing.parent.exists()


def test_a_file_that_is_not_our_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    code, _, err = run(
        capsys, "export", "--session", "1", "--format", "json", "--out", str(tmp_path / "o"), "--db", str(other)
    )
    assert code == 2 and "is not an IVIG Desktop database" in err


def test_the_read_only_database_refuses_writes(built: Built, db_path: Path) -> None:
    db = open_read_only(db_path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.execute("INSERT INTO nurses (name, credentials, created_at) VALUES ('X', 'RN', 'now')")
    finally:
        db.close()
    with pytest.raises(StoreError, match="no database"):
        open_read_only(db_path.with_name("missing.db"))


def test_the_command_makes_a_pdf_without_a_display(built: Built, db_path: Path, tmp_path: Path) -> None:
    """A separate process with no Qt platform set: the command starts its own offscreen QGuiApplication."""
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    out = tmp_path / "letter.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "ivig_desktop", "export", "--session", "1", "--format", "pdf", "--out", str(out),
         "--page-size", "letter", "--db", str(db_path)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert result.stdout.startswith(f"Wrote {out} (PDF, ")
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
