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

from ivig_desktop.domain.infusion import InfusionRun


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
            DueKind.PREMED_WAIT: "Premedication wait",
            DueKind.VITALS: "Vitals",
            DueKind.STEP_UP: "Rate step",
            DueKind.VOLUME_INFUSED: "Volume infused",
            DueKind.OBSERVATION_END: "Observation",
        }[self]


class Urgency(IntEnum):
    """How pressing an item is now; higher is more urgent."""

    UPCOMING = 0
    DUE = 1
    OVERDUE = 2
    ESCALATED = 3

    @property
    def label(self) -> str:
        return {
            Urgency.UPCOMING: "Upcoming",
            Urgency.DUE: "Due now",
            Urgency.OVERDUE: "Overdue",
            Urgency.ESCALATED: "Overdue, escalated",
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

    @property
    def key(self) -> str:
        """Identifies the item across repaints (for acknowledging an alert): kind and due time."""
        return f"{self.kind.value}@{self.due_at.isoformat()}"


def _vitals_since(vitals_at: Sequence[datetime], since: datetime) -> bool:
    return any(t >= since for t in vitals_at)


def _fmt_rate(rate: Decimal) -> str:
    """As the pump shows it: one decimal."""
    return f"{rate.quantize(Decimal('0.1'))} mL/h"


def due_items(
    run: InfusionRun,
    vitals_at: Sequence[datetime],
    now: datetime,
    policy: MonitoringPolicy,
    *,
    premed_given_at: datetime | None = None,
    first_infusion: bool = False,
) -> list[DueItem]:
    """Everything due for one session, soonest first. `vitals_at` are the times of its effective vitals sets."""
    items: list[DueItem] = []
    window = timedelta(minutes=policy.vitals_before_step_window_min)
    if not run.started:
        if premed_given_at is not None:
            ready = premed_given_at + timedelta(minutes=policy.premed_wait_min)
            if ready > now:
                items.append(DueItem(DueKind.PREMED_WAIT, ready, "Premedication wait ends", alerts=False))
        return items
    assert run.started_at is not None
    if run.running:
        first_check = run.started_at + timedelta(minutes=policy.vitals_after_start_min)
        if not _vitals_since(vitals_at, first_check - window):
            items.append(
                DueItem(DueKind.VITALS, first_check, f"Vitals {policy.vitals_after_start_min} min after the start")
            )
        due = run.next_step_due_at()
        nxt = run.next_step()
        if due is not None and nxt is not None:
            if _vitals_since(vitals_at, due - window):
                items.append(DueItem(DueKind.STEP_UP, due, f"Step up to {_fmt_rate(nxt.rate_ml_per_h)}"))
            else:
                items.append(DueItem(DueKind.VITALS, due, f"Vitals before step {nxt.number}"))
                items.append(DueItem(DueKind.STEP_UP, due, f"Vitals, then step up to {_fmt_rate(nxt.rate_ml_per_h)}"))
        if run.at_max() and run.rate_started_at is not None and not run.paused:
            last = max([t for t in vitals_at if t >= run.rate_started_at - window], default=run.rate_started_at)
            items.append(
                DueItem(
                    DueKind.VITALS,
                    last + timedelta(minutes=policy.vitals_at_max_every_min),
                    f"Vitals every {policy.vitals_at_max_every_min} min at the maximum rate",
                )
            )
        reached = run.volume_reached_at(now)
        if reached is not None:
            items.append(DueItem(DueKind.VOLUME_INFUSED, reached, "Volume infused: confirm the end of the infusion"))
    else:
        assert run.ended_at is not None
        if not _vitals_since(vitals_at, run.ended_at - window):
            items.append(DueItem(DueKind.VITALS, run.ended_at, "Vitals at completion"))
        observation_end = run.ended_at + policy.observation(first_infusion)
        minutes = int(policy.observation(first_infusion).total_seconds() // 60)
        if not _vitals_since(vitals_at, observation_end - window):
            text = f"Vitals at the end of the {minutes}-min observation"
            items.append(DueItem(DueKind.VITALS, observation_end, text))
        items.append(DueItem(DueKind.OBSERVATION_END, observation_end, f"Observation ({minutes} min) ends: discharge"))
    items.sort(key=lambda item: (item.due_at, item.kind.value))
    return _merge_duplicates(items)


def _merge_duplicates(items: list[DueItem]) -> list[DueItem]:
    """Keep one vitals item per moment: the first rule that asks for it names it."""
    seen: set[tuple[DueKind, datetime]] = set()
    kept = []
    for item in items:
        if (item.kind, item.due_at) in seen:
            continue
        seen.add((item.kind, item.due_at))
        kept.append(item)
    return kept


def most_urgent_first(items: Sequence[DueItem], now: datetime, policy: MonitoringPolicy) -> list[DueItem]:
    """Order for an alert list: most urgent, then longest overdue / soonest due."""
    return sorted(items, key=lambda item: (-item.urgency(now, policy), item.due_at))
