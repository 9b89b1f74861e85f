"""The alert thresholds: their values (defaults below; the clinic's in `resources/vitals.toml`, each with its
source) and the checks a clinic's values must pass.

A threshold is absolute (a value at or past it flags: fever, low or high blood pressure, slow or fast heart or
breathing, low SpO2, severe pain) or a change from the session's baseline (a rise or a drop that large flags).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import Decimal

from ivig_desktop.domain.message import messages
from ivig_desktop.domain.vitals.signs import PAIN_MAX, TENTH, Range, VitalSign

msg = messages(__name__)


@dataclass(frozen=True)
class AlertThresholds:
    """Every alert threshold; the name says the rule and the unit (`..._at_or_above_...` is >=, `..._below_...`
    is <, `..._above_...` is >)."""

    fever_at_or_above_c: Decimal = Decimal("38.0")
    temperature_rise_at_or_above_c: Decimal = Decimal("1.0")
    systolic_drop_at_or_above_percent: Decimal = Decimal(20)
    systolic_below_mmhg: Decimal = Decimal(90)
    systolic_at_or_above_mmhg: Decimal = Decimal(180)
    diastolic_at_or_above_mmhg: Decimal = Decimal(110)
    systolic_rise_at_or_above_mmhg: Decimal = Decimal(30)
    heart_rate_above_per_min: Decimal = Decimal(120)
    heart_rate_below_per_min: Decimal = Decimal(50)
    heart_rate_rise_at_or_above_per_min: Decimal = Decimal(20)
    respiratory_rate_below_per_min: Decimal = Decimal(10)
    respiratory_rate_above_per_min: Decimal = Decimal(24)
    spo2_below_percent: Decimal = Decimal(92)
    spo2_drop_at_or_above_points: Decimal = Decimal(3)
    pain_at_or_above: Decimal = Decimal(7)
    pain_rise_at_or_above: Decimal = Decimal(3)


ALERT_KEYS = tuple(f.name for f in fields(AlertThresholds))

BUILT_IN_SOURCE = msg("built-in default (the bundled resources/vitals.toml gives its source)")

# Absolute thresholds: each must lie strictly inside its sign's plausibility range.
_INSIDE = {
    "fever_at_or_above_c": VitalSign.TEMPERATURE,
    "systolic_below_mmhg": VitalSign.SYSTOLIC,
    "systolic_at_or_above_mmhg": VitalSign.SYSTOLIC,
    "diastolic_at_or_above_mmhg": VitalSign.DIASTOLIC,
    "heart_rate_above_per_min": VitalSign.HEART_RATE,
    "heart_rate_below_per_min": VitalSign.HEART_RATE,
    "respiratory_rate_below_per_min": VitalSign.RESPIRATORY_RATE,
    "respiratory_rate_above_per_min": VitalSign.RESPIRATORY_RATE,
    "spo2_below_percent": VitalSign.SPO2,
}

# Changes from baseline: above 0 and at most this much.
_CHANGE_MAX = {
    "temperature_rise_at_or_above_c": Decimal(5),
    "systolic_rise_at_or_above_mmhg": Decimal(100),
    "heart_rate_rise_at_or_above_per_min": Decimal(100),
    "spo2_drop_at_or_above_points": Decimal(40),
}

# A low threshold must be below its high one, or a value could be flagged as both.
_LOW_BELOW_HIGH = (
    ("systolic_below_mmhg", "systolic_at_or_above_mmhg"),
    ("heart_rate_below_per_min", "heart_rate_above_per_min"),
    ("respiratory_rate_below_per_min", "respiratory_rate_above_per_min"),
)

_ONE_DECIMAL = {"fever_at_or_above_c", "temperature_rise_at_or_above_c"}
_ANY_DECIMAL = {"systolic_drop_at_or_above_percent"}


def check_thresholds(name: str, ranges: Mapping[VitalSign, Range], alerts: AlertThresholds) -> list[str]:
    """Every problem with these thresholds (empty when they make sense)."""
    problems: list[str] = []
    for key in ALERT_KEYS:
        value: Decimal = getattr(alerts, key)
        if key in _ONE_DECIMAL:
            if value != value.quantize(TENTH):
                problems.append(
                    msg("{name}: alerts.{key} ({value}) must have at most one decimal", name=name, key=key, value=value)
                )
        elif key not in _ANY_DECIMAL and value != value.to_integral_value():
            problems.append(
                msg("{name}: alerts.{key} ({value}) must be a whole number", name=name, key=key, value=value)
            )
    for key, sign in _INSIDE.items():
        value = getattr(alerts, key)
        bounds = ranges[sign]
        if not bounds.low < value < bounds.high:
            problems.append(
                msg(
                    "{name}: alerts.{key} ({value}) must lie inside ranges.{value2}",
                    name=name,
                    key=key,
                    value=value,
                    value2=sign.value,
                )
            )
    for key, limit in _CHANGE_MAX.items():
        value = getattr(alerts, key)
        if not Decimal(0) < value <= limit:
            problems.append(
                msg(
                    "{name}: alerts.{key} ({value}) must be above 0 and at most {limit}",
                    name=name,
                    key=key,
                    value=value,
                    limit=limit,
                )
            )
    drop = alerts.systolic_drop_at_or_above_percent
    if not Decimal(0) < drop < Decimal(100):
        problems.append(
            msg(
                "{name}: alerts.systolic_drop_at_or_above_percent ({drop}) must be between 0 and 100",
                name=name,
                drop=drop,
            )
        )
    for key in ("pain_at_or_above", "pain_rise_at_or_above"):
        value = getattr(alerts, key)
        if not Decimal(1) <= value <= PAIN_MAX:
            problems.append(
                msg(
                    "{name}: alerts.{key} ({value}) must be from 1 to {pain_max}",
                    name=name,
                    key=key,
                    value=value,
                    pain_max=PAIN_MAX,
                )
            )
    for low_key, high_key in _LOW_BELOW_HIGH:
        low_value, high_value = getattr(alerts, low_key), getattr(alerts, high_key)
        if not low_value < high_value:
            problems.append(
                msg(
                    "{name}: alerts.{low_key} ({low_value}) must be below alerts.{high_key} ({high_value})",
                    name=name,
                    low_key=low_key,
                    low_value=low_value,
                    high_key=high_key,
                    high_value=high_value,
                )
            )
    return problems
