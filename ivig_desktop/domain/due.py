"""What is due in a session, when, and how overdue it is.

Every item is computed from recorded times (the confirmed rates, the vitals, the premedication, the end of the
infusion) and the clinic's monitoring policy, for a given `now`. Nothing here counts ticks: after a sleep, a
crash or a closed lid, the same call tells exactly what is overdue and by how much.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import IntEnum, StrEnum
from functools import cached_property

from ivig_desktop.domain.infusion import InfusionRun
from ivig_desktop.domain.message import messages

msg = messages(__name__)


@dataclass(frozen=True)
class MonitoringPolicy:
    """The clinic's monitoring rules (resources/clinic.toml, [monitoring]); defaults follow the reference:
    vitals before the start, 15 min after it, before every rate increase, hourly once at the maximum rate, at
    completion and at the end of observation; observation 30 min (60 after a first infusion)."""

    premed_wait_min: int = 30
    vitals_after_start_min: int = 15
    vitals_before_step_window_min: int = 10
    vitals_at_max_every_min: int = 60
    observation_min: int = 30
    observation_first_infusion_min: int = 60
    escalate_after_min: int = 10

    def observation(self, first_infusion: bool) -> timedelta:
        return timedelta(minutes=self.observation_first_infusion_min if first_infusion else self.observation_min)


MONITORING_FIELDS = (
    "premed_wait_min",
    "vitals_after_start_min",
    "vitals_before_step_window_min",
    "vitals_at_max_every_min",
    "observation_min",
    "observation_first_infusion_min",
    "escalate_after_min",
)


class DueKind(StrEnum):
    PREMED_WAIT = "premed_wait"
    VITALS = "vitals"
    STEP_UP = "step_up"
    VOLUME_INFUSED = "volume_infused"
    OBSERVATION_END = "observation_end"

    @property
    def label(self) -> str:
        return {
            DueKind.PREMED_WAIT: msg("Premedication wait"),
            DueKind.VITALS: msg("Vitals"),
            DueKind.STEP_UP: msg("Rate step"),
            DueKind.VOLUME_INFUSED: msg("Volume infused"),
            DueKind.OBSERVATION_END: msg("Observation"),
        }[self]

    @property
    def rank(self) -> int:
        """0 outranks 1: once the volume is infused the pump has stopped, which comes before anything else."""
        return 0 if self is DueKind.VOLUME_INFUSED else 1


class Urgency(IntEnum):
    """How pressing an item is now; higher is more urgent."""

    UPCOMING = 0
    DUE = 1
    OVERDUE = 2
    ESCALATED = 3

    @property
    def label(self) -> str:
        return {
            Urgency.UPCOMING: msg("Upcoming"),
            Urgency.DUE: msg("Due now"),
            Urgency.OVERDUE: msg("Overdue"),
            Urgency.ESCALATED: msg("Overdue, escalated"),
        }[self]


# An item is "due now" from its time until this long after; then overdue.
DUE_GRACE = timedelta(minutes=1)


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    due_at: datetime
    text: str
    alerts: bool = True  # False for a wait that only counts down (premedication): nothing to act on at zero

    def remaining(self, now: datetime) -> timedelta:
        return self.due_at - now

    def urgency(self, now: datetime, policy: MonitoringPolicy) -> Urgency:
        late = now - self.due_at
        if late < timedelta(0):
            return Urgency.UPCOMING
        if not self.alerts:
            return Urgency.DUE
        if late >= timedelta(minutes=policy.escalate_after_min):
            return Urgency.ESCALATED
        if late >= DUE_GRACE:
            return Urgency.OVERDUE
        return Urgency.DUE

    @cached_property
    def key(self) -> str:
        """Identifies the item across repaints (for acknowledging an alert): kind and due time."""
        return f"{self.kind.value}@{self.due_at.isoformat()}"


def _vitals_since(vitals_at: Sequence[datetime], since: datetime) -> bool:
    return any(t >= since for t in vitals_at)


def _fmt_rate(rate: Decimal) -> str:
    """As the pump shows it: one decimal."""
    return msg("{rate} mL/h", rate=rate.quantize(Decimal("0.1")))


@dataclass(frozen=True)
class _VitalsNeed:
    """One rule asking for a vitals set by `due_at` (`reason`: "15 min after the start"), and what waits on it."""

    due_at: datetime
    reason: str
    then: str = ""


def due_items(
    run: InfusionRun,
    vitals_at: Sequence[datetime],
    now: datetime,
    policy: MonitoringPolicy,
    *,
    premed_given_at: datetime | None = None,
    first_infusion: bool = False,
    discharged: bool = False,
) -> list[DueItem]:
    """Everything due for one session, soonest first (vitals before the action they allow at the same moment).
    `vitals_at` are the times of its effective vitals sets; `discharged`: the patient's discharge is recorded.

    One item per thing to do: the vitals sets that one set taken now would satisfy are one item, naming each rule
    it answers; an action that needs vitals first (a step up, the discharge at the end of the observation) is
    listed without alerting until they are taken. Once the planned volume is infused, the pump has stopped:
    confirming the end is what is due, no step up is offered, and no vitals fall due after that instant. Once the
    discharge is recorded, nothing more is due."""
    if not run.started:
        if premed_given_at is not None:
            ready = premed_given_at + timedelta(minutes=policy.premed_wait_min)
            if ready > now:
                return [DueItem(DueKind.PREMED_WAIT, ready, msg("Premedication wait ends"), alerts=False)]
        return []
    if run.running:
        needs, actions = _while_running(run, vitals_at, now, policy)
    elif discharged:
        return []
    else:
        needs, actions = _after_the_end(run, vitals_at, policy, first_infusion)
    window = timedelta(minutes=policy.vitals_before_step_window_min)
    items = _vitals_items(needs, now, window) + actions
    items.sort(key=lambda item: (item.due_at, item.kind is not DueKind.VITALS, item.kind.value))
    return items


def _while_running(
    run: InfusionRun, vitals_at: Sequence[datetime], now: datetime, policy: MonitoringPolicy
) -> tuple[list[_VitalsNeed], list[DueItem]]:
    assert run.started_at is not None
    window = timedelta(minutes=policy.vitals_before_step_window_min)
    needs: list[_VitalsNeed] = []
    actions: list[DueItem] = []
    reached = run.volume_reached_at(now)
    first_check = run.started_at + timedelta(minutes=policy.vitals_after_start_min)
    if not _vitals_since(vitals_at, first_check - window):
        needs.append(
            _VitalsNeed(
                first_check,
                msg(
                    "{vitals_after_start_min} min after the start", vitals_after_start_min=policy.vitals_after_start_min
                ),
            )
        )
    due = run.next_step_due_at()
    nxt = run.next_step()
    if reached is None and due is not None and nxt is not None:
        rate = _fmt_rate(nxt.rate_ml_per_h)
        if _vitals_since(vitals_at, due - window):
            actions.append(DueItem(DueKind.STEP_UP, due, msg("Step up to {rate}", rate=rate)))
        else:
            step_up = msg("step up to {rate}", rate=rate)
            needs.append(_VitalsNeed(due, msg("before step {number}", number=nxt.number), then=step_up))
            actions.append(
                DueItem(DueKind.STEP_UP, due, msg("Step up to {rate} (vitals first)", rate=rate), alerts=False)
            )
    if run.at_max() and run.rate_started_at is not None and not run.paused:
        last = max([t for t in vitals_at if t >= run.rate_started_at - window], default=run.rate_started_at)
        hourly = last + timedelta(minutes=policy.vitals_at_max_every_min)
        needs.append(
            _VitalsNeed(
                hourly,
                msg(
                    "every {vitals_at_max_every_min} min at the maximum rate",
                    vitals_at_max_every_min=policy.vitals_at_max_every_min,
                ),
            )
        )
    if reached is not None:
        actions.append(DueItem(DueKind.VOLUME_INFUSED, reached, msg("Volume infused: confirm the end of the infusion")))
        needs = [need for need in needs if need.due_at <= reached]  # the pump stopped then
    return needs, actions


def _after_the_end(
    run: InfusionRun, vitals_at: Sequence[datetime], policy: MonitoringPolicy, first_infusion: bool
) -> tuple[list[_VitalsNeed], list[DueItem]]:
    assert run.ended_at is not None
    window = timedelta(minutes=policy.vitals_before_step_window_min)
    needs: list[_VitalsNeed] = []
    if not _vitals_since(vitals_at, run.ended_at - window):
        needs.append(_VitalsNeed(run.ended_at, msg("at completion")))
    observation_end = run.ended_at + policy.observation(first_infusion)
    minutes = int(policy.observation(first_infusion).total_seconds() // 60)
    text = msg("Observation ({minutes} min) ends: discharge", minutes=minutes)
    if _vitals_since(vitals_at, observation_end - window):
        return needs, [DueItem(DueKind.OBSERVATION_END, observation_end, text)]
    needs.append(
        _VitalsNeed(
            observation_end, msg("at the end of the {minutes}-min observation", minutes=minutes), then=msg("discharge")
        )
    )
    return needs, [
        DueItem(DueKind.OBSERVATION_END, observation_end, msg("{text} (vitals first)", text=text), alerts=False)
    ]


def _vitals_items(needs: Sequence[_VitalsNeed], now: datetime, window: timedelta) -> list[DueItem]:
    """One item for the needs that a vitals set taken now would satisfy (each is satisfied by a set taken within
    `window` before its time), due at the earliest of them so that an overdue one stays overdue; one item for
    each later need."""
    ordered = sorted(needs, key=lambda need: need.due_at)
    now_needs = [need for need in ordered if need.due_at - window <= now]
    later = [need for need in ordered if need.due_at - window > now]
    groups = ([now_needs] if now_needs else []) + [[need] for need in later]
    items = []
    for group in groups:
        reasons = _and(list(dict.fromkeys(need.reason for need in group)))
        then = next((need.then for need in reversed(group) if need.then), "")
        text = (
            msg("Vitals {reasons}, then {then}", reasons=reasons, then=then)
            if then
            else msg("Vitals {reasons}", reasons=reasons)
        )
        items.append(DueItem(DueKind.VITALS, group[0].due_at, text))
    return items


def _and(parts: list[str]) -> str:
    """'a and b and c', each 'and' a message (so that it is translated with its parts)."""
    joined = parts[0]
    for part in parts[1:]:
        joined = msg("{first} and {second}", first=joined, second=part)
    return joined


def most_urgent_first(items: Sequence[DueItem], now: datetime, policy: MonitoringPolicy) -> list[DueItem]:
    """Order for an alert list: the volume infused first (the pump has stopped), then the most urgent, then what
    alerts before what waits on it, then the longest overdue / soonest due."""
    return sorted(items, key=lambda item: _rank(item, now, policy))


def _rank(item: DueItem, now: datetime, policy: MonitoringPolicy) -> tuple[int, int, bool, datetime]:
    return (item.kind.rank, -item.urgency(now, policy), not item.alerts, item.due_at)


@dataclass(frozen=True)
class DueSnapshot:
    """What is due in one session at one instant, computed once and shared by every view of it (the alerts, the
    chair board, the session page): the items soonest first, and the same ranked most urgent first."""

    now: datetime
    items: tuple[DueItem, ...]
    policy: MonitoringPolicy
    volume_reached_at: datetime | None = None

    def urgency(self, item: DueItem) -> Urgency:
        return item.urgency(self.now, self.policy)

    @cached_property
    def ranked(self) -> tuple[DueItem, ...]:
        return tuple(most_urgent_first(self.items, self.now, self.policy))

    @property
    def headline(self) -> DueItem | None:
        """What the big countdown and the board show: the most pressing thing due, else the soonest."""
        return self.ranked[0] if self.ranked else None

    @cached_property
    def alerting(self) -> tuple[DueItem, ...]:
        """The items that are alerts now (due or overdue, and to be acted on), most urgent first."""
        return tuple(i for i in self.ranked if i.alerts and self.urgency(i) >= Urgency.DUE)

    @property
    def worst(self) -> Urgency:
        return max((self.urgency(i) for i in self.items), default=Urgency.UPCOMING)

    @property
    def step_up_allowed(self) -> bool:
        """A step up makes no sense once the planned volume is infused (the pump has stopped)."""
        return self.volume_reached_at is None
