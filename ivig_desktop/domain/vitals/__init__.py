"""Vital signs: plausibility ranges (refuse), alert thresholds (flag), the record command and the session's history.

Two kinds of limit, both read from `resources/vitals.toml` (see `load_vitals_config`):
- A **plausibility range** refuses a value that cannot be a real measurement (a typo, a unit mix-up): nothing is
  stored and the message beside the field states the accepted range. Defaults: systolic 50-260 mmHg, diastolic
  20-160 mmHg and below systolic, heart rate 20-250 /min, respiratory rate 4-60 /min, temperature 32.0-43.0 °C,
  SpO2 50-100 %. Pain is a whole number 0-10 and weight uses the patient weight range of `body.py` (2-350 kg).
- An **alert threshold** stores the value and flags it with a sentence that says the rule and its numbers; each
  threshold in the file names its source. Defaults: temperature >= 38.0 °C or >= baseline + 1.0 °C; systolic
  >= 20% below baseline, < 90 mmHg, >= 180 mmHg or >= baseline + 30 mmHg; diastolic >= 110 mmHg; heart rate
  > 120 /min, < 50 /min or >= baseline + 20 /min; respiratory rate < 10 or > 24 /min; SpO2 < 92% or >= 3 points
  below baseline; pain >= 7/10 or >= 3 points above baseline.

Numbers are exact `Decimal`s. Blood pressure, heart rate, respiratory rate, SpO2 and pain are whole numbers;
temperature has at most one decimal in the unit it is typed in. Temperature is stored in °C: a value typed in °F
must lie within the °C range converted to °F, and is converted with `units.celsius_from_fahrenheit` (exact, then
rounded half-up to 0.1 °C); the typed °F value is kept beside it (`temperature_f_entered`).

The **baseline** is the session's first vitals set: the earliest by the time it was taken (ties: the first
written), among the sets as they now stand (corrected values; sets entered in error left out). The lead's infusion
start, when given to `vitals_history`, only tells whether that baseline was taken before the start.

Modules: `signs` (names, units), `config` (the file), `thresholds` (the alert values and their checks), `values`
(one set and its plausibility), `alerts` (the flags), `history` (record, correct, baseline and latest).
"""

from ivig_desktop.domain.vitals.alerts import FlagKind, VitalsFlag, flags_for
from ivig_desktop.domain.vitals.config import (
    VITALS_FILE,
    VitalsConfig,
    VitalsConfigError,
    default_vitals_config,
    load_vitals_config,
)
from ivig_desktop.domain.vitals.history import (
    OCCURRED_AT_FIELD,
    Comparison,
    VitalsHistory,
    VitalsReading,
    amend_vitals,
    record_vitals,
    vitals_history,
)
from ivig_desktop.domain.vitals.signs import PAIN_MAX, PAIN_MIN, RANGED_SIGNS, Range, TemperatureUnit, VitalSign
from ivig_desktop.domain.vitals.thresholds import ALERT_KEYS, AlertThresholds
from ivig_desktop.domain.vitals.values import Vitals, VitalsInput, validate_vitals

__all__ = [
    "ALERT_KEYS",
    "OCCURRED_AT_FIELD",
    "PAIN_MAX",
    "PAIN_MIN",
    "RANGED_SIGNS",
    "VITALS_FILE",
    "AlertThresholds",
    "Comparison",
    "FlagKind",
    "Range",
    "TemperatureUnit",
    "VitalSign",
    "Vitals",
    "VitalsConfig",
    "VitalsConfigError",
    "VitalsFlag",
    "VitalsHistory",
    "VitalsInput",
    "VitalsReading",
    "amend_vitals",
    "default_vitals_config",
    "flags_for",
    "load_vitals_config",
    "record_vitals",
    "validate_vitals",
    "vitals_history",
]
