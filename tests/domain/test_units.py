"""Rate, concentration and volume conversions, and the one rounding policy."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain import units
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.units import RateUnit, RoundingPolicy

CONCENTRATIONS = [Decimal(3), Decimal(5), Decimal(6), Decimal(9), Decimal(10), Decimal(12)]

positive_decimals = st.decimals(
    min_value=Decimal("0.0001"), max_value=Decimal(1000), places=4, allow_nan=False, allow_infinity=False
)
rates = st.fractions(min_value=Fraction(1, 10_000), max_value=Fraction(50), max_denominator=10_000)
weights = st.decimals(min_value=Decimal(2), max_value=Decimal(350), places=2)
concentrations = st.sampled_from(CONCENTRATIONS)
resolutions = st.sampled_from([Decimal("0.01"), Decimal("0.1"), Decimal("0.5"), Decimal(1)])


def test_reference_conversions_for_10_percent() -> None:
    """ivig-domain.md: 10% = 100 mg/mL: 1 mg/kg/min = 0.01 mL/kg/min = 0.6 mL/kg/h."""
    assert units.concentration_mg_per_ml(Decimal(10)) == 100
    assert units.from_mg_per_kg_min(1, RateUnit.ML_PER_KG_MIN, Decimal(10)) == Fraction(1, 100)
    assert units.from_mg_per_kg_min(1, RateUnit.ML_PER_KG_H, Decimal(10)) == Fraction(3, 5)
    assert units.from_mg_per_kg_min(1, RateUnit.MG_PER_KG_H, Decimal(10)) == 60


def test_reference_conversions_for_5_percent() -> None:
    """ivig-domain.md: 5% = 50 mg/mL: 1 mg/kg/min = 0.02 mL/kg/min."""
    assert units.from_mg_per_kg_min(1, RateUnit.ML_PER_KG_MIN, Decimal(5)) == Fraction(1, 50)
    assert units.from_mg_per_kg_min(1, RateUnit.ML_PER_KG_H, Decimal(5)) == Fraction(6, 5)


def test_label_figures_convert_exactly() -> None:
    # Gammagard Liquid: 0.5 mL/kg/h = 0.8333... mg/kg/min (the label rounds it to 0.8); 5 mL/kg/h = 8.333...
    assert units.to_mg_per_kg_min(Decimal("0.5"), RateUnit.ML_PER_KG_H, Decimal(10)) == Fraction(5, 6)
    # Gammagard Liquid MMN/CIDP: 5.4 mL/kg/h = 9 mg/kg/min exactly
    assert units.to_mg_per_kg_min(Decimal("5.4"), RateUnit.ML_PER_KG_H, Decimal(10)) == 9
    # Octagam 5%: 200 mg/kg/h = 3.333... mg/kg/min
    assert units.to_mg_per_kg_min(Decimal(200), RateUnit.MG_PER_KG_H, Decimal(5)) == Fraction(10, 3)
    # Gammaplex 10%: 0.08 mL/kg/min = 8 mg/kg/min
    assert units.to_mg_per_kg_min(Decimal("0.08"), RateUnit.ML_PER_KG_MIN, Decimal(10)) == 8


def test_pump_rate_for_a_patient() -> None:
    """Pump mL/h = mL/kg/min x kg x 60: 8 mg/kg/min of a 10% product for 72.5 kg = 348 mL/h."""
    assert units.mg_per_kg_min_to_ml_per_h(8, Decimal(10), Decimal("72.5")) == 348
    assert units.ml_per_h_to_mg_per_kg_min(348, Decimal(10), Decimal("72.5")) == 8


def test_volumes_and_times() -> None:
    assert units.grams_to_ml(Decimal(30), Decimal(10)) == 300
    assert units.grams_to_ml(Decimal(30), Decimal(5)) == 600
    assert units.ml_infused(Decimal(120), 30) == 60
    assert units.minutes_to_infuse(60, Decimal(120)) == 30
    assert units.cm_to_inches(Decimal("152.4")) == 60


@given(rate=rates, unit=st.sampled_from(list(RateUnit)), percent=concentrations)
def test_rate_units_round_trip(rate: Fraction, unit: RateUnit, percent: Decimal) -> None:
    stated = units.from_mg_per_kg_min(rate, unit, percent)
    assert units.to_mg_per_kg_min(stated, unit, percent) == rate


@given(rate=rates, percent=concentrations, weight=weights)
def test_pump_rate_round_trips(rate: Fraction, percent: Decimal, weight: Decimal) -> None:
    ml_per_h = units.mg_per_kg_min_to_ml_per_h(rate, percent, weight)
    assert units.ml_per_h_to_mg_per_kg_min(ml_per_h, percent, weight) == rate


@given(volume=positive_decimals, rate=positive_decimals)
def test_volume_and_time_round_trip(volume: Decimal, rate: Decimal) -> None:
    minutes = units.minutes_to_infuse(volume, rate)
    assert units.ml_infused(rate, minutes) == Fraction(volume)


@given(grams=positive_decimals, percent=concentrations)
def test_grams_and_millilitres_are_proportional(grams: Decimal, percent: Decimal) -> None:
    assert units.grams_to_ml(grams, percent) * units.concentration_mg_per_ml(percent) == Fraction(grams) * 1000


def test_pump_rounding_is_half_up() -> None:
    policy = RoundingPolicy()
    assert units.round_pump_rate(Fraction("36.25"), policy).rate_ml_per_h == Decimal("36.3")
    assert units.round_pump_rate(Fraction("36.24"), policy).rate_ml_per_h == Decimal("36.2")
    assert units.round_pump_rate(Fraction(1, 3), policy).rate_ml_per_h == Decimal("0.3")


def test_pump_rounding_never_crosses_an_inclusive_limit() -> None:
    policy = RoundingPolicy()
    result = units.round_pump_rate(Fraction("36.25"), policy, Fraction("36.25"))
    assert result.rate_ml_per_h == Decimal("36.2")
    assert result.rounded_down_for_limit
    assert "rounded DOWN" in result.note
    # exactly on the grid and at the limit: kept
    assert units.round_pump_rate(348, policy, 348).rate_ml_per_h == Decimal("348.0")


def test_pump_rounding_stays_strictly_below_an_exclusive_limit() -> None:
    policy = RoundingPolicy()
    result = units.round_pump_rate(84, policy, 84, limit_inclusive=False)
    assert result.rate_ml_per_h == Decimal("83.9")
    assert result.rounded_down_for_limit


def test_pump_resolution_is_configurable() -> None:
    policy = RoundingPolicy(pump_resolution_ml_per_h=Decimal(1))
    assert units.round_pump_rate(Fraction("36.5"), policy).rate_ml_per_h == 37
    assert units.round_pump_rate(Fraction("36.5"), policy, Fraction("36.9")).rate_ml_per_h == 36


def test_a_rate_below_the_pump_resolution_is_refused() -> None:
    with pytest.raises(DomainError, match="below the pump resolution"):
        units.round_pump_rate(Fraction(1, 100), RoundingPolicy())
    with pytest.raises(DomainError, match=r"No rate at the pump resolution of 1 mL/h respects the cap of 0\.9 mL/h"):
        units.round_pump_rate(Fraction(9, 10), RoundingPolicy(Decimal(1)), Fraction(9, 10), limit_name="cap")


@given(
    value=st.fractions(min_value=Fraction(1), max_value=Fraction(2000), max_denominator=1000),
    resolution=resolutions,
    headroom=st.fractions(min_value=Fraction(0), max_value=Fraction(5), max_denominator=1000),
    inclusive=st.booleans(),
)
def test_pump_rounding_properties(value: Fraction, resolution: Decimal, headroom: Fraction, inclusive: bool) -> None:
    policy = RoundingPolicy(pump_resolution_ml_per_h=resolution)
    limit = value + headroom
    if not inclusive and limit == value:
        limit += Fraction(resolution)
    try:
        result = units.round_pump_rate(value, policy, limit, limit_inclusive=inclusive)
    except DomainError:
        assert value < 2 * Fraction(resolution)  # only rates too small for the pump are refused
        return
    rounded = Fraction(result.rate_ml_per_h)
    step = Fraction(resolution)
    assert (rounded / step).denominator == 1  # on the pump's grid
    assert rounded <= limit if inclusive else rounded < limit  # never across the limit
    assert abs(rounded - value) <= step  # at most one resolution step away
    if not result.rounded_down_for_limit:
        assert abs(rounded - value) <= step / 2  # half-up otherwise


def test_display_helpers() -> None:
    assert units.show(Fraction(5, 6), 4) == "~0.8333"
    assert units.show(Decimal("36.250")) == "36.25"
    assert units.show(Decimal(100)) == "100"
    assert units.trimmed(Fraction(8), 4) == Decimal(8)
    assert units.plain(Decimal("348.0")) == "348.0"
    assert units.round_half_up(Fraction(5, 2), 0) == 3
    assert units.round_down(Fraction(29, 10), 0) == 2
    assert units.round_up_minutes(Fraction(121, 2)) == 61
