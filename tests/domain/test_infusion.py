from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import EventType, NewEvent, Payload
from ivig_desktop.domain.infusion import (
    InfusionRun,
    Outcome,
    PlannedStep,
    PlanSnapshot,
    RateChange,
    RateLimits,
    VialCount,
    confirm_rate,
    derive_run,
    end_infusion,
    hold,
    ml,
    parse_rate,
    pause,
    resume,
    seconds_to_infuse,
    start_infusion,
)

T0 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
D = Decimal


def plan(
    rates: tuple[str, ...] = ("36.3", "72.5", "145", "290"),
    minutes: int = 30,
    volume: str = "500",
    hard: str = "580",
    soft: str | None = None,
) -> PlanSnapshot:
    steps = tuple(
        PlannedStep(i + 1, D(r), None if i == len(rates) - 1 else minutes, "label") for i, r in enumerate(rates)
    )
    return PlanSnapshot(
        product_id="privigen",
        product_name="Privigen 10%",
        concentration_percent=D(10),
        dose_g=D(50),
        volume_ml=D(volume),
        steps=steps,
        limits=RateLimits(D(hard), "label maximum 8 mg/kg/min", None if soft is None else D(soft), "tolerated"),
        vials=(VialCount(D(20), 2), VialCount(D(10), 1)),
        vial_sizes_g=(D(5), D(10), D(20), D(40)),
    )


class Run:
    """Builds a run from commands the way the session does: command -> event -> fold."""

    def __init__(self, snapshot: PlanSnapshot) -> None:
        self.events: list[tuple[EventType, datetime, Payload]] = [
            (EventType.PLAN_CONFIRMED, T0, {"plan": snapshot.to_payload()})
        ]

    @property
    def run(self) -> InfusionRun:
        return derive_run(self.events)

    def add(self, new: NewEvent) -> InfusionRun:
        self.events.append((new.type, new.occurred_at, new.payload))
        return self.run


def test_plan_snapshot_round_trips_through_its_payload() -> None:
    snapshot = plan(soft="100")
    assert PlanSnapshot.from_payload(snapshot.to_payload()) == snapshot
    assert snapshot.vials_g == 50


def test_plan_steps_never_go_down() -> None:
    with pytest.raises(DomainError, match="never go down"):
        plan(rates=("72.5", "36.3"))


def test_volume_is_rate_times_time_and_pauses_do_not_count() -> None:
    r = Run(plan())
    r.add(start_infusion(r.run, D("36.3"), T0))
    # 36.3 mL/h for 30 min = 18.15 mL
    assert r.run.volume_infused_ml(T0 + timedelta(minutes=30)) == Fraction("18.15")
    r.add(pause(r.run, T0 + timedelta(minutes=30), "patient to bathroom"))
    assert r.run.paused and r.run.current_rate_ml_per_h == 0
    assert r.run.volume_infused_ml(T0 + timedelta(minutes=50)) == Fraction("18.15")
    r.add(resume(r.run, D("72.5"), T0 + timedelta(minutes=50)))
    # + 72.5 mL/h for 12 min = 14.5 mL
    now = T0 + timedelta(minutes=62)
    assert r.run.volume_infused_ml(now) == Fraction("32.65")
    assert r.run.paused_seconds(now) == 20 * 60
    assert r.run.infusing_seconds(now) == 42 * 60
    assert r.run.volume_remaining_ml(now) == Fraction("467.35")


def test_next_step_counts_from_the_confirmation_and_pauses_extend_it() -> None:
    r = Run(plan())
    start = T0 + timedelta(minutes=2)
    r.add(start_infusion(r.run, D("36.3"), start))
    assert r.run.next_step_due_at() == start + timedelta(minutes=30)
    r.add(pause(r.run, start + timedelta(minutes=10), "IV site check"))
    assert r.run.next_step_due_at() is None  # nothing is due while paused
    r.add(resume(r.run, D("36.3"), start + timedelta(minutes=15)))
    # Resuming confirms a rate: its step's clock starts again.
    assert r.run.next_step_due_at() == start + timedelta(minutes=45)


def test_step_up_needs_vitals_and_the_step_clock_restarts() -> None:
    r = Run(plan())
    r.add(start_infusion(r.run, D("36.3"), T0))
    due = T0 + timedelta(minutes=30)
    with pytest.raises(DomainError, match="Record vitals first"):
        confirm_rate(r.run, D("72.5"), due, kind=RateChange.STEP_UP, vitals_ok=False)
    late = due + timedelta(minutes=4)  # the nurse confirms the pump 4 minutes late
    r.add(confirm_rate(r.run, D("72.5"), late, kind=RateChange.STEP_UP))
    assert r.run.current_step() == r.run.plan.steps[1] if r.run.plan else False
    assert r.run.next_step_due_at() == late + timedelta(minutes=30)


def test_hold_restarts_the_interval_from_the_hold() -> None:
    r = Run(plan())
    r.add(start_infusion(r.run, D("36.3"), T0))
    with pytest.raises(ValidationError, match="reason"):
        hold(r.run, T0 + timedelta(minutes=30), " ")
    r.add(hold(r.run, T0 + timedelta(minutes=31), "mild flushing, keep rate"))
    assert r.run.next_step_due_at() == T0 + timedelta(minutes=61)
    assert r.run.holds[0].rate_ml_per_h == D("36.3")


def test_hard_limit_is_refused_and_soft_limit_needs_a_reason() -> None:
    r = Run(plan(soft="145"))
    with pytest.raises(ValidationError) as caught:
        start_infusion(r.run, D("600"), T0)
    assert "hard limit of 580 mL/h (label maximum 8 mg/kg/min)" in caught.value.errors["rate_ml_per_h"]
    r.add(start_infusion(r.run, D("36.3"), T0))
    r.add(confirm_rate(r.run, D("145"), T0 + timedelta(minutes=30), kind=RateChange.STEP_UP))
    with pytest.raises(ValidationError) as soft:
        confirm_rate(r.run, D("290"), T0 + timedelta(minutes=60), kind=RateChange.STEP_UP)
    assert "tolerated maximum of 145 mL/h" in soft.value.errors["override_reason"]
    event = confirm_rate(
        r.run, D("290"), T0 + timedelta(minutes=60), kind=RateChange.STEP_UP, override_reason="prescriber ok'd"
    )
    assert event.payload["override_reason"] == "prescriber ok'd"


def test_commands_refuse_what_does_not_fit_the_run() -> None:
    r = Run(plan())
    with pytest.raises(DomainError, match="not running"):
        pause(r.run, T0, "x")
    with pytest.raises(DomainError, match="Before starting: vials not recorded"):
        start_infusion(r.run, D("36.3"), T0, blockers=["vials not recorded"])
    with pytest.raises(ValidationError, match="premedication wait"):
        start_infusion(r.run, D("36.3"), T0, premed_ready_at=T0 + timedelta(minutes=5))
    r.add(start_infusion(r.run, D("36.3"), T0, premed_ready_at=T0 + timedelta(minutes=5), early_reason="no premed"))
    with pytest.raises(DomainError, match="already started"):
        start_infusion(r.run, D("36.3"), T0)
    with pytest.raises(ValidationError, match=r"already at 36\.3 mL/h"):
        confirm_rate(r.run, D("36.3"), T0, kind=RateChange.STEP_UP)
    with pytest.raises(ValidationError, match="reason"):
        confirm_rate(r.run, D("20"), T0, kind=RateChange.STEP_DOWN)
    with pytest.raises(ValidationError, match="reason for stopping early"):
        end_infusion(r.run, T0, Outcome.STOPPED)
    r.add(end_infusion(r.run, T0 + timedelta(minutes=10), Outcome.STOPPED, "chest tightness"))
    assert r.run.ended and not r.run.running and r.run.current_rate_ml_per_h is None
    assert r.run.volume_infused_ml(T0 + timedelta(hours=5)) == Fraction("6.05")


def test_reaction_slows_below_step_one_then_steps_resume_from_step_one() -> None:
    r = Run(plan())
    r.add(start_infusion(r.run, D("36.3"), T0))
    r.add(confirm_rate(r.run, D("72.5"), T0 + timedelta(minutes=30), kind=RateChange.STEP_UP))
    r.add(pause(r.run, T0 + timedelta(minutes=40), "grade 2 reaction: chills"))
    r.add(resume(r.run, D("18.1"), T0 + timedelta(minutes=70)))
    assert r.run.current_step() is None
    assert r.run.next_step() == r.run.plan.steps[0] if r.run.plan else False
    assert r.run.next_step_due_at() == T0 + timedelta(minutes=100)
    assert r.run.highest_rate_ml_per_h == D("72.5")


@pytest.mark.parametrize(("text", "message"), [("0", "above 0"), ("-5", "above 0"), ("x", "number")])
def test_typed_rates_are_checked(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_rate(text)
    assert parse_rate("36.3") == D("36.3")


@pytest.mark.parametrize(
    ("rate", "message"),
    [
        ("1000", "above the maximum of Pump X, 999.9 mL/h"),
        ("36.25", "cannot be set on Pump X: it takes multiples of 0.1 mL/h"),
        ("0", "above 0"),
        ("500.1", "above the hard limit of 500 mL/h"),
    ],
)
def test_the_pump_and_the_limits_are_one_rule(rate: str, message: str) -> None:
    """What the pump cannot run is refused by the same check as a rate above a hard limit, naming the pump."""
    limits = RateLimits(D(500), "label maximum", pump_name="Pump X", pump_max_ml_per_h=D("999.9"))
    with pytest.raises(ValidationError, match=message):
        limits.check(D(rate))
    assert limits.check(D("500")) == ""


def test_a_plan_recorded_before_the_pump_keeps_the_earlier_bounds() -> None:
    payload = plan(rates=("30", "60"), volume="100", hard="999.9").to_payload()
    for key in ("pump_name", "pump_max_ml_per_h", "pump_resolution_ml_per_h"):
        del payload[key]
    old = PlanSnapshot.from_payload(payload)
    assert old.limits.pump_max_ml_per_h == D("999.9") and old.limits.resolution_ml_per_h == D("0.1")
    with pytest.raises(ValidationError, match=r"multiples of 0\.1 mL/h"):
        old.limits.check(D("30.05"))


def test_seconds_to_infuse_follows_the_steps() -> None:
    # 500 mL: 30 min at 36.3 (18.15 mL), 30 at 72.5 (36.25), 30 at 145 (72.5), rest at 290 (373.1 mL)
    steps = [(D("36.3"), timedelta(minutes=30)), (D("72.5"), timedelta(minutes=30)), (D("145"), timedelta(minutes=30))]
    seconds = seconds_to_infuse(Fraction(500), [*steps, (D("290"), None)])
    assert seconds == 90 * 60 + Fraction("373.1") / Fraction(290) * 3600
    assert seconds_to_infuse(Fraction(10), [(D(0), None)]) is None


rates_strategy = st.lists(st.decimals(min_value=1, max_value=400, places=1), min_size=1, max_size=6).map(
    lambda rates: tuple(str(r) for r in sorted(rates))
)


@given(
    rates=rates_strategy,
    minutes=st.integers(5, 60),
    volume=st.integers(20, 1200),
    delays=st.lists(st.integers(0, 600), min_size=6, max_size=6),
)
def test_estimated_end_agrees_with_the_volume_when_steps_happen_on_time(
    rates: tuple[str, ...], minutes: int, volume: int, delays: list[int]
) -> None:
    """Start, take some steps late (delays in s), then follow the estimate: at the estimated end the infused
    volume equals the plan's volume (to the millisecond the clock stores)."""
    snapshot = plan(rates=rates, minutes=minutes, volume=str(volume), hard="999.9")
    r = Run(snapshot)
    now = T0
    r.add(start_infusion(r.run, snapshot.steps[0].rate_ml_per_h, now))
    for delay in delays:
        due = r.run.next_step_due_at()
        nxt = r.run.next_step()
        if due is None or nxt is None:
            break
        now = due + timedelta(seconds=delay)
        if r.run.volume_remaining_ml(now) == 0:
            break
        r.add(confirm_rate(r.run, nxt.rate_ml_per_h, now, kind=RateChange.STEP_UP))
    end = r.run.estimated_end(now)
    assert end is not None
    assert (end < now) == (r.run.volume_remaining_ml(now) == 0)
    # Follow the estimate: step up on time until the end.
    while True:
        due = r.run.next_step_due_at()
        nxt = r.run.next_step()
        if due is None or nxt is None or due >= end or due < now:
            break
        r.add(confirm_rate(r.run, nxt.rate_ml_per_h, due, kind=RateChange.STEP_UP))
    infused = r.run.volume_infused_ml(end)
    tolerance = Fraction(snapshot.max_rate_ml_per_h) / 3600 / 1000  # one millisecond at the fastest rate
    assert r.run.volume_reached_at(end + timedelta(milliseconds=1)) in (end, end + timedelta(milliseconds=1))
    assert abs(infused - Fraction(volume)) <= tolerance
    rates_seen = [s.rate_ml_per_h for s in r.run.segments]
    assert rates_seen == sorted(rates_seen)  # never down in rate
    starts = [s.start for s in r.run.segments]
    assert starts == sorted(starts)  # never back in time


def test_display_rounding_of_volumes() -> None:
    assert ml(Fraction("18.15")) == D("18.2")
    assert ml(Fraction(1, 3)) == D("0.3")


@given(
    rates=st.lists(st.sampled_from(["0", "21.8", "43.5", "100", "174"]), min_size=1, max_size=5),
    minutes=st.lists(st.integers(min_value=1, max_value=200), min_size=5, max_size=5),
    probe=st.integers(min_value=0, max_value=1200),
)
def test_volume_reached_at_equals_adding_up_every_segment(rates: list[str], minutes: list[int], probe: int) -> None:
    """The reached instant is computed once per record state; at any `now` it is the instant found by adding up
    each segment's volume at `now`, exactly."""
    from ivig_desktop.domain.infusion import Segment

    start = T0
    segments = []
    for index, rate in enumerate(rates):
        end = start + timedelta(minutes=minutes[index]) if index < len(rates) - 1 else None
        segments.append(Segment(start, end, D(rate), paused=rate == "0"))
        if end is not None:
            start = end
    run = InfusionRun(plan=plan(volume="100"), segments=tuple(segments), started_at=T0)
    now = T0 + timedelta(minutes=probe, milliseconds=probe * 7)

    left = Fraction(100)
    expected = None
    for segment in segments:
        volume = segment.volume_ml(now)
        if volume >= left and segment.rate_ml_per_h > 0:
            seconds = left / Fraction(segment.rate_ml_per_h) * 3600
            expected = segment.start + timedelta(milliseconds=int(seconds * 1000))
            break
        left -= volume
    assert run.volume_reached_at(now) == expected
