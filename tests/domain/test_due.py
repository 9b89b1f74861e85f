from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from ivig_desktop.domain.due import DueKind, MonitoringPolicy, Urgency, due_items, most_urgent_first
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
    assert kinds(items) == [(DueKind.VITALS, 15), (DueKind.STEP_UP, 30), (DueKind.VITALS, 30)]
    assert items[1].text == "Vitals, then step up to 72.5 mL/h"
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
    assert kinds(items) == [(DueKind.VITALS, 30), (DueKind.OBSERVATION_END, 60), (DueKind.VITALS, 60)]
    first = due_items(r.run, [end], end, POLICY, first_infusion=True)
    assert kinds(first) == [(DueKind.OBSERVATION_END, 90), (DueKind.VITALS, 90)]
    assert first[0].text == "Observation (60 min) ends: discharge"


def test_urgency_levels() -> None:
    r = Run(plan())
    r.add(start_infusion(r.run, D("36.3"), T0))
    item = due_items(r.run, [], T0, POLICY)[0]
    due = item.due_at
    assert item.urgency(due - timedelta(seconds=1), POLICY) is Urgency.UPCOMING
    assert item.urgency(due, POLICY) is Urgency.DUE
    assert item.urgency(due + timedelta(minutes=1), POLICY) is Urgency.OVERDUE
    assert item.urgency(due + timedelta(minutes=10), POLICY) is Urgency.ESCALATED
