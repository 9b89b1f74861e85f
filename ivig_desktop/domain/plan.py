"""The infusion plan for one patient and one visit: the steps a nurse programs into the pump, and why.

`make_plan(request, catalog=..., ladders=..., policy=...)` turns a `PlanRequest` (patient, product,
indication, visit) into a `Plan`:

1. the protocol: the label's row for the indication, else the product's general protocol (a warning says so);
2. the dosing weight (actual, ideal, adjusted or auto; `body.dosing_weight`) and the per-kg weight that
   per-kg rates use (actual unless the clinic policy says dosing);
3. the limits: hard = the label maximum, and for a patient at renal or thrombosis risk the at-risk cap (the
   label's at-risk rate, or the clinic's minimum practicable rate where the label says "minimum practicable"
   or gives none); soft = the patient's personal maximum (tolerated rate). A rate above a hard limit is
   refused (`LimitExceededError`); above the soft limit it needs a reason and is recorded in `overrides`;
4. the rate sequence in mg/kg/min: the label's rule (list, increment, doubling, or "as tolerated", which
   follows the clinic's escalation and is marked `clinic`), or a fixed mL/h ladder; it starts at the label's
   lowest rate for a first infusion, a product switch or a long gap, else at the personal start step; every
   rate above the plan's ceiling is lowered to it and the sequence ends there;
5. pump rates: mg/kg/min -> mL/kg/h -> mL/h (`units`), rounded by the one rounding policy, never above the
   ceiling in mL/h;
6. with a dose: g/kg x dosing weight -> grams ordered -> whole vials -> volume (mL) -> the estimated duration,
   following the steps until the volume is infused (the plan stops at the step where it is).

Every number carries a `Working`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import TypeVar

from ivig_desktop.domain import units
from ivig_desktop.domain.body import (
    DosingWeight,
    DosingWeightMethod,
    Sex,
    dosing_weight,
    validate_height_cm,
    validate_weight_kg,
)
from ivig_desktop.domain.catalog import (
    INDICATION_NAMES,
    AsTolerated,
    AtRisk,
    Catalog,
    Doubling,
    Increment,
    Indication,
    Ladder,
    Ladders,
    Note,
    Product,
    Protocol,
    RateBound,
    RateList,
    default_catalog,
    default_clinic_policy,
    default_ladders,
)
from ivig_desktop.domain.errors import FieldErrors, ValidationError
from ivig_desktop.domain.numbers import in_range
from ivig_desktop.domain.policy import ClinicPolicy, PerKgWeight, VialRounding
from ivig_desktop.domain.units import RateUnit, show
from ivig_desktop.domain.working import Term, Working

PLAN_FORMAT = "ivig-desktop.plan/1"
DOSE_G_PER_KG_MIN = Decimal("0.1")
DOSE_G_PER_KG_MAX = Decimal("2")
WEEKS_SINCE_LAST_MAX = Decimal("520")
NL_FIRST_INFUSION_MAX_ML_PER_KG_MIN = Fraction(8, 100)
NL_SOURCE = 'Newfoundland & Labrador "Standardized adult (40-130 kg) IVIG infusion rate tables"'
_MAX_STEPS = 100
_T = TypeVar("_T")


class InfusionKind(StrEnum):
    FIRST = "first"
    MAINTENANCE = "maintenance"


class StepOrigin(StrEnum):
    """Where a step's rate comes from. A step lowered to a limit takes the limit's origin."""

    LABEL = "label"
    LADDER = "ladder"
    CLINIC = "clinic"
    PERSONAL = "personal"


class LimitKind(StrEnum):
    HARD = "hard"  # label maximum, at-risk cap: a rate above it is refused
    SOFT = "soft"  # personal maximum: a rate above it needs a recorded reason


@dataclass(frozen=True)
class PersonalPlan:
    """From the patient's history: the step maintenance infusions start at, and the highest tolerated rate."""

    start_rate_mg_per_kg_min: Decimal | None = None
    max_rate_mg_per_kg_min: Decimal | None = None
    source: str = "patient's infusion history"


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
        return f"{self.name} {relation}{show(self.rate_mg_per_kg_min, 4)} mg/kg/min"

    def exceeded_by(self, rate_mg_per_kg_min: Fraction) -> bool:
        if self.inclusive:
            return rate_mg_per_kg_min > self.rate_mg_per_kg_min
        return rate_mg_per_kg_min >= self.rate_mg_per_kg_min


_LIMIT_RULE = {
    LimitKind.HARD: "a rate above it is refused",
    LimitKind.SOFT: "a rate above it needs a recorded reason",
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
            workings.extend([dose.ordered_working, dose.vials.working, dose.volume_working, dose.duration_working])
        return tuple(workings)

    def to_dict(self) -> dict[str, object]:
        """The plan as JSON-ready values. Numbers are Decimals rounded as shown (exact at that precision)."""
        rounding = self.policy.rounding
        per_kg = rounding.per_kg_rate_places
        dose = self.dose
        working: dict[str, object] = {
            "dosing_weight_kg": self.dosing_weight.working.to_dict(),
            "max_ml_per_h": self.max_working.to_dict(),
        }
        if dose is not None:
            working["dose_g"] = dose.ordered_working.to_dict()
            working["vials"] = dose.vials.working.to_dict()
            working["volume_ml"] = dose.volume_working.to_dict()
            working["estimated_minutes"] = dose.duration_working.to_dict()
        return {
            "format": PLAN_FORMAT,
            "product": self.product.id,
            "product_name": self.product.name,
            "indication": self.indication.value,
            "indication_name": INDICATION_NAMES[self.indication],
            "protocol_indications": [i.value for i in self.protocol.indications],
            "protocol_fallback": self.protocol_fallback,
            "protocol_label_text": self.protocol.label_text,
            "protocol_confirmed": self.protocol.confirmed,
            "concentration_percent": self.concentration_percent,
            "weight_kg": self.weight_kg,
            "height_cm": self.height_cm,
            "sex": self.request.sex.value if self.request.sex else None,
            "dosing_weight_kg": self.dosing_weight.shown_kg,
            "dosing_weight_method": self.dosing_weight.used.value,
            "dosing_weight_method_requested": self.dosing_weight.requested.value,
            "per_kg_rate_weight_kg": units.trimmed(self.per_kg_weight_kg, rounding.weight_places),
            "per_kg_rate_weight_basis": self.per_kg_weight_basis,
            "infusion": self.request.infusion.value,
            "start_rule": self.start_rule,
            "at_risk": self.request.at_risk,
            "ladder": self.ladder.id if self.ladder else None,
            "steps": [
                {
                    "number": step.number,
                    "start_min": step.start_min,
                    "duration_min": step.duration_min,
                    "mg_per_kg_min": step.rate_mg_per_kg_min,
                    "ml_per_kg_h": step.rate_ml_per_kg_h,
                    "ml_per_h": step.rate_ml_per_h,
                    "origin": step.origin.value,
                    "capped_by": step.capped_by,
                    "volume_ml": None
                    if step.volume_ml is None
                    else units.round_half_up(step.volume_ml, rounding.volume_places),
                    "working": step.working.to_dict(),
                }
                for step in self.steps
            ],
            "max_ml_per_h": self.max_ml_per_h,
            "max_mg_per_kg_min": self.steps[-1].rate_mg_per_kg_min,
            "ceiling": self.ceiling_name,
            "limits": [
                {
                    "kind": limit.kind.value,
                    "name": limit.name,
                    "mg_per_kg_min": units.trimmed(limit.rate_mg_per_kg_min, per_kg),
                    "ml_per_h": units.trimmed(limit.rate_ml_per_h, per_kg),
                    "inclusive": limit.inclusive,
                    "origin": limit.origin.value,
                    "source": limit.source,
                    "binding_hard_limit": limit is self.hard_limit,
                    "working": limit.working.to_dict(),
                }
                for limit in self.limits
            ],
            "overrides": [
                {
                    "field": override.field,
                    "limit": override.limit.name,
                    "limit_mg_per_kg_min": units.trimmed(override.limit.rate_mg_per_kg_min, per_kg),
                    "requested_mg_per_kg_min": units.trimmed(override.requested_mg_per_kg_min, per_kg),
                    "reason": override.reason,
                }
                for override in self.overrides
            ],
            "dose_g_per_kg": dose.dose_g_per_kg if dose else None,
            "ordered_g": units.round_half_up(dose.ordered_g, rounding.dose_places) if dose else None,
            "vial_rounding": dose.vials.rule.value if dose else None,
            "vials": [{"size_g": size, "count": count} for size, count in dose.vials.vials] if dose else None,
            "dose_g": units.trimmed(dose.dose_g, rounding.dose_places) if dose else None,
            "volume_ml": units.round_half_up(dose.volume_ml, rounding.volume_places) if dose else None,
            "estimated_minutes": dose.estimated_minutes if dose else None,
            "warnings": list(self.warnings),
            "notes": [{"topic": note.topic, "text": note.text, "confirmed": note.confirmed} for note in self.notes],
            "working": working,
            "policy": {
                "pump_resolution_ml_per_h": rounding.pump_resolution_ml_per_h,
                "escalation_factor": self.policy.escalation_factor,
                "escalation_interval_min": self.policy.escalation_interval_min,
                "vial_rounding": self.policy.vial_rounding.value,
                "per_kg_weight": self.policy.per_kg_weight.value,
                "at_risk_minimum_practicable_mg_per_kg_min": (self.policy.at_risk_minimum_practicable_mg_per_kg_min),
                "long_gap_weeks": self.policy.long_gap_weeks,
                "source": self.policy.source,
            },
            "catalog": {
                "sources": list(self.product.sources),
                "verified_on": self.product.verified_on.isoformat(),
                "unconfirmed": self.product.unconfirmed_fields,
            },
        }


# --- the plan -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rung:
    """A step before pump rounding: exact rate, duration (None: the last), origin and how the rate arose."""

    rate: Fraction
    duration: int | None
    origin: StepOrigin
    derivation: str
    source: str
    capped_by: str | None = None
    exclusive_cap: bool = False


@dataclass(frozen=True)
class _Ceiling:
    rate: Fraction
    inclusive: bool
    origin: StepOrigin
    name: str
    source: str


def make_plan(
    request: PlanRequest,
    *,
    catalog: Catalog | None = None,
    ladders: Ladders | None = None,
    policy: ClinicPolicy | None = None,
) -> Plan:
    """Build the plan.

    Raises ValidationError (field -> message) for input that cannot be planned, and LimitExceededError (a
    ValidationError) for a rate above a hard limit, or above the soft limit without a reason.
    """
    catalog = catalog if catalog is not None else default_catalog()
    ladders = ladders if ladders is not None else default_ladders()
    policy = policy if policy is not None else default_clinic_policy()
    rounding = policy.rounding

    # -- inputs
    errors = FieldErrors()
    product = _capture(errors, lambda: catalog.get(request.product_id))
    weight = _capture(errors, lambda: validate_weight_kg(request.weight_kg))
    height_input, ladder_id = request.height_cm, request.ladder_id
    height = _capture(errors, lambda: validate_height_cm(height_input)) if height_input is not None else None
    ladder = _capture(errors, lambda: ladders.get(ladder_id)) if ladder_id else None
    concentration = (
        _capture(errors, lambda: product.concentration_for(request.concentration_percent)) if product else None
    )
    if request.dose_g_per_kg is not None:
        dose_value = request.dose_g_per_kg
        _capture(
            errors,
            lambda: in_range(dose_value, DOSE_G_PER_KG_MIN, DOSE_G_PER_KG_MAX, "dose_g_per_kg", "Dose", "g/kg"),
        )
    if request.weeks_since_last is not None:
        weeks = request.weeks_since_last
        _capture(
            errors,
            lambda: in_range(
                weeks,
                Decimal(0),
                WEEKS_SINCE_LAST_MAX,
                "weeks_since_last",
                "Weeks since the last infusion",
                "weeks",
            ),
        )
    personal = request.personal
    if personal is not None:
        for field, value in (
            ("personal_start_mg_per_kg_min", personal.start_rate_mg_per_kg_min),
            ("personal_max_mg_per_kg_min", personal.max_rate_mg_per_kg_min),
        ):
            if value is not None and (not value.is_finite() or value <= 0):
                errors.add(field, "A personal rate must be a positive number of mg/kg/min.")
        start, top = personal.start_rate_mg_per_kg_min, personal.max_rate_mg_per_kg_min
        if start is not None and top is not None and start > top:
            errors.add(
                "personal_start_mg_per_kg_min",
                f"The personal start step ({show(start)} mg/kg/min) is above the personal maximum "
                f"({show(top)} mg/kg/min).",
            )
    requested_max = request.requested_max_rate_mg_per_kg_min
    if requested_max is not None and (not requested_max.is_finite() or requested_max <= 0):
        errors.add("max_mg_per_kg_min", "The requested maximum must be a positive number of mg/kg/min.")
    errors.raise_if_any()
    assert product is not None and weight is not None and concentration is not None

    warnings: list[str] = []
    match = product.protocol_for(request.indication)
    protocol = match.protocol
    if match.fallback:
        warnings.append(
            f"{product.display_name} has no label protocol for {request.indication.value} "
            f"({INDICATION_NAMES[request.indication]}): the product's general "
            f"({product.general_indication.value}) protocol is used."
        )
    if not protocol.confirmed:
        warnings.append(f"UNCONFIRMED protocol: {protocol.unconfirmed_reason}")
    unconfirmed = product.unconfirmed_fields
    relevant = ["protocols", "sources", "concentration_choices_percent"]
    if request.at_risk:
        relevant.append("at_risk")
    if request.dose_g_per_kg is not None:
        relevant.append("vial_sizes_g")
    for field in relevant:
        if field in unconfirmed and not (field == "protocols" and not protocol.confirmed):
            warnings.append(f"UNCONFIRMED {field}: {unconfirmed[field]}")

    # -- weights
    body = dosing_weight(weight, height, request.sex, request.dosing_weight_method, rounding)
    warnings.extend(body.warnings)
    if policy.per_kg_weight is PerKgWeight.DOSING:
        per_kg_weight = body.weight_kg
        basis = f"dosing weight ({body.used.value}), by clinic policy"
    else:
        per_kg_weight = units.exact(weight)
        basis = "actual weight"
    context = _Context(product, protocol, concentration, per_kg_weight, basis, policy)

    # -- limits
    label_max = context.limit(
        LimitKind.HARD,
        "label maximum",
        protocol.max_mg_per_kg_min(concentration),
        True,
        StepOrigin.LABEL,
        f"{product.citation}; row: {protocol.label_text}",
        stated=(protocol.max, protocol.unit),
    )
    limits = [label_max]
    hard = label_max
    if request.at_risk:
        at_risk = _at_risk_cap(context, warnings)
        limits.append(at_risk)
        if at_risk.rate_mg_per_kg_min < hard.rate_mg_per_kg_min or (
            at_risk.rate_mg_per_kg_min == hard.rate_mg_per_kg_min and not at_risk.inclusive
        ):
            hard = at_risk
    soft: Limit | None = None
    if personal is not None and personal.max_rate_mg_per_kg_min is not None:
        soft = context.limit(
            LimitKind.SOFT,
            "personal maximum",
            units.exact(personal.max_rate_mg_per_kg_min),
            True,
            StepOrigin.PERSONAL,
            f"personal plan ({personal.source})",
        )
        limits.append(soft)

    # Hard limits refuse; the soft limit needs a reason. A personal rate above the label maximum is a wrong
    # personal plan: refused. One above today's at-risk cap (a risk found at this visit) is not refused: the cap
    # governs today, and the plan says so.
    if personal is not None:
        for field, value, what in (
            ("personal_start_mg_per_kg_min", personal.start_rate_mg_per_kg_min, "personal start step"),
            ("personal_max_mg_per_kg_min", personal.max_rate_mg_per_kg_min, "personal maximum"),
        ):
            if value is not None:
                _refuse_above_hard(field, what, units.exact(value), label_max, product)
                if hard is not label_max and hard.exceeded_by(units.exact(value)):
                    warnings.append(
                        f"The {what} ({show(units.exact(value), 4)} mg/kg/min) is above today's {hard.describe}: "
                        "the cap applies to this visit."
                    )
    overrides: list[Override] = []
    reason = (request.override_reason or "").strip()
    ceiling = _Ceiling(hard.rate_mg_per_kg_min, hard.inclusive, hard.origin, hard.name, hard.source)
    if soft is not None and not hard.exceeded_by(soft.rate_mg_per_kg_min):
        ceiling = _Ceiling(soft.rate_mg_per_kg_min, True, StepOrigin.PERSONAL, soft.name, soft.source)
    if requested_max is not None:
        requested = units.exact(requested_max)
        _refuse_above_hard("max_mg_per_kg_min", "requested maximum", requested, hard, product)
        if soft is not None and soft.exceeded_by(requested):
            if not reason:
                raise LimitExceededError(
                    "override_reason",
                    f"The requested maximum {show(requested, 4)} mg/kg/min is above the soft limit: "
                    f"{soft.describe} ({soft.source}). Give a reason to go above it.",
                    soft,
                )
            overrides.append(Override("max_mg_per_kg_min", soft, requested, reason))
        ceiling = _Ceiling(
            requested,
            True,
            StepOrigin.PERSONAL,
            "maximum requested for this visit",
            "requested for this visit" + (f" (override: {reason})" if overrides else ""),
        )
    elif reason:
        warnings.append("An override reason was given, but no rate is above a soft limit: nothing to override.")

    # -- the rate sequence
    lowest, start_rule = _start_rule(request, product, policy, warnings)
    rungs = _ladder_rungs(context, ladder, lowest, warnings) if ladder else _label_rungs(context)
    if not lowest:
        rungs, start_rule = _maintenance_start(context, rungs, request, start_rule, ladder is not None)
    elif personal is not None and personal.start_rate_mg_per_kg_min is not None:
        warnings.append(f"The personal start step is not used: {start_rule}.")
    rungs = _apply_ceiling(rungs, ceiling)

    # -- pump rates
    steps = _pump_steps(context, rungs, ceiling)
    if (
        lowest
        and units.from_mg_per_kg_min(steps[-1].exact_mg_per_kg_min, RateUnit.ML_PER_KG_MIN, concentration)
        > NL_FIRST_INFUSION_MAX_ML_PER_KG_MIN
    ):
        warnings.append(
            f"The plan goes above 0.08 mL/kg/min, the maximum the {NL_SOURCE} recommend for a first "
            "infusion: the prescriber must confirm rates above it."
        )

    # -- dose, volume and duration
    dose: DosePlan | None = None
    if request.dose_g_per_kg is not None:
        dose, steps = _dose_plan(context, request.dose_g_per_kg, body, steps)

    highest = max(steps, key=lambda step: step.rate_ml_per_h)
    max_working = Working(
        quantity="maximum pump rate",
        result=f"{units.plain(highest.rate_ml_per_h)} mL/h",
        formula="the highest pump rate of the plan's steps",
        arithmetic=f"step {highest.number}: {units.plain(highest.rate_ml_per_h)} mL/h",
        source=highest.working.source,
        notes=(f"the plan's ceiling: {ceiling.name}, {show(ceiling.rate, 4)} mg/kg/min",),
    )
    return Plan(
        request=request,
        product=product,
        protocol=protocol,
        protocol_fallback=match.fallback,
        concentration_percent=concentration,
        weight_kg=weight,
        height_cm=height,
        dosing_weight=body,
        per_kg_weight_kg=per_kg_weight,
        per_kg_weight_basis=basis,
        start_rule=start_rule,
        ladder=ladder,
        steps=steps,
        limits=tuple(limits),
        hard_limit=hard,
        ceiling_name=ceiling.name,
        overrides=tuple(overrides),
        max_ml_per_h=highest.rate_ml_per_h,
        max_working=max_working,
        dose=dose,
        warnings=tuple(warnings),
        notes=product.notes,
        policy=policy,
    )


def _capture(errors: FieldErrors, compute: Callable[[], _T]) -> _T | None:
    try:
        return compute()
    except ValidationError as error:
        errors.capture(error)
        return None


@dataclass(frozen=True)
class _Context:
    """What every conversion of this plan needs: product, protocol, concentration, per-kg weight, policy."""

    product: Product
    protocol: Protocol
    concentration: Decimal
    per_kg_weight: Fraction
    basis: str
    policy: ClinicPolicy

    @property
    def mg_per_ml(self) -> Fraction:
        return units.concentration_mg_per_ml(self.concentration)

    @property
    def label_source(self) -> str:
        return f"{self.product.citation}; row: {self.protocol.label_text}"

    def ml_per_h(self, rate_mg_per_kg_min: Fraction) -> Fraction:
        return units.mg_per_kg_min_to_ml_per_h(rate_mg_per_kg_min, self.concentration, self.per_kg_weight)

    def stated(self, value: Decimal, unit: RateUnit) -> str:
        """A label figure in its own unit, with its mg/kg/min equivalent when the unit differs."""
        text = f"{show(value)} {unit.value}"
        if unit is RateUnit.MG_PER_KG_MIN:
            return text
        return f"{text} = {show(units.to_mg_per_kg_min(value, unit, self.concentration), 4)} mg/kg/min"

    def conversion(self, rate_mg_per_kg_min: Fraction) -> str:
        """mg/kg/min -> mL/kg/h -> mL/h (exact), written out."""
        ml_per_kg_h = units.mg_per_kg_min_to_ml_per_kg_h(rate_mg_per_kg_min, self.concentration)
        return (
            f"{show(rate_mg_per_kg_min, 4)} mg/kg/min x 60 / {show(self.mg_per_ml)} mg/mL = "
            f"{show(ml_per_kg_h, 4)} mL/kg/h; {show(ml_per_kg_h, 4)} mL/kg/h x "
            f"{show(self.per_kg_weight, 2)} kg ({self.basis}) = "
            f"{show(self.ml_per_h(rate_mg_per_kg_min), 4)} mL/h"
        )

    def inputs(self, rate_mg_per_kg_min: Fraction) -> tuple[Term, ...]:
        return (
            Term("rate", show(rate_mg_per_kg_min, 4), "mg/kg/min"),
            Term("concentration", f"{show(self.concentration)}% = {show(self.mg_per_ml)}", "mg/mL"),
            Term(f"per-kg weight ({self.basis})", show(self.per_kg_weight, 2), "kg"),
        )

    def limit(
        self,
        kind: LimitKind,
        name: str,
        rate_mg_per_kg_min: Fraction,
        inclusive: bool,
        origin: StepOrigin,
        source: str,
        *,
        stated: tuple[Decimal, RateUnit] | None = None,
        notes: tuple[str, ...] = (),
    ) -> Limit:
        ml_per_h = self.ml_per_h(rate_mg_per_kg_min)
        relation = "" if inclusive else "< "
        arithmetic = self.conversion(rate_mg_per_kg_min)
        if stated is not None and stated[1] is not RateUnit.MG_PER_KG_MIN:
            arithmetic = f"{self.stated(*stated)}; {arithmetic}"
        return Limit(
            kind=kind,
            name=name,
            rate_mg_per_kg_min=rate_mg_per_kg_min,
            inclusive=inclusive,
            origin=origin,
            source=source,
            rate_ml_per_h=ml_per_h,
            working=Working(
                quantity=f"{kind.value} limit: {name}",
                result=(f"{relation}{show(rate_mg_per_kg_min, 4)} mg/kg/min = {relation}{show(ml_per_h, 4)} mL/h"),
                formula="mL/h = mg/kg/min x 60 / concentration (mg/mL) x per-kg weight (kg)",
                arithmetic=arithmetic,
                source=source,
                inputs=self.inputs(rate_mg_per_kg_min),
                notes=(*notes, _LIMIT_RULE[kind]),
            ),
        )


def _at_risk_cap(context: _Context, warnings: list[str]) -> Limit:
    """The hard cap for a patient at renal or thrombosis risk: the label's at-risk rate, or the clinic's
    minimum practicable rate where the label says 'minimum practicable' or gives no rate; the lower wins."""
    product, protocol, policy = context.product, context.protocol, context.policy
    statement: AtRisk | None = protocol.at_risk or product.at_risk
    start = protocol.start_mg_per_kg_min(context.concentration)
    candidates: list[tuple[Fraction, bool, StepOrigin, str]] = []
    if statement is None:
        warnings.append(
            f"The reference gives no at-risk rate for {product.display_name}: the clinic's minimum "
            "practicable rate is used as the at-risk cap."
        )
    elif not statement.confirmed:
        warnings.append(
            f"UNCONFIRMED at-risk statement for {product.display_name} ('{statement.text}'): the clinic's "
            "minimum practicable rate is used as the at-risk cap."
        )
    label_rate = statement.rate_mg_per_kg_min(context.concentration) if statement else None
    if statement is not None and label_rate is not None and statement.confirmed:
        candidates.append(
            (
                label_rate,
                statement.bound is RateBound.AT_MOST,
                StepOrigin.LABEL,
                f"{product.citation}: at-risk rate '{statement.text}' ({statement.condition})",
            )
        )
    if statement is None or statement.minimum_practicable or label_rate is None or not statement.confirmed:
        configured = policy.at_risk_minimum_practicable_mg_per_kg_min
        minimum = units.exact(configured) if configured is not None else start
        what = (
            f"configured as {show(minimum, 4)} mg/kg/min"
            if configured is not None
            else f"the protocol's label start rate, {show(start, 4)} mg/kg/min"
        )
        said = f"; the label says '{statement.text}'" if statement is not None else ""
        candidates.append(
            (minimum, True, StepOrigin.CLINIC, f"{policy.source}: minimum practicable rate = {what}{said}")
        )
    rate, inclusive, origin, source = min(candidates, key=lambda c: (c[0], c[1]))
    return context.limit(LimitKind.HARD, "at-risk cap", rate, inclusive, origin, source)


def _refuse_above_hard(field: str, what: str, rate: Fraction, hard: Limit, product: Product) -> None:
    if hard.exceeded_by(rate):
        bound = "at most" if hard.inclusive else "below"
        raise LimitExceededError(
            field,
            f"Refused: the {what} {show(rate, 4)} mg/kg/min for {product.display_name} is above the hard "
            f"limit, the {hard.describe} ({hard.source}). Use a rate {bound} "
            f"{show(hard.rate_mg_per_kg_min, 4)} mg/kg/min.",
            hard,
        )


def _start_rule(request: PlanRequest, product: Product, policy: ClinicPolicy, warnings: list[str]) -> tuple[bool, str]:
    """Whether the plan must start at the label's lowest rate, and why."""
    lowest = "start at the label's lowest rate"
    if request.infusion is InfusionKind.FIRST:
        return True, f"first infusion: {lowest}"
    previous = request.previous_product_id
    if previous is not None and previous.strip() and previous.strip() != product.id:
        return True, f"product switch (from {previous.strip()}): {lowest}"
    weeks = request.weeks_since_last
    if weeks is not None and weeks > policy.long_gap_weeks:
        return True, (
            f"{show(weeks)} weeks since the last infusion (more than {policy.long_gap_weeks}, "
            f"{policy.source}): {lowest}"
        )
    if weeks is None:
        warnings.append(
            f"Maintenance infusion without the weeks since the last infusion: confirm it is "
            f"{policy.long_gap_weeks} weeks or less, else the plan must start at the label's lowest rate."
        )
    return False, "maintenance infusion"


def _interval(rule: RateList | Increment | Doubling | AsTolerated, policy: ClinicPolicy) -> tuple[int, str]:
    if isinstance(rule, AsTolerated):
        if rule.interval_min is not None:
            return rule.interval_min, f"every {rule.interval_min} min, the label's interval"
        if rule.interval_range_min is not None:
            low, high = rule.interval_range_min
            chosen = min(max(policy.escalation_interval_min, low), high)
            return chosen, (
                f"every {chosen} min, the clinic's interval ({policy.escalation_interval_min} min) within "
                f"the label's {low}-{high} min"
            )
        return policy.escalation_interval_min, (
            f"every {policy.escalation_interval_min} min, the clinic's interval (the label gives none)"
        )
    return rule.interval_min, f"every {rule.interval_min} min, the label's interval"


def _escalate(
    rungs: list[_Rung],
    rate: Fraction,
    next_rate: Callable[[Fraction, int], tuple[Fraction, str]],
    maximum: Fraction,
    interval: int,
    origin: StepOrigin,
    source: str,
    label_source: str,
) -> None:
    """Append rungs from `rate` using `next_rate` until the label maximum is reached (the last is capped)."""
    count = 1
    while rate < maximum and len(rungs) < _MAX_STEPS:
        rate, derivation = next_rate(rate, count)
        count += 1
        if rate >= maximum:
            capped = rate > maximum
            if capped:
                derivation += f"; lowered to the label maximum {show(maximum, 4)} mg/kg/min"
            rungs.append(
                _Rung(
                    maximum,
                    interval,
                    StepOrigin.LABEL if capped else origin,
                    derivation,
                    label_source if capped else source,
                    capped_by="label maximum" if capped else None,
                )
            )
            return
        rungs.append(_Rung(rate, interval, origin, derivation, source))


def _label_rungs(context: _Context) -> list[_Rung]:
    """The label's sequence of rates (mg/kg/min), from its start rate up to its maximum."""
    protocol, policy, c = context.protocol, context.policy, context.concentration
    rule = protocol.rule
    start = protocol.start_mg_per_kg_min(c)
    maximum = protocol.max_mg_per_kg_min(c)
    interval, interval_text = _interval(rule, policy)
    label_source = context.label_source
    first_duration = protocol.start_duration_min or interval
    start_text = f"{context.product.display_name} label start {context.stated(protocol.start, protocol.unit)}"
    if protocol.start_duration_min is None:
        start_text += f" (the label gives no start duration: {interval} min, the step interval)"
    else:
        start_text += f" for {protocol.start_duration_min} min (label)"
    rungs = [_Rung(start, first_duration, StepOrigin.LABEL, start_text, label_source)]
    factor = units.exact(policy.escalation_factor)
    factor_text = show(policy.escalation_factor)
    clinic_source = (
        f"{policy.source}: escalation x{factor_text} {interval_text}, because the label says "
        f"'as tolerated' up to its maximum"
    )

    label_max = context.stated(protocol.max, protocol.unit)

    def clinic_step(rate: Fraction, _count: int) -> tuple[Fraction, str]:
        new = rate * factor
        return new, (
            f"{show(rate, 4)} x {factor_text} = {show(new, 4)} mg/kg/min (clinic escalation x{factor_text} "
            f"{interval_text}; the label says as tolerated up to {label_max})"
        )

    if isinstance(rule, RateList):
        last = start
        for value in rule.rates[1:]:
            last = units.to_mg_per_kg_min(value, protocol.unit, c)
            rungs.append(
                _Rung(
                    last,
                    rule.interval_min,
                    StepOrigin.LABEL,
                    f"label step {context.stated(value, protocol.unit)} ({interval_text})",
                    label_source,
                )
            )
        if rule.then_as_tolerated:
            _escalate(rungs, last, clinic_step, maximum, interval, StepOrigin.CLINIC, clinic_source, label_source)
    elif isinstance(rule, Increment):
        increment = units.to_mg_per_kg_min(rule.increment, protocol.unit, c)

        def add(rate: Fraction, count: int) -> tuple[Fraction, str]:
            new = start + count * increment
            return new, (
                f"{show(start, 4)} + {count} x {show(increment, 4)} = {show(new, 4)} mg/kg/min "
                f"(label: +{context.stated(rule.increment, protocol.unit)} {interval_text})"
            )

        _escalate(rungs, start, add, maximum, interval, StepOrigin.LABEL, label_source, label_source)
    elif isinstance(rule, Doubling):

        def double(rate: Fraction, _count: int) -> tuple[Fraction, str]:
            return (
                rate * 2,
                f"{show(rate, 4)} x 2 = {show(rate * 2, 4)} mg/kg/min (label: doubling {interval_text})",
            )

        _escalate(rungs, start, double, maximum, interval, StepOrigin.LABEL, label_source, label_source)
    else:
        _escalate(rungs, start, clinic_step, maximum, interval, StepOrigin.CLINIC, clinic_source, label_source)
    return _held_last(rungs)


def _ladder_rungs(context: _Context, ladder: Ladder, lowest: bool, warnings: list[str]) -> list[_Rung]:
    """A fixed mL/h ladder as per-kg rates for this patient (capped later by the plan's ceiling)."""
    source = f"ladder {ladder.id}: {ladder.name} ({ladder.source})"
    rungs = []
    for rate_ml_per_h in ladder.rates_ml_per_h:
        rate = units.ml_per_h_to_mg_per_kg_min(rate_ml_per_h, context.concentration, context.per_kg_weight)
        derivation = (
            f"ladder {ladder.id} rung {show(rate_ml_per_h)} mL/h ({ladder.interval_min} min each): "
            f"{show(rate_ml_per_h)} mL/h / {show(context.per_kg_weight, 2)} kg x "
            f"{show(context.mg_per_ml)} mg/mL / 60 = {show(rate, 4)} mg/kg/min"
        )
        rungs.append(_Rung(rate, ladder.interval_min, StepOrigin.LADDER, derivation, source))
    protocol = context.protocol
    start = protocol.start_mg_per_kg_min(context.concentration)
    if lowest and rungs[0].rate > start:
        duration = protocol.start_duration_min or ladder.interval_min
        first = _Rung(
            start,
            duration,
            StepOrigin.LABEL,
            f"{context.product.display_name} label start {context.stated(protocol.start, protocol.unit)} "
            f"for {duration} min (the plan must start at the label's lowest rate)",
            context.label_source,
        )
        warnings.append(
            f"The first rung of ladder {ladder.id} ({show(ladder.rates_ml_per_h[0])} mL/h = "
            f"{show(rungs[0].rate, 4)} mg/kg/min) is above the label's lowest rate "
            f"({show(start, 4)} mg/kg/min = {show(context.ml_per_h(start), 2)} mL/h): the plan starts at the "
            f"label's lowest rate for {duration} min, then follows the ladder's higher rungs."
        )
        rungs = [first, *(rung for rung in rungs if rung.rate > start)]
    return _held_last(rungs)


def _maintenance_start(
    context: _Context, rungs: list[_Rung], request: PlanRequest, start_rule: str, has_ladder: bool
) -> tuple[list[_Rung], str]:
    """Start a maintenance infusion at the personal start step, else at the label's maintenance start."""
    personal = request.personal
    protocol = context.protocol
    if personal is not None and personal.start_rate_mg_per_kg_min is not None:
        rate = units.exact(personal.start_rate_mg_per_kg_min)
        origin = StepOrigin.PERSONAL
        source = f"personal plan ({personal.source})"
        derivation = f"personal start step {show(rate, 4)} mg/kg/min ({personal.source})"
        text = f"{start_rule}: start at the personal start step, {show(rate, 4)} mg/kg/min"
    elif protocol.maintenance_start is not None and not has_ladder:
        rate = units.to_mg_per_kg_min(protocol.maintenance_start, protocol.unit, context.concentration)
        origin = StepOrigin.LABEL
        source = context.label_source
        derivation = (
            f"label maintenance start {context.stated(protocol.maintenance_start, protocol.unit)} "
            f"({protocol.maintenance_start_note})"
        )
        text = f"{start_rule}: start at the label's maintenance start, {show(rate, 4)} mg/kg/min"
    else:
        what = "the ladder's first rung" if has_ladder else "the label start"
        return rungs, f"{start_rule}: no personal start step recorded, so {what}"
    # The start replaces the step it falls in (keeping that step's duration); lower steps are skipped.
    index = max((i for i, rung in enumerate(rungs) if rung.rate <= rate), default=0)
    replaced = rungs[index]
    first = _Rung(rate, replaced.duration, origin, derivation, source)
    return _held_last([first, *rungs[index + 1 :]]), text


def _apply_ceiling(rungs: list[_Rung], ceiling: _Ceiling) -> list[_Rung]:
    """Lower the first rung above the ceiling to it and end the sequence there; merge equal neighbours."""
    out: list[_Rung] = []
    for rung in rungs:
        above = rung.rate > ceiling.rate if ceiling.inclusive else rung.rate >= ceiling.rate
        if above:
            relation = "" if ceiling.inclusive else "below "
            rung = _Rung(
                ceiling.rate,
                None,
                ceiling.origin,
                f"{rung.derivation}; lowered to the {ceiling.name}, {relation}{show(ceiling.rate, 4)} mg/kg/min",
                ceiling.source,
                capped_by=ceiling.name,
                exclusive_cap=not ceiling.inclusive,
            )
        if out and out[-1].rate == rung.rate:
            previous = out[-1]
            duration = None if previous.duration is None or rung.duration is None else previous.duration + rung.duration
            out[-1] = replace(
                previous,
                duration=duration,
                capped_by=rung.capped_by,
                derivation=f"{previous.derivation}; held: the next step would be above the {ceiling.name}",
            )
        else:
            out.append(rung)
        if above:
            break
    return _held_last(out)


def _held_last(rungs: list[_Rung]) -> list[_Rung]:
    """The last rung has no duration: it runs until the volume is infused."""
    if rungs and rungs[-1].duration is not None:
        rungs = [*rungs[:-1], replace(rungs[-1], duration=None)]
    return rungs


def _pump_steps(context: _Context, rungs: list[_Rung], ceiling: _Ceiling) -> tuple[PlanStep, ...]:
    """Round every rung to a pump rate (never across the ceiling), then merge a rung whose pump rate equals
    the previous step's into that step: a step that leaves the pump unchanged is no step."""
    rounding = context.policy.rounding
    ceiling_ml_per_h = context.ml_per_h(ceiling.rate)
    # (rung, pump rate, target mg/kg/min, notes, duration) per pump setting
    settings: list[tuple[_Rung, units.PumpRate, Fraction, list[str], int | None]] = []
    for rung in rungs:
        pump = units.round_pump_rate(
            context.ml_per_h(rung.rate),
            rounding,
            ceiling_ml_per_h,
            limit_inclusive=ceiling.inclusive,
            limit_name=ceiling.name,
        )
        target = rung.rate
        notes = [pump.note]
        if rung.exclusive_cap:
            target = units.ml_per_h_to_mg_per_kg_min(pump.rate_ml_per_h, context.concentration, context.per_kg_weight)
            notes.append(
                f"the {ceiling.name} requires less than {show(ceiling.rate, 4)} mg/kg/min "
                f"({show(ceiling_ml_per_h, 4)} mL/h): the highest pump rate below it is "
                f"{units.plain(pump.rate_ml_per_h)} mL/h, which delivers {show(target, 4)} mg/kg/min"
            )
        if rung.capped_by:
            notes.append(f"capped by the {rung.capped_by}")
        if settings and settings[-1][1].rate_ml_per_h == pump.rate_ml_per_h:
            previous, previous_pump, previous_target, previous_notes, previous_duration = settings[-1]
            duration = None if previous_duration is None or rung.duration is None else previous_duration + rung.duration
            previous_notes.append(
                f"the next target, {show(target, 4)} mg/kg/min, gives the same pump rate "
                f"({units.plain(pump.rate_ml_per_h)} mL/h), so it is merged into this step"
            )
            if rung.capped_by and not previous.capped_by:
                previous = replace(previous, capped_by=rung.capped_by)
            settings[-1] = (previous, previous_pump, previous_target, previous_notes, duration)
            continue
        settings.append((rung, pump, target, notes, rung.duration))

    steps: list[PlanStep] = []
    start_min = 0
    for number, (rung, pump, target, notes, duration) in enumerate(settings, start=1):
        timing = (
            f"from minute {start_min} for {duration} min"
            if duration is not None
            else f"from minute {start_min} until the infusion ends"
        )
        ml_per_kg_h = units.mg_per_kg_min_to_ml_per_kg_h(target, context.concentration)
        working = Working(
            quantity=f"step {number} pump rate",
            result=f"{units.plain(pump.rate_ml_per_h)} mL/h",
            formula=("mL/kg/h = mg/kg/min x 60 / concentration (mg/mL); pump mL/h = mL/kg/h x per-kg weight (kg)"),
            arithmetic=(
                f"{rung.derivation}; {context.conversion(rung.rate)} -> {units.plain(pump.rate_ml_per_h)} mL/h"
            ),
            source=rung.source,
            inputs=context.inputs(rung.rate),
            notes=(timing, *notes),
        )
        steps.append(
            PlanStep(
                number=number,
                start_min=start_min,
                duration_min=duration,
                rate_mg_per_kg_min=units.trimmed(target, rounding.per_kg_rate_places),
                rate_ml_per_kg_h=units.trimmed(ml_per_kg_h, rounding.per_kg_rate_places),
                rate_ml_per_h=pump.rate_ml_per_h,
                origin=rung.origin,
                capped_by=rung.capped_by,
                exact_mg_per_kg_min=target,
                volume_ml=None,
                working=working,
            )
        )
        start_min += duration or 0
    return tuple(steps)


# --- dose, vials, volume, duration ----------------------------------------------------------------------


def choose_vials(
    ordered_g: Fraction, vial_sizes_g: tuple[Decimal, ...], rule: VialRounding, rounding: units.RoundingPolicy
) -> VialSelection:
    """Whole vials for an order of `ordered_g` grams.

    `not_below`: the smallest total not below the order; on a tie, the fewest vials.
    `nearest_5g`: the order rounded half-up to the nearest 5 g (at least 5 g), made exactly with the fewest
    vials if possible, else the smallest total not below that target.
    """
    if ordered_g <= 0 or not vial_sizes_g:
        raise ValueError("an order needs a positive amount and at least one vial size")
    sizes = sorted((units.exact(size) for size in vial_sizes_g), reverse=True)
    scale = math.lcm(*(size.denominator for size in sizes))
    int_sizes = [int(size * scale) for size in sizes]
    notes: list[str] = []
    target = ordered_g
    if rule is VialRounding.NEAREST_5G:
        nearest = 5 * math.floor(ordered_g / 5 + Fraction(1, 2))
        if nearest == 0:
            notes.append("the nearest 5 g would be 0 g, so the smallest total not below the order is used")
        else:
            target = Fraction(nearest)
            notes.append(f"order {show(ordered_g, rounding.dose_places)} g rounded to the nearest 5 g = {nearest} g")
    need = math.ceil(target * scale)
    limit = need + max(int_sizes)
    fewest: list[int | None] = [0] + [None] * limit
    choice: list[int] = [0] * (limit + 1)
    for total in range(1, limit + 1):
        for size in int_sizes:  # largest first: among equally few vials, prefer larger ones
            if size <= total and (previous := fewest[total - size]) is not None:
                count = previous + 1
                best = fewest[total]
                if best is None or count < best:
                    fewest[total] = count
                    choice[total] = size
    total = next(t for t in range(need, limit + 1) if fewest[t] is not None)
    if rule is VialRounding.NEAREST_5G and target != ordered_g and total != need:
        notes.append(f"{show(target)} g cannot be made with whole vials, so the smallest total above it is used")
    counts: dict[int, int] = {}
    remaining = total
    while remaining:
        counts[choice[remaining]] = counts.get(choice[remaining], 0) + 1
        remaining -= choice[remaining]
    vials = tuple((units.trimmed(Fraction(size, scale), 4), counts[size]) for size in sorted(counts, reverse=True))
    total_g = Fraction(total, scale)
    difference = (total_g - ordered_g) / ordered_g * 100
    sizes_text = ", ".join(show(size) for size in sorted(vial_sizes_g))
    combination = " + ".join(f"{count} x {units.plain(size)} g" for size, count in vials)
    rule_text = (
        "smallest total of whole vials not below the order; on a tie, the fewest vials"
        if rule is VialRounding.NOT_BELOW
        else "order rounded to the nearest 5 g, then made with whole vials (fewest vials)"
    )
    return VialSelection(
        rule=rule,
        ordered_g=ordered_g,
        target_g=target,
        vials=vials,
        total_g=total_g,
        working=Working(
            quantity="whole vials",
            result=f"{show(total_g)} g = {combination}",
            formula=f"vial rounding '{rule.value}': {rule_text}",
            arithmetic=(
                f"order {show(ordered_g, rounding.dose_places)} g; vial sizes {sizes_text} g -> "
                f"{combination} = {show(total_g)} g "
                f"({'+' if difference >= 0 else ''}{show(difference, 1)}% of the order)"
            ),
            source="clinic policy (vial rounding); vial sizes from the catalog",
            inputs=(
                Term("order", show(ordered_g, rounding.dose_places), "g"),
                Term("vial sizes", sizes_text, "g"),
            ),
            notes=tuple(notes),
        ),
    )


def _dose_plan(
    context: _Context, dose_g_per_kg: Decimal, body: DosingWeight, steps: tuple[PlanStep, ...]
) -> tuple[DosePlan, tuple[PlanStep, ...]]:
    policy, rounding = context.policy, context.policy.rounding
    ordered = units.exact(dose_g_per_kg) * body.weight_kg
    ordered_working = Working(
        quantity="dose ordered",
        result=f"{show(ordered, rounding.dose_places)} g",
        formula="dose (g) = dose (g/kg) x dosing weight (kg)",
        arithmetic=(
            f"{show(dose_g_per_kg)} g/kg x {show(body.weight_kg, rounding.weight_places)} kg "
            f"({body.used.value} weight) = {show(ordered, rounding.dose_places)} g"
        ),
        source="prescription (g/kg); dosing weight as worked out",
        inputs=(
            Term("dose", show(dose_g_per_kg), "g/kg"),
            Term(f"dosing weight ({body.used.value})", show(body.weight_kg, rounding.weight_places), "kg"),
        ),
    )
    vials = choose_vials(ordered, context.product.vial_sizes_g, policy.vial_rounding, rounding)
    dose_g = vials.total_g
    volume = units.grams_to_ml(dose_g, context.concentration)
    volume_working = Working(
        quantity="volume",
        result=f"{show(volume, rounding.volume_places)} mL",
        formula="volume (mL) = dose (g) x 1000 / concentration (mg/mL)",
        arithmetic=(
            f"{show(dose_g)} g x 1000 / {show(context.mg_per_ml)} mg/mL = {show(volume, rounding.volume_places)} mL"
        ),
        source=f"{context.product.display_name} concentration (catalog)",
        inputs=(
            Term("dose (whole vials)", show(dose_g), "g"),
            Term("concentration", f"{show(context.concentration)}% = {show(context.mg_per_ml)}", "mg/mL"),
        ),
    )
    remaining = volume
    lines: list[str] = []
    out: list[PlanStep] = []
    end = Fraction(0)
    for step in steps:
        rate = units.exact(step.rate_ml_per_h)
        if step.duration_min is not None:
            in_step = units.ml_infused(rate, step.duration_min)
            if in_step < remaining:
                remaining -= in_step
                out.append(replace(step, volume_ml=in_step))
                lines.append(
                    f"step {step.number}: {units.plain(step.rate_ml_per_h)} mL/h x {step.duration_min} min "
                    f"/ 60 = {show(in_step, 2)} mL"
                )
                continue
        minutes = units.minutes_to_infuse(remaining, rate)
        end = step.start_min + minutes
        finishing = replace(step, duration_min=None, volume_ml=remaining)
        if step.duration_min is not None:
            finishing = replace(
                finishing,
                working=replace(
                    step.working,
                    notes=(
                        f"from minute {step.start_min} until the volume is infused, within this step's "
                        f"{step.duration_min} min, so the plan ends here",
                        *step.working.notes[1:],
                    ),
                ),
            )
        out.append(finishing)
        lines.append(
            f"step {step.number}: remaining {show(remaining, 2)} mL at {units.plain(step.rate_ml_per_h)} "
            f"mL/h = {show(remaining, 2)} x 60 / {units.plain(step.rate_ml_per_h)} = {show(minutes, 2)} min"
        )
        break
    estimated = units.round_up_minutes(end)
    notes = [
        "each step runs for its duration at its programmed mL/h; the last runs until the volume is infused",
        f"{show(end, 2)} min rounded up to the whole minute",
    ]
    if len(out) < len(steps):
        notes.append(
            f"the volume is infused before the plan reaches step {steps[-1].number} "
            f"({units.plain(steps[-1].rate_ml_per_h)} mL/h); later steps are not needed"
        )
    hours, minutes_part = divmod(estimated, 60)
    duration_working = Working(
        quantity="estimated duration",
        result=f"{estimated} min ({hours} h {minutes_part} min)",
        formula="sum over steps of the time at each programmed rate until the volume is infused",
        arithmetic="; ".join(lines) + f"; total = {show(end, 2)} min",
        source="the plan's steps and volume",
        inputs=(Term("volume", show(volume, rounding.volume_places), "mL"),),
        notes=tuple(notes),
    )
    return (
        DosePlan(
            dose_g_per_kg=dose_g_per_kg,
            ordered_g=ordered,
            vials=vials,
            dose_g=dose_g,
            volume_ml=volume,
            estimated_minutes_exact=end,
            estimated_minutes=estimated,
            ordered_working=ordered_working,
            volume_working=volume_working,
            duration_working=duration_working,
        ),
        tuple(out),
    )
