"""`Plan`: the result of the engine, with the working of every number (its JSON form: `serialise.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.body import DosingWeight
from ivig_desktop.domain.catalog import Indication, Ladder, Note, Product, Protocol
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.plan.doses import DoseCheck
from ivig_desktop.domain.plan.model import DosePlan, Limit, OffLabel, Override, PlanRequest, PlanStep
from ivig_desktop.domain.plan.practical import Split
from ivig_desktop.domain.policy import ClinicPolicy
from ivig_desktop.domain.working import Working

msg = messages(__name__)


@dataclass(frozen=True)
class Plan:
    """The infusion plan: steps, limits, dose, duration, warnings, and the working for every number."""

    request: PlanRequest
    product: Product
    protocol: Protocol
    protocol_fallback: bool
    concentration_percent: Decimal
    weight_kg: Decimal
    height_cm: Decimal | None
    dosing_weight: DosingWeight
    per_kg_weight_kg: Fraction
    per_kg_weight_basis: str
    start_rule: str
    ladder: Ladder | None
    steps: tuple[PlanStep, ...]
    limits: tuple[Limit, ...]
    hard_limit: Limit
    ceiling_name: str
    overrides: tuple[Override, ...]
    max_ml_per_h: Decimal
    max_working: Working
    dose: DosePlan | None
    warnings: tuple[str, ...]
    notes: tuple[Note, ...]
    policy: ClinicPolicy
    off_label: OffLabel | None = None
    dose_check: DoseCheck | None = None
    split: Split | None = None
    ladder_requested: str | None = None  # a ladder asked for but not used for this patient (a warning says why)
    first_infusion_rule: str | None = None  # a label's first-infusion rule that applied, and was kept

    @property
    def course_day(self) -> int:
        return self.request.course_day

    @property
    def course_days(self) -> int:
        return self.request.course_days

    @property
    def course_text(self) -> str | None:
        """'Day 2 of 5: 0.4 g/kg today of a 2 g/kg course', or None for a single-day order."""
        if self.request.course_days == 1 or self.request.dose_g_per_kg is None:
            return None
        day = self.request.dose_g_per_kg
        total = day * self.request.course_days
        return msg(
            "Day {course_day} of {course_days}: {day} g/kg today of a {total} g/kg course",
            course_day=self.request.course_day,
            course_days=self.request.course_days,
            day=units.show(day),
            total=units.show(total),
        )

    @property
    def off_label_text(self) -> str | None:
        return self.off_label.text if self.off_label else None

    @property
    def indication(self) -> Indication:
        return self.request.indication

    @property
    def estimated_minutes(self) -> int | None:
        return self.dose.estimated_minutes if self.dose else None

    def workings(self) -> tuple[Working, ...]:
        """The working of every number, in reading order: dosing weight, limits, steps, maximum, dose."""
        workings = [self.dosing_weight.working, *(limit.working for limit in self.limits)]
        workings.extend(step.working for step in self.steps)
        workings.append(self.max_working)
        if self.dose is not None:
            dose = self.dose
            if self.dose_check is not None:
                workings.append(self.dose_check.working)
            workings.extend([dose.ordered_working, dose.vials.working, dose.volume_working, dose.duration_working])
        if self.split is not None:
            workings.append(self.split.working)
        return tuple(workings)

    def to_dict(self) -> dict[str, object]:
        """The plan as JSON-ready values. Numbers are Decimals rounded as shown (exact at that precision)."""
        from ivig_desktop.domain.plan.serialise import plan_to_dict

        return plan_to_dict(self)
