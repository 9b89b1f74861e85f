"""SessionController: one open session, its commands, and a signal when its state changes.

The core (the signals, recording an entry, notes) is in controller_core.py; vital signs and reactions in
controller_care.py; this module adds check-in, pre-infusion, the infusion run and sign-off.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal

from ivig_desktop.domain import checkin, checklist, closing, infusion, premed, times, vials
from ivig_desktop.domain.body import validate_weight_kg
from ivig_desktop.domain.checkin import DoubleCheck, History
from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import Event, JsonValue
from ivig_desktop.domain.infusion import Outcome, PlanSnapshot, RateChange
from ivig_desktop.domain.plan import Plan, make_plan
from ivig_desktop.domain.premed import PremedDrug
from ivig_desktop.domain.recording import check_can_record
from ivig_desktop.domain.regimen import Regimen, RegimenVersion
from ivig_desktop.domain.session import Session
from ivig_desktop.store import regimens, sessions, signing
from ivig_desktop.store import vials as store_vials
from ivig_desktop.ui.controller_care import CareCommands
from ivig_desktop.ui.controller_core import sentence


class SessionController(CareCommands):
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

    def compute_plan(
        self, weight_kg: str, regimen: Regimen, course_day: int | None = None, concentration: Decimal | None = None
    ) -> Plan:
        """Today's plan from the regimen, today's weight, the history, the checklist's risk screens, the day of
        the course (None: the day the history gives) and the concentration chosen (a reconstituted product)."""
        weight = validate_weight_kg(weight_kg)
        if self._session.risk_screens_unanswered(self.config.checklist):
            blocker = self._session.plan_blockers(self.config.checklist, plan_at_risk=False)[0]
            raise ValidationError.one("risk", sentence(blocker))
        request = checkin.plan_request(
            regimen=regimen,
            patient=self.patient,
            weight_kg=weight,
            at_risk=self._session.checklist(self.config.checklist).at_risk,
            history=self.history(),
            now=self._clock.now(),
            course_day=course_day if course_day is not None else self.course_day(regimen)[0],
            concentration_percent=concentration,
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
            raise DomainError(sentence(blockers[0]))
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
            today=times.clinic_today(self._clock.now()),
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
        self._require_holding()
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

    def vials_used_elsewhere(self) -> list[str]:
        """Why a vial of this session is flagged: also recorded in another session (store/vials.py)."""
        return store_vials.used_elsewhere(self._db, self.session_id, self.patient.id, self._session.vials)
