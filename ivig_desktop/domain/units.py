"""Unit conversions. Nothing else in the app converts units.

Temperature. The exact relation is °C = (°F - 32) x 5/9 and °F = °C x 9/5 + 32. The arithmetic is done in
`Fraction`, so nothing is lost on the way; the result is then rounded once, half-up (a tie goes away from
zero), to 0.1 of the target unit: a thermometer's resolution, and the precision at which temperatures are
stored (°C) and shown. With 0.1-degree inputs the round trip °C -> °F -> °C gives back the same °C.
For example 100.4 °F = 38.0 °C exactly; 101.0 °F = 38.333... °C -> 38.3 °C; 99.5 °F = 37.5 °C exactly.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

TEMPERATURE_STEP = Decimal("0.1")
_FAHRENHEIT_OFFSET = Fraction(32)
_CELSIUS_PER_FAHRENHEIT = Fraction(5, 9)


def _tenths_half_up(value: Fraction) -> Decimal:
    """`value` rounded half-up (ties away from zero) to one decimal place, as an exact Decimal."""
    scaled = abs(value) * 10
    tenths = int(scaled)  # floor, since scaled >= 0
    if scaled - tenths >= Fraction(1, 2):
        tenths += 1
    result = Decimal(tenths).scaleb(-1)
    return -result if value < 0 else result


def celsius_from_fahrenheit(temperature_f: Decimal) -> Decimal:
    """°F to °C: (°F - 32) x 5/9, exact, then rounded half-up to 0.1 °C."""
    if not temperature_f.is_finite():
        raise ValueError(f"not a finite temperature: {temperature_f}")
    return _tenths_half_up((Fraction(temperature_f) - _FAHRENHEIT_OFFSET) * _CELSIUS_PER_FAHRENHEIT)


def fahrenheit_from_celsius(temperature_c: Decimal) -> Decimal:
    """°C to °F: °C x 9/5 + 32, exact, then rounded half-up to 0.1 °F."""
    if not temperature_c.is_finite():
        raise ValueError(f"not a finite temperature: {temperature_c}")
    return _tenths_half_up(Fraction(temperature_c) / _CELSIUS_PER_FAHRENHEIT + _FAHRENHEIT_OFFSET)
