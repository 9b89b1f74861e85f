"""SessionController: one open session, its commands, and a signal when its state changes.

A nurse action becomes a domain command (which validates and returns an event), the store appends the event
(one durable transaction), and only then is the state updated and `changed` emitted. If validation or the
write fails, the exception reaches the form, which keeps what the nurse typed and shows why.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from sqlite_utils import Database

from ivig_desktop.domain import checkin, checklist, closing, infusion, premed, vials
from ivig_desktop.domain.body import validate_weight_kg
from ivig_desktop.domain.checkin import DoubleCheck, History
from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.clock import Clock
from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.domain.due import DueItem
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.events import Event, JsonValue, NewEvent
from ivig_desktop.domain.infusion import Outcome, PlanSnapshot, RateChange
from ivig_desktop.domain.people import Nurse, Patient
from ivig_desktop.domain.plan import Plan, make_plan
from ivig_desktop.domain.premed import PremedDrug
from ivig_desktop.domain.regimen import Regimen, RegimenVersion
from ivig_desktop.domain.session import Session, add_note, amend, amend_note
from ivig_desktop.store import regimens, sessions


class SessionController(QObject):
    changed = Signal()
    closed = Signal(int)  # the session was signed off: it leaves the board

    def __init__(
        self,
        db: Database,
        clock: Clock,
        session: Session,
        patient: Patient,
        current_nurse: Callable[[], Nurse],
        config: ClinicConfig,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._session = session
        self.patient = patient
        self._current_nurse = current_nurse
        self.config = config

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

    # Check-in and pre-infusion
    def regimen(self) -> RegimenVersion | None:
        return regimens.current(self._db, self.patient.id)

    def previous_sessions(self) -> list[Session]:
        """The patient's other sessions, oldest first."""
        return [s for s in sessions.patient_sessions(self._db, self.patient.id) if s.id != self.session_id]

    def history(self) -> History:
        return History.of(self.previous_sessions())

    def compute_plan(self, weight_kg: str, regimen: Regimen) -> Plan:
        """Today's plan from the regimen, today's weight, the history and the checklist's risk screens."""
        weight = validate_weight_kg(weight_kg)
        request = checkin.plan_request(
            regimen=regimen,
            patient=self.patient,
            weight_kg=weight,
            at_risk=self._session.checklist(self.config.checklist).at_risk,
            history=self.history(),
            now=self._clock.now(),
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
        return self._record(vials.record_vial(vial, self._clock.now()))

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

    def due(self) -> list[DueItem]:
        return self._session.due(self._clock.now(), self.config.monitoring)

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

    def sign_off(self, *, attested: bool) -> Event:
        new = closing.sign_off(
            self._session, self._current_nurse(), self._clock.now(), self.config.monitoring, attested=attested
        )
        event = self._record(new)
        self.closed.emit(self.session_id)
        return event

    def _record(self, new: NewEvent) -> Event:
        nurse = self._current_nurse()
        event = sessions.append(self._db, self._session.id, nurse.id, new, self._clock.now())
        self._session = self._session.apply(event)
        self.changed.emit()
        return event
