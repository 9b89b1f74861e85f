"""The plan the nurse confirmed at check-in, as the record keeps it: the steps as the pump is programmed, the rule
every pump rate is checked against (the pump, the hard and soft limits), the vials, the volume and the working."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import JsonValue
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.working import parenthesised

msg = messages(__name__)

REASON_MAX_CHARS = 500


@dataclass(frozen=True)
class PlannedStep:
    """One step of the confirmed plan, as the pump is to be programmed."""

    number: int
    rate_ml_per_h: Decimal
    duration_min: int | None  # None: the last step, run until the volume is infused
    origin: str  # label, ladder, clinic or personal
    rate_mg_per_kg_min: Decimal | None = None
    rate_ml_per_kg_h: Decimal | None = None

    def to_payload(self) -> dict[str, JsonValue]:
        return {
            "number": self.number,
            "rate_ml_per_h": str(self.rate_ml_per_h),
            "duration_min": self.duration_min,
            "origin": self.origin,
            "rate_mg_per_kg_min": None if self.rate_mg_per_kg_min is None else str(self.rate_mg_per_kg_min),
            "rate_ml_per_kg_h": None if self.rate_ml_per_kg_h is None else str(self.rate_ml_per_kg_h),
        }

    @classmethod
    def from_payload(cls, data: Any) -> PlannedStep:
        return cls(
            number=int(data["number"]),
            rate_ml_per_h=Decimal(data["rate_ml_per_h"]),
            duration_min=None if data["duration_min"] is None else int(data["duration_min"]),
            origin=str(data["origin"]),
            rate_mg_per_kg_min=None if data.get("rate_mg_per_kg_min") is None else Decimal(data["rate_mg_per_kg_min"]),
            rate_ml_per_kg_h=None if data.get("rate_ml_per_kg_h") is None else Decimal(data["rate_ml_per_kg_h"]),
        )


PUMP_NOT_RECORDED = msg("the pump (not recorded with this plan)")
DEFAULT_PUMP_MAX_ML_PER_H = Decimal("999.9")
DEFAULT_RESOLUTION_ML_PER_H = Decimal("0.1")


@dataclass(frozen=True)
class RateLimits:
    """The one rule a pump rate is checked against, from the confirmed plan (the plan's steps obey the same).

    A rate must be a multiple of the pump's resolution and at most the pump's maximum (`pump_name`); above
    `hard_max_ml_per_h` (label maximum, at-risk cap or the pump's maximum, whichever binds) it is refused; above
    `soft_max_ml_per_h` (the patient's own tolerated maximum) it needs a reason, which is recorded with the rate.
    Plans confirmed before the pump was recorded keep the earlier fixed bounds (0.1 mL/h steps, 999.9 mL/h).
    """

    hard_max_ml_per_h: Decimal
    hard_max_source: str
    soft_max_ml_per_h: Decimal | None = None
    soft_max_source: str = ""
    pump_name: str = PUMP_NOT_RECORDED
    pump_max_ml_per_h: Decimal = DEFAULT_PUMP_MAX_ML_PER_H
    resolution_ml_per_h: Decimal = DEFAULT_RESOLUTION_ML_PER_H

    @classmethod
    def unrecorded(cls) -> RateLimits:
        """The bounds of a session without a confirmed plan (no pump recorded): the earlier fixed ones."""
        return cls(hard_max_ml_per_h=DEFAULT_PUMP_MAX_ML_PER_H, hard_max_source=PUMP_NOT_RECORDED)

    def check(self, rate_ml_per_h: Decimal, override_reason: str = "") -> str:
        """Refuse a rate the pump cannot run or above the hard limit; above the soft limit, require and return a
        reason."""
        if rate_ml_per_h <= 0:
            raise ValidationError.one(
                "rate_ml_per_h", msg("Rate (mL/h) must be above 0; to stop the pump, pause instead.")
            )
        self.check_pump(rate_ml_per_h)
        self.check_hard(rate_ml_per_h)
        if self.soft_max_ml_per_h is not None and rate_ml_per_h > self.soft_max_ml_per_h:
            reason = override_reason.strip()
            if not reason:
                raise ValidationError.one(
                    "override_reason",
                    msg(
                        "{rate_ml_per_h} is above this patient's tolerated maximum of {soft_max_ml_per_h} "
                        "{soft_max_source}; give a reason to go above it.",
                        rate_ml_per_h=ml_h(rate_ml_per_h),
                        soft_max_ml_per_h=ml_h(self.soft_max_ml_per_h),
                        soft_max_source=parenthesised(self.soft_max_source),
                    ),
                )
            return reason[:REASON_MAX_CHARS]
        return ""

    def check_pump(self, rate_ml_per_h: Decimal, field: str = "rate_ml_per_h", label: str = "Rate (mL/h)") -> None:
        """Refuse (on `field`) a rate the pump cannot run: not above 0, not a multiple of its resolution, or above
        its maximum. Every rate the nurse types (the infusion's, a reaction's) is checked by this one rule."""
        if rate_ml_per_h <= 0:
            raise ValidationError.one(field, msg("{label} must be above 0.", label=label))
        if rate_ml_per_h > self.pump_max_ml_per_h:  # first: a huge number has no remainder to take
            raise ValidationError.one(
                field,
                msg(
                    "{rate_ml_per_h} is above the maximum of {pump_name}, {pump_max_ml_per_h}; it cannot be used.",
                    rate_ml_per_h=ml_h(rate_ml_per_h),
                    pump_name=self.pump_name,
                    pump_max_ml_per_h=ml_h(self.pump_max_ml_per_h),
                ),
            )
        if rate_ml_per_h % self.resolution_ml_per_h != 0:
            raise ValidationError.one(
                field,
                msg(
                    "{rate_ml_per_h} cannot be set on {pump_name}: it takes multiples of {resolution_ml_per_h}.",
                    rate_ml_per_h=ml_h(rate_ml_per_h),
                    pump_name=self.pump_name,
                    resolution_ml_per_h=ml_h(self.resolution_ml_per_h),
                ),
            )

    def check_hard(self, rate_ml_per_h: Decimal, field: str = "rate_ml_per_h") -> None:
        """Refuse (on `field`) a rate above the hard limit."""
        if rate_ml_per_h > self.hard_max_ml_per_h:
            raise ValidationError.one(
                field,
                msg(
                    "{rate_ml_per_h} is above the hard limit of {hard_max_ml_per_h} {hard_max_source}; it cannot "
                    "be used.",
                    rate_ml_per_h=ml_h(rate_ml_per_h),
                    hard_max_ml_per_h=ml_h(self.hard_max_ml_per_h),
                    hard_max_source=parenthesised(self.hard_max_source),
                ),
            )

    def floor(self, rate_ml_per_h: Decimal) -> Decimal:
        """`rate_ml_per_h` rounded down (never upwards) to a rate the pump can be set to: a multiple of its
        resolution (0 when below the lowest); with the resolution's places ('60.0' at 0.1 mL/h)."""
        steps = (rate_ml_per_h / self.resolution_ml_per_h).to_integral_value(rounding=ROUND_FLOOR)
        return (steps * self.resolution_ml_per_h).quantize(self.resolution_ml_per_h)


@dataclass(frozen=True)
class VialCount:
    """`count` whole vials of `size_g` grams."""

    size_g: Decimal
    count: int


@dataclass(frozen=True)
class PlanSnapshot:
    """The plan the nurse confirmed at check-in, stored in the record exactly as she saw it."""

    product_id: str
    product_name: str
    concentration_percent: Decimal
    dose_g: Decimal
    volume_ml: Decimal
    steps: tuple[PlannedStep, ...]
    limits: RateLimits
    vials: tuple[VialCount, ...] = ()
    vial_sizes_g: tuple[Decimal, ...] = ()
    at_risk: bool = False
    first_infusion: bool = False
    working: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    off_label: str = ""  # "OFF-LABEL: ... ordered by ..." when the indication is not on the label; "" on label
    course_day: int = 1  # day k of a course of `course_days` consecutive days
    course_days: int = 1
    dose_g_per_kg: Decimal | None = None  # today's dose (one day of the course)

    @property
    def course_text(self) -> str:
        """'Day 2 of 5: 0.4 g/kg today of a 2 g/kg course' for a course; '' for a single infusion."""
        if self.course_days <= 1:
            return ""
        text = msg("Day {course_day} of {course_days}", course_day=self.course_day, course_days=self.course_days)
        if self.dose_g_per_kg is None:
            return text
        total = self.dose_g_per_kg * self.course_days
        return msg("{text}: {n} g/kg today of a {n2} g/kg course", text=text, n=_n(self.dose_g_per_kg), n2=_n(total))

    @property
    def listed_name(self) -> str:
        """How a list of sessions names the plan: 'Privigen 10%', or 'Privigen 10% · OFF-LABEL' for an off-label one
        (issue 11: OFF-LABEL on every screen, printout and export)."""
        return f"{self.product_name} · OFF-LABEL" if self.off_label else self.product_name

    @property
    def course_short(self) -> str:
        """'day 2 of 5' (board cards, headers); '' for a single infusion."""
        return (
            msg("day {course_day} of {course_days}", course_day=self.course_day, course_days=self.course_days)
            if self.course_days > 1
            else ""
        )

    def __post_init__(self) -> None:
        if not self.steps:
            raise DomainError(msg("A plan needs at least one step."))
        rates = [s.rate_ml_per_h for s in self.steps]
        if rates != sorted(rates):
            raise DomainError(msg("Plan steps must never go down in rate."))
        if any(s.duration_min is None for s in self.steps[:-1]):
            raise DomainError(msg("Only the last plan step may run until the volume is infused."))

    @property
    def max_rate_ml_per_h(self) -> Decimal:
        return self.steps[-1].rate_ml_per_h

    @property
    def vials_g(self) -> Decimal:
        """Total grams of the planned whole vials (the dose the nurse gives)."""
        return sum((v.size_g * v.count for v in self.vials), Decimal(0))

    def step(self, number: int) -> PlannedStep:
        return self.steps[number - 1]

    def to_payload(self) -> dict[str, JsonValue]:
        return {
            "product_id": self.product_id,
            "product_name": self.product_name,
            "concentration_percent": str(self.concentration_percent),
            "dose_g": str(self.dose_g),
            "volume_ml": str(self.volume_ml),
            "steps": [s.to_payload() for s in self.steps],
            "hard_max_ml_per_h": str(self.limits.hard_max_ml_per_h),
            "hard_max_source": self.limits.hard_max_source,
            "soft_max_ml_per_h": None if self.limits.soft_max_ml_per_h is None else str(self.limits.soft_max_ml_per_h),
            "soft_max_source": self.limits.soft_max_source,
            "pump_name": self.limits.pump_name,
            "pump_max_ml_per_h": str(self.limits.pump_max_ml_per_h),
            "pump_resolution_ml_per_h": str(self.limits.resolution_ml_per_h),
            "vials": [{"size_g": str(v.size_g), "count": v.count} for v in self.vials],
            "vial_sizes_g": [str(size) for size in self.vial_sizes_g],
            "at_risk": self.at_risk,
            "first_infusion": self.first_infusion,
            "working": list(self.working),
            "warnings": list(self.warnings),
            "off_label": self.off_label or None,
            "course_day": self.course_day,
            "course_days": self.course_days,
            "dose_g_per_kg": None if self.dose_g_per_kg is None else str(self.dose_g_per_kg),
        }

    @classmethod
    def from_payload(cls, data: Any) -> PlanSnapshot:
        soft = data.get("soft_max_ml_per_h")
        return cls(
            product_id=str(data["product_id"]),
            product_name=str(data["product_name"]),
            concentration_percent=Decimal(data["concentration_percent"]),
            dose_g=Decimal(data["dose_g"]),
            volume_ml=Decimal(data["volume_ml"]),
            steps=tuple(PlannedStep.from_payload(s) for s in data["steps"]),
            limits=RateLimits(
                hard_max_ml_per_h=Decimal(data["hard_max_ml_per_h"]),
                hard_max_source=str(data["hard_max_source"]),
                soft_max_ml_per_h=None if soft is None else Decimal(soft),
                soft_max_source=str(data.get("soft_max_source", "")),
                pump_name=str(data.get("pump_name", PUMP_NOT_RECORDED)),
                pump_max_ml_per_h=Decimal(data.get("pump_max_ml_per_h", DEFAULT_PUMP_MAX_ML_PER_H)),
                resolution_ml_per_h=Decimal(data.get("pump_resolution_ml_per_h", DEFAULT_RESOLUTION_ML_PER_H)),
            ),
            vials=tuple(VialCount(Decimal(v["size_g"]), int(v["count"])) for v in data.get("vials", ())),
            vial_sizes_g=tuple(Decimal(size) for size in data.get("vial_sizes_g", ())),
            at_risk=bool(data.get("at_risk", False)),
            first_infusion=bool(data.get("first_infusion", False)),
            working=tuple(str(w) for w in data.get("working", ())),
            warnings=tuple(str(w) for w in data.get("warnings", ())),
            # plans confirmed before off-label orders and courses were recorded: on label, a single day
            off_label=str(data.get("off_label") or ""),
            course_day=int(data.get("course_day") or 1),
            course_days=int(data.get("course_days") or 1),
            dose_g_per_kg=None if data.get("dose_g_per_kg") is None else Decimal(str(data["dose_g_per_kg"])),
        )


def ml_h(rate: Decimal) -> str:
    return msg("{rate} mL/h", rate=format(rate.normalize(), "f"))


def _n(value: Decimal) -> str:
    return f"{value.normalize():f}"
