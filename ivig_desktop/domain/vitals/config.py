"""The clinic's vital-sign settings (`resources/vitals.toml`): plausibility ranges and alert thresholds."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.vitals.signs import RANGED_SIGNS, TENTH, VitalSign

VITALS_FILE = "vitals.toml"


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
        if sign is VitalSign.TEMPERATURE and (low != low.quantize(TENTH) or high != high.quantize(TENTH)):
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
