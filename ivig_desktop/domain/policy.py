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
from ivig_desktop.domain.units import RoundingPolicy


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


CLINIC_POLICY_SOURCE = "clinic policy (resources/clinic.toml)"


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
    - `at_risk_minimum_practicable_mg_per_kg_min`: the rate used for "minimum practicable" in patients at
      renal or thrombosis risk; None (default) means the protocol's label start rate.
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
