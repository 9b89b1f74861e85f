"""The clinic's own rules where a label leaves a choice: escalation, pump resolution, vial rounding, and more.

The values live in `resources/clinic.toml` (loaded by `catalog.load_clinic_policy`); plan functions take a
`ClinicPolicy` as a parameter, so a test or another clinic can vary it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from ivig_desktop.domain.accounts import SecurityPolicy
from ivig_desktop.domain.due import MonitoringPolicy
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.units import RoundingPolicy
from ivig_desktop.domain.working import parenthesised

msg = messages(__name__)


class VialRounding(StrEnum):
    """How an ordered dose in grams becomes whole vials.

    - `not_below`: the smallest total of whole vials not below the order; on a tie, the fewest vials.
    - `nearest_5g`: round the order to the nearest 5 g (half-up; at least 5 g), then make that total exactly
      with whole vials (fewest vials), or if it cannot be made, the smallest total not below it.
    """

    NOT_BELOW = "not_below"
    NEAREST_5G = "nearest_5g"


class PerKgWeight(StrEnum):
    """Which weight per-kg rates (mg/kg/min, mL/kg/h) are multiplied by to give pump mL/h."""

    ACTUAL = "actual"
    DOSING = "dosing"


class DoubleCheckRule(StrEnum):
    """How the clinic wants the plan's calculation double-checked before it is confirmed."""

    SECOND_NURSE = "second_nurse"  # a second nurse checks; her name is recorded
    SELF = "self"  # the same nurse re-types the dose and the first pump rate from her own calculation
    EITHER = "either"  # the nurse chooses


CLINIC_POLICY_SOURCE = msg("clinic policy (resources/clinic.toml)")
DEFAULT_PUMP_NAME = msg("the clinic's infusion pump (model not configured)")
DEFAULT_PUMP_MAX_ML_PER_H = Decimal("999.9")


@dataclass(frozen=True)
class Pump:
    """The clinic's infusion pump: its name and the highest rate it can be programmed to.

    Its resolution is the rounding policy's `pump_resolution_ml_per_h` (one rounding policy, `units`). Every plan is
    bounded by `max_ml_per_h` (a hard limit naming the pump) and the infusion screen refuses a rate above it.
    """

    name: str = DEFAULT_PUMP_NAME
    max_ml_per_h: Decimal = DEFAULT_PUMP_MAX_ML_PER_H

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("the pump needs a name")
        if not self.max_ml_per_h.is_finite() or self.max_ml_per_h <= 0:
            raise ValueError("the pump's maximum must be a positive number of mL/h")


@dataclass(frozen=True)
class ClinicPolicy:
    """The clinic's choices. Defaults are those of the bundled `resources/clinic.toml`.

    - `escalation_factor`, `escalation_interval_min`: for labels that say "increase as tolerated up to a
      maximum" without steps, each step multiplies the rate by the factor (2: doubling) every interval
      (30 min, unless the label states an interval; a label range such as 15-30 min is respected by
      clamping).
    - `rounding`: the one rounding policy, including the pump resolution (0.1 mL/h).
    - `vial_rounding`: `not_below` (default) or `nearest_5g`.
    - `per_kg_weight`: per-kg rates use the `actual` weight (default) or the `dosing` weight.
    - `at_risk_minimum_practicable_mg_per_kg_min`: the clinic's rule for "minimum infusion rate practicable" in
      patients at renal or thrombosis risk (`minimum_practicable_rule` says it in words); None (default) means
      the protocol's label start rate. The at-risk cap is the lower of this and any number the label adds.
    - `pump`: the clinic's pump (name, maximum mL/h); its resolution is `rounding.pump_resolution_ml_per_h`.
    - `max_chair_minutes`: the longest a plan may take in one day (chair time); longer plans offer a split over
      days, at most `max_split_days`.
    - `long_gap_weeks`: more than this many weeks since the last infusion restarts at the label's lowest rate.
    - `monitoring`: vitals schedule, premedication wait, observation, alert escalation (`due.MonitoringPolicy`).
    - `double_check`: how the plan is double-checked before it is confirmed (`DoubleCheckRule`).
    - `security`: auto-lock after inactivity and lockout after failed sign-ins (`accounts.SecurityPolicy`).
    """

    escalation_factor: Decimal = Decimal(2)
    escalation_interval_min: int = 30
    rounding: RoundingPolicy = field(default_factory=RoundingPolicy)
    vial_rounding: VialRounding = VialRounding.NOT_BELOW
    per_kg_weight: PerKgWeight = PerKgWeight.ACTUAL
    at_risk_minimum_practicable_mg_per_kg_min: Decimal | None = None
    pump: Pump = field(default_factory=Pump)
    max_chair_minutes: int = 480
    max_split_days: int = 5
    long_gap_weeks: int = 8
    monitoring: MonitoringPolicy = field(default_factory=MonitoringPolicy)
    double_check: DoubleCheckRule = DoubleCheckRule.EITHER
    security: SecurityPolicy = field(default_factory=SecurityPolicy)
    source: str = CLINIC_POLICY_SOURCE

    def __post_init__(self) -> None:
        if not self.escalation_factor.is_finite() or self.escalation_factor <= 1:
            raise ValueError("escalation factor must be greater than 1")
        if self.escalation_interval_min <= 0:
            raise ValueError("escalation interval must be a positive number of minutes")
        rate = self.at_risk_minimum_practicable_mg_per_kg_min
        if rate is not None and (not rate.is_finite() or rate <= 0):
            raise ValueError("minimum practicable rate must be a positive number of mg/kg/min")
        if self.long_gap_weeks <= 0:
            raise ValueError("long-gap weeks must be positive")
        if self.max_chair_minutes <= 0:
            raise ValueError("the maximum chair time must be a positive number of minutes")
        if self.max_split_days < 1:
            raise ValueError("a dose can be split over at least 1 day")

    @property
    def minimum_practicable_rule(self) -> str:
        """The clinic's rule for "minimum infusion rate practicable", in words, with where it is set."""
        rate = self.at_risk_minimum_practicable_mg_per_kg_min
        where = msg("{source} [at_risk] minimum_practicable_mg_per_kg_min", source=self.source)
        if rate is None:
            setting = parenthesised(f'{where} = "label_start"')
            return msg("the protocol's label start rate, without escalation {setting}", setting=setting)
        shown = format(rate.normalize(), "f")
        return msg("{rate} mg/kg/min {setting}", rate=shown, setting=parenthesised(f"{where} = {shown}"))
