"""The session's event types.

A session's record is a list of events, appended and never changed. A domain command validates what the nurse
entered and returns a `NewEvent`; the store appends it (assigning id, sequence number and recorded time) and
returns the `Event`; `session.apply` folds it into the session's state.

Payloads are JSON objects of strings, numbers, booleans, lists and objects; exact quantities (weights, rates)
travel as decimal strings so that nothing is rounded by a float on the way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeAlias

from ivig_desktop.domain.message import messages

msg = messages(__name__)

JsonValue: TypeAlias = str | int | bool | list["JsonValue"] | dict[str, "JsonValue"] | None
Payload: TypeAlias = Mapping[str, JsonValue]

# An entry written more than this long after the moment it describes is labelled a late entry.
LATE_ENTRY_AFTER = timedelta(minutes=10)


class EventType(StrEnum):
    NOTE = "note"
    AMENDMENT = "amendment"
    PLAN_CONFIRMED = "plan_confirmed"
    INFUSION_STARTED = "infusion_started"
    RATE_CHANGED = "rate_changed"
    STEP_HELD = "step_held"
    INFUSION_PAUSED = "infusion_paused"
    INFUSION_RESUMED = "infusion_resumed"
    INFUSION_ENDED = "infusion_ended"
    VITALS_RECORDED = "vitals"
    CHECKLIST_ANSWERED = "checklist_answered"
    VIAL_RECORDED = "vial_recorded"
    PREMED_GIVEN = "premed_given"
    FLUSH_GIVEN = "flush_given"
    DISCHARGED = "discharged"
    SIGNED_OFF = "signed_off"
    REACTION_RECORDED = "reaction"
    REACTION_UPDATED = "reaction_update"
    HANDED_OVER = "handed_over"
    PARALLEL_REVIEWED = "parallel_reviewed"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    EventType.NOTE: msg("Note"),
    EventType.AMENDMENT: msg("Amendment"),
    EventType.PLAN_CONFIRMED: msg("Plan confirmed"),
    EventType.INFUSION_STARTED: msg("Infusion started"),
    EventType.RATE_CHANGED: msg("Rate changed"),
    EventType.STEP_HELD: msg("Step held"),
    EventType.INFUSION_PAUSED: msg("Paused"),
    EventType.INFUSION_RESUMED: msg("Resumed"),
    EventType.INFUSION_ENDED: msg("Infusion ended"),
    EventType.VITALS_RECORDED: msg("Vital signs"),
    EventType.CHECKLIST_ANSWERED: msg("Checklist"),
    EventType.VIAL_RECORDED: msg("Vial"),
    EventType.PREMED_GIVEN: msg("Premedication"),
    EventType.FLUSH_GIVEN: msg("Flush"),
    EventType.DISCHARGED: msg("Discharge"),
    EventType.SIGNED_OFF: msg("Signed"),
    EventType.REACTION_RECORDED: msg("Reaction"),
    EventType.REACTION_UPDATED: msg("Reaction outcome"),
    EventType.HANDED_OVER: msg("Handover"),
    EventType.PARALLEL_REVIEWED: msg("Parallel entries reviewed"),
}

# Event types a nurse may correct by an amendment (an amendment itself is not amended: amend the original again).
AMENDABLE_TYPES = frozenset(
    {
        EventType.NOTE,
        EventType.VIAL_RECORDED,
        EventType.PREMED_GIVEN,
        EventType.FLUSH_GIVEN,
        EventType.DISCHARGED,
        EventType.VITALS_RECORDED,
        EventType.REACTION_RECORDED,
        EventType.REACTION_UPDATED,
    }
)


class UnknownEventTypeError(ValueError):
    """The record holds an event type this version does not know (written by a newer version)."""


def event_type(value: str) -> EventType:
    try:
        return EventType(value)
    except ValueError:
        raise UnknownEventTypeError(
            msg("event type {value} is unknown to this version of IVIG Desktop; update the app", value=repr(value))
        ) from None


@dataclass(frozen=True)
class NewEvent:
    """An event validated by the domain and not yet stored."""

    type: EventType
    occurred_at: datetime
    payload: Payload = field(default_factory=dict)
    amends: int | None = None


@dataclass(frozen=True)
class Event:
    """An event as stored: `seq` orders it within its session; `recorded_at` is when it was written."""

    id: int
    session_id: int
    seq: int
    type: EventType
    occurred_at: datetime
    recorded_at: datetime
    nurse_id: int
    payload: Payload
    amends: int | None = None

    @property
    def is_late_entry(self) -> bool:
        return self.recorded_at - self.occurred_at > LATE_ENTRY_AFTER
