"""One vitals set: what the nurse typed, its plausibility checks, and the exact values stored."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ivig_desktop.domain.body import validate_weight_kg
from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import JsonValue, Payload
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.numbers import in_range, parse_decimal
from ivig_desktop.domain.units import celsius_from_fahrenheit, fahrenheit_from_celsius
from ivig_desktop.domain.vitals.config import VitalsConfig
from ivig_desktop.domain.vitals.signs import PAIN_MAX, PAIN_MIN, TENTH, Range, TemperatureUnit, VitalSign

msg = messages(__name__)

_FAHRENHEIT_PER_CELSIUS = Decimal("1.8")
_FAHRENHEIT_OFFSET = Decimal(32)


@dataclass(frozen=True)
class VitalsInput:
    """What the nurse typed, as text (or numbers). `temperature` is in `temperature_unit`; weight may be empty."""

    systolic_mmhg: str | Decimal | int
    diastolic_mmhg: str | Decimal | int
    heart_rate_per_min: str | Decimal | int
    respiratory_rate_per_min: str | Decimal | int
    temperature: str | Decimal | int
    spo2_percent: str | Decimal | int
    pain_score: str | Decimal | int
    weight_kg: str | Decimal | int = ""
    temperature_unit: TemperatureUnit = TemperatureUnit.CELSIUS


@dataclass(frozen=True)
class Vitals:
    """One validated vitals set. Temperature in °C; `temperature_f_entered` is the °F value as typed, if any."""

    systolic_mmhg: Decimal
    diastolic_mmhg: Decimal
    heart_rate_per_min: Decimal
    respiratory_rate_per_min: Decimal
    temperature_c: Decimal
    spo2_percent: Decimal
    pain_score: Decimal
    weight_kg: Decimal | None = None
    temperature_f_entered: Decimal | None = None

    def value(self, sign: VitalSign) -> Decimal | None:
        value: Decimal | None = getattr(self, sign.value)
        return value

    def to_payload(self) -> dict[str, JsonValue]:
        """The event payload: decimal strings; weight and the °F value only when present."""
        payload: dict[str, JsonValue] = {
            VitalSign.SYSTOLIC.value: str(self.systolic_mmhg),
            VitalSign.DIASTOLIC.value: str(self.diastolic_mmhg),
            VitalSign.HEART_RATE.value: str(self.heart_rate_per_min),
            VitalSign.RESPIRATORY_RATE.value: str(self.respiratory_rate_per_min),
            VitalSign.TEMPERATURE.value: str(self.temperature_c),
            VitalSign.SPO2.value: str(self.spo2_percent),
            VitalSign.PAIN.value: str(self.pain_score),
        }
        if self.weight_kg is not None:
            payload[VitalSign.WEIGHT.value] = f"{self.weight_kg.normalize():f}"
        if self.temperature_f_entered is not None:
            payload["temperature_f_entered"] = str(self.temperature_f_entered)
        return payload

    @classmethod
    def from_payload(cls, payload: Payload) -> Vitals:
        """A stored vitals payload (as written by `to_payload`) back as values."""

        def number(key: str) -> Decimal:
            raw = payload.get(key)
            if not isinstance(raw, str):
                raise DomainError(msg("This vitals record is damaged: '{key}' is missing.", key=key))
            return Decimal(raw)

        def optional(key: str) -> Decimal | None:
            return number(key) if key in payload else None

        return cls(
            systolic_mmhg=number(VitalSign.SYSTOLIC.value),
            diastolic_mmhg=number(VitalSign.DIASTOLIC.value),
            heart_rate_per_min=number(VitalSign.HEART_RATE.value),
            respiratory_rate_per_min=number(VitalSign.RESPIRATORY_RATE.value),
            temperature_c=number(VitalSign.TEMPERATURE.value),
            spo2_percent=number(VitalSign.SPO2.value),
            pain_score=number(VitalSign.PAIN.value),
            weight_kg=optional(VitalSign.WEIGHT.value),
            temperature_f_entered=optional("temperature_f_entered"),
        )

    def as_input(self, temperature_unit: TemperatureUnit = TemperatureUnit.CELSIUS) -> VitalsInput:
        """These values as form text, e.g. to pre-fill a correction. In °F, the typed °F value when there is one."""
        if temperature_unit is TemperatureUnit.FAHRENHEIT:
            temperature = self.temperature_f_entered or fahrenheit_from_celsius(self.temperature_c)
        else:
            temperature = self.temperature_c
        return VitalsInput(
            systolic_mmhg=str(self.systolic_mmhg),
            diastolic_mmhg=str(self.diastolic_mmhg),
            heart_rate_per_min=str(self.heart_rate_per_min),
            respiratory_rate_per_min=str(self.respiratory_rate_per_min),
            temperature=str(temperature),
            spo2_percent=str(self.spo2_percent),
            pain_score=str(self.pain_score),
            weight_kg="" if self.weight_kg is None else f"{self.weight_kg.normalize():f}",
            temperature_unit=temperature_unit,
        )


def _whole(raw: str | Decimal | int, sign: VitalSign, bounds: Range) -> Decimal:
    """A whole number within `bounds` (a trailing '.0' is accepted), as an integral Decimal."""
    value = parse_decimal(raw, sign.value, sign.label)
    if sign is VitalSign.PAIN:
        if not bounds.low <= value <= bounds.high or value != value.to_integral_value():
            raise ValidationError.one(
                sign.value, msg("Pain must be a whole number from 0 (no pain) to 10 (worst pain).")
            )
        return Decimal(int(value))
    in_range(value, bounds.low, bounds.high, sign.value, sign.label, sign.unit)
    if value != value.to_integral_value():
        raise ValidationError.one(sign.value, msg("{label} must be a whole number.", label=sign.label))
    return Decimal(int(value))


def _temperature(raw: str | Decimal | int, unit: TemperatureUnit, bounds: Range) -> tuple[Decimal, Decimal | None]:
    """(°C at 0.1, the °F value typed or None). The range is checked in the unit typed, before any conversion."""
    field = "temperature"
    label = msg("Temperature")
    value = parse_decimal(raw, field, label)
    if unit is TemperatureUnit.CELSIUS:
        low, high = bounds.low, bounds.high
        accepted = msg("{low} and {high} °C", low=low, high=high)
    else:
        low = bounds.low * _FAHRENHEIT_PER_CELSIUS + _FAHRENHEIT_OFFSET
        high = bounds.high * _FAHRENHEIT_PER_CELSIUS + _FAHRENHEIT_OFFSET
        accepted = msg(
            "{low} and {high} °F ({low2} to {high2} °C)",
            low=format(low.normalize(), "f"),
            high=format(high.normalize(), "f"),
            low2=bounds.low,
            high2=bounds.high,
        )
    if not low <= value <= high:
        raise ValidationError.one(field, msg("{label} must be between {accepted}.", label=label, accepted=accepted))
    if value != value.quantize(TENTH):
        raise ValidationError.one(field, msg("{label} must have at most one decimal, for example 37.2.", label=label))
    if unit is TemperatureUnit.CELSIUS:
        return value.quantize(TENTH), None
    return celsius_from_fahrenheit(value), value.quantize(TENTH)


def validate_vitals(values: VitalsInput, config: VitalsConfig) -> Vitals:
    """Check every field; raise one ValidationError with a message per bad field (keys: `VitalSign` values and
    'temperature'), or return the exact values."""
    errors = FieldErrors()
    checked: dict[VitalSign, Decimal] = {}
    for sign in (VitalSign.SYSTOLIC, VitalSign.DIASTOLIC, VitalSign.HEART_RATE, VitalSign.RESPIRATORY_RATE):
        try:
            checked[sign] = _whole(getattr(values, sign.value), sign, config.range_for(sign))
        except ValidationError as error:
            errors.capture(error)
    systolic, diastolic = checked.get(VitalSign.SYSTOLIC), checked.get(VitalSign.DIASTOLIC)
    if systolic is not None and diastolic is not None and not diastolic < systolic:
        errors.add(
            VitalSign.DIASTOLIC.value,
            msg(
                "Diastolic ({diastolic} mmHg) must be below systolic ({systolic} mmHg).",
                diastolic=diastolic,
                systolic=systolic,
            ),
        )
    temperature_c = temperature_f = None
    try:
        temperature_c, temperature_f = _temperature(
            values.temperature, values.temperature_unit, config.range_for(VitalSign.TEMPERATURE)
        )
    except ValidationError as error:
        errors.capture(error)
    for sign, bounds in (
        (VitalSign.SPO2, config.range_for(VitalSign.SPO2)),
        (VitalSign.PAIN, Range(PAIN_MIN, PAIN_MAX)),
    ):
        try:
            checked[sign] = _whole(getattr(values, sign.value), sign, bounds)
        except ValidationError as error:
            errors.capture(error)
    weight: Decimal | None = None
    raw_weight = values.weight_kg
    if not (isinstance(raw_weight, str) and not raw_weight.strip()):
        try:
            weight = validate_weight_kg(raw_weight)
        except ValidationError as error:
            errors.capture(error)
    errors.raise_if_any()
    assert temperature_c is not None
    return Vitals(
        systolic_mmhg=checked[VitalSign.SYSTOLIC],
        diastolic_mmhg=checked[VitalSign.DIASTOLIC],
        heart_rate_per_min=checked[VitalSign.HEART_RATE],
        respiratory_rate_per_min=checked[VitalSign.RESPIRATORY_RATE],
        temperature_c=temperature_c,
        spo2_percent=checked[VitalSign.SPO2],
        pain_score=checked[VitalSign.PAIN],
        weight_kg=weight,
        temperature_f_entered=temperature_f,
    )
