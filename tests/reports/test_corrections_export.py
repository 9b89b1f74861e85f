"""Corrected details in the records and exports: the current values in every table, the earlier ones in
`detail_corrections`; the recall look-up names the patient as now."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from ivig_desktop.cli import main
from ivig_desktop.reports.export_csv import table_csv
from ivig_desktop.reports.summary import build_summary
from ivig_desktop.reports.tables import table

from .builder import LOT_A, Built


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_exports_show_the_corrected_details_and_keep_the_earlier_ones(
    built: Built, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = built.workstation
    patient = built.controller.patient
    built.clock.advance(timedelta(hours=1))
    ws.correct_patient(
        patient,
        "typo at registration",
        family_name="Dow",
        given_name=patient.given_name,
        date_of_birth=patient.date_of_birth.isoformat(),
        mrn="MRN-777",
        sex=patient.sex.value,
        height_cm=str(patient.height_cm),
        allergies=patient.allergies,
    )
    nurse = ws.require_nurse()
    ws.correct_nurse(nurse, "Ana Lima-Souza", nurse.credentials, "married")
    summary = build_summary(ws.db, built.session_id, ws.config, generated_at=built.clock.now())
    assert (summary.patient.family_name, summary.patient.mrn) == ("Dow", "MRN-777")
    [session_row] = rows(table_csv(table("sessions"), [summary]))
    assert (session_row["patient_family_name"], session_row["patient_mrn"]) == ("Dow", "MRN-777")
    assert session_row["opened_by"].startswith("Ana Lima-Souza")
    changed = rows(table_csv(table("detail_corrections"), [summary]))
    assert [(r["subject"], r["field"], r["before"], r["after"], r["reason"]) for r in changed] == [
        ("patient", "family_name", "Doe", "Dow", "typo at registration"),
        ("patient", "mrn", patient.mrn, "MRN-777", "typo at registration"),
        ("nurse", "name", "Ana Lima", "Ana Lima-Souza", "married"),
    ]
    assert {r["amended_by"] for r in changed} == {"Ana Lima-Souza, RN"}

    db_path = ws.db_path
    assert main(["lots", LOT_A, "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "DOW, " in out and "MRN MRN-777" in out and "DOE, " not in out


def test_a_left_out_detail_leaves_its_corrections_out_too(built: Built) -> None:
    """`--exclude names,mrn`: the corrected name and MRN are not in the tables; their earlier values must not come
    back through detail_corrections either. The height, kept, keeps its correction."""
    from ivig_desktop.reports.export_json import table_document
    from ivig_desktop.reports.exporting import parse_exclude
    from ivig_desktop.reports.tables import left_out

    ws = built.workstation
    patient = built.controller.patient
    built.clock.advance(timedelta(hours=1))
    ws.correct_patient(
        patient,
        "typo at registration",
        family_name="Dow",
        given_name=patient.given_name,
        date_of_birth=patient.date_of_birth.isoformat(),
        mrn="MRN-777",
        sex=patient.sex.value,
        height_cm="170",
        allergies=patient.allergies,
    )
    summary = build_summary(ws.db, built.session_id, ws.config, generated_at=built.clock.now())
    gone = left_out(parse_exclude("names,mrn"))
    kept = rows(table_csv(table("detail_corrections"), [summary], left_out=gone))
    assert [(r["field"], r["before"], r["after"]) for r in kept] == [("height_cm", str(patient.height_cm), "170")]
    document = table_document(table("detail_corrections"), [summary], gone)
    listed = document["rows"]
    assert isinstance(listed, list) and [r["field"] for r in listed] == ["height_cm"]
    everything = rows(table_csv(table("detail_corrections"), [summary]))
    assert [r["field"] for r in everything] == ["family_name", "mrn", "height_cm"]


def test_the_printed_record_shows_what_a_correction_replaced(built: Built) -> None:
    """The record prints the patient and the nurses as corrected; its corrections section says what each
    correction of their details replaced, who made it, when and why (d-faults' corrections in e-records' record)."""
    from ivig_desktop.reports.document import summary_html

    ws = built.workstation
    patient = built.controller.patient
    built.clock.advance(timedelta(hours=1))
    ws.correct_patient(
        patient,
        "typo at registration",
        family_name="Dow",
        given_name=patient.given_name,
        date_of_birth=patient.date_of_birth.isoformat(),
        mrn=patient.mrn or "",
        sex=patient.sex.value,
        height_cm=str(patient.height_cm),
        allergies=patient.allergies,
    )
    nurse = ws.require_nurse()
    ws.correct_nurse(nurse, nurse.name, "RN, CRNI", "new certification")
    html = summary_html(build_summary(ws.db, built.session_id, ws.config, generated_at=built.clock.now()))
    assert "<h3>Details corrected</h3>" in html
    assert "Patient: <b>Family name</b>: Doe → Dow. Reason: typo at registration" in html
    assert "Ana Lima, RN, CRNI: <b>Credentials</b>: RN → RN, CRNI. Reason: new certification" in html
