"""Alert thresholds applied to a vitals set: the flags, each with a sentence that says its rule and its numbers.

Every vital the app records has an alert (the thresholds and their sources are in `resources/vitals.toml`):
temperature (fever; a rise from baseline), blood pressure (systolic low, high, a drop and a rise from baseline;
diastolic high), heart rate (fast, slow, a rise from baseline), respiratory rate (slow, fast), SpO2 (below a floor;
a drop from baseline) and pain (severe; a rise from baseline). Changes are measured against the session's baseline
set (`history.vitals_history`: the first set taken).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from ivig_desktop.domain.message import messages
from ivig_desktop.domain.units import fahrenheit_from_celsius
from ivig_desktop.domain.vitals.config import VitalsConfig
from ivig_desktop.domain.vitals.signs import TemperatureUnit, VitalSign
from ivig_desktop.domain.vitals.thresholds import AlertThresholds
from ivig_desktop.domain.vitals.values import Vitals

msg = messages(__name__)


class FlagKind(StrEnum):
    FEVER = "fever"
    TEMPERATURE_RISE = "temperature_rise"
    SYSTOLIC_DROP = "systolic_drop"
    LOW_SYSTOLIC = "low_systolic"
    HIGH_SYSTOLIC = "high_systolic"
    SYSTOLIC_RISE = "systolic_rise"
    HIGH_DIASTOLIC = "high_diastolic"
    FAST_HEART_RATE = "fast_heart_rate"
    SLOW_HEART_RATE = "slow_heart_rate"
    HEART_RATE_RISE = "heart_rate_rise"
    SLOW_BREATHING = "slow_breathing"
    FAST_BREATHING = "fast_breathing"
    LOW_SPO2 = "low_spo2"
    SPO2_DROP = "spo2_drop"
    SEVERE_PAIN = "severe_pain"
    PAIN_RISE = "pain_rise"

    @property
    def label(self) -> str:
        return _RULES[self].label

    @property
    def threshold_key(self) -> str:
        """The `AlertThresholds` field (and `resources/vitals.toml` key) of this flag's threshold."""
        return _RULES[self].key

    @property
    def relative(self) -> bool:
        """A change from baseline (rather than a value past a fixed threshold)."""
        return _RULES[self].relative


@dataclass(frozen=True)
class _Rule:
    label: str
    sign: VitalSign
    key: str
    operator: str = ""  # absolute rules: '≥', '<' or '>'
    direction: str = ""  # relative rules: 'above' (a rise) or 'below' (a drop)
    change_unit: str = ""  # relative rules: how the change is shown

    @property
    def relative(self) -> bool:
        return bool(self.direction)


_RULES = {
    FlagKind.FEVER: _Rule(msg("Fever"), VitalSign.TEMPERATURE, "fever_at_or_above_c", operator="≥"),
    FlagKind.TEMPERATURE_RISE: _Rule(
        msg("Temperature rise"),
        VitalSign.TEMPERATURE,
        "temperature_rise_at_or_above_c",
        direction="above",
        change_unit="°C",
    ),
    FlagKind.SYSTOLIC_DROP: _Rule(
        msg("Systolic drop"),
        VitalSign.SYSTOLIC,
        "systolic_drop_at_or_above_percent",
        direction="below",
        change_unit="%",
    ),
    FlagKind.LOW_SYSTOLIC: _Rule(msg("Low systolic"), VitalSign.SYSTOLIC, "systolic_below_mmhg", operator="<"),
    FlagKind.HIGH_SYSTOLIC: _Rule(msg("High systolic"), VitalSign.SYSTOLIC, "systolic_at_or_above_mmhg", operator="≥"),
    FlagKind.SYSTOLIC_RISE: _Rule(
        msg("Systolic rise"),
        VitalSign.SYSTOLIC,
        "systolic_rise_at_or_above_mmhg",
        direction="above",
        change_unit="mmHg",
    ),
    FlagKind.HIGH_DIASTOLIC: _Rule(
        msg("High diastolic"), VitalSign.DIASTOLIC, "diastolic_at_or_above_mmhg", operator="≥"
    ),
    FlagKind.FAST_HEART_RATE: _Rule(
        msg("Fast heart rate"), VitalSign.HEART_RATE, "heart_rate_above_per_min", operator=">"
    ),
    FlagKind.SLOW_HEART_RATE: _Rule(
        msg("Slow heart rate"), VitalSign.HEART_RATE, "heart_rate_below_per_min", operator="<"
    ),
    FlagKind.HEART_RATE_RISE: _Rule(
        msg("Heart rate rise"),
        VitalSign.HEART_RATE,
        "heart_rate_rise_at_or_above_per_min",
        direction="above",
        change_unit="/min",
    ),
    FlagKind.SLOW_BREATHING: _Rule(
        msg("Slow breathing"), VitalSign.RESPIRATORY_RATE, "respiratory_rate_below_per_min", operator="<"
    ),
    FlagKind.FAST_BREATHING: _Rule(
        msg("Fast breathing"), VitalSign.RESPIRATORY_RATE, "respiratory_rate_above_per_min", operator=">"
    ),
    FlagKind.LOW_SPO2: _Rule(msg("Low SpO2"), VitalSign.SPO2, "spo2_below_percent", operator="<"),
    FlagKind.SPO2_DROP: _Rule(
        msg("SpO2 drop"), VitalSign.SPO2, "spo2_drop_at_or_above_points", direction="below", change_unit="points"
    ),
    FlagKind.SEVERE_PAIN: _Rule(msg("Severe pain"), VitalSign.PAIN, "pain_at_or_above", operator="≥"),
    FlagKind.PAIN_RISE: _Rule(
        msg("Pain rise"), VitalSign.PAIN, "pain_rise_at_or_above", direction="above", change_unit="points"
    ),
}


def _show_temperature(value_c: Decimal, unit: TemperatureUnit) -> str:
    text = f"{value_c} °C"
    if unit is TemperatureUnit.FAHRENHEIT:
        text += f" ({fahrenheit_from_celsius(value_c)} °F)"
    return text


@dataclass(frozen=True)
class VitalsFlag:
    """A value past an alert threshold. `limit` is the threshold (for relative flags, the change that alerts);
    `change` is the measured change from baseline (in the rule's unit: °C, %, mmHg, /min or points), for relative
    flags."""

    kind: FlagKind
    sign: VitalSign
    value: Decimal
    limit: Decimal
    baseline: Decimal | None = None
    change: Decimal | None = None

    @property
    def message(self) -> str:
        return self.sentence()

    def sentence(self, temperature_unit: TemperatureUnit = TemperatureUnit.CELSIUS) -> str:
        """A sentence for the nurse with the rule and its numbers, e.g. 'Heart rate 44 /min < 50 /min' or
        'Systolic 102 mmHg is 22% below baseline 131 mmHg (drop ≥ 20%)'."""
        rule = _RULES[self.kind]
        sign = self.sign

        def show(value: Decimal) -> str:
            if sign is VitalSign.TEMPERATURE:
                return _show_temperature(value, temperature_unit)
            return sign.show(value)

        if not rule.relative:
            return msg(
                "{label} {value} {operator} {limit}",
                label=sign.label,
                value=show(self.value),
                operator=rule.operator,
                limit=show(self.limit),
            )
        assert self.baseline is not None and self.change is not None
        gap = "" if rule.change_unit == "%" else " "
        return (
            msg(
                "{label} {value} is {change}{gap}{change_unit} above baseline {baseline} (rise ≥ "
                "{limit}{gap}{change_unit})",
                label=sign.label,
                value=show(self.value),
                change=self.change,
                gap=gap,
                change_unit=rule.change_unit,
                baseline=show(self.baseline),
                limit=self.limit,
            )
            if rule.direction == "above"
            else msg(
                "{label} {value} is {change}{gap}{change_unit} below baseline {baseline} (drop ≥ "
                "{limit}{gap}{change_unit})",
                label=sign.label,
                value=show(self.value),
                change=self.change,
                gap=gap,
                change_unit=rule.change_unit,
                baseline=show(self.baseline),
                limit=self.limit,
            )
        )


def _percent_drop_shown(baseline: Decimal, value: Decimal) -> Decimal:
    """The drop as a whole percent, rounded down, so a flagged drop never shows below its threshold."""
    exact = (Fraction(baseline) - Fraction(value)) / Fraction(baseline) * 100
    return Decimal(int(exact))  # int() truncates towards zero: rounds a positive drop down


_PASSES: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "≥": lambda value, limit: value >= limit,
    "<": lambda value, limit: value < limit,
    ">": lambda value, limit: value > limit,
}


def _limit(alerts: AlertThresholds, kind: FlagKind) -> Decimal:
    limit: Decimal = getattr(alerts, kind.threshold_key)
    return limit


def flags_for(vitals: Vitals, baseline: Vitals | None, config: VitalsConfig) -> tuple[VitalsFlag, ...]:
    """Every alert threshold this set passes, in `FlagKind` order; relative ones against `baseline` (none when
    it is None)."""
    alerts = config.alerts
    flags: list[VitalsFlag] = []
    for kind, rule in _RULES.items():
        value = vitals.value(rule.sign)
        assert value is not None  # every ranged sign and pain is always measured
        limit = _limit(alerts, kind)
        if not rule.relative:
            if _PASSES[rule.operator](value, limit):
                flags.append(VitalsFlag(kind, rule.sign, value, limit))
            continue
        before = None if baseline is None else baseline.value(rule.sign)
        if before is None:
            continue
        if kind is FlagKind.SYSTOLIC_DROP:
            drop = (Fraction(before) - Fraction(value)) / Fraction(before) * 100
            if drop >= Fraction(limit):
                flags.append(VitalsFlag(kind, rule.sign, value, limit, before, _percent_drop_shown(before, value)))
            continue
        change = value - before if rule.direction == "above" else before - value
        if change >= limit:
            flags.append(VitalsFlag(kind, rule.sign, value, limit, before, change))
    return tuple(flags)
