"""Corrections of people's details (d-faults' `detail_corrections`): the session's patient and the nurses named in
it, each detail changed with its earlier and its corrected value (the other tables hold the details as they are)."""

from __future__ import annotations

from ivig_desktop.reports import text
from ivig_desktop.reports.tables.base import SESSION, Table, cols

DETAIL_CORRECTIONS = Table(
    "detail_corrections",
    "One row per detail changed by a correction of the session's patient or of a nurse named in it, oldest first: "
    "the earlier value and the corrected one (the other tables show the details as they are now). A detail the "
    "export leaves out (`--exclude`) is left out here too.",
    cols(
        SESSION,
        ("subject", "patient or nurse."),
        ("subject_id", "The patient's or the nurse's number in this database."),
        ("correction_id", "The correction's number (one correction may change several details)."),
        (
            "field",
            "family_name, given_name, date_of_birth, mrn, sex, height_cm, allergies, name, credentials or staff_id.",
        ),
        ("before", "The value before this correction (empty: none)."),
        ("after", "The value after it (empty: none)."),
        ("amended_at", "When the correction was written (UTC)."),
        ("amended_by", "Nurse who corrected it."),
        ("reason", "Why."),
    ),
    lambda s: [
        {
            "session_id": s.session_id,
            "subject": line.subject,
            "subject_id": line.subject_id,
            "correction_id": line.correction_id,
            "field": line.field,
            "before": line.before,
            "after": line.after,
            "amended_at": text.utc_iso(line.amended_at),
            "amended_by": line.amended_by,
            "reason": line.reason,
        }
        for line in s.corrections
    ],
    detail_column="field",
)
