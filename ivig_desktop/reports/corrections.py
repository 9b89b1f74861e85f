"""Corrections of people's details as lines for the history, the audit trail and the exports: what changed,
from what to what, when, by whom and why (the earlier values are never lost: see domain/corrections.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from ivig_desktop.domain.corrections import FIELD_LABELS, changes, nurse_values, patient_values
from ivig_desktop.domain.corrections import Correction as StoredCorrection
from ivig_desktop.store import nurses, patients
from ivig_desktop.store.sql import Database


@dataclass(frozen=True)
class CorrectionLine:
    """One field changed by one correction."""

    subject: str  # "patient" or "nurse"
    subject_id: int
    correction_id: int
    amended_at: datetime
    amended_by_id: int
    amended_by: str  # the nurse's name and credentials as they are now
    field: str
    before: str | None
    after: str | None
    reason: str

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


def _lines(
    db: Database, subject: str, subject_id: int, first: dict[str, str | None], stored: Iterable[StoredCorrection]
) -> list[CorrectionLine]:
    lines = []
    before = first
    for correction in stored:
        try:
            by = nurses.get_nurse(db, correction.amended_by).display_name
        except KeyError:
            by = f"nurse {correction.amended_by}"
        for change in changes(before, correction.values):
            lines.append(
                CorrectionLine(
                    subject,
                    subject_id,
                    correction.id,
                    correction.amended_at,
                    correction.amended_by,
                    by,
                    change.field,
                    change.before,
                    change.after,
                    correction.reason,
                )
            )
        before = correction.values
    return lines


def patient_corrections(db: Database, patient_id: int) -> list[CorrectionLine]:
    """Every change of a patient's details, oldest first."""
    first = patient_values(patients.first_recorded(db, patient_id))
    return _lines(db, "patient", patient_id, first, patients.corrections(db, patient_id))


def nurse_corrections(db: Database, nurse_id: int) -> list[CorrectionLine]:
    """Every change of a nurse's name, credentials or licence or staff number, oldest first."""
    first = nurse_values(nurses.first_recorded(db, nurse_id))
    return _lines(db, "nurse", nurse_id, first, nurses.corrections(db, nurse_id))


def people_corrections(db: Database, patient_id: int, nurse_ids: Iterable[int]) -> tuple[CorrectionLine, ...]:
    """The corrections of a patient's details and of the profiles of the nurses named, in the order made."""
    lines = patient_corrections(db, patient_id)
    for nurse_id in sorted(set(nurse_ids)):
        try:
            lines += nurse_corrections(db, nurse_id)
        except KeyError:
            continue
    return tuple(sorted(lines, key=lambda line: line.amended_at))  # (stable: the patient first at the same time)


def describe(line: CorrectionLine) -> str:
    return f"{line.label}: {line.before or '—'} → {line.after or '—'}"
