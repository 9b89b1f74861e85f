"""SessionController: one open session, its commands, and a signal when its state changes.

A nurse action becomes a domain command (which validates and returns an event), the store appends the event
(one durable transaction), and only then is the state updated and `changed` emitted. If validation or the
write fails, the exception reaches the form, which keeps what the nurse typed and shows why.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QObject, Signal

from ivig_desktop.domain import checkin, checklist, closing, infusion, premed, times, vials
from ivig_desktop.domain.body import validate_weight_kg
from ivig_desktop.domain.checkin import DoubleCheck, History
from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.clock import Clock
from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import Event, JsonValue, NewEvent
from ivig_desktop.domain.infusion import Outcome, PlanSnapshot, RateChange, RateLimits
from ivig_desktop.domain.people import Nurse, Patient
from ivig_desktop.domain.plan import Plan, make_plan
from ivig_desktop.domain.premed import PremedDrug
from ivig_desktop.domain.reactions import (
    Assessment,
    ReactionContext,
    ReactionInput,
    ReactionRecord,
    ReactionResponse,
    ReactionUpdateInput,
    ResponseAction,
    Symptom,
    amend_reaction,
    amend_reaction_update,
    rate_limits,
    reactions,
    record_reaction,
    response_of,
    update_reaction,
)
from ivig_desktop.domain.recording import check_can_record
from ivig_desktop.domain.regimen import Regimen, RegimenVersion
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
from ivig_desktop.store import regimens, sessions, signing
from ivig_desktop.store import vials as store_vials
from ivig_desktop.store.sql import Database


class SessionController(QObject):
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

    # --- the infusion as the vitals and reactions work sees it ------------------------------------------------

    def infusion_running(self) -> bool:
        """Whether an infusion is running now (a vitals flag then offers the reaction workflow)."""
        return self._session.infusion.running

    def current_rate_ml_per_h(self) -> Decimal | None:
        """The pump rate now, or the rate it ran at before a pause (pre-fills a reaction's rate at onset)."""
        run = self._session.infusion
        return run.last_running_rate_ml_per_h if run.running else None

    def previous_step_rate_ml_per_h(self) -> Decimal | None:
        """The rate of the plan step below the current one (for the proposed resume rate)."""
        run = self._session.infusion
        step = run.current_step()
        if run.plan is None or step is None or step.number == 1:
            return None
        return run.plan.step(step.number - 1).rate_ml_per_h

    def infusion_started_at(self) -> datetime | None:
        return self._session.infusion.started_at

    def rate_history(self) -> list[tuple[datetime, Decimal]]:
        """Every rate change so far as (time, mL/h), oldest first; 0 while paused or stopped (the chart's step line)."""
        run = self._session.infusion
        history = [(segment.start, segment.rate_ml_per_h) for segment in run.segments]
        if run.ended_at is not None:
            history.append((run.ended_at, Decimal(0)))
        return history

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

    def reaction_context(self) -> ReactionContext:
        """The patient's weight and age today and the vitals settings: what a reaction's picture is read with."""
        age = self.patient.age_years(times.display().day_of(self._clock.now()))  # today in the clinic's zone
        return ReactionContext.of(self._session, self.patient.weight_kg, age, self.vitals_config)

    def rate_limits(self) -> RateLimits:
        """The rule every rate typed in this session is checked by: the confirmed plan's pump and limits."""
        return rate_limits(self._session)

    def assess_reaction(self, symptoms: Collection[Symptom], onset: datetime) -> Assessment:
        return self.reaction_context().assess(self._session, symptoms, onset=onset, now=self._clock.now())

    def record_reaction(self, entry: ReactionInput) -> Event:
        """Save a reaction together with the infusion change the nurse chose (one transaction); then emit
        `reaction_response_chosen`."""
        new = record_reaction(self._session, entry, now=self._clock.now(), context=self.reaction_context())
        return self._record_with_response(new)

    def update_reaction(self, update: ReactionUpdateInput) -> Event:
        """Save what happened after a reaction; a resume rate restarts the pump (in the same transaction)."""
        new = update_reaction(self._session, update, now=self._clock.now())
        return self._record_with_response(new)

    def _record_with_response(self, new: NewEvent) -> Event:
        response = response_of(0, new.payload)
        follow = self._infusion_change_for(response, new) if response is not None else None
        events = self._record_all([new] if follow is None else [new, follow])
        stored = events[0]
        stored_response = response_of(stored.id, stored.payload)
        if stored_response is not None:
            self.reaction_response_chosen.emit(stored_response)
        return stored

    def _infusion_change_for(self, response: ReactionResponse, reaction: NewEvent) -> NewEvent | None:
        """The pump change a reaction's response asks for, validated like any other (None: nothing to change).

        Slow: a rate confirmation of kind 'reaction'. Pause: the pump paused. Stop: the pump stopped (a pause
        that restarts only with a resume recorded on the prescriber's order, or ends with End infusion). Resume:
        the pump restarted at the given rate."""
        run = self._session.infusion
        now = self._clock.now()
        if not run.running:
            return None
        grade = reaction.payload.get("grade")
        why = f"reaction (grade {grade})" if grade is not None else "reaction"
        action = response.action
        if action is ResponseAction.SLOW and response.rate_ml_per_h is not None:
            if run.paused:
                return infusion.resume(run, response.rate_ml_per_h, now)
            return infusion.confirm_rate(
                run, response.rate_ml_per_h, now, kind=RateChange.REACTION, reason=f"Slowed for a {why}"
            )
        if action in (ResponseAction.PAUSE, ResponseAction.STOP) and not run.paused:
            verb = "Stopped" if action is ResponseAction.STOP else "Paused"
            return infusion.pause(run, now, f"{verb} for a {why}", stopped=action is ResponseAction.STOP)
        if action is ResponseAction.RESUME and response.rate_ml_per_h is not None and run.paused:
            return infusion.resume(run, response.rate_ml_per_h, now)
        return None

    def amend_reaction(self, event_id: int, *, reason: str, entry: ReactionInput) -> Event:
        new = amend_reaction(
            self._session, event_id, reason=reason, now=self._clock.now(), entry=entry, context=self.reaction_context()
        )
        return self._record(new)

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

    # Check-in and pre-infusion
    def regimen(self) -> RegimenVersion | None:
        return regimens.current(self._db, self.patient.id)

    def previous_sessions(self) -> list[Session]:
        """The patient's other sessions, oldest first. Folded again only when their record has changed (a session
        or an event added: the record is append-only), not at every save of this session."""
        stamp = sessions.patient_stamp(self._db, self.patient.id, exclude=self.session_id)
        if self._previous is None or self._previous[0] != stamp:
            found = [s for s in sessions.patient_sessions(self._db, self.patient.id) if s.id != self.session_id]
            self._previous = (stamp, found)
        return list(self._previous[1])

    def history(self) -> History:
        return History.of(self.previous_sessions())

    def course_day(self, regimen: Regimen) -> tuple[int, str]:
        """Which day of the regimen's course today is (from the history), and why."""
        return self.history().course_day(regimen.course_days, self._clock.now())

    def order_marks(self) -> checkin.OrderMarks:
        """OFF-LABEL and the course day, from the confirmed plan, else from the regimen (every screen shows them)."""
        plan = self._session.infusion.plan
        version = None if plan is not None else self.regimen()
        regimen = version.regimen if version else None
        day = self.course_day(regimen)[0] if regimen is not None else 1
        return checkin.order_marks(plan, regimen, day)

    def compute_plan(self, weight_kg: str, regimen: Regimen, course_day: int | None = None) -> Plan:
        """Today's plan from the regimen, today's weight, the history, the checklist's risk screens and the day of
        the course (None: the day the history gives)."""
        weight = validate_weight_kg(weight_kg)
        if self._session.risk_screens_unanswered(self.config.checklist):
            blocker = self._session.plan_blockers(self.config.checklist, plan_at_risk=False)[0]
            raise ValidationError.one("risk", _sentence(blocker))
        request = checkin.plan_request(
            regimen=regimen,
            patient=self.patient,
            weight_kg=weight,
            at_risk=self._session.checklist(self.config.checklist).at_risk,
            history=self.history(),
            now=self._clock.now(),
            course_day=course_day if course_day is not None else self.course_day(regimen)[0],
        )
        return make_plan(request, catalog=self.config.catalog, ladders=self.config.ladders, policy=self.config.policy)

    def confirm_plan(
        self,
        snapshot: PlanSnapshot,
        *,
        weight_kg: Decimal,
        regimen_weight_kg: Decimal | None,
        inputs: Mapping[str, JsonValue],
        double_check: DoubleCheck,
        weight_flag_acknowledged: bool = False,
    ) -> Event:
        blockers = self._session.plan_blockers(self.config.checklist, plan_at_risk=snapshot.at_risk)
        if blockers:
            raise DomainError(_sentence(blockers[0]))
        return self._record(
            checkin.confirm_plan(
                started=self._session.infusion.started,
                snapshot=snapshot,
                weight_kg=weight_kg,
                regimen_weight_kg=regimen_weight_kg,
                inputs=inputs,
                double_check=double_check,
                weight_flag_acknowledged=weight_flag_acknowledged,
                now=self._clock.now(),
            )
        )

    def answer_checklist(self, item_id: str, answer: Answer, reason: str = "") -> Event:
        self._refuse_after_start("The checklist")
        return self._record(checklist.answer_item(self.config.checklist, item_id, answer, self._clock.now(), reason))

    def record_vial(
        self,
        *,
        product_id: str,
        size_g: str | Decimal,
        lot: str,
        expiry: str | date | None,
        gtin: str | None = None,
        serial: str | None = None,
        scanned: bool = False,
    ) -> Event:
        plan = self._session.infusion.plan
        if plan is None:
            raise DomainError("Confirm the plan at check-in first: vials are checked against it.")
        self._refuse_after_start("Vials")
        vial = vials.check_vial(
            plan,
            self._session.vials,
            product_id=product_id,
            size_g=size_g,
            lot=lot,
            expiry=expiry,
            today=self._clock.now().astimezone().date(),
            gtin=gtin,
            serial=serial,
            scanned=scanned,
            known_gtins=self.config.gtins,
        )
        # A vial is used once: its GTIN + serial is looked up in every session, in the write's own transaction.
        # Like every entry (`_record`), refused in a signed session and while the clock is behind the record.
        nurse, now = self._current_nurse(), self._clock.now()
        check_can_record(self._session, now)
        new = vials.record_vial(vial, now)
        event = store_vials.append_vial(self._db, self.session_id, self.patient.id, nurse.id, new, now)
        self._session = self._session.apply(event)
        self.changed.emit()
        return event

    def record_premed(self, drug: PremedDrug, *, given_at: datetime | None = None, given_by: str = "") -> Event:
        now = self._clock.now()
        return self._record(
            premed.record_premed(
                drug,
                given_at=given_at or now,
                given_by=given_by or self._current_nurse().display_name,
                now=now,
                opened_at=self._session.header.opened_at,
            )
        )

    def _refuse_after_start(self, what: str) -> None:
        if self._session.infusion.started:
            raise DomainError(f"{what} cannot change once the infusion has started; add a note instead.")

    # Infusion run: every pump setting is confirmed by the nurse; the domain refuses what does not fit.
    def start_blockers(self) -> list[str]:
        return self._session.start_blockers(self.config.checklist)

    def premed_ready_at(self) -> datetime | None:
        return self._session.premed_ready_at(self.config.monitoring)

    def vitals_ok_for_step(self) -> bool:
        """The clinic rule: vitals within the window before a rate increase."""
        window = timedelta(minutes=self.config.monitoring.vitals_before_step_window_min)
        now = self._clock.now()
        return any(t >= now - window for t in self._session.vitals_times)

    def start_infusion(self, rate_ml_per_h: Decimal, *, early_reason: str = "", override_reason: str = "") -> Event:
        return self._record(
            infusion.start_infusion(
                self._session.infusion,
                rate_ml_per_h,
                self._clock.now(),
                blockers=self.start_blockers(),
                premed_ready_at=self.premed_ready_at(),
                early_reason=early_reason,
                override_reason=override_reason,
            )
        )

    def change_rate(
        self, rate_ml_per_h: Decimal, kind: RateChange, *, reason: str = "", override_reason: str = ""
    ) -> Event:
        return self._record(
            infusion.confirm_rate(
                self._session.infusion,
                rate_ml_per_h,
                self._clock.now(),
                kind=kind,
                reason=reason,
                override_reason=override_reason,
                vitals_ok=self.vitals_ok_for_step(),
            )
        )

    def hold(self, reason: str) -> Event:
        return self._record(infusion.hold(self._session.infusion, self._clock.now(), reason))

    def pause(self, reason: str) -> Event:
        return self._record(infusion.pause(self._session.infusion, self._clock.now(), reason))

    def resume(self, rate_ml_per_h: Decimal, *, override_reason: str = "") -> Event:
        return self._record(
            infusion.resume(self._session.infusion, rate_ml_per_h, self._clock.now(), override_reason=override_reason)
        )

    def end_infusion(self, outcome: Outcome, reason: str = "") -> Event:
        return self._record(infusion.end_infusion(self._session.infusion, self._clock.now(), outcome, reason))

    # After the infusion
    def record_flush(self, volume_ml: str) -> Event:
        return self._record(closing.record_flush(self._session, volume_ml, self._clock.now()))

    def record_discharge(self, status: DischargeStatus, notes: str) -> Event:
        return self._record(closing.record_discharge(self._session, status, notes, self._clock.now()))

    def signoff_blockers(self) -> list[str]:
        return closing.signoff_blockers(self._session, self._clock.now(), self.config.monitoring)

    def sign_off(self, *, attested: bool, secret: str) -> Event:
        """The signature: the nurse re-enters her password or PIN (the signature is hers alone), ticks its
        meaning, and the session closes. It binds the session's content (store/signing.py)."""
        check_can_record(self._session, self._clock.now())
        new = closing.sign_off(
            self._session, self._current_nurse(), self._clock.now(), self.config.monitoring, attested=attested
        )
        if self._verify_nurse is None:
            raise DomainError("Signing needs the signed-in nurse's password or PIN.")
        self._verify_nurse(secret, "signature")
        nurse = self._current_nurse()
        event = signing.sign_session(self._db, self._session.id, nurse.id, new, secret, self._clock.now())
        self._session = self._session.apply(event)
        self.changed.emit()
        self.closed.emit(self.session_id)
        return event

    def _record_all(self, news: list[NewEvent]) -> list[Event]:
        """Append several events in one transaction (all saved, or none)."""
        nurse = self._current_nurse()
        now = self._clock.now()
        check_can_record(self._session, now)
        events = sessions.append_all(self._db, self._session.id, nurse.id, news, now)
        for event in events:
            self._session = self._session.apply(event)
        self.changed.emit()
        return events

    def _record(self, new: NewEvent) -> Event:
        """Append one event: refused (DomainError) in a signed session and when the clock is behind the record."""
        nurse = self._current_nurse()
        now = self._clock.now()
        check_can_record(self._session, now)
        event = sessions.append(self._db, self._session.id, nurse.id, new, now)
        self._session = self._session.apply(event)
        self.changed.emit()
        return event


def _sentence(text: str) -> str:
    """A rule's words ('answer the ... first') as a message, in the language shown: capitalised, with a full stop."""
    from ivig_desktop.ui.i18n import words

    shown = words(text)
    return shown[:1].upper() + shown[1:] + "."
