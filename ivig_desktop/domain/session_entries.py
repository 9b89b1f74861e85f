"""A session's fixed header, and its entries as they stand after corrections (what domain/session.py folds)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ivig_desktop.domain.events import Event, EventType, Payload


@dataclass(frozen=True)
class SessionHeader:
    """What is fixed when a session is opened: whose it is, where, when and by whom."""

    id: int
    patient_id: int
    location: str
    opened_at: datetime
    opened_by: int


@dataclass(frozen=True)
class TimelineEntry:
    """One event of the record with the amendments that correct it, oldest first."""

    event: Event
    amendments: tuple[Event, ...] = ()

    @property
    def is_amended(self) -> bool:
        return bool(self.amendments)

    @property
    def entered_in_error(self) -> bool:
        return bool(self.amendments) and bool(self.amendments[-1].payload.get("entered_in_error"))

    @property
    def current_payload(self) -> Payload:
        """The payload as last corrected (the original when never amended)."""
        for amendment in reversed(self.amendments):
            replacement = amendment.payload.get("replacement")
            if isinstance(replacement, dict):
                return replacement
        return self.event.payload


@dataclass(frozen=True)
class EffectiveEvent:
    """An event as it now stands: its latest corrected payload. Entries entered in error are left out."""

    event: Event
    payload: Payload

    @property
    def type(self) -> EventType:
        return self.event.type

    @property
    def occurred_at(self) -> datetime:
        return self.event.occurred_at
