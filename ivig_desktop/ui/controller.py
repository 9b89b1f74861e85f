"""SessionController: one open session, its commands, and a signal when its state changes.

A nurse action becomes a domain command (which validates and returns an event), the store appends the event
(one durable transaction), and only then is the state updated and `changed` emitted. If validation or the
write fails, the exception reaches the form, which keeps what the nurse typed and shows why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from sqlite_utils import Database

from ivig_desktop.domain.clock import Clock
from ivig_desktop.domain.events import Event, NewEvent
from ivig_desktop.domain.people import Nurse, Patient
from ivig_desktop.domain.session import Session, add_note, amend, amend_note
from ivig_desktop.store import sessions


class SessionController(QObject):
    changed = Signal()

    def __init__(
        self,
        db: Database,
        clock: Clock,
        session: Session,
        patient: Patient,
        current_nurse: Callable[[], Nurse],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._session = session
        self.patient = patient
        self._current_nurse = current_nurse

    @property
    def session(self) -> Session:
        return self._session

    @property
    def session_id(self) -> int:
        return self._session.id

    @property
    def clock(self) -> Clock:
        return self._clock

    def add_note(self, text: str) -> Event:
        return self._record(add_note(self._session, text, self._clock.now()))

    def amend_note(self, event_id: int, *, reason: str, new_text: str) -> Event:
        return self._record(
            amend_note(self._session, event_id, reason=reason, now=self._clock.now(), new_text=new_text)
        )

    def strike(self, event_id: int, *, reason: str) -> Event:
        """Mark an entry entered in error; it stays in the record, struck through."""
        return self._record(amend(self._session, event_id, reason=reason, now=self._clock.now(), entered_in_error=True))

    def _record(self, new: NewEvent) -> Event:
        nurse = self._current_nurse()
        event = sessions.append(self._db, self._session.id, nurse.id, new, self._clock.now())
        self._session = self._session.apply(event)
        self.changed.emit()
        return event
