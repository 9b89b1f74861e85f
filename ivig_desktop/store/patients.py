"""Patients."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlite_utils import Database

from ivig_desktop.domain.clock import to_iso
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.people import Patient, PatientDetails, Sex
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.database import INTEGRITY_ERRORS, write_transaction


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


def add_patient(db: Database, details: PatientDetails, created_by: int, created_at: datetime) -> Patient:
    """Store a new patient. A second patient with the same MRN is refused on the `mrn` field."""
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
        if "patients.mrn" in str(error):
            raise ValidationError.one("mrn", f"Another patient already has MRN {details.mrn}.") from error
        raise
    return Patient(id=patient_id, **vars(details))


def get_patient(db: Database, patient_id: int) -> Patient:
    rows = list(db.query("SELECT * FROM patients WHERE id = ?", [patient_id]))
    if not rows:
        raise KeyError(f"no patient {patient_id}")
    return _patient(rows[0])


def find_patients(db: Database, text: str = "", limit: int = 200) -> list[Patient]:
    """Patients whose family name, given name or MRN contains `text`, or whose date of birth starts with it."""
    needle = " ".join(text.split())
    if not needle:
        rows = db.query(
            "SELECT * FROM patients ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE LIMIT ?",
            [limit],
        )
    else:
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = db.query(
            """SELECT * FROM patients
               WHERE family_name LIKE :like ESCAPE '\\' OR given_name LIKE :like ESCAPE '\\'
                  OR (family_name || ', ' || given_name) LIKE :like ESCAPE '\\'
                  OR (given_name || ' ' || family_name) LIKE :like ESCAPE '\\'
                  OR mrn LIKE :like ESCAPE '\\' OR date_of_birth LIKE :prefix ESCAPE '\\'
               ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE LIMIT :limit""",
            {"like": like, "prefix": like[1:], "limit": limit},
        )
    return [_patient(row) for row in rows]
