"""Patients: their details as first recorded, and corrections of them (append-only).

Every read gives a patient's details as they stand now: the newest correction over the row as first recorded
(the `patients_current` view of m007; a database opened read-only before its upgrade has no corrections, and is
read from `patients` itself). `corrections` gives the earlier values with who corrected them, when and why.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.domain.corrections import PATIENT_FIELDS, Correction, patient_values
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.people import Patient, PatientDetails, Sex
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.connection import write_transaction
from ivig_desktop.store.errors import INTEGRITY_ERRORS
from ivig_desktop.store.sql import Database

MRN_TAKEN = "patients.mrn"  # in the message of the unique index (before m007) and of m007's triggers


def _patient(row: dict[str, Any]) -> Patient:
    return Patient(
        id=row["id"],
        family_name=row["family_name"],
        given_name=row["given_name"],
        date_of_birth=date.fromisoformat(row["date_of_birth"]),
        mrn=row["mrn"],
        sex=Sex(row["sex"]),
        height_cm=Decimal(row["height_cm"]) if row["height_cm"] is not None else None,
        weight_kg=Decimal(row["weight_kg"]),
        allergies=row["allergies"],
    )


def current_table(db: Database) -> str:
    """Where patients are read from: the view of their current details, or the table in a database not upgraded."""
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'patients_current'").fetchone()
    return "patients_current" if found else "patients"


def add_patient(db: Database, details: PatientDetails, created_by: int, created_at: datetime) -> Patient:
    """Store a new patient. A second patient with the same (current) MRN is refused on the `mrn` field."""
    try:
        with write_transaction(db):
            patient_id = ledger.insert(
                db,
                "patients",
                {
                    "family_name": details.family_name,
                    "given_name": details.given_name,
                    "date_of_birth": details.date_of_birth.isoformat(),
                    "mrn": details.mrn,
                    "sex": details.sex.value,
                    "height_cm": str(details.height_cm) if details.height_cm is not None else None,
                    "weight_kg": str(details.weight_kg),
                    "allergies": details.allergies,
                    "created_at": to_iso(created_at),
                    "created_by": created_by,
                },
            )
    except INTEGRITY_ERRORS as error:
        if MRN_TAKEN in str(error):
            raise ValidationError.one("mrn", f"Another patient already has MRN {details.mrn}.") from error
        raise
    return Patient(id=patient_id, **vars(details))


def correct_patient(
    db: Database, patient_id: int, corrected: PatientDetails, reason: str, amended_by: int, at: datetime
) -> Patient:
    """Record a correction of a patient's details (validated by domain/corrections.py); return the patient as now.

    An MRN another patient has now is refused on the `mrn` field; nothing is stored then."""
    values = patient_values(corrected)
    try:
        with write_transaction(db):
            ledger.insert(
                db,
                "patient_amendments",
                {
                    "patient_id": patient_id,
                    **values,
                    "amended_at": to_iso(at),
                    "amended_by": amended_by,
                    "reason": reason,
                },
            )
            patient = get_patient(db, patient_id)
    except INTEGRITY_ERRORS as error:
        if MRN_TAKEN in str(error):
            raise ValidationError.one("mrn", f"Another patient already has MRN {corrected.mrn}.") from error
        raise
    return patient


def corrections(db: Database, patient_id: int) -> list[Correction]:
    """Every correction of a patient's details, oldest first (empty in a database from before m007)."""
    if current_table(db) == "patients":
        return []
    rows = db.query("SELECT * FROM patient_amendments WHERE patient_id = ? ORDER BY id", [patient_id])
    return [
        Correction(
            id=row["id"],
            subject_id=row["patient_id"],
            values={name: row[name] for name in PATIENT_FIELDS},
            reason=row["reason"],
            amended_at=from_iso(row["amended_at"]),
            amended_by=row["amended_by"],
        )
        for row in rows
    ]


def first_recorded(db: Database, patient_id: int) -> Patient:
    """The patient's details as first recorded, before any correction."""
    rows = list(db.query("SELECT * FROM patients WHERE id = ?", [patient_id]))
    if not rows:
        raise KeyError(f"no patient {patient_id}")
    return _patient(rows[0])


def get_patient(db: Database, patient_id: int) -> Patient:
    rows = list(db.query(f"SELECT * FROM {current_table(db)} WHERE id = ?", [patient_id]))
    if not rows:
        raise KeyError(f"no patient {patient_id}")
    return _patient(rows[0])


def find_patients(db: Database, text: str = "", limit: int = 200) -> list[Patient]:
    """Patients whose (current) family name, given name or MRN contains `text`, or whose date of birth starts
    with it."""
    table = current_table(db)
    needle = " ".join(text.split())
    if not needle:
        rows = db.query(
            f"SELECT * FROM {table} ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE LIMIT ?",
            [limit],
        )
    else:
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = db.query(
            f"""SELECT * FROM {table}
               WHERE family_name LIKE :like ESCAPE '\\' OR given_name LIKE :like ESCAPE '\\'
                  OR (family_name || ', ' || given_name) LIKE :like ESCAPE '\\'
                  OR (given_name || ' ' || family_name) LIKE :like ESCAPE '\\'
                  OR mrn LIKE :like ESCAPE '\\' OR date_of_birth LIKE :prefix ESCAPE '\\'
               ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE LIMIT :limit""",
            {"like": like, "prefix": like[1:], "limit": limit},
        )
    return [_patient(row) for row in rows]
