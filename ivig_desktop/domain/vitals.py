"""Vital signs: plausibility ranges (refuse), alert thresholds (flag), the record command and the session's history.

Two kinds of limit, both read from `resources/vitals.toml` (see `load_vitals_config`):
- A **plausibility range** refuses a value that cannot be a real measurement (a typo, a unit mix-up): nothing is
  stored and the message beside the field states the accepted range. Defaults: systolic 50-260 mmHg, diastolic
  20-160 mmHg and below systolic, heart rate 20-250 /min, respiratory rate 4-60 /min, temperature 32.0-43.0 °C,
  SpO2 50-100 %. Pain is a whole number 0-10 and weight uses the patient weight range of `body.py` (2-350 kg).
- An **alert threshold** stores the value and flags it with a sentence: temperature >= 38.0 °C; temperature
  >= baseline + 1.0 °C; systolic >= 20% below baseline; systolic < 90 mmHg; heart rate > 120 /min; SpO2 < 92%.

Numbers are exact `Decimal`s. Blood pressure, heart rate, respiratory rate, SpO2 and pain are whole numbers;
temperature has at most one decimal in the unit it is typed in. Temperature is stored in °C: a value typed in °F
must lie within the °C range converted to °F, and is converted with `units.celsius_from_fahrenheit` (exact, then
rounded half-up to 0.1 °C); the typed °F value is kept beside it (`temperature_f_entered`).

The **baseline** is the session's first vitals set: the earliest by the time it was taken (ties: the first
written), among the sets as they now stand (corrected values; sets entered in error left out). The lead's infusion
start, when given to `vitals_history`, only tells whether that baseline was taken before the start.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import Any

from ivig_desktop.domain.body import validate_weight_kg
from ivig_desktop.domain.entry_time import validate_entry_time
from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent, Payload
from ivig_desktop.domain.numbers import in_range, parse_decimal
from ivig_desktop.domain.session import Session, amend
from ivig_desktop.domain.units import celsius_from_fahrenheit, fahrenheit_from_celsius

VITALS_FILE = "vitals.toml"
PAIN_MIN = Decimal(0)
PAIN_MAX = Decimal(10)
_TENTH = Decimal("0.1")
_FAHRENHEIT_PER_CELSIUS = Decimal("1.8")
_FAHRENHEIT_OFFSET = Decimal(32)


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
    VitalSign.SYSTOLIC: ("Systolic", "mmHg"),
    VitalSign.DIASTOLIC: ("Diastolic", "mmHg"),
    VitalSign.HEART_RATE: ("Heart rate", "/min"),
    VitalSign.RESPIRATORY_RATE: ("Respiratory rate", "/min"),
    VitalSign.TEMPERATURE: ("Temperature", "°C"),
    VitalSign.SPO2: ("SpO2", "%"),
    VitalSign.PAIN: ("Pain", "/10"),
    VitalSign.WEIGHT: ("Weight", "kg"),
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


# --- configuration ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Range:
    """Inclusive plausibility bounds."""

    low: Decimal
    high: Decimal

    def __contains__(self, value: object) -> bool:
        return isinstance(value, Decimal) and self.low <= value <= self.high


@dataclass(frozen=True)
class AlertThresholds:
    fever_at_or_above_c: Decimal = Decimal("38.0")
    temperature_rise_at_or_above_c: Decimal = Decimal("1.0")
    systolic_drop_at_or_above_percent: Decimal = Decimal(20)
    systolic_below_mmhg: Decimal = Decimal(90)
    heart_rate_above_per_min: Decimal = Decimal(120)
    spo2_below_percent: Decimal = Decimal(92)


_DEFAULT_RANGES = {
    VitalSign.SYSTOLIC: Range(Decimal(50), Decimal(260)),
    VitalSign.DIASTOLIC: Range(Decimal(20), Decimal(160)),
    VitalSign.HEART_RATE: Range(Decimal(20), Decimal(250)),
    VitalSign.RESPIRATORY_RATE: Range(Decimal(4), Decimal(60)),
    VitalSign.TEMPERATURE: Range(Decimal("32.0"), Decimal("43.0")),
    VitalSign.SPO2: Range(Decimal(50), Decimal(100)),
}


@dataclass(frozen=True)
class VitalsConfig:
    """Plausibility ranges (by sign) and alert thresholds. `source` names where they came from."""

    ranges: Mapping[VitalSign, Range] = field(default_factory=lambda: dict(_DEFAULT_RANGES))
    alerts: AlertThresholds = field(default_factory=AlertThresholds)
    source: str = "built-in defaults"

    def range_for(self, sign: VitalSign) -> Range:
        return self.ranges[sign]


class VitalsConfigError(DomainError):
    """The vitals configuration file is unusable; `problems` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("The vital signs settings are invalid: " + "; ".join(problems))


_ALERT_KEYS = tuple(AlertThresholds.__dataclass_fields__)


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal) and value.is_finite():
        return value
    return None


def load_vitals_config(source: Path | str) -> VitalsConfig:
    """Read and check a vitals configuration: a `Path` (read as UTF-8) or TOML text. Raises `VitalsConfigError`
    listing every problem. Numbers are read as exact Decimals."""
    name = str(source) if isinstance(source, Path) else VITALS_FILE
    try:
        text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
        data: dict[str, Any] = tomllib.loads(text, parse_float=Decimal)
    except OSError as error:
        raise VitalsConfigError([f"{name}: cannot be read ({error.strerror or error})"]) from error
    except tomllib.TOMLDecodeError as error:
        raise VitalsConfigError([f"{name}: not valid TOML ({error})"]) from error

    problems: list[str] = []
    for key in sorted(set(data) - {"ranges", "alerts"}):
        problems.append(f"{name}: unknown section or key '{key}'")

    ranges: dict[VitalSign, Range] = {}
    raw_ranges = data.get("ranges")
    if not isinstance(raw_ranges, dict):
        problems.append(f"{name}: [ranges] is missing")
        raw_ranges = {}
    known = {sign.value for sign in RANGED_SIGNS}
    for key in sorted(set(raw_ranges) - known):
        problems.append(f"{name}: [ranges] has an unknown key '{key}'")
    for sign in RANGED_SIGNS:
        entry = raw_ranges.get(sign.value)
        where = f"{name}: ranges.{sign.value}"
        if not isinstance(entry, dict) or set(entry) != {"min", "max"}:
            problems.append(f"{where} must be {{ min = ..., max = ... }}")
            continue
        low, high = _number(entry["min"]), _number(entry["max"])
        if low is None or high is None:
            problems.append(f"{where}: min and max must be numbers")
            continue
        if not low < high:
            problems.append(f"{where}: min ({low}) must be below max ({high})")
            continue
        if sign is VitalSign.TEMPERATURE and (low != low.quantize(_TENTH) or high != high.quantize(_TENTH)):
            problems.append(f"{where}: bounds must have at most one decimal")
            continue
        if sign is not VitalSign.TEMPERATURE and (low != low.to_integral_value() or high != high.to_integral_value()):
            problems.append(f"{where}: bounds must be whole numbers")
            continue
        ranges[sign] = Range(low, high)

    raw_alerts = data.get("alerts")
    if not isinstance(raw_alerts, dict):
        problems.append(f"{name}: [alerts] is missing")
        raw_alerts = {}
    for key in sorted(set(raw_alerts) - set(_ALERT_KEYS)):
        problems.append(f"{name}: [alerts] has an unknown key '{key}'")
    alerts: dict[str, Decimal] = {}
    for key in _ALERT_KEYS:
        value = _number(raw_alerts.get(key))
        if value is None:
            problems.append(f"{name}: alerts.{key} is missing or not a number")
        else:
            alerts[key] = value

    if not problems:
        thresholds = AlertThresholds(**alerts)
        problems.extend(_check_thresholds(name, ranges, thresholds))
        if not problems:
            return VitalsConfig(ranges=ranges, alerts=thresholds, source=name)
    raise VitalsConfigError(problems)


def _check_thresholds(name: str, ranges: Mapping[VitalSign, Range], alerts: AlertThresholds) -> list[str]:
    problems = []
    inside = (
        ("fever_at_or_above_c", alerts.fever_at_or_above_c, VitalSign.TEMPERATURE),
        ("systolic_below_mmhg", alerts.systolic_below_mmhg, VitalSign.SYSTOLIC),
        ("heart_rate_above_per_min", alerts.heart_rate_above_per_min, VitalSign.HEART_RATE),
        ("spo2_below_percent", alerts.spo2_below_percent, VitalSign.SPO2),
    )
    for key, value, sign in inside:
        bounds = ranges[sign]
        if not bounds.low < value < bounds.high:
            problems.append(f"{name}: alerts.{key} ({value}) must lie inside ranges.{sign.value}")
    rise = alerts.temperature_rise_at_or_above_c
    if not Decimal(0) < rise <= Decimal(5):
        problems.append(f"{name}: alerts.temperature_rise_at_or_above_c ({rise}) must be above 0 and at most 5")
    drop = alerts.systolic_drop_at_or_above_percent
    if not Decimal(0) < drop < Decimal(100):
        problems.append(f"{name}: alerts.systolic_drop_at_or_above_percent ({drop}) must be between 0 and 100")
    return problems


@functools.cache
def default_vitals_config() -> VitalsConfig:
    """The bundled `resources/vitals.toml`."""
    # Imported here so that the rest of the domain never touches the file system.
    from ivig_desktop.paths import resources_dir

    return load_vitals_config(resources_dir() / VITALS_FILE)


# --- one vitals set -----------------------------------------------------------------------------------------


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
                raise DomainError(f"This vitals record is damaged: '{key}' is missing.")
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
            raise ValidationError.one(sign.value, "Pain must be a whole number from 0 (no pain) to 10 (worst pain).")
        return Decimal(int(value))
    in_range(value, bounds.low, bounds.high, sign.value, sign.label, sign.unit)
    if value != value.to_integral_value():
        raise ValidationError.one(sign.value, f"{sign.label} must be a whole number.")
    return Decimal(int(value))


def _temperature(raw: str | Decimal | int, unit: TemperatureUnit, bounds: Range) -> tuple[Decimal, Decimal | None]:
    """(°C at 0.1, the °F value typed or None). The range is checked in the unit typed, before any conversion."""
    field = "temperature"
    label = "Temperature"
    value = parse_decimal(raw, field, label)
    if unit is TemperatureUnit.CELSIUS:
        low, high = bounds.low, bounds.high
        accepted = f"{low} and {high} °C"
    else:
        low = bounds.low * _FAHRENHEIT_PER_CELSIUS + _FAHRENHEIT_OFFSET
        high = bounds.high * _FAHRENHEIT_PER_CELSIUS + _FAHRENHEIT_OFFSET
        accepted = f"{low.normalize():f} and {high.normalize():f} °F ({bounds.low} to {bounds.high} °C)"
    if not low <= value <= high:
        raise ValidationError.one(field, f"{label} must be between {accepted}.")
    if value != value.quantize(_TENTH):
        raise ValidationError.one(field, f"{label} must have at most one decimal, for example 37.2.")
    if unit is TemperatureUnit.CELSIUS:
        return value.quantize(_TENTH), None
    return celsius_from_fahrenheit(value), value.quantize(_TENTH)


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
            f"Diastolic ({diastolic} mmHg) must be below systolic ({systolic} mmHg).",
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


OCCURRED_AT_FIELD = "occurred_at"


def record_vitals(
    session: Session, values: VitalsInput, *, occurred_at: datetime, now: datetime, config: VitalsConfig
) -> NewEvent:
    """A vitals set taken at `occurred_at` (now, or earlier for a late entry; never in the future, never before
    the session opened). Values past an alert threshold are stored; `vitals_history` flags them."""
    errors = FieldErrors()
    vitals: Vitals | None = None
    when: datetime | None = None
    try:
        vitals = validate_vitals(values, config)
    except ValidationError as error:
        errors.capture(error)
    try:
        when = validate_entry_time(session, occurred_at, now, OCCURRED_AT_FIELD, "The time the vitals were taken")
    except ValidationError as error:
        errors.capture(error)
    errors.raise_if_any()
    assert vitals is not None and when is not None
    return NewEvent(EventType.VITALS_RECORDED, occurred_at=when, payload=vitals.to_payload())


def amend_vitals(
    session: Session, event_id: int, *, reason: str, now: datetime, values: VitalsInput, config: VitalsConfig
) -> NewEvent:
    """Correct a vitals set's values (validated as a new entry). The original stays in the record."""
    entry = session.entry(event_id)
    if entry.event.type is not EventType.VITALS_RECORDED:
        raise DomainError("Only a vitals set's values can be corrected here.")
    vitals = validate_vitals(values, config)
    payload = vitals.to_payload()
    if payload == dict(entry.current_payload):
        raise ValidationError.one("replacement", "The corrected values are the same as the values recorded.")
    return amend(session, event_id, reason=reason, now=now, replacement=payload)


# --- flags and history --------------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class VitalsReading:
    """A vitals set as it now stands in the record, with its flags."""

    event_id: int
    occurred_at: datetime
    recorded_at: datetime
    nurse_id: int
    vitals: Vitals
    flags: tuple[VitalsFlag, ...]
    is_baseline: bool
    is_late_entry: bool
    is_corrected: bool

    @property
    def flagged_signs(self) -> frozenset[VitalSign]:
        return frozenset(flag.sign for flag in self.flags)


@dataclass(frozen=True)
class Comparison:
    """One row of the baseline-against-latest summary."""

    sign: VitalSign
    baseline: Decimal | None
    latest: Decimal | None

    @property
    def change(self) -> Decimal | None:
        if self.baseline is None or self.latest is None:
            return None
        return self.latest - self.baseline


@dataclass(frozen=True)
class VitalsHistory:
    """The session's vitals sets in the order they were taken, the baseline, the latest, and every flag."""

    readings: tuple[VitalsReading, ...] = ()
    baseline_before_infusion: bool | None = None

    @property
    def baseline(self) -> VitalsReading | None:
        return self.readings[0] if self.readings else None

    @property
    def latest(self) -> VitalsReading | None:
        return self.readings[-1] if self.readings else None

    def reading(self, event_id: int) -> VitalsReading:
        for reading in self.readings:
            if reading.event_id == event_id:
                return reading
        raise DomainError(f"No vitals set {event_id} in this session.")

    def comparison(self) -> tuple[Comparison, ...]:
        """Baseline against latest for every sign (weight only if measured)."""
        baseline, latest = self.baseline, self.latest
        rows = []
        for sign in VitalSign:
            before = baseline.vitals.value(sign) if baseline else None
            after = latest.vitals.value(sign) if latest else None
            if sign is VitalSign.WEIGHT and before is None and after is None:
                continue
            rows.append(Comparison(sign, before, after))
        return tuple(rows)


def vitals_history(
    session: Session, config: VitalsConfig, infusion_started_at: datetime | None = None
) -> VitalsHistory:
    """The vitals sets as they now stand (amendments applied, sets entered in error left out), ordered by the time
    they were taken (ties: the order written). The first is the baseline; each set is flagged against it.
    `infusion_started_at` (from the infusion, when there is one) only sets `baseline_before_infusion`."""
    effective = sorted(
        session.effective_events(EventType.VITALS_RECORDED),
        key=lambda e: (e.occurred_at, e.event.seq),
    )
    entries = {entry.event.id: entry for entry in session.entries}
    readings: list[VitalsReading] = []
    baseline: Vitals | None = None
    for position, item in enumerate(effective):
        vitals = Vitals.from_payload(item.payload)
        if position == 0:
            baseline = vitals
        readings.append(
            VitalsReading(
                event_id=item.event.id,
                occurred_at=item.occurred_at,
                recorded_at=item.event.recorded_at,
                nurse_id=item.event.nurse_id,
                vitals=vitals,
                flags=flags_for(vitals, None if position == 0 else baseline, config),
                is_baseline=position == 0,
                is_late_entry=item.event.is_late_entry,
                is_corrected=entries[item.event.id].is_amended,
            )
        )
    before: bool | None = None
    if readings and infusion_started_at is not None:
        before = readings[0].occurred_at <= infusion_started_at
    return VitalsHistory(tuple(readings), before)
