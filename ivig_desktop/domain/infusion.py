"""The infusion run: what the pump was set to, when, and everything that follows from it.

The nurse confirms every pump setting ("pump set to 36.3 mL/h"); that moment is the real start of the rate, and
every deadline counts from it. From the confirmed rates and their times the run derives, exactly:

- the rate segments (a pause is a segment at 0 mL/h; paused time is not infusion time),
- the volume infused: sum of rate x time over the segments, in mL (mL/h x s / 3600),
- the current and next plan step, and when the next step is due,
- the estimated end, following the plan's remaining steps as if each happens on time.

Nothing here counts timer ticks: give it `now` and it answers for that instant, whether the app ran all along
or is reopening after a crash, a sleep or a closed lid.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from functools import cached_property
from typing import Any

from ivig_desktop.domain import units
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent, Payload
from ivig_desktop.domain.numbers import parse_decimal

SECONDS_PER_MINUTE = Fraction(60)
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


@dataclass(frozen=True)
class RateLimits:
    """The limits a confirmed pump rate is checked against.

    Above `hard_max_ml_per_h` (label maximum or at-risk cap) a rate is refused; above `soft_max_ml_per_h`
    (the patient's own tolerated maximum) it needs a reason, which is recorded with the rate.
    """

    hard_max_ml_per_h: Decimal
    hard_max_source: str
    soft_max_ml_per_h: Decimal | None = None
    soft_max_source: str = ""

    def check(self, rate_ml_per_h: Decimal, override_reason: str = "") -> str:
        """Refuse a rate above the hard limit; above the soft limit, require and return a reason."""
        if rate_ml_per_h > self.hard_max_ml_per_h:
            raise ValidationError.one(
                "rate_ml_per_h",
                f"{_ml_h(rate_ml_per_h)} is above the hard limit of {_ml_h(self.hard_max_ml_per_h)} "
                f"({self.hard_max_source}); it cannot be used.",
            )
        if self.soft_max_ml_per_h is not None and rate_ml_per_h > self.soft_max_ml_per_h:
            reason = override_reason.strip()
            if not reason:
                raise ValidationError.one(
                    "override_reason",
                    f"{_ml_h(rate_ml_per_h)} is above this patient's tolerated maximum of "
                    f"{_ml_h(self.soft_max_ml_per_h)} ({self.soft_max_source}); give a reason to go above it.",
                )
            return reason[:REASON_MAX_CHARS]
        return ""


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

    def __post_init__(self) -> None:
        if not self.steps:
            raise DomainError("A plan needs at least one step.")
        rates = [s.rate_ml_per_h for s in self.steps]
        if rates != sorted(rates):
            raise DomainError("Plan steps must never go down in rate.")
        if any(s.duration_min is None for s in self.steps[:-1]):
            raise DomainError("Only the last plan step may run until the volume is infused.")

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
            "vials": [{"size_g": str(v.size_g), "count": v.count} for v in self.vials],
            "vial_sizes_g": [str(size) for size in self.vial_sizes_g],
            "at_risk": self.at_risk,
            "first_infusion": self.first_infusion,
            "working": list(self.working),
            "warnings": list(self.warnings),
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
            ),
            vials=tuple(VialCount(Decimal(v["size_g"]), int(v["count"])) for v in data.get("vials", ())),
            vial_sizes_g=tuple(Decimal(size) for size in data.get("vial_sizes_g", ())),
            at_risk=bool(data.get("at_risk", False)),
            first_infusion=bool(data.get("first_infusion", False)),
            working=tuple(str(w) for w in data.get("working", ())),
            warnings=tuple(str(w) for w in data.get("warnings", ())),
        )


class RateChange(StrEnum):
    """Why the pump rate changed."""

    START = "start"
    STEP_UP = "step_up"
    STEP_DOWN = "step_down"
    RESUME = "resume"
    REACTION = "reaction"

    @property
    def label(self) -> str:
        return {
            RateChange.START: "Infusion started",
            RateChange.STEP_UP: "Stepped up",
            RateChange.STEP_DOWN: "Stepped down",
            RateChange.RESUME: "Resumed",
            RateChange.REACTION: "Slowed for a reaction",
        }[self]


class Outcome(StrEnum):
    COMPLETED = "completed"
    STOPPED = "stopped"

    @property
    def label(self) -> str:
        return {Outcome.COMPLETED: "Completed", Outcome.STOPPED: "Stopped early"}[self]


@dataclass(frozen=True)
class Segment:
    """A stretch of time at one pump rate; a pause is a segment at 0 mL/h (`stopped`: after a serious reaction,
    waiting for the prescriber's order)."""

    start: datetime
    end: datetime | None
    rate_ml_per_h: Decimal
    paused: bool = False
    stopped: bool = False

    def seconds(self, now: datetime) -> Fraction:
        end = self.end if self.end is not None else now
        if end <= self.start:
            return Fraction(0)
        return _seconds(end - self.start)

    def volume_ml(self, now: datetime) -> Fraction:
        return units.ml_infused(self.rate_ml_per_h, self.seconds(now) / SECONDS_PER_MINUTE)


@dataclass(frozen=True)
class Hold:
    at: datetime
    reason: str
    rate_ml_per_h: Decimal


@dataclass(frozen=True)
class InfusionRun:
    """The run derived from the record. `plan` is None until the check-in confirmed one."""

    plan: PlanSnapshot | None = None
    segments: tuple[Segment, ...] = ()
    started_at: datetime | None = None
    ended_at: datetime | None = None
    outcome: Outcome | None = None
    rate_started_at: datetime | None = None  # when the current rate was confirmed (its step's clock starts)
    holds: tuple[Hold, ...] = field(default=())
    highest_rate_ml_per_h: Decimal | None = None

    @property
    def started(self) -> bool:
        return self.started_at is not None

    @property
    def ended(self) -> bool:
        return self.ended_at is not None

    @property
    def running(self) -> bool:
        return self.started and not self.ended

    @property
    def paused(self) -> bool:
        return self.running and bool(self.segments) and self.segments[-1].paused

    @property
    def stopped_for_reaction(self) -> bool:
        """Paused after a serious reaction: restarts only on the prescriber's order."""
        return self.paused and self.segments[-1].stopped

    @property
    def current_rate_ml_per_h(self) -> Decimal | None:
        """The rate the pump runs at now (0 while paused); None before the start and after the end."""
        if not self.running:
            return None
        return self.segments[-1].rate_ml_per_h

    @property
    def last_running_rate_ml_per_h(self) -> Decimal | None:
        for segment in reversed(self.segments):
            if not segment.paused:
                return segment.rate_ml_per_h
        return None

    def volume_infused_ml(self, now: datetime) -> Fraction:
        """Exactly: sum over segments of mL/h x seconds / 3600, up to the planned volume (the pump is programmed
        with the plan's volume to be infused and stops there)."""
        infused = self._ended_segments_ml + sum((s.volume_ml(now) for s in self.segments if s.end is None), Fraction(0))
        return infused if self.plan is None else min(infused, Fraction(self.plan.volume_ml))

    @cached_property
    def _ended_segments_ml(self) -> Fraction:
        """The volume of the segments that have ended (it does not depend on `now`): added up once per state."""
        return sum((s.volume_ml(s.end) for s in self.segments if s.end is not None), Fraction(0))

    def volume_remaining_ml(self, now: datetime) -> Fraction:
        if self.plan is None:
            return Fraction(0)
        return max(Fraction(self.plan.volume_ml) - self.volume_infused_ml(now), Fraction(0))

    def infusing_seconds(self, now: datetime) -> Fraction:
        return sum((s.seconds(now) for s in self.segments if not s.paused), Fraction(0))

    def paused_seconds(self, now: datetime) -> Fraction:
        return sum((s.seconds(now) for s in self.segments if s.paused), Fraction(0))

    # Steps
    def current_step(self) -> PlannedStep | None:
        """The highest plan step whose rate the pump is at or above (None below step 1 or without a plan)."""
        rate = self.last_running_rate_ml_per_h
        if self.plan is None or rate is None:
            return None
        at_or_below = [s for s in self.plan.steps if s.rate_ml_per_h <= rate]
        return at_or_below[-1] if at_or_below else None

    def next_step(self) -> PlannedStep | None:
        """The first plan step above the current rate (None at the plan's maximum)."""
        rate = self.last_running_rate_ml_per_h
        if self.plan is None:
            return None
        if rate is None:
            return self.plan.steps[0]
        for step in self.plan.steps:
            if step.rate_ml_per_h > rate:
                return step
        return None

    def at_max(self) -> bool:
        return self.running and self.next_step() is None

    def step_interval(self) -> timedelta | None:
        """How long the current rate runs before the next step: the current step's duration (step 1's when the
        rate is below step 1, after a reaction or a step down). None at the last step."""
        if self.plan is None:
            return None
        step = self.current_step() or self.plan.steps[0]
        return None if step.duration_min is None else timedelta(minutes=step.duration_min)

    def next_step_due_at(self) -> datetime | None:
        """When the next step up is due: the current rate's confirmation + its interval, extended by any pause
        since; a hold restarts the interval from the moment of the hold. None when paused, at max or not running.
        """
        if not self.running or self.paused or self.next_step() is None or self.rate_started_at is None:
            return None
        interval = self.step_interval()
        if interval is None:
            return None
        since = self.rate_started_at
        holds = [h for h in self.holds if h.at >= since]
        if holds:
            since = holds[-1].at
        paused = timedelta(0)
        for segment in self.segments:
            if segment.paused and segment.end is not None and segment.start >= since:
                paused += segment.end - segment.start
        return since + interval + paused

    def volume_reached_at(self, now: datetime) -> datetime | None:
        """The instant the planned volume was reached, if it was by `now` (the pump stops itself; the nurse may
        confirm the end later, after a sleep or a busy hour)."""
        full = self._volume_full
        if full is None:
            return None
        start, needed_seconds, reached = full
        if needed_seconds is None or _seconds(now - start) >= needed_seconds:
            return reached
        return None

    @cached_property
    def _volume_full(self) -> tuple[datetime, Fraction | None, datetime] | None:
        """Where the planned volume is (or will be, if the last rate goes on) reached: the segment's start, the
        exact seconds into it that `now` must pass (None: in a segment already ended, so reached whatever `now`),
        and the instant (to the millisecond the record keeps). None without a plan or when the last segment
        infuses nothing. Computed once per state of the record: a repaint asks only whether `now` is past it."""
        if self.plan is None:
            return None
        left = Fraction(self.plan.volume_ml)
        for segment in self.segments:
            if segment.end is not None and segment.volume_ml(segment.end) < left:
                left -= segment.volume_ml(segment.end)
                continue
            if segment.rate_ml_per_h <= 0:
                if segment.end is None:
                    return None
                continue
            seconds = units.minutes_to_infuse(left, segment.rate_ml_per_h) * SECONDS_PER_MINUTE
            reached = segment.start + timedelta(milliseconds=int(seconds * 1000))
            return segment.start, None if segment.end is not None else seconds, reached
        return None

    def estimated_end(self, now: datetime) -> datetime | None:
        """When the volume will be (or was) infused, if the remaining steps happen on time.

        None if paused or not running. A time before `now` means the volume was reached then."""
        if self.plan is None or not self.running or self.paused:
            return None
        reached = self.volume_reached_at(now)
        if reached is not None:
            return reached
        remaining = self.volume_remaining_ml(now)
        rate = self.current_rate_ml_per_h
        assert rate is not None
        # The current rate until its step is due (an overdue step is taken as happening now), then each
        # remaining plan step for its duration; the plan's last step runs until the volume is infused.
        due = self.next_step_due_at()
        upcoming: list[tuple[Decimal, timedelta | None]] = []
        nxt = self.next_step()
        if nxt is None or due is None:
            upcoming.append((rate, None))
        else:
            if due > now:
                upcoming.append((rate, due - now))
            for step in self.plan.steps[nxt.number - 1 :]:
                upcoming.append(
                    (step.rate_ml_per_h, None if step.duration_min is None else timedelta(minutes=step.duration_min))
                )
        seconds = seconds_to_infuse(remaining, upcoming)
        if seconds is None:
            return None
        return now + timedelta(milliseconds=int(seconds * 1000))


def seconds_to_infuse(volume_ml: Fraction, steps: Sequence[tuple[Decimal, timedelta | None]]) -> Fraction | None:
    """Seconds to infuse `volume_ml` following `steps` (rate mL/h, duration; None = until done).

    None if the volume is never reached (all remaining rates are 0)."""
    left = volume_ml
    elapsed = Fraction(0)
    for rate, duration in steps:
        step_seconds = None if duration is None else _seconds(duration)
        if rate <= 0:
            if step_seconds is None:
                return None
            elapsed += step_seconds
            continue
        needed = units.minutes_to_infuse(left, rate) * SECONDS_PER_MINUTE
        if step_seconds is None or needed <= step_seconds:
            return elapsed + needed
        elapsed += step_seconds
        left -= units.ml_infused(rate, step_seconds / SECONDS_PER_MINUTE)
    return None


def _seconds(delta: timedelta) -> Fraction:
    """A duration in seconds, exactly, to the millisecond the record keeps."""
    return Fraction(delta // timedelta(milliseconds=1), 1000)


def ml(value: Fraction | Decimal) -> Decimal:
    """A volume for display: mL to 0.1, half-up (the one rounding policy, domain/units.py)."""
    return units.round_half_up(value, units.RoundingPolicy().volume_places)


def _ml_h(rate: Decimal) -> str:
    return f"{rate.normalize():f} mL/h"


INFUSION_TYPES = (
    EventType.PLAN_CONFIRMED,
    EventType.INFUSION_STARTED,
    EventType.RATE_CHANGED,
    EventType.STEP_HELD,
    EventType.INFUSION_PAUSED,
    EventType.INFUSION_RESUMED,
    EventType.INFUSION_ENDED,
)


def derive_run(events: Iterable[tuple[EventType, datetime, Payload]]) -> InfusionRun:
    """Fold the infusion's effective events (type, occurred_at, payload) in record order."""
    plan: PlanSnapshot | None = None
    segments: list[Segment] = []
    started_at: datetime | None = None
    ended_at: datetime | None = None
    outcome: Outcome | None = None
    rate_started_at: datetime | None = None
    holds: list[Hold] = []
    highest: Decimal | None = None

    def close_last(at: datetime) -> None:
        if segments and segments[-1].end is None:
            last = segments[-1]
            segments[-1] = Segment(last.start, max(at, last.start), last.rate_ml_per_h, last.paused, last.stopped)

    for kind, at, payload in events:
        if kind is EventType.PLAN_CONFIRMED:
            plan = PlanSnapshot.from_payload(payload["plan"])
        elif kind in (EventType.INFUSION_STARTED, EventType.RATE_CHANGED, EventType.INFUSION_RESUMED):
            rate = Decimal(str(payload["rate_ml_per_h"]))
            if kind is EventType.INFUSION_STARTED:
                started_at = at
            close_last(at)
            segments.append(Segment(at, None, rate))
            rate_started_at = at
            highest = rate if highest is None else max(highest, rate)
        elif kind is EventType.STEP_HELD:
            current = segments[-1].rate_ml_per_h if segments else Decimal(0)
            holds.append(Hold(at, str(payload.get("reason", "")), current))
        elif kind is EventType.INFUSION_PAUSED:
            close_last(at)
            segments.append(Segment(at, None, Decimal(0), paused=True, stopped=bool(payload.get("stopped"))))
        elif kind is EventType.INFUSION_ENDED:
            close_last(at)
            ended_at = at
            outcome = Outcome(str(payload["outcome"]))
    return InfusionRun(
        plan=plan,
        segments=tuple(segments),
        started_at=started_at,
        ended_at=ended_at,
        outcome=outcome,
        rate_started_at=rate_started_at,
        holds=tuple(holds),
        highest_rate_ml_per_h=highest,
    )


# Commands. Each validates against the run and returns the event to append; none changes anything itself.


def _reason(text: str, field: str, what: str) -> str:
    reason = " ".join(text.split())
    if not reason:
        raise ValidationError.one(field, f"Give a reason {what}.")
    if len(reason) > REASON_MAX_CHARS:
        raise ValidationError.one(field, f"The reason must be at most {REASON_MAX_CHARS} characters.")
    return reason


def parse_rate(text: str | Decimal, resolution: Decimal = Decimal("0.1")) -> Decimal:
    """A pump rate typed by the nurse, mL/h: positive, at most 999.9, on the pump's resolution."""
    rate = parse_decimal(text, "rate_ml_per_h", "Rate (mL/h)")
    if rate <= 0:
        raise ValidationError.one("rate_ml_per_h", "Rate (mL/h) must be above 0; to stop the pump, pause instead.")
    if rate > Decimal("999.9"):
        raise ValidationError.one("rate_ml_per_h", "Rate (mL/h) must be at most 999.9 mL/h.")
    if rate % resolution != 0:
        raise ValidationError.one("rate_ml_per_h", f"Rate (mL/h) must be a multiple of {resolution} mL/h.")
    return rate


def _rate_payload(
    rate: Decimal, kind: RateChange, run: InfusionRun, reason: str, override: str
) -> dict[str, JsonValue]:
    assert run.plan is not None
    steps_at_or_below = [s for s in run.plan.steps if s.rate_ml_per_h <= rate]
    payload: dict[str, JsonValue] = {
        "rate_ml_per_h": str(rate),
        "kind": kind.value,
        "step": steps_at_or_below[-1].number if steps_at_or_below else None,
        "on_plan": any(s.rate_ml_per_h == rate for s in run.plan.steps),
    }
    if reason:
        payload["reason"] = reason
    if override:
        payload["override_reason"] = override
    return payload


def start_infusion(
    run: InfusionRun,
    rate_ml_per_h: Decimal,
    now: datetime,
    *,
    blockers: Sequence[str] = (),
    premed_ready_at: datetime | None = None,
    early_reason: str = "",
    override_reason: str = "",
) -> NewEvent:
    """The nurse confirms "pump set to X mL/h" for the first step: the infusion starts now.

    `blockers` are unmet requirements (checklist, vials, baseline vitals...) from the session; any one refuses the
    start. Before `premed_ready_at` (end of the premedication wait) the start needs a reason."""
    if run.plan is None:
        raise DomainError("Confirm the infusion plan at check-in before starting.")
    if run.started:
        raise DomainError("The infusion has already started.")
    if blockers:
        raise DomainError("Before starting: " + "; ".join(blockers) + ".")
    override = run.plan.limits.check(rate_ml_per_h, override_reason)
    payload = _rate_payload(rate_ml_per_h, RateChange.START, run, "", override)
    if premed_ready_at is not None and now < premed_ready_at:
        payload["early_reason"] = _reason(early_reason, "early_reason", "to start before the premedication wait ends")
    return NewEvent(EventType.INFUSION_STARTED, occurred_at=now, payload=payload)


def confirm_rate(
    run: InfusionRun,
    rate_ml_per_h: Decimal,
    now: datetime,
    *,
    kind: RateChange,
    reason: str = "",
    override_reason: str = "",
    vitals_ok: bool = True,
) -> NewEvent:
    """The nurse confirms "pump set to X mL/h" while running: a step up, a step down, or a reaction slow-down.

    A step up needs recent vitals (`vitals_ok`, from the clinic rule: vitals before every increase), and is refused
    once the planned volume is infused (the pump has stopped; the end is what remains to confirm)."""
    if run.plan is None or not run.running:
        raise DomainError("The infusion is not running.")
    if run.paused:
        raise DomainError("The infusion is paused: resume it at a rate instead.")
    current = run.current_rate_ml_per_h
    assert current is not None
    if rate_ml_per_h == current:
        raise ValidationError.one("rate_ml_per_h", f"The pump is already at {_ml_h(current)}.")
    if kind is RateChange.STEP_UP:
        if rate_ml_per_h < current:
            raise ValidationError.one("rate_ml_per_h", "A step up must be above the current rate.")
        if not vitals_ok:
            raise DomainError("Record vitals first: the clinic rule is vitals before every rate increase.")
        reached = run.volume_reached_at(now)
        if reached is not None:
            raise DomainError(
                f"The planned volume was infused at {reached.astimezone().strftime('%H:%M')} and the pump has "
                "stopped: confirm the end of the infusion instead of stepping up."
            )
    elif kind in (RateChange.STEP_DOWN, RateChange.REACTION):
        if rate_ml_per_h > current:
            raise ValidationError.one("rate_ml_per_h", "A step down must be below the current rate.")
        reason = _reason(reason, "reason", "for slowing the infusion")
    else:
        raise DomainError(f"Use the {kind.value} command for this change.")
    override = run.plan.limits.check(rate_ml_per_h, override_reason)
    return NewEvent(
        EventType.RATE_CHANGED, occurred_at=now, payload=_rate_payload(rate_ml_per_h, kind, run, reason, override)
    )


def hold(run: InfusionRun, now: datetime, reason: str) -> NewEvent:
    """Stay at the current rate for another interval instead of stepping up."""
    if not run.running or run.paused:
        raise DomainError("Only a running infusion can be held at its rate.")
    if run.next_step() is None:
        raise DomainError("The infusion is at its maximum rate; there is no step to hold.")
    return NewEvent(
        EventType.STEP_HELD, occurred_at=now, payload={"reason": _reason(reason, "reason", "for holding the rate")}
    )


def pause(run: InfusionRun, now: datetime, reason: str, *, stopped: bool = False) -> NewEvent:
    """Stop the pump for a while. `stopped` (after a serious reaction) says it restarts only on the prescriber's
    order: it is resumed like any pause, or the infusion is ended."""
    if not run.running:
        raise DomainError("The infusion is not running.")
    if run.paused:
        raise DomainError("The infusion is already paused.")
    payload: dict[str, JsonValue] = {"reason": _reason(reason, "reason", "for pausing")}
    if stopped:
        payload["stopped"] = True
    return NewEvent(EventType.INFUSION_PAUSED, occurred_at=now, payload=payload)


def resume(run: InfusionRun, rate_ml_per_h: Decimal, now: datetime, *, override_reason: str = "") -> NewEvent:
    """Restart the pump after a pause at a confirmed rate (often lower than before)."""
    if not run.paused:
        raise DomainError("The infusion is not paused.")
    assert run.plan is not None
    override = run.plan.limits.check(rate_ml_per_h, override_reason)
    return NewEvent(
        EventType.INFUSION_RESUMED,
        occurred_at=now,
        payload=_rate_payload(rate_ml_per_h, RateChange.RESUME, run, "", override),
    )


def end_infusion(run: InfusionRun, now: datetime, outcome: Outcome, reason: str = "") -> NewEvent:
    """The pump is stopped: the volume was infused (completed) or the infusion was stopped early."""
    if not run.running:
        raise DomainError("The infusion is not running.")
    payload: dict[str, JsonValue] = {"outcome": outcome.value, "volume_infused_ml": str(ml(run.volume_infused_ml(now)))}
    if outcome is Outcome.STOPPED:
        payload["reason"] = _reason(reason, "reason", "for stopping early")
    return NewEvent(EventType.INFUSION_ENDED, occurred_at=now, payload=payload)
