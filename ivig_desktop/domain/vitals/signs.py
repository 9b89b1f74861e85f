"""The measured quantities: their names, units and how a value is shown; the temperature unit."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from ivig_desktop.domain.message import messages

msg = messages(__name__)

PAIN_MIN = Decimal(0)
PAIN_MAX = Decimal(10)
TENTH = Decimal("0.1")


class TemperatureUnit(StrEnum):
    CELSIUS = "C"
    FAHRENHEIT = "F"

    @property
    def symbol(self) -> str:
        return "°C" if self is TemperatureUnit.CELSIUS else "°F"


class VitalSign(StrEnum):
    """The measured quantities; the value is the payload key and the `Vitals` attribute (units in the name)."""

    SYSTOLIC = "systolic_mmhg"
    DIASTOLIC = "diastolic_mmhg"
    HEART_RATE = "heart_rate_per_min"
    RESPIRATORY_RATE = "respiratory_rate_per_min"
    TEMPERATURE = "temperature_c"
    SPO2 = "spo2_percent"
    PAIN = "pain_score"
    WEIGHT = "weight_kg"

    @property
    def label(self) -> str:
        return _SIGN_LABELS[self][0]

    @property
    def unit(self) -> str:
        return _SIGN_LABELS[self][1]

    def show(self, value: Decimal) -> str:
        """'120 mmHg', '36.8 °C', '98%', '3/10', '72.5 kg'."""
        text = f"{value.normalize():f}" if self is VitalSign.WEIGHT else str(value)
        if self in (VitalSign.SPO2, VitalSign.PAIN):
            return f"{text}{self.unit}"
        return f"{text} {self.unit}"


_SIGN_LABELS = {
    VitalSign.SYSTOLIC: (msg("Systolic"), "mmHg"),
    VitalSign.DIASTOLIC: (msg("Diastolic"), "mmHg"),
    VitalSign.HEART_RATE: (msg("Heart rate"), "/min"),
    VitalSign.RESPIRATORY_RATE: (msg("Respiratory rate"), "/min"),
    VitalSign.TEMPERATURE: (msg("Temperature"), "°C"),
    VitalSign.SPO2: ("SpO2", "%"),
    VitalSign.PAIN: (msg("Pain"), "/10"),
    VitalSign.WEIGHT: (msg("Weight"), "kg"),
}

# The signs with a configurable plausibility range, in form order.
RANGED_SIGNS = (
    VitalSign.SYSTOLIC,
    VitalSign.DIASTOLIC,
    VitalSign.HEART_RATE,
    VitalSign.RESPIRATORY_RATE,
    VitalSign.TEMPERATURE,
    VitalSign.SPO2,
)


@dataclass(frozen=True)
class Range:
    """Inclusive plausibility bounds."""

    low: Decimal
    high: Decimal

    def __contains__(self, value: object) -> bool:
        return isinstance(value, Decimal) and self.low <= value <= self.high
