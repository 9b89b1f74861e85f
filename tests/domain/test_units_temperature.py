from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain.units import celsius_from_fahrenheit, fahrenheit_from_celsius


@pytest.mark.parametrize(
    ("fahrenheit", "celsius"),
    [
        ("32", "0.0"),
        ("98.6", "37.0"),
        ("100.4", "38.0"),
        ("101", "38.3"),  # 38.333...
        ("99.5", "37.5"),
        ("89.6", "32.0"),
        ("109.4", "43.0"),
        ("100.3", "37.9"),  # 37.944...: rounds down
        ("100.39", "38.0"),  # 37.994... -> 38.0
        ("32.09", "0.1"),  # exactly 0.05 -> half-up to 0.1
        ("31.91", "-0.1"),  # exactly -0.05 -> away from zero
        ("-40", "-40.0"),
    ],
)
def test_fahrenheit_to_celsius(fahrenheit: str, celsius: str) -> None:
    result = celsius_from_fahrenheit(Decimal(fahrenheit))
    assert result == Decimal(celsius)
    assert str(result) == celsius


@pytest.mark.parametrize(("celsius", "fahrenheit"), [("37.0", "98.6"), ("38.0", "100.4"), ("38.2", "100.8")])
def test_celsius_to_fahrenheit(celsius: str, fahrenheit: str) -> None:
    assert str(fahrenheit_from_celsius(Decimal(celsius))) == fahrenheit


def test_refuses_infinite_values() -> None:
    with pytest.raises(ValueError, match="finite"):
        celsius_from_fahrenheit(Decimal("Infinity"))
    with pytest.raises(ValueError, match="finite"):
        fahrenheit_from_celsius(Decimal("NaN"))


@given(st.decimals(min_value=-100, max_value=100, places=1))
def test_celsius_round_trips_through_fahrenheit(celsius: Decimal) -> None:
    assert celsius_from_fahrenheit(fahrenheit_from_celsius(celsius)) == celsius


@given(st.decimals(min_value=-200, max_value=300, places=2))
def test_conversion_is_within_half_a_step_of_exact(fahrenheit: Decimal) -> None:
    from fractions import Fraction

    exact = (Fraction(fahrenheit) - 32) * Fraction(5, 9)
    result = celsius_from_fahrenheit(fahrenheit)
    assert abs(Fraction(result) - exact) <= Fraction(1, 20)
    assert result == result.quantize(Decimal("0.1"))


@given(st.decimals(min_value=0, max_value=150, places=1), st.decimals(min_value=0, max_value=150, places=1))
def test_conversion_is_monotonic(a: Decimal, b: Decimal) -> None:
    if a <= b:
        assert celsius_from_fahrenheit(a) <= celsius_from_fahrenheit(b)
