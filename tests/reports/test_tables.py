"""CSV and JSON exports: one file per table, columns exactly as declared (and as the README documents them), exact
decimals, the same bytes for the same record."""

from __future__ import annotations

import csv
import io
import json
import re
import stat
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from ivig_desktop.reports.export_csv import table_csv, write_csv
from ivig_desktop.reports.export_json import FORMAT, table_json, write_json
from ivig_desktop.reports.summary import SessionSummary, build_summary
from ivig_desktop.reports.tables import TABLES, left_out, table

from .builder import LOT_A, LOT_B, Built

README = Path(__file__).resolve().parents[2] / "docs" / "data-dictionary.md"


@pytest.fixture
def summary(built: Built) -> SessionSummary:
    return build_summary(built.db, built.session_id, built.workstation.config, generated_at=built.clock.now())


def readme_columns() -> dict[str, list[str]]:
    """The README's export tables: '#### `name.csv` / `name.json`' then a '| Column | Meaning |' table."""
    documented: dict[str, list[str]] = {}
    current = None
    for line in README.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"#### `(\w+)\.csv`", line)
        if heading:
            current = heading.group(1)
            documented[current] = []
            continue
        cell = re.match(r"\| `(\w+)` \|", line)
        if current is not None and cell:
            documented[current].append(cell.group(1))
    return documented


def test_the_readme_documents_every_table_and_column_in_order() -> None:
    assert readme_columns() == {t.name: list(t.column_names) for t in TABLES}


def csv_rows(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def test_csv_files_have_the_declared_columns(summary: SessionSummary, tmp_path: Path) -> None:
    written = write_csv([summary], tmp_path / "out")
    assert [path.name for path, _ in written] == [f"{t.name}.csv" for t in TABLES]
    for (path, rows), declared in zip(written, TABLES, strict=True):
        header, content = csv_rows(path.read_text(encoding="utf-8"))
        assert header == list(declared.column_names)
        assert len(content) == rows
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "out").stat().st_mode) == 0o700


def test_csv_values_are_exact_and_plain(summary: SessionSummary) -> None:
    _, sessions = csv_rows(table_csv(table("sessions"), [summary]))
    (row,) = sessions
    assert row["patient_family_name"] == "Doe" and row["patient_date_of_birth"] == "1956-03-12"
    assert (row["dose_g"], row["planned_volume_ml"], row["weight_kg"]) == ("35", "350", "72.5")
    assert row["volume_infused_ml"] == "350.0" and row["highest_rate_ml_per_h"] == "174.0"
    assert row["lots"] == f"{LOT_A};{LOT_B}"
    assert row["signed_at"].endswith("Z") and row["at_risk"] == "false"
    assert row["soft_max_ml_per_h"] == ""  # no value: empty
    _, rates = csv_rows(table_csv(table("rates"), [summary]))
    assert [r["action"] for r in rates] == [
        "start", "step_up", "step_up", "pause", "resume", "step_up", "step_up", "end"
    ]  # fmt: skip
    assert [r["rate_ml_per_h"] for r in rates[:4]] == ["21.8", "43.5", "87.0", "0"]
    assert rates[0]["minutes"] == "30" and rates[0]["volume_ml"] == "10.9"
    _, vitals = csv_rows(table_csv(table("vitals"), [summary]))
    fever = next(v for v in vitals if "fever" in v["flags"])
    assert fever["temperature_c"] == "38.3"
    assert [v["late_entry"] for v in vitals].count("true") == 1
    _, amendments = csv_rows(table_csv(table("amendments"), [summary]))
    note = next(a for a in amendments if a["entry_type"] == "note")
    assert note["kind"] == "corrected" and note["reason"] == "Wrong patient activity"
    assert json.loads(note["original_payload"]) == {"text": "Patient comfortable, reading."}
    assert json.loads(note["replacement_payload"]) == {"text": "Patient comfortable, sleeping."}


def test_json_files_hold_the_same_tables_with_decimals_as_strings(summary: SessionSummary, tmp_path: Path) -> None:
    written = write_json([summary], tmp_path / "out")
    assert [path.name for path, _ in written] == [f"{t.name}.json" for t in TABLES]
    for (path, rows), declared in zip(written, TABLES, strict=True):
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["format"] == FORMAT and document["table"] == declared.name
        assert document["columns"] == list(declared.column_names)
        assert len(document["rows"]) == rows
        for row in document["rows"]:
            assert list(row) == list(declared.column_names)
            assert not any(isinstance(value, float) for value in row.values())  # never through float
    (session,) = json.loads(table_json(table("sessions"), [summary]))["rows"]
    assert session["session_id"] == 1 and session["reactions"] == 1 and session["highest_reaction_grade"] == 2
    assert session["weight_kg"] == "72.5" and session["highest_rate_ml_per_h"] == "174.0"
    assert session["at_risk"] is False and session["soft_max_ml_per_h"] is None
    assert Decimal(session["volume_infused_ml"]) == Decimal("350.0")


def test_exporting_twice_gives_the_same_bytes(summary: SessionSummary, built: Built, tmp_path: Path) -> None:
    later = build_summary(
        built.db, built.session_id, built.workstation.config, generated_at=built.clock.now() + timedelta(days=3)
    )
    for write in (write_csv, write_json):
        first = {p.name: p.read_bytes() for p, _ in write([summary], tmp_path / "a")}
        second = {p.name: p.read_bytes() for p, _ in write([later], tmp_path / "b")}
        assert first == second


def test_every_table_documents_every_column() -> None:
    for declared in TABLES:
        assert declared.columns[0].name in ("session_id", "patient_id")  # per session, or per patient
        assert len(set(declared.column_names)) == len(declared.columns)
        assert all(column.description.strip() for column in declared.columns)


def test_every_utc_time_has_its_local_time_beside_it(summary: SessionSummary) -> None:
    for declared in TABLES:
        names = list(declared.column_names)
        for index, column in enumerate(declared.columns):
            if column.is_utc_time:
                assert names[index + 1] == f"{column.name}_local", (declared.name, column.name)
    (session,) = table("sessions").rows([summary])
    # 07:05 UTC in the clinic's zone (America/Toronto, EST), whatever this computer's zone.
    assert session["opened_at"] == "2026-11-24T07:05:00.000Z"
    assert session["opened_at_local"] == "2026-11-24T02:05:00-05:00"
    rates = table("rates").rows([summary])
    assert all((r["until"] is None) == (r["until_local"] is None) for r in rates)


def test_patients_regimens_and_allergies(summary: SessionSummary) -> None:
    (patient,) = table("patients").rows([summary, summary])  # one row per patient, however many sessions
    assert (patient["family_name"], patient["mrn"], patient["allergies"]) == ("Doe", "MRN-00417", "Penicillin (rash)")
    (regimen,) = table("regimens").rows([summary])
    assert (regimen["version"], regimen["prescriber"], regimen["product_name"]) == (1, "Dr A. Shah", "Privigen 10%")
    assert table("allergies").rows([summary]) == [{"patient_id": patient["patient_id"], "allergy": "Penicillin (rash)"}]


def test_excel_csv_starts_with_a_byte_order_mark(summary: SessionSummary, tmp_path: Path) -> None:
    write_csv([summary], tmp_path / "xl", excel=True)
    assert (tmp_path / "xl" / "vitals.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    flags = (tmp_path / "xl" / "vitals.csv").read_text(encoding="utf-8-sig")
    assert "Temperature 38.3 °C ≥ 38.0 °C" in flags  # read back as a spreadsheet does: the mark, then UTF-8
    write_csv([summary], tmp_path / "plain")
    assert not (tmp_path / "plain" / "vitals.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_excluded_patient_details_are_left_out_everywhere(summary: SessionSummary, tmp_path: Path) -> None:
    gone = left_out(frozenset({"names", "date_of_birth", "allergies"}))
    written = write_csv([summary], tmp_path / "out", left_out=gone)
    files = {path.name for path, _ in written}
    assert "allergies.csv" not in files and "patients.csv" in files
    for path, _ in written:
        header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        assert not set(header) & gone, path.name
    text = "".join(path.read_text(encoding="utf-8") for path, _ in written)
    assert "Doe" not in text and "1956-03-12" not in text and "Penicillin" not in text
