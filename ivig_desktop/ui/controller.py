"""SessionController: one open session, its commands, and a signal when its state changes.

A nurse action becomes a domain command (which validates and returns an event), the store appends the event
(one durable transaction), and only then is the state updated and `changed` emitted. If validation or the
write fails, the exception reaches the form, which keeps what the nurse typed and shows why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from sqlite_utils import Database

from ivig_desktop.domain.clock import Clock
from ivig_desktop.domain.events import Event, NewEvent
from ivig_desktop.domain.people import Nurse, Patient
from ivig_desktop.domain.reactions import (
    ReactionInput,
    ReactionRecord,
    ReactionUpdateInput,
    amend_reaction,
    amend_reaction_update,
    reactions,
    record_reaction,
    response_of,
    update_reaction,
)
from ivig_desktop.domain.session import Session, add_note, amend, amend_note
from ivig_desktop.domain.vitals import (
    VitalsConfig,
    VitalsHistory,
    VitalsInput,
    amend_vitals,
    default_vitals_config,
    record_vitals,
    vitals_history,
)
from ivig_desktop.store import sessions


class SessionController(QObject):
    changed = Signal()
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

    # --- hooks wired by the infusion (issue: infusion run). Until then: no infusion, no rate. ---------------

    def infusion_running(self) -> bool:
        """Whether an infusion is running now (a vitals flag then offers the reaction workflow)."""
        return False

    def current_rate_ml_per_h(self) -> Decimal | None:
        """The pump rate now (pre-fills the reaction's rate at onset)."""
        return None

    def previous_step_rate_ml_per_h(self) -> Decimal | None:
        """The rate of the step before the current one (for the proposed resume rate)."""
        return None

    def infusion_started_at(self) -> datetime | None:
        return None

    def rate_history(self) -> list[tuple[datetime, Decimal]]:
        """Every rate change so far as (time, mL/h), oldest first; 0 while paused or stopped (the chart's step line)."""
        return []

    # --- vital signs and reactions ------------------------------------------------------------------------

    @property
    def vitals_config(self) -> VitalsConfig:
        return default_vitals_config()

    def vitals_history(self) -> VitalsHistory:
        return vitals_history(self._session, self.vitals_config, self.infusion_started_at())

    def record_vitals(self, values: VitalsInput, occurred_at: datetime | None = None) -> Event:
        """Save a vitals set taken at `occurred_at` (None: now)."""
        now = self._clock.now()
        return self._record(
            record_vitals(self._session, values, occurred_at=occurred_at or now, now=now, config=self.vitals_config)
        )

    def amend_vitals(self, event_id: int, *, reason: str, values: VitalsInput) -> Event:
        return self._record(
            amend_vitals(
                self._session, event_id, reason=reason, now=self._clock.now(), values=values, config=self.vitals_config
            )
        )

    def reactions(self) -> tuple[ReactionRecord, ...]:
        return reactions(self._session)

    def record_reaction(self, entry: ReactionInput) -> Event:
        """Save a reaction; then emit `reaction_response_chosen` with what the nurse chose for the infusion."""
        event = self._record(record_reaction(self._session, entry, now=self._clock.now()))
        self._emit_response(event)
        return event

    def update_reaction(self, update: ReactionUpdateInput) -> Event:
        """Save what happened after a reaction; a resume rate is emitted on `reaction_response_chosen`."""
        event = self._record(update_reaction(self._session, update, now=self._clock.now()))
        self._emit_response(event)
        return event

    def amend_reaction(self, event_id: int, *, reason: str, entry: ReactionInput) -> Event:
        return self._record(amend_reaction(self._session, event_id, reason=reason, now=self._clock.now(), entry=entry))

    def amend_reaction_update(self, event_id: int, *, reason: str, update: ReactionUpdateInput) -> Event:
        return self._record(
            amend_reaction_update(self._session, event_id, reason=reason, now=self._clock.now(), update=update)
        )

    def _emit_response(self, event: Event) -> None:
        response = response_of(event.id, event.payload)
        if response is not None:
            self.reaction_response_chosen.emit(response)

    def strike(self, event_id: int, *, reason: str) -> Event:
        """Mark an entry entered in error; it stays in the record, struck through."""
        return self._record(amend(self._session, event_id, reason=reason, now=self._clock.now(), entered_in_error=True))

    def _record(self, new: NewEvent) -> Event:
        nurse = self._current_nurse()
        event = sessions.append(self._db, self._session.id, nurse.id, new, self._clock.now())
        self._session = self._session.apply(event)
        self.changed.emit()
        return event
