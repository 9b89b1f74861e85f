"""The plan's values: the request, limits, overrides, steps, vials and dose; constants of the engine."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from ivig_desktop.domain.body import DosingWeightMethod, Sex
from ivig_desktop.domain.catalog import Indication
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.policy import VialRounding
from ivig_desktop.domain.units import show
from ivig_desktop.domain.working import Working

msg = messages(__name__)

PLAN_FORMAT = "ivig-desktop.plan/1"
DOSE_G_PER_KG_MIN = Decimal("0.1")
DOSE_G_PER_KG_MAX = Decimal("2")
WEEKS_SINCE_LAST_MAX = Decimal("520")
COURSE_DAYS_MAX = 7
PRESCRIBER_MAX_CHARS = 100
NL_FIRST_INFUSION_MAX_ML_PER_KG_MIN = Fraction(8, 100)
NL_SOURCE = msg('Newfoundland & Labrador "Standardized adult (40-130 kg) IVIG infusion rate tables"')


class InfusionKind(StrEnum):
    FIRST = "first"
    MAINTENANCE = "maintenance"


class StepOrigin(StrEnum):
    """Where a step's rate comes from. A step lowered to a limit takes the limit's origin."""

    LABEL = "label"
    LADDER = "ladder"
    CLINIC = "clinic"
    PERSONAL = "personal"
    PUMP = "pump"


class LimitKind(StrEnum):
    HARD = "hard"  # label maximum, at-risk cap, pump maximum: a rate above it is refused
    SOFT = "soft"  # personal maximum: a rate above it needs a recorded reason


@dataclass(frozen=True)
class PersonalPlan:
    """From the patient's history: the step maintenance infusions start at, and the highest tolerated rate."""

    start_rate_mg_per_kg_min: Decimal | None = None
    max_rate_mg_per_kg_min: Decimal | None = None
    source: str = msg("patient's infusion history")


@dataclass(frozen=True)
class PlanRequest:
    """Everything a plan depends on besides the catalog, the ladders and the clinic policy."""

    product_id: str
    indication: Indication
    weight_kg: Decimal
    height_cm: Decimal | None = None
    sex: Sex | None = None
    dosing_weight_method: DosingWeightMethod = DosingWeightMethod.AUTO
    dose_g_per_kg: Decimal | None = None
    infusion: InfusionKind = InfusionKind.FIRST
    weeks_since_last: Decimal | None = None
    previous_product_id: str | None = None
    at_risk: bool = False
    ladder_id: str | None = None
    concentration_percent: Decimal | None = None
    personal: PersonalPlan | None = None
    requested_max_rate_mg_per_kg_min: Decimal | None = None
    override_reason: str | None = None
    off_label_prescriber: str | None = None  # an order for an indication not on the label names its prescriber
    course_day: int = 1  # day k of a course of `course_days` consecutive days; `dose_g_per_kg` is one day's dose
    course_days: int = 1


@dataclass(frozen=True)
class OffLabel:
    """An order for an indication that is not on the product's label, and the prescriber who made it."""

    prescriber: str
    indication: Indication
    labelled: tuple[Indication, ...]

    @property
    def text(self) -> str:
        labelled = ", ".join(indication.value for indication in self.labelled)
        return msg(
            "OFF-LABEL: {value} is not on the label (labelled: {labelled}); ordered by {prescriber}",
            value=self.indication.value,
            labelled=labelled,
            prescriber=self.prescriber,
        )


@dataclass(frozen=True)
class Limit:
    """A rate limit for this plan: hard (refuse above) or soft (reason needed above), and where it came from.

    `inclusive` is False when the label says "less than": the rate must then stay strictly below it.
    """

    kind: LimitKind
    name: str
    rate_mg_per_kg_min: Fraction
    inclusive: bool
    origin: StepOrigin
    source: str
    rate_ml_per_h: Fraction
    working: Working

    @property
    def describe(self) -> str:
        relation = "" if self.inclusive else "< "
        return msg(
            "{name} {relation}{rate_mg_per_kg_min} mg/kg/min",
            name=self.name,
            relation=relation,
            rate_mg_per_kg_min=show(self.rate_mg_per_kg_min, 4),
        )

    def exceeded_by(self, rate_mg_per_kg_min: Fraction) -> bool:
        if self.inclusive:
            return rate_mg_per_kg_min > self.rate_mg_per_kg_min
        return rate_mg_per_kg_min >= self.rate_mg_per_kg_min


LIMIT_RULE = {
    LimitKind.HARD: msg("a rate above it is refused"),
    LimitKind.SOFT: msg("a rate above it needs a recorded reason"),
}


class LimitExceededError(ValidationError):
    """A requested rate is above a hard limit: refused. `limit` is the limit, `errors` names the field."""

    def __init__(self, field: str, message: str, limit: Limit) -> None:
        super().__init__({field: message})
        self.limit = limit


@dataclass(frozen=True)
class Override:
    """A rate above a soft limit, allowed because a reason was given; the session records it as an event."""

    field: str
    limit: Limit
    requested_mg_per_kg_min: Fraction
    reason: str


@dataclass(frozen=True)
class PlanStep:
    """One pump setting. `rate_ml_per_h` is what is programmed; the per-kg rates are shown (4 decimals).

    `duration_min` is None for the last step, which runs until the volume is infused (or is held).
    `volume_ml` is the exact volume infused during the step when a dose is given.
    """

    number: int
    start_min: int
    duration_min: int | None
    rate_mg_per_kg_min: Decimal
    rate_ml_per_kg_h: Decimal
    rate_ml_per_h: Decimal
    origin: StepOrigin
    capped_by: str | None
    exact_mg_per_kg_min: Fraction
    volume_ml: Fraction | None
    working: Working


@dataclass(frozen=True)
class VialSelection:
    """Whole vials for an order: `vials` is ((size_g, count), ...), largest first."""

    rule: VialRounding
    ordered_g: Fraction
    target_g: Fraction
    vials: tuple[tuple[Decimal, int], ...]
    total_g: Fraction
    working: Working

    @property
    def vial_count(self) -> int:
        return sum(count for _, count in self.vials)


@dataclass(frozen=True)
class DosePlan:
    dose_g_per_kg: Decimal
    ordered_g: Fraction
    vials: VialSelection
    dose_g: Fraction
    volume_ml: Fraction
    estimated_minutes_exact: Fraction
    estimated_minutes: int
    ordered_working: Working
    volume_working: Working
    duration_working: Working
