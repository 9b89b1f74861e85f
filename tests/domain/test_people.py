from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.people import Sex, new_nurse_profile, new_patient_details, parse_date_of_birth

TODAY = date(2026, 11, 24)


def patient_fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "family_name": "Doe",
        "given_name": "Jane",
        "date_of_birth": "1956-03-12",
        "mrn": "MRN-001",
        "sex": "F",
        "height_cm": "165",
        "weight_kg": "72.5",
        "allergies": "Penicillin (rash)",
        "today": TODAY,
    }
    fields.update(overrides)
    return fields


def test_valid_patient_is_cleaned_and_exact() -> None:
    details = new_patient_details(**patient_fields(family_name="  Doe ", weight_kg="72,5", mrn="  "))
    assert details.family_name == "Doe"
    assert details.weight_kg == Decimal("72.5")
    assert details.height_cm == Decimal("165")
    assert details.mrn is None
    assert details.sex is Sex.FEMALE
    assert details.display_name == "DOE, Jane"
    assert details.age_years(TODAY) == 70


def test_height_is_optional() -> None:
    assert new_patient_details(**patient_fields(height_cm="")).height_cm is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("family_name", "   ", "Family name is required."),
        ("given_name", "", "Given name is required."),
        ("date_of_birth", "", "Date of birth is required (YYYY-MM-DD)."),
        ("date_of_birth", "1956-02-30", "is not a real date"),
        ("date_of_birth", "12/03/1956", "type it as YYYY-MM-DD"),
        ("date_of_birth", "2026-11-25", "cannot be in the future"),
        ("date_of_birth", "1895-12-31", "on or after 1896-01-01"),
        ("weight_kg", "", "Weight is required."),
        ("weight_kg", "seventy", "Weight must be a number"),
        ("weight_kg", "1.9", "Weight must be between 2 and 350 kg."),
        ("weight_kg", "350.1", "Weight must be between 2 and 350 kg."),
        ("weight_kg", "NaN", "Weight must be a number"),
        ("height_cm", "39", "Height must be between 40 and 250 cm."),
        ("height_cm", "251", "Height must be between 40 and 250 cm."),
        ("allergies", " ", "record NKDA if none are known"),
        ("sex", "Q", "Sex must be F, M or U"),
        ("mrn", "X" * 41, "MRN must be at most 40 characters."),
    ],
)
def test_bad_patient_field_is_named_with_a_clear_message(field: str, value: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        new_patient_details(**patient_fields(**{field: value}))
    assert set(caught.value.errors) == {field}
    assert message in caught.value.errors[field]


def test_every_bad_field_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        new_patient_details(**patient_fields(family_name="", weight_kg="0", allergies=""))
    assert set(caught.value.errors) == {"family_name", "weight_kg", "allergies"}


def test_limits_are_inclusive() -> None:
    assert new_patient_details(**patient_fields(weight_kg="2", height_cm="40")).weight_kg == 2
    assert new_patient_details(**patient_fields(weight_kg="350", height_cm="250")).height_cm == 250
    assert parse_date_of_birth("2026-11-24", TODAY) == TODAY


def test_nurse_profile_requires_name_and_credentials() -> None:
    assert new_nurse_profile(" Ana  Lima ", "RN").display_name == "Ana Lima, RN"
    with pytest.raises(ValidationError) as caught:
        new_nurse_profile("", "")
    assert set(caught.value.errors) == {"name", "credentials"}


@given(st.text(max_size=30))
def test_any_typed_weight_is_accepted_in_range_or_refused_with_a_message(text: str) -> None:
    try:
        details = new_patient_details(**patient_fields(weight_kg=text))
    except ValidationError as error:
        assert set(error.errors) == {"weight_kg"}
        assert error.errors["weight_kg"].startswith("Weight")
    else:
        assert Decimal(2) <= details.weight_kg <= Decimal(350)


def test_a_licence_or_staff_number_is_optional_and_checked() -> None:
    assert new_nurse_profile("Ana Lima", "RN", " RN-204518 ").staff_id == "RN-204518"
    assert new_nurse_profile("Ana Lima", "RN").staff_id == ""
    with pytest.raises(ValidationError) as error:
        new_nurse_profile("Ana Lima", "RN", "RN 204518; drop")
    assert "staff_id" in error.value.errors
