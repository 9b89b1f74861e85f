"""Weight and height validation; BMI, Devine IBW, adjusted weight and the dosing-weight choice."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain.body import (
    DosingWeightMethod,
    Sex,
    adjusted_body_weight_kg,
    bmi_kg_per_m2,
    dosing_weight,
    ideal_body_weight_kg,
    validate_height_cm,
    validate_weight_kg,
)
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.units import round_half_up

weights = st.decimals(min_value=Decimal(2), max_value=Decimal(350), places=1)
heights = st.decimals(min_value=Decimal(40), max_value=Decimal(250), places=1)
sexes = st.sampled_from([Sex.F, Sex.M, None])
methods = st.sampled_from(list(DosingWeightMethod))


def test_weight_and_height_ranges() -> None:
    assert validate_weight_kg("72,5") == Decimal("72.5")
    with pytest.raises(ValidationError, match="between 2 and 350 kg"):
        validate_weight_kg("351")
    with pytest.raises(ValidationError, match="between 40 and 250 cm"):
        validate_height_cm("39")


def test_devine_by_hand() -> None:
    """170 cm / 2.54 = 66.929 in; male IBW = 50 + 2.3 x 6.929 = 65.937 kg; female 61.437 kg."""
    assert ideal_body_weight_kg(Decimal(170), Sex.M) == 50 + Fraction(23, 10) * (Fraction(170 * 100, 254) - 60)
    assert round_half_up(ideal_body_weight_kg(Decimal(170), Sex.M), 3) == Decimal("65.937")
    assert round_half_up(ideal_body_weight_kg(Decimal(170), Sex.F), 3) == Decimal("61.437")
    # 152.4 cm is exactly 60 in: IBW is the base weight
    assert ideal_body_weight_kg(Decimal("152.4"), Sex.M) == 50
    assert ideal_body_weight_kg(Decimal("152.4"), Sex.F) == Fraction(91, 2)


def test_adjusted_and_bmi_by_hand() -> None:
    """IBW 60, actual 100: adjusted = 60 + 0.4 x 40 = 76 kg. BMI of 81 kg at 180 cm = 81 / 1.8^2 = 25."""
    assert adjusted_body_weight_kg(Decimal(100), Fraction(60)) == 76
    assert bmi_kg_per_m2(Decimal(81), Decimal(180)) == 25


def test_auto_uses_adjusted_at_bmi_30_or_more() -> None:
    """120 kg, 165 cm, F: BMI = 120 / 1.65^2 = 44.1; IBW = 45.5 + 2.3 x (64.961 - 60) = 56.910 kg;
    adjusted = 56.910 + 0.4 x (120 - 56.910) = 82.146 kg."""
    result = dosing_weight(Decimal(120), Decimal(165), Sex.F, DosingWeightMethod.AUTO)
    assert result.used is DosingWeightMethod.ADJUSTED
    assert result.shown_kg == Decimal("82.15")
    assert "BMI ~44.1 >= 30, so adjusted" in result.working.text  # ~ marks a rounded figure
    assert "Devine" in result.working.source


def test_auto_uses_actual_below_bmi_30_or_without_height() -> None:
    normal = dosing_weight(Decimal(70), Decimal(175), Sex.M, DosingWeightMethod.AUTO)
    assert normal.used is DosingWeightMethod.ACTUAL and normal.weight_kg == 70
    no_height = dosing_weight(Decimal(130), None, None, DosingWeightMethod.AUTO)
    assert no_height.used is DosingWeightMethod.ACTUAL
    assert "height unknown" in no_height.working.text


def test_auto_without_sex_falls_back_to_actual_and_says_why() -> None:
    result = dosing_weight(Decimal(120), Decimal(165), None, DosingWeightMethod.AUTO)
    assert result.used is DosingWeightMethod.ACTUAL
    assert result.weight_kg == 120
    assert any("sex is not given" in warning for warning in result.warnings)


def test_ideal_or_adjusted_needs_height_and_sex() -> None:
    with pytest.raises(ValidationError) as caught:
        dosing_weight(Decimal(80), None, None, DosingWeightMethod.IDEAL)
    assert set(caught.value.errors) == {"height_cm", "sex"}
    with pytest.raises(ValidationError, match="Sex"):
        dosing_weight(Decimal(80), Decimal(170), None, DosingWeightMethod.ADJUSTED)


def test_dosing_weight_is_never_above_actual() -> None:
    """A thin man, 50 kg at 185 cm: IBW 79.5 kg > actual, so the actual weight is used."""
    result = dosing_weight(Decimal(50), Decimal(185), Sex.M, DosingWeightMethod.IDEAL)
    assert result.used is DosingWeightMethod.ACTUAL
    assert result.weight_kg == 50
    assert "never above the actual weight" in result.working.text


def test_very_short_stature_has_no_devine_weight() -> None:
    with pytest.raises(ValidationError, match="not defined"):
        dosing_weight(Decimal(20), Decimal(60), Sex.F, DosingWeightMethod.IDEAL)
    result = dosing_weight(Decimal(20), Decimal(60), Sex.F, DosingWeightMethod.AUTO)
    assert result.used is DosingWeightMethod.ACTUAL  # BMI 55.6 but no IBW: actual, with a warning
    assert result.warnings


def test_short_stature_warns_that_devine_is_extrapolated() -> None:
    result = dosing_weight(Decimal(80), Decimal(150), Sex.F, DosingWeightMethod.ADJUSTED)
    assert any("extrapolated" in warning for warning in result.warnings)


@given(weight=weights, height=heights, sex=sexes, method=methods)
def test_dosing_weight_properties(
    weight: Decimal, height: Decimal, sex: Sex | None, method: DosingWeightMethod
) -> None:
    try:
        result = dosing_weight(weight, height, sex, method)
    except ValidationError as error:
        assert method in (DosingWeightMethod.IDEAL, DosingWeightMethod.ADJUSTED)
        assert set(error.errors) <= {"height_cm", "sex"}
        return
    assert 0 < result.weight_kg <= weight
    assert result.used is not DosingWeightMethod.AUTO
    if result.used is DosingWeightMethod.ADJUSTED:
        assert result.ideal_kg is not None
        assert result.ideal_kg <= result.weight_kg <= weight
    assert result.working.result.endswith(f"({result.used.value})")
