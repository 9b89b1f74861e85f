"""The patients in the export, their regimens (every version) and their allergies: one row each, however many of
their sessions the export holds."""

from __future__ import annotations

import re

from ivig_desktop.reports import text
from ivig_desktop.reports.summary import SessionSummary
from ivig_desktop.reports.tables.base import Row, Table, cols

PATIENT = ("patient_id", "The patient's number in this database.")

PATIENTS = Table(
    "patients",
    "One row per patient in the export (their details as on record when exported), without what the export leaves "
    "out (`--exclude`).",
    cols(
        PATIENT,
        ("family_name", "Family name."),
        ("given_name", "Given name."),
        ("date_of_birth", "Date of birth, YYYY-MM-DD."),
        ("mrn", "Medical record number (empty when none was recorded)."),
        ("sex", "F, M or U (unknown / not stated)."),
        ("height_cm", "Height, cm."),
        ("weight_kg", "Weight on record, kg."),
        ("allergies", "Allergies as recorded (free text; one row each in `allergies`)."),
    ),
    lambda s: [
        {
            "patient_id": s.patient.id,
            "family_name": s.patient.family_name,
            "given_name": s.patient.given_name,
            "date_of_birth": s.patient.date_of_birth.isoformat(),
            "mrn": s.patient.mrn,
            "sex": s.patient.sex.value,
            "height_cm": s.patient.height_cm,
            "weight_kg": s.patient.weight_kg,
            "allergies": s.patient.allergies or None,
        }
    ],
    key=("patient_id",),
)


def _regimen_rows(s: SessionSummary) -> list[Row]:
    return [
        {
            "patient_id": s.patient.id,
            "version": r.version,
            "saved_at": text.utc_iso(r.saved_at),
            "saved_by": r.saved_by.display,
            "reason": r.reason or None,
            "prescriber": r.prescriber or None,
            "product_id": r.product_id,
            "product_name": r.product_name,
            "indication": r.indication,
            "off_label": r.off_label,
            "dose_g_per_kg": r.dose_g_per_kg,
            "course_days": r.course_days,
            "dosing_weight_method": r.dosing_weight_method,
            "weight_kg": r.weight_kg,
            "frequency": r.frequency,
            "premedications": ";".join(r.premeds) or None,
            "ladder_id": r.ladder_id,
            "personal_start_mg_per_kg_min": r.personal_start_mg_per_kg_min,
            "personal_max_mg_per_kg_min": r.personal_max_mg_per_kg_min,
            "notes": r.notes or None,
        }
        for r in s.regimen_versions
    ]


REGIMENS = Table(
    "regimens",
    "One row per version of each patient's regimen (the order), oldest first; a change is a new version.",
    cols(
        PATIENT,
        ("version", "The regimen's version (1, 2, ...)."),
        ("saved_at", "When the version was saved (UTC)."),
        ("saved_by", "Nurse who saved it."),
        ("reason", "Why it changed."),
        ("prescriber", "The ordering prescriber, as named on the order."),
        ("product_id", "Product (catalog id)."),
        ("product_name", "Product name with concentration, e.g. 'Privigen 10%'."),
        ("indication", "Indication code: PI, ITP, CIDP, MMN, DM, KD, GBS, CLL or OTHER."),
        ("off_label", "true when ordered for an indication not on the product's label (by `prescriber`)."),
        ("dose_g_per_kg", "Dose a day, g/kg."),
        ("course_days", "Consecutive days of the course at that dose a day (1: a single infusion)."),
        ("dosing_weight_method", "Weight the dose is calculated on: actual, ideal or adjusted."),
        ("weight_kg", "The weight the regimen was dosed on, kg."),
        ("frequency", "How often, as ordered (e.g. 'every 4 weeks')."),
        ("premedications", "Premedications ordered, ';'-separated."),
        ("ladder_id", "Clinic rate ladder (empty: the label's protocol)."),
        ("personal_start_mg_per_kg_min", "The patient's own start rate, mg/kg/min."),
        ("personal_max_mg_per_kg_min", "The patient's tolerated maximum rate, mg/kg/min."),
        ("notes", "Notes."),
    ),
    _regimen_rows,
    key=("patient_id", "version"),
)


def allergy_list(words: str) -> list[str]:
    """The allergies as listed, split at ';' and line breaks (a comma may be inside one: 'penicillin (rash, hives)')."""
    return [part.strip() for part in re.split(r"[;\n]", words) if part.strip()]


ALLERGIES = Table(
    "allergies",
    "One row per allergy on each patient's record, as recorded (split at ';' and line breaks).",
    cols(PATIENT, ("allergy", "The allergy and reaction, as recorded.")),
    lambda s: [{"patient_id": s.patient.id, "allergy": a} for a in allergy_list(s.patient.allergies)],
    key=("patient_id", "allergy"),
)
