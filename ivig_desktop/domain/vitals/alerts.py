"""Alert thresholds applied to a vitals set: the flags, each with a sentence for the nurse."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from ivig_desktop.domain.units import fahrenheit_from_celsius
from ivig_desktop.domain.vitals.config import VitalsConfig
from ivig_desktop.domain.vitals.signs import TemperatureUnit, VitalSign
from ivig_desktop.domain.vitals.values import Vitals


class FlagKind(StrEnum):
    FEVER = "fever"
    TEMPERATURE_RISE = "temperature_rise"
    SYSTOLIC_DROP = "systolic_drop"
    LOW_SYSTOLIC = "low_systolic"
    FAST_HEART_RATE = "fast_heart_rate"
    LOW_SPO2 = "low_spo2"

    @property
    def label(self) -> str:
        return _FLAG_LABELS[self]


_FLAG_LABELS = {
    FlagKind.FEVER: "Fever",
    FlagKind.TEMPERATURE_RISE: "Temperature rise",
    FlagKind.SYSTOLIC_DROP: "Systolic drop",
    FlagKind.LOW_SYSTOLIC: "Low systolic",
    FlagKind.FAST_HEART_RATE: "Fast heart rate",
    FlagKind.LOW_SPO2: "Low SpO2",
}


def _show_temperature(value_c: Decimal, unit: TemperatureUnit) -> str:
    text = f"{value_c} °C"
    if unit is TemperatureUnit.FAHRENHEIT:
        text += f" ({fahrenheit_from_celsius(value_c)} °F)"
    return text


@dataclass(frozen=True)
class VitalsFlag:
    """A value past an alert threshold. `limit` is the threshold (for relative flags, the change that alerts);
    `change` is the measured change from baseline (°C or percent), for relative flags."""

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
        """A sentence for the nurse, e.g. 'Systolic 102 mmHg is 22% below baseline 131 mmHg'."""
        sign = self.sign
        if self.kind is FlagKind.FEVER:
            value = _show_temperature(self.value, temperature_unit)
            return f"Temperature {value} ≥ {_show_temperature(self.limit, temperature_unit)}"
        if self.kind is FlagKind.TEMPERATURE_RISE:
            assert self.baseline is not None and self.change is not None
            return (
                f"Temperature {_show_temperature(self.value, temperature_unit)} is {self.change} °C above "
                f"baseline {_show_temperature(self.baseline, temperature_unit)}"
            )
        if self.kind is FlagKind.SYSTOLIC_DROP:
            assert self.baseline is not None and self.change is not None
            return f"Systolic {sign.show(self.value)} is {self.change}% below baseline {sign.show(self.baseline)}"
        if self.kind is FlagKind.FAST_HEART_RATE:
            return f"{sign.label} {sign.show(self.value)} > {sign.show(self.limit)}"
        return f"{sign.label} {sign.show(self.value)} < {sign.show(self.limit)}"


def _percent_drop_shown(baseline: Decimal, value: Decimal) -> Decimal:
    """The drop as a whole percent, rounded down, so a flagged drop never shows below its threshold."""
    exact = (Fraction(baseline) - Fraction(value)) / Fraction(baseline) * 100
    return Decimal(int(exact))  # int() truncates towards zero: rounds a positive drop down


def flags_for(vitals: Vitals, baseline: Vitals | None, config: VitalsConfig) -> tuple[VitalsFlag, ...]:
    """Every alert threshold this set passes; relative ones against `baseline` (none when it is None)."""
    alerts = config.alerts
    flags: list[VitalsFlag] = []
    temperature = vitals.temperature_c
    if temperature >= alerts.fever_at_or_above_c:
        flags.append(VitalsFlag(FlagKind.FEVER, VitalSign.TEMPERATURE, temperature, alerts.fever_at_or_above_c))
    if baseline is not None:
        rise = temperature - baseline.temperature_c
        if rise >= alerts.temperature_rise_at_or_above_c:
            flags.append(
                VitalsFlag(
                    FlagKind.TEMPERATURE_RISE,
                    VitalSign.TEMPERATURE,
                    temperature,
                    alerts.temperature_rise_at_or_above_c,
                    baseline=baseline.temperature_c,
                    change=rise,
                )
            )
        systolic, base_systolic = vitals.systolic_mmhg, baseline.systolic_mmhg
        drop = (Fraction(base_systolic) - Fraction(systolic)) / Fraction(base_systolic) * 100
        if drop >= Fraction(alerts.systolic_drop_at_or_above_percent):
            flags.append(
                VitalsFlag(
                    FlagKind.SYSTOLIC_DROP,
                    VitalSign.SYSTOLIC,
                    systolic,
                    alerts.systolic_drop_at_or_above_percent,
                    baseline=base_systolic,
                    change=_percent_drop_shown(base_systolic, systolic),
                )
            )
    if vitals.systolic_mmhg < alerts.systolic_below_mmhg:
        flags.append(
            VitalsFlag(FlagKind.LOW_SYSTOLIC, VitalSign.SYSTOLIC, vitals.systolic_mmhg, alerts.systolic_below_mmhg)
        )
    if vitals.heart_rate_per_min > alerts.heart_rate_above_per_min:
        flags.append(
            VitalsFlag(
                FlagKind.FAST_HEART_RATE,
                VitalSign.HEART_RATE,
                vitals.heart_rate_per_min,
                alerts.heart_rate_above_per_min,
            )
        )
    if vitals.spo2_percent < alerts.spo2_below_percent:
        flags.append(VitalsFlag(FlagKind.LOW_SPO2, VitalSign.SPO2, vitals.spo2_percent, alerts.spo2_below_percent))
    return tuple(flags)
