"""Every unit conversion of the app, and its one rounding policy. Nothing else converts units.

Exactness: inputs and outputs are `Decimal`; the arithmetic here is done in `Fraction`, so no conversion
loses anything. Rounding happens once, when a number is shown or programmed, by `RoundingPolicy`.

Rates. A label states its rates in one of four units (`RateUnit`). With the concentration c in mg/mL
(c = percent x 10, so 10% = 100 mg/mL and 5% = 50 mg/mL):

    mg/kg/min = mg/kg/h / 60 = mL/kg/min x c = mL/kg/h x c / 60
    mL/kg/h   = mg/kg/min x 60 / c
    pump mL/h = mL/kg/h x kg      (per-kg weight: actual, unless the clinic chooses the dosing weight)

So at 10%, 1 mg/kg/min = 0.01 mL/kg/min = 0.6 mL/kg/h; at 5%, 1 mg/kg/min = 0.02 mL/kg/min = 1.2 mL/kg/h.

Pump rates are rounded half-up to the pump resolution (default 0.1 mL/h), except that a rounded rate never
crosses the limit that applies to it: if half-up would put it above the limit (or at it, when the label
requires a rate strictly below a value), it is rounded down instead.

Temperature. The exact relation is °C = (°F - 32) x 5/9 and °F = °C x 9/5 + 32. The arithmetic is done in
`Fraction`, so nothing is lost on the way; the result is then rounded once, half-up (a tie goes away from
zero), to 0.1 of the target unit: a thermometer's resolution, and the precision at which temperatures are
stored (°C) and shown. With 0.1-degree inputs the round trip °C -> °F -> °C gives back the same °C.
For example 100.4 °F = 38.0 °C exactly; 101.0 °F = 38.333... °C -> 38.3 °C; 99.5 °F = 37.5 °C exactly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal, localcontext
from enum import StrEnum
from fractions import Fraction

from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.message import messages

msg = messages(__name__)

Exact = Fraction | Decimal | int

MG_PER_ML_PER_PERCENT = Fraction(10)
MIN_PER_H = Fraction(60)
CM_PER_INCH = Fraction(254, 100)
CM_PER_M = Fraction(100)
MG_PER_G = Fraction(1000)


class RateUnit(StrEnum):
    """The units in which labels state infusion rates."""

    MG_PER_KG_MIN = "mg/kg/min"
    MG_PER_KG_H = "mg/kg/h"
    ML_PER_KG_MIN = "mL/kg/min"
    ML_PER_KG_H = "mL/kg/h"


def exact(value: Exact) -> Fraction:
    """A Decimal, int or Fraction as an exact Fraction (never through float)."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if not value.is_finite():
        raise ValueError(f"not a finite number: {value}")
    return Fraction(value)


def concentration_mg_per_ml(concentration_percent: Exact) -> Fraction:
    """Concentration in mg/mL from percent (w/v): 10% = 100 mg/mL."""
    percent = exact(concentration_percent)
    if percent <= 0:
        raise ValueError("concentration must be positive")
    return percent * MG_PER_ML_PER_PERCENT


def to_mg_per_kg_min(value: Exact, unit: RateUnit, concentration_percent: Exact) -> Fraction:
    """A rate stated in `unit` as mg/kg/min."""
    rate = exact(value)
    conc = concentration_mg_per_ml(concentration_percent)
    if unit is RateUnit.MG_PER_KG_MIN:
        return rate
    if unit is RateUnit.MG_PER_KG_H:
        return rate / MIN_PER_H
    if unit is RateUnit.ML_PER_KG_MIN:
        return rate * conc
    return rate * conc / MIN_PER_H


def from_mg_per_kg_min(rate_mg_per_kg_min: Exact, unit: RateUnit, concentration_percent: Exact) -> Fraction:
    """A rate in mg/kg/min stated in `unit`; the inverse of `to_mg_per_kg_min`."""
    rate = exact(rate_mg_per_kg_min)
    conc = concentration_mg_per_ml(concentration_percent)
    if unit is RateUnit.MG_PER_KG_MIN:
        return rate
    if unit is RateUnit.MG_PER_KG_H:
        return rate * MIN_PER_H
    if unit is RateUnit.ML_PER_KG_MIN:
        return rate / conc
    return rate * MIN_PER_H / conc


def mg_per_kg_min_to_ml_per_kg_h(rate_mg_per_kg_min: Exact, concentration_percent: Exact) -> Fraction:
    return from_mg_per_kg_min(rate_mg_per_kg_min, RateUnit.ML_PER_KG_H, concentration_percent)


def ml_per_kg_h_to_ml_per_h(rate_ml_per_kg_h: Exact, weight_kg: Exact) -> Fraction:
    """Pump rate for this patient: mL/kg/h x kg."""
    return exact(rate_ml_per_kg_h) * exact(weight_kg)


def mg_per_kg_min_to_ml_per_h(rate_mg_per_kg_min: Exact, concentration_percent: Exact, weight_kg: Exact) -> Fraction:
    """Pump rate (exact, before rounding) for a per-kg rate: mg/kg/min x 60 / c x kg."""
    return ml_per_kg_h_to_ml_per_h(mg_per_kg_min_to_ml_per_kg_h(rate_mg_per_kg_min, concentration_percent), weight_kg)


def ml_per_h_to_mg_per_kg_min(rate_ml_per_h: Exact, concentration_percent: Exact, weight_kg: Exact) -> Fraction:
    """The per-kg rate a pump rate delivers to this patient; the inverse of `mg_per_kg_min_to_ml_per_h`."""
    weight = exact(weight_kg)
    if weight <= 0:
        raise ValueError("weight must be positive")
    ml_per_kg_h = exact(rate_ml_per_h) / weight
    return to_mg_per_kg_min(ml_per_kg_h, RateUnit.ML_PER_KG_H, concentration_percent)


def grams_to_ml(dose_g: Exact, concentration_percent: Exact) -> Fraction:
    """Volume of a dose: g x 1000 / c (mg/mL). 10 g of a 10% product is 100 mL."""
    return exact(dose_g) * MG_PER_G / concentration_mg_per_ml(concentration_percent)


def ml_infused(rate_ml_per_h: Exact, minutes: Exact) -> Fraction:
    """Volume a pump delivers at `rate_ml_per_h` in `minutes`."""
    return exact(rate_ml_per_h) * exact(minutes) / MIN_PER_H


def minutes_to_infuse(volume_ml: Exact, rate_ml_per_h: Exact) -> Fraction:
    """Time for a pump at `rate_ml_per_h` to deliver `volume_ml`; the inverse of `ml_infused`."""
    rate = exact(rate_ml_per_h)
    if rate <= 0:
        raise ValueError("rate must be positive")
    return exact(volume_ml) * MIN_PER_H / rate


def cm_to_inches(length_cm: Exact) -> Fraction:
    """1 inch = 2.54 cm exactly."""
    return exact(length_cm) / CM_PER_INCH


def cm_to_m(length_cm: Exact) -> Fraction:
    return exact(length_cm) / CM_PER_M


# --- rounding ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundingPolicy:
    """The one rounding policy. Only pump rates are programmed; the other places are for display.

    - pump rates: half-up to `pump_resolution_ml_per_h`, never across their limit (see `round_pump_rate`);
    - per-kg rates (mg/kg/min, mL/kg/h, mL/kg/min): `per_kg_rate_places` decimals, half-up;
    - weights (kg), doses (g), BMI: `weight_places`, `dose_places`, `bmi_places` decimals, half-up;
    - volumes (mL): `volume_places` decimals, half-up;
    - durations: whole minutes, rounded up (an estimate the chair is booked for).
    """

    pump_resolution_ml_per_h: Decimal = Decimal("0.1")
    per_kg_rate_places: int = 4
    weight_places: int = 2
    dose_places: int = 2
    volume_places: int = 1
    bmi_places: int = 1

    def __post_init__(self) -> None:
        if not self.pump_resolution_ml_per_h.is_finite() or self.pump_resolution_ml_per_h <= 0:
            raise ValueError("pump resolution must be a positive number of mL/h")


@dataclass(frozen=True)
class PumpRate:
    """A pump rate as programmed (`rate_ml_per_h`), the exact rate it came from, and how it was rounded."""

    rate_ml_per_h: Decimal
    exact_ml_per_h: Fraction
    rounded_down_for_limit: bool
    note: str


def _times_resolution(count: int, resolution: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 60
        return Decimal(count) * resolution


def round_pump_rate(
    exact_ml_per_h: Exact,
    policy: RoundingPolicy,
    limit_ml_per_h: Exact | None = None,
    *,
    limit_inclusive: bool = True,
    limit_name: str = "limit",
) -> PumpRate:
    """Round a pump rate to the pump resolution, half-up, never crossing its limit.

    With `limit_inclusive` the rounded rate may equal the limit; without it (a label that says "less than")
    it must be strictly below it. If half-up rounding would cross the limit, the rate is rounded down to the
    highest multiple of the resolution that respects it, and the note says so.
    """
    value = exact(exact_ml_per_h)
    resolution = exact(policy.pump_resolution_ml_per_h)
    shown = show(policy.pump_resolution_ml_per_h)
    count = math.floor(value / resolution + Fraction(1, 2))
    note = msg("rounded half-up to the pump resolution {shown} mL/h", shown=shown)
    rounded_down = False
    if limit_ml_per_h is not None:
        limit = exact(limit_ml_per_h)
        # the highest count of resolution steps that respects the limit
        highest = math.floor(limit / resolution) if limit_inclusive else math.ceil(limit / resolution) - 1
        if count > highest:
            count = highest
            rounded_down = True
            relation = "above" if limit_inclusive else msg("at or above")
            note = msg(
                "rounded DOWN to {times_resolution} mL/h (pump resolution {shown} mL/h) because half-up rounding "
                "would be {relation} the {limit_name} of {limit} mL/h",
                times_resolution=show(_times_resolution(count, policy.pump_resolution_ml_per_h)),
                shown=shown,
                relation=relation,
                limit_name=limit_name,
                limit=show(limit, 4),
            )
    if count <= 0 and rounded_down and limit_ml_per_h is not None:
        raise DomainError(
            msg(
                "No rate at the pump resolution of {shown} mL/h respects the {limit_name} of {limit_ml_per_h} mL/h "
                "(rate {value} mL/h); this plan cannot be programmed on this pump.",
                shown=shown,
                limit_name=limit_name,
                limit_ml_per_h=show(limit_ml_per_h, 4),
                value=show(value, 4),
            )
        )
    if count <= 0:
        raise DomainError(
            msg(
                "A rate of {value} mL/h is below the pump resolution of {shown} mL/h; this plan cannot be programmed "
                "on this pump.",
                value=show(value, 4),
                shown=shown,
            )
        )
    return PumpRate(
        rate_ml_per_h=_times_resolution(count, policy.pump_resolution_ml_per_h),
        exact_ml_per_h=value,
        rounded_down_for_limit=rounded_down,
        note=note,
    )


def round_half_up(value: Exact, places: int) -> Decimal:
    """`value` rounded half-up to `places` decimals, computed exactly."""
    scaled = exact(value) * Fraction(10**places)
    count = math.floor(scaled + Fraction(1, 2))
    return Decimal(count).scaleb(-places)


def round_down(value: Exact, places: int) -> Decimal:
    """`value` rounded toward minus infinity to `places` decimals."""
    count = math.floor(exact(value) * Fraction(10**places))
    return Decimal(count).scaleb(-places)


def round_up_minutes(minutes: Exact) -> int:
    """A duration in whole minutes, rounded up."""
    return math.ceil(exact(minutes))


def is_exact_at(value: Exact, places: int) -> bool:
    """True if `value` has no more than `places` decimals."""
    scaled: Fraction = exact(value) * Fraction(10**places)
    return scaled.denominator == 1


def plain(value: Decimal) -> str:
    """A Decimal in plain notation (no exponent), keeping its digits: Decimal('348.0') -> '348.0'."""
    return format(value, "f")


def show(value: Exact, places: int = 6) -> str:
    """A number for the working: exact if it has at most `places` decimals (trailing zeros dropped),
    else rounded half-up to `places` decimals and marked with '~'."""
    as_fraction = exact(value)
    if is_exact_at(as_fraction, places):
        return _trimmed(round_half_up(as_fraction, places))
    return "~" + _trimmed(round_half_up(as_fraction, places))


def trimmed(value: Exact, places: int) -> Decimal:
    """`value` rounded half-up to `places` decimals, without trailing zeros (1.5000 -> 1.5, 8.0 -> 8)."""
    return Decimal(_trimmed(round_half_up(value, places)))


def _trimmed(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# Temperature

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
