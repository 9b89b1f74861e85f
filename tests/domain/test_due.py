from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain.due import DueKind, DueSnapshot, MonitoringPolicy, Urgency, due_items, most_urgent_first
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.infusion import Outcome, RateChange, confirm_rate, end_infusion, start_infusion

from .test_infusion import T0, Run, plan

POLICY = MonitoringPolicy()
D = Decimal


def kinds(items: list) -> list[tuple[DueKind, int]]:  # type: ignore[type-arg]
    return [(i.kind, int((i.due_at - T0).total_seconds() // 60)) for i in items]


def test_before_the_start_only_the_premedication_wait_counts_down() -> None:
    r = Run(plan())
    assert due_items(r.run, [], T0, POLICY) == []
    items = due_items(r.run, [], T0 + timedelta(minutes=10), POLICY, premed_given_at=T0)
    assert kinds(items) == [(DueKind.PREMED_WAIT, 30)]
    assert items[0].remaining(T0 + timedelta(minutes=10)) == timedelta(minutes=20)
    assert items[0].urgency(T0 + timedelta(minutes=40), POLICY) is Urgency.DUE  # a wait never escalates
    assert due_items(r.run, [], T0 + timedelta(minutes=31), POLICY, premed_given_at=T0) == []


def test_running_vitals_15_min_after_start_and_before_each_step() -> None:
    r = Run(plan())
    r.add(start_infusion(r.run, D("36.3"), T0))
    items = due_items(r.run, [T0 - timedelta(minutes=5)], T0 + timedelta(minutes=1), POLICY)
    assert kinds(items) == [(DueKind.VITALS, 15), (DueKind.VITALS, 30), (DueKind.STEP_UP, 30)]
    assert [i.text for i in items] == [
        "Vitals 15 min after the start",
        "Vitals before step 2, then step up to 72.5 mL/h",
        "Step up to 72.5 mL/h (vitals first)",
    ]
    assert [i.alerts for i in items] == [True, True, False]  # the step alerts once its vitals are taken
    # Vitals at 14 min satisfy the 15-min check; vitals at 22 min (within 10 min of the step) the step's.
    vitals = [T0 + timedelta(minutes=14), T0 + timedelta(minutes=22)]
    items = due_items(r.run, vitals, T0 + timedelta(minutes=25), POLICY)
    assert kinds(items) == [(DueKind.STEP_UP, 30)]
    assert items[0].text == "Step up to 72.5 mL/h"


def test_hourly_vitals_at_the_maximum_rate() -> None:
    r = Run(plan(rates=("36.3", "72.5")))
    r.add(start_infusion(r.run, D("36.3"), T0))
    at_max = T0 + timedelta(minutes=31)
    r.add(confirm_rate(r.run, D("72.5"), at_max, kind=RateChange.STEP_UP))
    vitals = [T0 + timedelta(minutes=14), T0 + timedelta(minutes=29)]
    items = due_items(r.run, vitals, at_max, POLICY)
    assert kinds(items) == [(DueKind.VITALS, 89)]  # 60 min after the last vitals (29 min)
    vitals.append(T0 + timedelta(minutes=95))
    assert kinds(due_items(r.run, vitals, at_max + timedelta(minutes=70), POLICY)) == [(DueKind.VITALS, 155)]


def test_after_a_one_hour_sleep_the_volume_end_is_overdue_by_exactly_its_time() -> None:
    r = Run(plan(rates=("100",), volume="50"))
    r.add(start_infusion(r.run, D("100"), T0))
    # 50 mL at 100 mL/h: reached at 30 min. The laptop sleeps; it wakes at 1 h 30 min.
    woke = T0 + timedelta(minutes=90)
    items = due_items(r.run, [T0 + timedelta(minutes=15)], woke, POLICY)
    volume = [i for i in items if i.kind is DueKind.VOLUME_INFUSED]
    assert volume and volume[0].due_at == T0 + timedelta(minutes=30)
    assert woke - volume[0].due_at == timedelta(hours=1)
    assert volume[0].urgency(woke, POLICY) is Urgency.ESCALATED
    assert r.run.volume_infused_ml(woke) == 50  # the pump stops at the volume it was programmed with
    assert most_urgent_first(items, woke, POLICY)[0].urgency(woke, POLICY) is Urgency.ESCALATED


def test_after_the_end_completion_vitals_and_observation() -> None:
    r = Run(plan(rates=("100",), volume="50"))
    r.add(start_infusion(r.run, D("100"), T0))
    end = T0 + timedelta(minutes=30)
    r.add(end_infusion(r.run, end, Outcome.COMPLETED))
    items = due_items(r.run, [T0 + timedelta(minutes=15)], end, POLICY)
    assert kinds(items) == [(DueKind.VITALS, 30), (DueKind.VITALS, 60), (DueKind.OBSERVATION_END, 60)]
    first = due_items(r.run, [end], end, POLICY, first_infusion=True)
    assert kinds(first) == [(DueKind.VITALS, 90), (DueKind.OBSERVATION_END, 90)]
    assert first[0].text == "Vitals at the end of the 60-min observation, then discharge"
    assert first[1].text == "Observation (60 min) ends: discharge (vitals first)"
    done = due_items(
        r.run, [end, end + timedelta(minutes=85)], end + timedelta(minutes=85), POLICY, first_infusion=True
    )
    assert [(i.text, i.alerts) for i in done] == [("Observation (60 min) ends: discharge", True)]


def test_urgency_levels() -> None:
    r = Run(plan())
    r.add(start_infusion(r.run, D("36.3"), T0))
    item = due_items(r.run, [], T0, POLICY)[0]
    due = item.due_at
    assert item.urgency(due - timedelta(seconds=1), POLICY) is Urgency.UPCOMING
    assert item.urgency(due, POLICY) is Urgency.DUE
    assert item.urgency(due + timedelta(minutes=1), POLICY) is Urgency.OVERDUE
    assert item.urgency(due + timedelta(minutes=10), POLICY) is Urgency.ESCALATED


def snapshot(r: Run, vitals: list[datetime], now: datetime, *, discharged: bool = False) -> DueSnapshot:
    items = due_items(r.run, vitals, now, POLICY, discharged=discharged)
    reached = r.run.volume_reached_at(now) if r.run.running else None
    return DueSnapshot(now, tuple(items), POLICY, reached)


def test_observation_stops_escalating_once_the_discharge_is_recorded() -> None:
    r = Run(plan(rates=("100",), volume="50"))
    r.add(start_infusion(r.run, D("100"), T0))
    end = T0 + timedelta(minutes=30)
    r.add(end_infusion(r.run, end, Outcome.COMPLETED))
    late = end + timedelta(minutes=55)  # observation ended 25 minutes ago
    open_items = snapshot(r, [end], late)
    assert [snapshot_urgency.label for snapshot_urgency in map(open_items.urgency, open_items.alerting)] == [
        "Overdue, escalated"
    ]
    assert snapshot(r, [end], late, discharged=True).items == ()


def test_a_step_up_due_without_vitals_is_one_alert() -> None:
    """Vitals 15 min after the start missed, then the step falls due: one vitals set taken now answers both, so it
    is one alert (due since 15 min, so still overdue), and the step waits on it without alerting."""
    r = Run(plan())
    r.add(start_infusion(r.run, D("36.3"), T0))
    at_step = T0 + timedelta(minutes=30)
    due = snapshot(r, [T0 - timedelta(minutes=5)], at_step)
    assert [(i.text, due.urgency(i).label) for i in due.alerting] == [
        ("Vitals 15 min after the start and before step 2, then step up to 72.5 mL/h", "Overdue, escalated")
    ]
    assert due.alerting[0].due_at == T0 + timedelta(minutes=15)
    # Ten minutes before the step, a set taken now would not count for it: two separate things.
    before = snapshot(r, [T0 - timedelta(minutes=5)], T0 + timedelta(minutes=19))
    assert [i.text for i in before.items if i.kind is DueKind.VITALS] == [
        "Vitals 15 min after the start",
        "Vitals before step 2, then step up to 72.5 mL/h",
    ]
    # Vitals taken: the step itself is the one alert.
    taken = snapshot(r, [T0 + timedelta(minutes=14), T0 + timedelta(minutes=29)], at_step)
    assert [i.text for i in taken.alerting] == ["Step up to 72.5 mL/h"]


def test_the_headline_is_the_soonest_thing_due_not_the_next_step() -> None:
    """At the maximum rate the hourly vitals (due in 01:58) come before anything else; before a step, the vitals
    due before it are named, with the time left."""
    r = Run(plan(rates=("36.3", "72.5", "145")))
    r.add(start_infusion(r.run, D("36.3"), T0))
    vitals = [T0 + timedelta(minutes=14)]
    now = T0 + timedelta(minutes=13, seconds=2)
    due = snapshot(r, [], now)
    assert due.headline is not None
    assert due.headline.text == "Vitals 15 min after the start"
    assert due.headline.remaining(now) == timedelta(minutes=1, seconds=58)
    due = snapshot(r, vitals, T0 + timedelta(minutes=15))
    assert due.headline is not None and due.headline.text == "Vitals before step 2, then step up to 72.5 mL/h"


def test_once_the_volume_is_infused_no_step_up_is_offered() -> None:
    """336 mL/h was offered after the volume was reached; now the volume outranks everything, no step or vitals
    after that instant are listed, and the domain refuses a step up."""
    r = Run(plan(rates=("100", "200"), minutes=60, volume="50"))
    r.add(start_infusion(r.run, D("100"), T0))  # 50 mL at 100 mL/h: reached at 30 min, the step is due at 60
    now = T0 + timedelta(minutes=75)
    due = snapshot(r, [T0 + timedelta(minutes=14)], now)
    assert due.volume_reached_at == T0 + timedelta(minutes=30)
    assert not due.step_up_allowed
    assert [i.kind for i in due.items] == [DueKind.VOLUME_INFUSED]
    assert due.headline is not None and due.headline.kind is DueKind.VOLUME_INFUSED
    with pytest.raises(DomainError, match="volume was infused"):
        confirm_rate(r.run, D("200"), now, kind=RateChange.STEP_UP)
    # Vitals missed while the pump ran stay listed, after the volume, even though they are longer overdue.
    missed = snapshot(r, [], now)
    assert [(i.kind, int((i.due_at - T0).total_seconds() // 60)) for i in missed.ranked] == [
        (DueKind.VOLUME_INFUSED, 30),
        (DueKind.VITALS, 15),
    ]


@given(
    vitals=st.lists(st.integers(min_value=-10, max_value=200), max_size=6),
    now_min=st.integers(min_value=0, max_value=240),
    ended_at=st.one_of(st.none(), st.integers(min_value=1, max_value=200)),
)
def test_one_vitals_alert_for_what_one_set_taken_now_would_answer(
    vitals: list[int], now_min: int, ended_at: int | None
) -> None:
    """Whatever has been recorded: at most one vitals item that a set taken now would satisfy, every alert is a
    distinct thing (no two alerts share a kind and time), and no step up is offered once the volume is in."""
    r = Run(plan(volume="120"))
    r.add(start_infusion(r.run, D("36.3"), T0))
    if ended_at is not None and ended_at <= now_min:
        r.add(end_infusion(r.run, T0 + timedelta(minutes=ended_at), Outcome.STOPPED, "asked to stop"))
    now = T0 + timedelta(minutes=now_min)
    times = [T0 + timedelta(minutes=m) for m in vitals if m <= now_min]
    due = snapshot(r, times, now)
    window = timedelta(minutes=POLICY.vitals_before_step_window_min)
    answerable_now = [i for i in due.items if i.kind is DueKind.VITALS and i.due_at - window <= now]
    assert len(answerable_now) <= 1
    keys = [(i.kind, i.due_at) for i in due.alerting]
    assert len(keys) == len(set(keys))
    if due.volume_reached_at is not None:
        assert all(i.kind is not DueKind.STEP_UP for i in due.items)
        assert due.headline is not None and due.headline.kind is DueKind.VOLUME_INFUSED
