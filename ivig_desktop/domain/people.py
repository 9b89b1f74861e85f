"""Nurses and patients: the values a nurse types, validated with messages she can act on."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from ivig_desktop.domain.errors import FieldErrors, ValidationError
from ivig_desktop.domain.message import messages

msg = messages(__name__)

if TYPE_CHECKING:
    from ivig_desktop.domain import body

# domain.body (dosing weights) is imported where a patient's measurements are used: the sign-in, which lists
# nurses, does without it.

NAME_MAX_CHARS = 100
CREDENTIALS_MAX_CHARS = 40
MRN_MAX_CHARS = 40
ALLERGIES_MAX_CHARS = 1000
STAFF_ID_MAX_CHARS = 40
_STAFF_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9./-]*$")
MAX_AGE_YEARS = 130


class Sex(StrEnum):
    """Sex as used for ideal body weight (Devine): F or M; U when unknown or not stated."""

    FEMALE = "F"
    MALE = "M"
    UNKNOWN = "U"

    @property
    def label(self) -> str:
        return {Sex.FEMALE: msg("Female"), Sex.MALE: msg("Male"), Sex.UNKNOWN: msg("Unknown / not stated")}[self]

    @property
    def devine(self) -> body.Sex | None:
        """The sex for Devine's ideal body weight; None when unknown (the plan then uses the actual weight)."""
        from ivig_desktop.domain import body

        return None if self is Sex.UNKNOWN else body.Sex(self.value)


@dataclass(frozen=True)
class NurseProfile:
    """A nurse's profile as typed: name, credentials (e.g. RN) and, optionally, her licence or staff number (the
    identifier records and FHIR exports carry, in the clinic's `staff_id_system`)."""

    name: str
    credentials: str
    staff_id: str = field(default="", kw_only=True)

    @property
    def display_name(self) -> str:
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


@dataclass(frozen=True)
class Nurse(NurseProfile):
    """A stored nurse profile."""

    id: int


@dataclass(frozen=True)
class PatientDetails:
    """A patient's identifying and clinical details as typed and validated."""

    family_name: str
    given_name: str
    date_of_birth: date
    mrn: str | None
    sex: Sex
    height_cm: Decimal | None
    weight_kg: Decimal
    allergies: str

    @property
    def display_name(self) -> str:
        """Family name in capitals first, as on a wristband: 'DOE, Jane'."""
        return f"{self.family_name.upper()}, {self.given_name}"

    def age_years(self, today: date) -> int:
        had_birthday = (today.month, today.day) >= (self.date_of_birth.month, self.date_of_birth.day)
        return today.year - self.date_of_birth.year - (0 if had_birthday else 1)


@dataclass(frozen=True)
class Patient(PatientDetails):
    """A stored patient."""

    id: int


def _clean_text(value: str) -> str:
    """Collapse whitespace and drop control characters (a scanner may send a stray tab or CR)."""
    kept = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in value)
    return " ".join(kept.split())


def _required_text(errors: FieldErrors, field: str, label: str, value: str, max_chars: int) -> str:
    text = _clean_text(value)
    if not text:
        errors.add(field, msg("{label} is required.", label=label))
    elif len(text) > max_chars:
        errors.add(field, msg("{label} must be at most {max_chars} characters.", label=label, max_chars=max_chars))
    return text


def new_nurse_profile(name: str, credentials: str, staff_id: str = "") -> NurseProfile:
    errors = FieldErrors()
    clean_name = _required_text(errors, "name", msg("Name"), name, NAME_MAX_CHARS)
    clean_credentials = _required_text(
        errors, "credentials", msg("Credentials (for example RN)"), credentials, CREDENTIALS_MAX_CHARS
    )
    clean_staff_id = _clean_text(staff_id)
    if len(clean_staff_id) > STAFF_ID_MAX_CHARS:
        errors.add(
            "staff_id",
            msg(
                "Licence or staff number must be at most {staff_id_max_chars} characters.",
                staff_id_max_chars=STAFF_ID_MAX_CHARS,
            ),
        )
    elif clean_staff_id and not _STAFF_ID.match(clean_staff_id):
        errors.add(
            "staff_id",
            msg(
                "Licence or staff number: letters, digits, '-', '.' and '/' only (as on the licence), for example "
                "RN-123456."
            ),
        )
    errors.raise_if_any()
    return NurseProfile(name=clean_name, credentials=clean_credentials, staff_id=clean_staff_id)


def parse_date_of_birth(value: str | date, today: date, field: str = "date_of_birth") -> date:
    """A date of birth typed as YYYY-MM-DD, not in the future and not more than 130 years ago."""
    if isinstance(value, date):
        born = value
    else:
        text = value.strip()
        if not text:
            raise ValidationError.one(field, msg("Date of birth is required (YYYY-MM-DD)."))
        try:
            born = date.fromisoformat(text)
        except ValueError:
            raise ValidationError.one(
                field,
                msg("Date of birth '{text}' is not a real date; type it as YYYY-MM-DD, e.g. 1956-03-12.", text=text),
            ) from None
    if born > today:
        raise ValidationError.one(field, msg("Date of birth cannot be in the future."))
    earliest = date(today.year - MAX_AGE_YEARS, 1, 1)
    if born < earliest:
        raise ValidationError.one(
            field, msg("Date of birth must be on or after {earliest}.", earliest=earliest.isoformat())
        )
    return born


def new_patient_details(
    *,
    family_name: str,
    given_name: str,
    date_of_birth: str | date,
    mrn: str,
    sex: Sex | str,
    height_cm: str | Decimal | None,
    weight_kg: str | Decimal,
    allergies: str,
    today: date,
) -> PatientDetails:
    """Validate a new patient's details; every bad field is reported at once."""
    from ivig_desktop.domain.body import validate_height_cm, validate_weight_kg

    errors = FieldErrors()
    family = _required_text(errors, "family_name", msg("Family name"), family_name, NAME_MAX_CHARS)
    given = _required_text(errors, "given_name", msg("Given name"), given_name, NAME_MAX_CHARS)
    born = date(1900, 1, 1)
    try:
        born = parse_date_of_birth(date_of_birth, today)
    except ValidationError as error:
        errors.capture(error)
    clean_mrn = _clean_text(mrn) or None
    if clean_mrn is not None and len(clean_mrn) > MRN_MAX_CHARS:
        errors.add("mrn", msg("MRN must be at most {mrn_max_chars} characters.", mrn_max_chars=MRN_MAX_CHARS))
    try:
        clean_sex = Sex(sex)
    except ValueError:
        clean_sex = Sex.UNKNOWN
        errors.add("sex", msg("Sex must be F, M or U (unknown)."))
    height: Decimal | None = None
    if height_cm is not None and str(height_cm).strip():
        try:
            height = validate_height_cm(height_cm)
        except ValidationError as error:
            errors.capture(error)
    weight = Decimal(0)
    try:
        weight = validate_weight_kg(weight_kg)
    except ValidationError as error:
        errors.capture(error)
    clean_allergies = _clean_text(allergies)
    if not clean_allergies:
        errors.add("allergies", msg("Allergies are required: list them, or record NKDA if none are known."))
    elif len(clean_allergies) > ALLERGIES_MAX_CHARS:
        errors.add(
            "allergies",
            msg("Allergies must be at most {allergies_max_chars} characters.", allergies_max_chars=ALLERGIES_MAX_CHARS),
        )
    errors.raise_if_any()
    return PatientDetails(
        family_name=family,
        given_name=given,
        date_of_birth=born,
        mrn=clean_mrn,
        sex=clean_sex,
        height_cm=height,
        weight_kg=weight,
        allergies=clean_allergies,
    )
