"""Check-in: today's weight, the plan computed for it, and the double-check before the plan is confirmed.

Confirming records the plan exactly as the nurse saw it (steps in pump mL/h, limits, vials, volume, working),
with the weight used, the inputs, and who double-checked it. The infusion follows the latest confirmed plan; a
plan cannot change once the pump has started.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

from ivig_desktop.domain import times
from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent
from ivig_desktop.domain.infusion import PlannedStep, PlanSnapshot, RateLimits, VialCount, ml
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.numbers import parse_decimal
from ivig_desktop.domain.people import PatientDetails
from ivig_desktop.domain.plan import InfusionKind, Limit, LimitKind, PersonalPlan, Plan, PlanRequest
from ivig_desktop.domain.policy import ClinicPolicy
from ivig_desktop.domain.regimen import Regimen
from ivig_desktop.domain.session import Session
from ivig_desktop.domain.units import round_pump_rate, show

msg = messages(__name__)

WEIGHT_CHANGE_FLAG_PERCENT = Decimal(10)
COURSE_GAP_HOURS = 48  # a course's next day follows the previous one within this many hours (consecutive days)
DAYS_PER_WEEK = 7


class DoubleCheckMethod(StrEnum):
    """How the calculation is double-checked, as the clinic configures it."""

    SECOND_NURSE = "second_nurse"  # a second nurse checks the calculation; her name is recorded
    SELF = "self"  # the same nurse re-confirms by typing the dose and first pump rate again

    @property
    def label(self) -> str:
        return {
            DoubleCheckMethod.SECOND_NURSE: msg("Checked by a second nurse"),
            DoubleCheckMethod.SELF: msg("Re-confirmed by the same nurse"),
        }[self]


@dataclass(frozen=True)
class DoubleCheck:
    method: DoubleCheckMethod
    checker: str  # the second nurse's name, or the signed-in nurse's for a self re-confirmation

    def to_payload(self) -> dict[str, JsonValue]:
        return {"method": self.method.value, "checker": self.checker}


def weight_change_percent(previous_kg: Decimal, today_kg: Decimal) -> Decimal:
    """(today - previous) / previous x 100, to one decimal, half-up."""
    return ((today_kg - previous_kg) / previous_kg * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def weight_change_flag(previous_kg: Decimal | None, today_kg: Decimal) -> str | None:
    """A sentence when today's weight differs from the regimen's by 10% or more (then the dose is recalculated)."""
    if previous_kg is None or previous_kg <= 0:
        return None
    change = weight_change_percent(previous_kg, today_kg)
    if abs(change) < WEIGHT_CHANGE_FLAG_PERCENT:
        return None
    direction = "more" if change > 0 else "less"
    return msg(
        "Weight {today_kg} kg is {change}% {direction} than the regimen's {previous_kg} kg: the dose is recalculated "
        "from today's weight; notify the prescriber.",
        today_kg=format(today_kg.normalize(), "f"),
        change=abs(change),
        direction=direction,
        previous_kg=format(previous_kg.normalize(), "f"),
    )


def validate_double_check(
    method: DoubleCheckMethod,
    *,
    signed_in: str,
    second_nurse: str = "",
    retyped_dose_g: str = "",
    retyped_first_rate_ml_per_h: str = "",
    snapshot: PlanSnapshot,
) -> DoubleCheck:
    """The double-check the clinic requires: a second nurse's name (not the signed-in nurse), or the same nurse
    typing the dose and the first pump rate again, which must match the plan exactly."""
    errors = FieldErrors()
    if method is DoubleCheckMethod.SECOND_NURSE:
        name = " ".join(second_nurse.split())
        if not name:
            errors.add("second_nurse", msg("Name the second nurse who checked the calculation."))
        elif name.casefold() == signed_in.casefold():
            errors.add("second_nurse", msg("The second check must be by another nurse."))
        errors.raise_if_any()
        return DoubleCheck(method, name)
    for field, typed, expected, unit in (
        ("retyped_dose_g", retyped_dose_g, snapshot.vials_g, "g"),
        ("retyped_first_rate_ml_per_h", retyped_first_rate_ml_per_h, snapshot.steps[0].rate_ml_per_h, "mL/h"),
    ):
        try:
            value = parse_decimal(typed, field, unit)
        except ValidationError:
            errors.add(field, msg("Type the value again from your own calculation ({unit}).", unit=unit))
            continue
        if value != expected:
            errors.add(
                field,
                msg(
                    "{value} {unit} does not match the plan: recheck the calculation.",
                    value=format(value.normalize(), "f"),
                    unit=unit,
                ),
            )
    errors.raise_if_any()
    return DoubleCheck(method, signed_in)


def confirm_plan(
    *,
    started: bool,
    snapshot: PlanSnapshot,
    weight_kg: Decimal,
    regimen_weight_kg: Decimal | None,
    inputs: Mapping[str, JsonValue],
    double_check: DoubleCheck,
    weight_flag_acknowledged: bool,
    now: datetime,
) -> NewEvent:
    """Record the plan the nurse confirmed. A weight change of 10% or more must be acknowledged first."""
    if started:
        raise DomainError(msg("The plan cannot change once the infusion has started."))
    flag = weight_change_flag(regimen_weight_kg, weight_kg)
    if flag and not weight_flag_acknowledged:
        raise ValidationError.one("weight_kg", flag + msg(" Tick to confirm you have seen this."))
    payload: dict[str, JsonValue] = {
        "plan": snapshot.to_payload(),
        "weight_kg": str(weight_kg),
        "inputs": dict(inputs),
        "double_check": double_check.to_payload(),
    }
    if regimen_weight_kg is not None:
        payload["regimen_weight_kg"] = str(regimen_weight_kg)
    if flag:
        payload["weight_flag"] = flag
    return NewEvent(EventType.PLAN_CONFIRMED, occurred_at=now, payload=payload)


@dataclass(frozen=True)
class History:
    """What earlier sessions say about this one: was there an infusion before, of which product, how long ago,
    and how fast it went."""

    last_infusion_at: datetime | None
    last_product_id: str | None
    infusions: int
    last_course_day: int = 1
    last_course_days: int = 1

    @classmethod
    def of(cls, sessions: Sequence[Session], exclude_session_id: int | None = None) -> History:
        infused = [
            s for s in sessions if s.id != exclude_session_id and s.infusion.started and s.infusion.plan is not None
        ]
        if not infused:
            return cls(None, None, 0)
        last = max(infused, key=lambda s: s.infusion.started_at or s.header.opened_at)
        plan = last.infusion.plan
        assert plan is not None
        return cls(last.infusion.started_at, plan.product_id, len(infused), plan.course_day, plan.course_days)

    def course_day(self, course_days: int, now: datetime) -> tuple[int, str]:
        """Which day of a course of `course_days` today is, and why: the day after the last one given, when the
        last infusion was a day of the same course within the last COURSE_GAP_HOURS hours; else day 1."""
        if course_days <= 1:
            return 1, msg("a single infusion")
        last = self.last_infusion_at
        recent = last is not None and now - last <= timedelta(hours=COURSE_GAP_HOURS)
        if last is not None and recent and self.last_course_days == course_days and self.last_course_day < course_days:
            day = self.last_course_day + 1
            given = times.display().at(last, now)  # the clinic's zone, the day named when not today
            return day, msg(
                "day {last_course_day} of {course_days} was given at {given}",
                last_course_day=self.last_course_day,
                course_days=course_days,
                given=given,
            )
        return 1, msg(
            "no day of this {course_days}-day course in the last {course_gap_hours} hours: a new course",
            course_days=course_days,
            course_gap_hours=COURSE_GAP_HOURS,
        )

    def weeks_since_last(self, now: datetime) -> Decimal | None:
        """Whole days since the last infusion, in weeks, to one decimal (rounded down: never understates a gap)."""
        if self.last_infusion_at is None:
            return None
        days = Decimal((now - self.last_infusion_at).days)
        return (days / DAYS_PER_WEEK).quantize(Decimal("0.1"), rounding=ROUND_DOWN)


@dataclass(frozen=True)
class OrderMarks:
    """What every screen says about the order beside the patient: OFF-LABEL (with its prescriber) and the day of a
    course. From the confirmed plan once there is one, else from the regimen in force."""

    off_label: str = ""  # "OFF-LABEL: ..." or ""
    course_day: int = 1
    course_days: int = 1

    @property
    def course(self) -> str:
        return (
            msg("Day {course_day} of {course_days}", course_day=self.course_day, course_days=self.course_days)
            if self.course_days > 1
            else ""
        )

    @property
    def header_text(self) -> str:
        """For the session page: the full OFF-LABEL sentence and the course day."""
        return " · ".join(part for part in (self.off_label, self.course) if part)

    @property
    def card_text(self) -> str:
        """For a board card: 'OFF-LABEL · Day 2 of 5'."""
        return " · ".join(part for part in ("OFF-LABEL" if self.off_label else "", self.course) if part)


def order_marks(plan: PlanSnapshot | None, regimen: Regimen | None, course_day: int) -> OrderMarks:
    if plan is not None:
        return OrderMarks(plan.off_label, plan.course_day, plan.course_days)
    if regimen is None:
        return OrderMarks()
    off_label = ""
    if regimen.off_label_prescriber is not None:
        off_label = msg(
            "OFF-LABEL: {value} ordered off-label by {off_label_prescriber}",
            value=regimen.indication.value,
            off_label_prescriber=regimen.off_label_prescriber,
        )
    return OrderMarks(off_label, min(course_day, regimen.course_days), regimen.course_days)


def plan_request(
    *,
    regimen: Regimen,
    patient: PatientDetails,
    weight_kg: Decimal,
    at_risk: bool,
    history: History,
    now: datetime,
    course_day: int = 1,
    concentration_percent: Decimal | None = None,
) -> PlanRequest:
    """The plan engine's request for today: the regimen's product, dose, course and protocol (off-label with its
    prescriber where the regimen says so); today's weight; the patient's height and sex; first infusion or
    maintenance from the history; the personal plan; at-risk; which day of the course today is; and, for a product
    reconstituted at a chosen strength (Gammagard S/D, Carimune NF), the concentration chosen at check-in."""
    personal = None
    if regimen.personal_start_mg_per_kg_min is not None or regimen.personal_max_mg_per_kg_min is not None:
        personal = PersonalPlan(
            start_rate_mg_per_kg_min=regimen.personal_start_mg_per_kg_min,
            max_rate_mg_per_kg_min=regimen.personal_max_mg_per_kg_min,
            source=msg("patient's regimen (personal plan from the infusion history)"),
        )
    return PlanRequest(
        product_id=regimen.product_id,
        indication=regimen.indication,
        weight_kg=weight_kg,
        height_cm=patient.height_cm,
        sex=patient.sex.devine,
        dosing_weight_method=regimen.dosing_weight_method,
        dose_g_per_kg=regimen.dose_g_per_kg,
        infusion=InfusionKind.FIRST if history.infusions == 0 else InfusionKind.MAINTENANCE,
        weeks_since_last=history.weeks_since_last(now),
        previous_product_id=history.last_product_id,
        at_risk=at_risk,
        ladder_id=regimen.ladder_id,
        personal=personal,
        off_label_prescriber=regimen.off_label_prescriber,
        course_day=course_day,
        course_days=regimen.course_days,
        concentration_percent=concentration_percent,
    )


def request_inputs(request: PlanRequest) -> dict[str, JsonValue]:
    """The plan's inputs as recorded with the confirmation."""
    return {
        "product_id": request.product_id,
        "indication": request.indication.value,
        "weight_kg": str(request.weight_kg),
        "height_cm": None if request.height_cm is None else str(request.height_cm),
        "sex": None if request.sex is None else request.sex.value,
        "dosing_weight_method": request.dosing_weight_method.value,
        "dose_g_per_kg": None if request.dose_g_per_kg is None else str(request.dose_g_per_kg),
        "infusion": request.infusion.value,
        "weeks_since_last": None if request.weeks_since_last is None else str(request.weeks_since_last),
        "previous_product_id": request.previous_product_id,
        "at_risk": request.at_risk,
        "ladder_id": request.ladder_id,
        "off_label_prescriber": request.off_label_prescriber,
        "course_day": request.course_day,
        "course_days": request.course_days,
        "concentration_percent": None if request.concentration_percent is None else str(request.concentration_percent),
    }


def _programmable(limit: Limit, policy: ClinicPolicy) -> Decimal:
    """The highest rate the pump may be set to under `limit` (on the pump's resolution, never crossing it)."""
    return round_pump_rate(
        limit.rate_ml_per_h, policy.rounding, limit.rate_ml_per_h, limit_inclusive=limit.inclusive
    ).rate_ml_per_h


def limit_source(limit: Limit) -> str:
    """A limit as the infusion screen and the record quote it: 'label maximum 8 mg/kg/min'; where its name does
    not say where it comes from, that too: 'at-risk cap 0.5 mg/kg/min, from the clinic' (never a note in
    parentheses, which every quotation puts in parentheses of its own)."""
    origin = limit.origin.value
    return limit.describe if limit.name.startswith(origin) else f"{limit.describe}, from the {origin}"


def rate_limits(plan: Plan) -> RateLimits:
    """The rule the infusion screen checks every pump rate against: the plan's binding hard limit and soft limit
    in programmable mL/h, and the pump (name, maximum, resolution). The plan's steps obey the same limits."""
    soft = [limit for limit in plan.limits if limit.kind is LimitKind.SOFT]
    policy = plan.policy
    return RateLimits(
        hard_max_ml_per_h=_programmable(plan.hard_limit, policy),
        hard_max_source=limit_source(plan.hard_limit),
        soft_max_ml_per_h=_programmable(soft[0], policy) if soft else None,
        soft_max_source=soft[0].describe if soft else "",
        pump_name=policy.pump.name,
        pump_max_ml_per_h=policy.pump.max_ml_per_h,
        resolution_ml_per_h=policy.rounding.pump_resolution_ml_per_h,
    )


def snapshot(plan: Plan) -> PlanSnapshot:
    """What the session records of a plan: programmed rates, limits in pump mL/h, vials, volume and the working."""
    if plan.dose is None:
        raise DomainError(msg("A session's plan needs a dose (g/kg) to know the vials and the volume."))
    return PlanSnapshot(
        product_id=plan.product.id,
        product_name=f"{plan.product.name} {show(plan.concentration_percent)}%",  # a reconstituted one's too
        concentration_percent=plan.concentration_percent,
        dose_g=exact_decimal(plan.dose.dose_g),
        volume_ml=ml(plan.dose.volume_ml),
        steps=tuple(
            PlannedStep(
                number=step.number,
                rate_ml_per_h=step.rate_ml_per_h,
                duration_min=step.duration_min,
                origin=step.origin.value,
                rate_mg_per_kg_min=step.rate_mg_per_kg_min,
                rate_ml_per_kg_h=step.rate_ml_per_kg_h,
            )
            for step in plan.steps
        ),
        limits=rate_limits(plan),
        vials=tuple(VialCount(size, count) for size, count in plan.dose.vials.vials),
        vial_sizes_g=plan.product.vial_sizes_g,
        at_risk=plan.request.at_risk,
        first_infusion=plan.request.infusion is InfusionKind.FIRST,
        working=tuple(line for working in plan.workings() for line in working.lines),
        warnings=plan.warnings,
        off_label=plan.off_label_text or "",
        course_day=plan.request.course_day,
        course_days=plan.request.course_days,
        dose_g_per_kg=plan.dose.dose_g_per_kg,
    )


def exact_decimal(value: Fraction) -> Decimal:
    """A Fraction that is a whole number of grams (or a terminating decimal) as an exact Decimal."""
    result = Decimal(value.numerator) / Decimal(value.denominator)
    if Fraction(result) != value:
        raise DomainError(msg("{value} has no exact decimal form", value=value))
    return result
