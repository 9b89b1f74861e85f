"""The core of a SessionController: one open session, the signals, and the one way an entry is recorded (by the
workstation that holds the session, when a clinic hub shares it).

A nurse action becomes a domain command (which validates and returns an event), the store appends the event
(one durable transaction), and only then is the state updated and `changed` emitted. If validation or the
write fails, the exception reaches the form, which keeps what the nurse typed and shows why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ivig_desktop.domain.clock import Clock
from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.events import Event, NewEvent
from ivig_desktop.domain.handover import Workstation, review_parallel, take_over
from ivig_desktop.domain.people import Nurse, Patient
from ivig_desktop.domain.recording import check_can_record
from ivig_desktop.domain.session import Session, add_note, amend, amend_note
from ivig_desktop.store import holding, sessions
from ivig_desktop.store.sql import Database


class ControllerCore(QObject):
    changed = Signal()
    closed = Signal(int)  # the session was signed off: it leaves the board
    # Emitted with a `reactions.ReactionResponse` (reaction_id, action, rate_ml_per_h) once a reaction, or a
    # reaction update that resumes the infusion, is saved: the nurse's choice, for the infusion to carry out
    # (pause, stop, slow to a rate, resume at a rate). Amendments never emit it.
    reaction_response_chosen = Signal(object)

    def __init__(
        self,
        db: Database,
        clock: Clock,
        session: Session,
        patient: Patient,
        current_nurse: Callable[[], Nurse],
        config: ClinicConfig,
        parent: QObject | None = None,
        *,
        verify_nurse: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._session = session
        self.patient = patient
        self._current_nurse = current_nurse
        self.config = config
        self._verify_nurse = verify_nurse
        self._previous: tuple[tuple[int, int], list[Session]] | None = None  # (the record's stamp, the sessions)

    @property
    def session(self) -> Session:
        return self._session

    def set_patient(self, patient: Patient) -> None:
        """The patient's details were corrected: show them as they are now."""
        self.patient = patient
        self.changed.emit()

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

    def _refuse_after_start(self, what: str) -> None:
        if self._session.infusion.started:
            raise DomainError(f"{what} cannot change once the infusion has started; add a note instead.")

    # The clinic hub: the workstation that holds the session writes it (domain/handover.py)
    def reload(self) -> None:
        """Fold the session again from the record, when entries written on another workstation arrived."""
        session = sessions.load(self._db, self._session.id)
        if len(session.entries) != len(self._session.entries) or session.last_seq != self._session.last_seq:
            self._session = session
            self.changed.emit()

    def holder(self) -> Workstation:
        """The workstation that writes this session (domain/handover.py)."""
        return holding.holder(self._db, self._session)

    def holds(self) -> bool:
        return self.holder().id == holding.here(self._db).id

    def take_over(self, reason: str) -> Event:
        """Write this session here from now on: a handover event naming both workstations and the reason."""
        return self._append(take_over(self.holder(), holding.here(self._db), reason, self._clock.now()))

    def review_parallel(self, note: str) -> Event:
        """Record that a nurse reviewed the entries two workstations wrote while apart."""
        return self._record(review_parallel(self._session.unreviewed_parallel_seqs, note, self._clock.now()))

    def _require_holding(self) -> None:
        holder = self.holder()
        if holder.id != holding.here(self._db).id:
            raise DomainError(
                f"{holder.name} holds this session: take it over here (Take over…, with a reason) to write in it."
            )

    def _record_all(self, news: list[NewEvent]) -> list[Event]:
        """Append several events in one transaction (all saved, or none)."""
        self._require_holding()
        nurse = self._current_nurse()
        now = self._clock.now()
        check_can_record(self._session, now)
        events = sessions.append_all(self._db, self._session.id, nurse.id, news, now)
        for event in events:
            self._session = self._session.apply(event)
        self.changed.emit()
        return events

    def _record(self, new: NewEvent) -> Event:
        """Append one event: refused (DomainError) in a session held by another workstation, in a signed session
        and when the clock is behind the record."""
        self._require_holding()
        return self._append(new)

    def _append(self, new: NewEvent) -> Event:
        nurse = self._current_nurse()
        now = self._clock.now()
        check_can_record(self._session, now)
        event = sessions.append(self._db, self._session.id, nurse.id, new, now)
        self._session = self._session.apply(event)
        self.changed.emit()
        return event


def sentence(text: str) -> str:
    """A rule's words ('answer the ... first') as a message, in the language shown: capitalised, with a full stop."""
    from ivig_desktop.ui.i18n import words

    shown = words(text)
    return shown[:1].upper() + shown[1:] + "."
