"""Corrections of people's details: a patient's identity and a nurse's profile, amended with a reason.

Like every correction in the record, a correction of details is appended, never written over: the patient (or
nurse) row stays as it was first recorded, each correction is a new row holding the whole set of details as
corrected, with its reason, author and time, and the newest one is what the app shows everywhere. The earlier
values stay in the history, the audit trail and the exports.

What can be corrected: a patient's family and given name, date of birth, MRN, sex, height and allergies (the
weight is measured at each visit, not corrected); a nurse's name, credentials and licence or staff number (e-records'
`staff_id`, her identifier in records and FHIR exports). A correction must change
something and must say why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ivig_desktop.domain.errors import FieldErrors, ValidationError
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.people import NurseProfile, PatientDetails, new_nurse_profile, new_patient_details

msg = messages(__name__)

REASON_MAX_CHARS = 1000
PATIENT_FIELDS = ("family_name", "given_name", "date_of_birth", "mrn", "sex", "height_cm", "allergies")
FIELD_LABELS = {
    "family_name": msg("Family name"),
    "given_name": msg("Given name"),
    "date_of_birth": msg("Date of birth"),
    "mrn": msg("MRN"),
    "sex": msg("Sex"),
    "height_cm": msg("Height (cm)"),
    "allergies": msg("Allergies"),
    "name": msg("Name"),
    "credentials": msg("Credentials"),
    "staff_id": msg("Licence or staff number"),
}


@dataclass(frozen=True)
class Correction:
    """One stored correction of a person's details: what they became, why, by whom and when."""

    id: int
    subject_id: int  # the patient's or the nurse's id
    values: dict[str, str | None]  # every correctable field as corrected (stored text: ISO dates, decimals)
    reason: str
    amended_at: datetime
    amended_by: int


@dataclass(frozen=True)
class Change:
    field: str
    before: str | None
    after: str | None

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


def validate_reason(reason: str) -> str:
    clean = " ".join(reason.split())
    if not clean:
        raise ValidationError.one("reason", msg("Say why the details are corrected (for example: typo in the name)."))
    if len(clean) > REASON_MAX_CHARS:
        raise ValidationError.one(
            "reason",
            msg("The reason must be at most {reason_max_chars} characters.", reason_max_chars=REASON_MAX_CHARS),
        )
    return clean


def patient_values(details: PatientDetails) -> dict[str, str | None]:
    """The correctable details as stored text."""
    return {
        "family_name": details.family_name,
        "given_name": details.given_name,
        "date_of_birth": details.date_of_birth.isoformat(),
        "mrn": details.mrn,
        "sex": details.sex.value,
        "height_cm": str(details.height_cm) if details.height_cm is not None else None,
        "allergies": details.allergies,
    }


def correct_patient(
    current: PatientDetails,
    *,
    family_name: str,
    given_name: str,
    date_of_birth: str | date,
    mrn: str,
    sex: str,
    height_cm: str | Decimal | None,
    allergies: str,
    reason: str,
    today: date,
) -> tuple[PatientDetails, str]:
    """The patient's details as corrected, and the reason; every bad field is reported at once, and a correction
    that changes nothing is refused."""
    errors = FieldErrors()
    corrected: PatientDetails | None = None
    try:
        corrected = new_patient_details(
            family_name=family_name,
            given_name=given_name,
            date_of_birth=date_of_birth,
            mrn=mrn,
            sex=sex,
            height_cm=height_cm,
            weight_kg=current.weight_kg,  # not corrected here
            allergies=allergies,
            today=today,
        )
    except ValidationError as error:
        errors.capture(error)
    clean_reason = ""
    try:
        clean_reason = validate_reason(reason)
    except ValidationError as error:
        errors.capture(error)
    errors.raise_if_any()
    assert corrected is not None
    if patient_values(corrected) == patient_values(current):
        raise ValidationError.one("family_name", msg("Nothing was changed: correct at least one detail."))
    return corrected, clean_reason


def correct_nurse(
    current: NurseProfile, *, name: str, credentials: str, reason: str, staff_id: str | None = None
) -> tuple[NurseProfile, str]:
    """A nurse's profile as corrected, and the reason; `staff_id` None keeps the current licence or staff number."""
    errors = FieldErrors()
    corrected: NurseProfile | None = None
    try:
        corrected = new_nurse_profile(name, credentials, current.staff_id if staff_id is None else staff_id)
    except ValidationError as error:
        errors.capture(error)
    clean_reason = ""
    try:
        clean_reason = validate_reason(reason)
    except ValidationError as error:
        errors.capture(error)
    errors.raise_if_any()
    assert corrected is not None
    if nurse_values(corrected) == nurse_values(current):
        raise ValidationError.one("name", msg("Nothing was changed: correct the name, the credentials or the number."))
    return corrected, clean_reason


def changes(before: dict[str, str | None], after: dict[str, str | None]) -> list[Change]:
    """What a correction changed, field by field, in the order of the fields."""
    return [Change(name, before.get(name), after.get(name)) for name in after if before.get(name) != after.get(name)]


def nurse_values(profile: NurseProfile) -> dict[str, str | None]:
    return {"name": profile.name, "credentials": profile.credentials, "staff_id": profile.staff_id or None}
