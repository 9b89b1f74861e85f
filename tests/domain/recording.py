"""A stand-in for the store in domain tests: numbers events as the store would and folds them into a Session."""

from __future__ import annotations

from datetime import UTC, datetime

from ivig_desktop.domain.events import Event, NewEvent
from ivig_desktop.domain.session import Session
from ivig_desktop.domain.session_entries import SessionHeader

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
HEADER = SessionHeader(id=1, patient_id=7, location="Chair 3", opened_at=T0, opened_by=2)


class Recorder:
    """Holds a session; `record` stores a NewEvent (id, seq, recorded time) and applies it."""

    def __init__(self, header: SessionHeader = HEADER) -> None:
        self.session = Session(header)
        self.events: list[Event] = []

    def record(self, new: NewEvent, *, nurse_id: int = 2, recorded_at: datetime | None = None) -> Event:
        event = Event(
            id=100 + len(self.events),
            session_id=self.session.id,
            seq=len(self.events) + 1,
            type=new.type,
            occurred_at=new.occurred_at,
            recorded_at=recorded_at or new.occurred_at,
            nurse_id=nurse_id,
            payload=new.payload,
            amends=new.amends,
        )
        self.events.append(event)
        self.session = self.session.apply(event)
        return event
