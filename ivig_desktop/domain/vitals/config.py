"""The clinic's vital-sign settings (`resources/vitals.toml`): plausibility ranges, and alert thresholds each with
the source of its number.

    [ranges]
    systolic_mmhg = { min = 50, max = 260 }
    ...
    [alerts.systolic_at_or_above_mmhg]
    value = 180
    source = "where the number comes from"

A file with an unknown key, a missing key, a threshold without its source, or numbers that do not make sense is
refused with every problem listed (see `thresholds.check_thresholds`).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.vitals.signs import RANGED_SIGNS, TENTH, Range, VitalSign
from ivig_desktop.domain.vitals.thresholds import ALERT_KEYS, BUILT_IN_SOURCE, AlertThresholds, check_thresholds

msg = messages(__name__)

VITALS_FILE = "vitals.toml"
SOURCE_MAX_CHARS = 500

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
    """Plausibility ranges (by sign) and alert thresholds, with the source of each threshold (by its key in
    `AlertThresholds`). `source` names the file they came from."""

    ranges: Mapping[VitalSign, Range] = field(default_factory=lambda: dict(_DEFAULT_RANGES))
    alerts: AlertThresholds = field(default_factory=AlertThresholds)
    source: str = msg("built-in defaults")
    sources: Mapping[str, str] = field(default_factory=lambda: dict.fromkeys(ALERT_KEYS, BUILT_IN_SOURCE))

    def range_for(self, sign: VitalSign) -> Range:
        return self.ranges[sign]

    def source_of(self, key: str) -> str:
        """Where a threshold's number comes from (`key` is an `AlertThresholds` field)."""
        return self.sources.get(key, BUILT_IN_SOURCE)


class VitalsConfigError(DomainError):
    """The vitals configuration file is unusable; `problems` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(msg("The vital signs settings are invalid: ") + "; ".join(problems))


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal) and value.is_finite():
        return value
    return None


def _ranges(name: str, raw_ranges: object, problems: list[str]) -> dict[VitalSign, Range]:
    ranges: dict[VitalSign, Range] = {}
    if not isinstance(raw_ranges, dict):
        problems.append(msg("{name}: [ranges] is missing", name=name))
        raw_ranges = {}
    assert isinstance(raw_ranges, dict)
    known = {sign.value for sign in RANGED_SIGNS}
    for key in sorted(set(raw_ranges) - known):
        problems.append(msg("{name}: [ranges] has an unknown key '{key}'", name=name, key=key))
    for sign in RANGED_SIGNS:
        entry = raw_ranges.get(sign.value)
        where = msg("{name}: ranges.{value}", name=name, value=sign.value)
        if not isinstance(entry, dict) or set(entry) != {"min", "max"}:
            problems.append(msg("{where} must be {{ min = ..., max = ... }}", where=where))
            continue
        low, high = _number(entry["min"]), _number(entry["max"])
        if low is None or high is None:
            problems.append(msg("{where}: min and max must be numbers", where=where))
            continue
        if not low < high:
            problems.append(msg("{where}: min ({low}) must be below max ({high})", where=where, low=low, high=high))
            continue
        if sign is VitalSign.TEMPERATURE and (low != low.quantize(TENTH) or high != high.quantize(TENTH)):
            problems.append(msg("{where}: bounds must have at most one decimal", where=where))
            continue
        if sign is not VitalSign.TEMPERATURE and (low != low.to_integral_value() or high != high.to_integral_value()):
            problems.append(msg("{where}: bounds must be whole numbers", where=where))
            continue
        ranges[sign] = Range(low, high)
    return ranges


def _alerts(name: str, raw_alerts: object, problems: list[str]) -> tuple[dict[str, Decimal], dict[str, str]]:
    """The thresholds' values and sources, from `[alerts.<key>]` tables of `value` and `source`."""
    values: dict[str, Decimal] = {}
    sources: dict[str, str] = {}
    if not isinstance(raw_alerts, dict):
        problems.append(msg("{name}: [alerts] is missing", name=name))
        return values, sources
    for key in sorted(set(raw_alerts) - set(ALERT_KEYS)):
        problems.append(msg("{name}: [alerts] has an unknown key '{key}'", name=name, key=key))
    for key in ALERT_KEYS:
        entry = raw_alerts.get(key)
        where = msg("{name}: alerts.{key}", name=name, key=key)
        if entry is None:
            problems.append(msg("{where} is missing", where=where))
            continue
        if not isinstance(entry, dict) or set(entry) != {"value", "source"}:
            problems.append(
                msg(
                    "{where} must be a table with a value and its source: [alerts.{key}] value = ... source = ...",
                    where=where,
                    key=key,
                )
            )
            continue
        value = _number(entry["value"])
        if value is None:
            problems.append(msg("{where}.value must be a number", where=where))
        else:
            values[key] = value
        source = entry["source"]
        if not isinstance(source, str) or not source.strip():
            problems.append(msg("{where}.source must name where the number comes from", where=where))
        elif len(source) > SOURCE_MAX_CHARS:
            problems.append(
                msg(
                    "{where}.source must be at most {source_max_chars} characters",
                    where=where,
                    source_max_chars=SOURCE_MAX_CHARS,
                )
            )
        else:
            sources[key] = " ".join(source.split())
    return values, sources


def load_vitals_config(source: Path | str) -> VitalsConfig:
    """Read and check a vitals configuration: a `Path` (read as UTF-8) or TOML text. Raises `VitalsConfigError`
    listing every problem. Numbers are read as exact Decimals."""
    name = str(source) if isinstance(source, Path) else VITALS_FILE
    try:
        text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
        data: dict[str, Any] = tomllib.loads(text, parse_float=Decimal)
    except OSError as error:
        raise VitalsConfigError(
            [msg("{name}: cannot be read ({value})", name=name, value=error.strerror or error)]
        ) from error
    except tomllib.TOMLDecodeError as error:
        raise VitalsConfigError([msg("{name}: not valid TOML ({error})", name=name, error=error)]) from error

    problems: list[str] = []
    for key in sorted(set(data) - {"ranges", "alerts"}):
        problems.append(msg("{name}: unknown section or key '{key}'", name=name, key=key))
    ranges = _ranges(name, data.get("ranges"), problems)
    values, sources = _alerts(name, data.get("alerts"), problems)
    if not problems:
        thresholds = AlertThresholds(**values)
        problems.extend(check_thresholds(name, ranges, thresholds))
        if not problems:
            return VitalsConfig(ranges=ranges, alerts=thresholds, source=name, sources=sources)
    raise VitalsConfigError(problems)


@functools.cache
def default_vitals_config() -> VitalsConfig:
    """The bundled `resources/vitals.toml`."""
    # Imported here so that the rest of the domain never touches the file system.
    from ivig_desktop.paths import resources_dir

    return load_vitals_config(resources_dir() / VITALS_FILE)
