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

from ivig_desktop.domain import units
from ivig_desktop.domain.events import EventType, Payload
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.snapshot import PlannedStep, PlanSnapshot

msg = messages(__name__)

SECONDS_PER_MINUTE = Fraction(60)


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
            RateChange.START: msg("Infusion started"),
            RateChange.STEP_UP: msg("Stepped up"),
            RateChange.STEP_DOWN: msg("Stepped down"),
            RateChange.RESUME: msg("Resumed"),
            RateChange.REACTION: msg("Slowed for a reaction"),
        }[self]


class Outcome(StrEnum):
    COMPLETED = "completed"
    STOPPED = "stopped"

    @property
    def label(self) -> str:
        return {Outcome.COMPLETED: msg("Completed"), Outcome.STOPPED: msg("Stopped early")}[self]


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
