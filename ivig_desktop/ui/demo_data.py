"""Demo data: a database of fictional patients written through the app's own commands (`ivig-desktop demo`,
`ivig-desktop --demo`, the screenshots).

Every entry goes through the Workstation and the SessionController, exactly as the screens make them: the plans
come from the plan engine, the signatures are real signatures, the hash chain and the audit trail are the real
ones, so `ivig-desktop check` passes on the result. Nothing here needs a window (QtCore's signals only).

The record is marked as demo data in the database itself (store/clinic.py: the `training` setting is 'demo'), so
whatever opens it shows the DEMO banner and prints DEMO. The people are plainly fictional: every patient's family
name is FICTIONAL and every MRN starts with DEMO-; the nurses are 'Demo Nurse ...'.

Times are relative to `now` (the injected clock), so the sessions of today look current: past sessions weeks ago
(one with a reaction handled and the infusion resumed at a lower rate), and today three chairs at different
stages, the infusion in Chair 1 running and counting down to its next step. A fixed seed varies the vital signs
the same way every time.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from ivig_desktop.domain.body import DosingWeightMethod
from ivig_desktop.domain.catalog import Indication
from ivig_desktop.domain.checkin import DoubleCheck, DoubleCheckMethod, request_inputs, snapshot
from ivig_desktop.domain.checklist import Answer, ItemKind
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.domain.infusion import Outcome, PlannedStep, RateChange
from ivig_desktop.domain.people import Nurse, new_patient_details
from ivig_desktop.domain.premed import PremedDrug, Route
from ivig_desktop.domain.reactions import (
    Grade,
    MedicationInput,
    ReactionInput,
    ReactionOutcome,
    ReactionUpdateInput,
    ResponseAction,
    Symptom,
)
from ivig_desktop.domain.regimen import Regimen
from ivig_desktop.domain.vitals import VitalsInput
from ivig_desktop.store import clinic
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.demo_banner import DEMO_PASSWORD
from ivig_desktop.ui.workstation import Workstation

DEMO_SEED = 12
NURSES = ("Demo Nurse Ana", "Demo Nurse Ben")
D = Decimal


class DemoPathExistsError(FileExistsError):
    """Demo data is only ever written into a new file: never mixed with a record."""


@dataclass(frozen=True)
class DemoPatient:
    given_name: str
    mrn: str
    sex: str
    date_of_birth: str
    height_cm: str
    weight_kg: str
    allergies: str
    product_id: str
    dose_g_per_kg: str
    family_name: str = "FICTIONAL"


PATIENTS = (
    DemoPatient("Avery", "DEMO-0001", "F", "1961-05-14", "165", "68", "NKDA", "privigen", "0.4"),
    DemoPatient("Jordan", "DEMO-0002", "M", "1974-09-02", "180", "82", "Penicillin (rash)", "gamunex-c", "0.4"),
    DemoPatient("Morgan", "DEMO-0003", "F", "1988-01-30", "160", "59", "NKDA", "gammagard-liquid", "0.3"),
    DemoPatient("Riley", "DEMO-0004", "M", "1950-11-11", "175", "75", "Latex", "privigen", "0.4"),
)
PREMEDS = (PremedDrug("Acetaminophen", D(650), "mg", Route.PO), PremedDrug("Diphenhydramine", D(25), "mg", Route.PO))


@dataclass(frozen=True)
class Visit:
    """One session of the demo: whose, where, when it opens (before `now`), how far it goes, who looks after it."""

    patient: int  # index in PATIENTS
    chair: str
    opens_before_now: timedelta
    nurse: int  # index in NURSES
    sign: bool = True  # sign it off (a past session) or leave it open where `now` finds it
    reaction: bool = False


VISITS = (
    Visit(0, "Chair 1", timedelta(days=56, hours=2), 0),
    Visit(3, "Chair 2", timedelta(days=30, hours=3), 1),
    Visit(0, "Chair 1", timedelta(days=28, hours=2), 0, reaction=True),
    Visit(2, "Chair 3", timedelta(days=21, hours=4), 1),
    Visit(1, "Chair 2", timedelta(days=14, hours=5), 0),
    # Today: Chair 3 in observation, Chair 1 infusing, Chair 2 waiting for its premedication to act.
    Visit(2, "Chair 3", timedelta(hours=2, minutes=50), 1, sign=False),
    Visit(0, "Chair 1", timedelta(hours=1, minutes=55), 0, sign=False),
    Visit(1, "Chair 2", timedelta(minutes=40), 1, sign=False),
)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def write_demo_database(
    path: Path,
    now: datetime,
    *,
    time_zone: str = "",
    config: ClinicConfig | None = None,
    seed: int = DEMO_SEED,
) -> None:
    """Write the demo record into the new file `path` (its folder must exist), as it stands at `now`, for a demo
    clinic in `time_zone` (empty: this computer's). Raises DemoPathExistsError when `path` exists: demo data never
    goes into an existing file."""
    if path.exists() or path.is_symlink():
        raise DemoPathExistsError(f"{path} exists: demo data is written only into a new file")
    start = min(now - visit.opens_before_now for visit in VISITS) - timedelta(days=1)
    clock = FakeClock(start)
    db = open_database(path)
    try:
        if time_zone:
            clinic.choose_time_zone(db, time_zone, clock.now())
        clinic.mark_demo(db, clock.now())
        workstation = Workstation(db, clock, path, config)
        _Writer(workstation, clock, now, random.Random(seed)).write()
    finally:
        db.close()


class _Writer:
    def __init__(self, workstation: Workstation, clock: FakeClock, now: datetime, rng: random.Random) -> None:
        self.ws = workstation
        self.clock = clock
        self.now = now
        self.rng = rng
        self.nurses: list[Nurse] = []
        self.patient_ids: list[int] = []

    def write(self) -> None:
        ws = self.ws
        for name in NURSES:
            authoriser = self.nurses[0] if self.nurses else None
            secret = DEMO_PASSWORD if authoriser else ""
            self.nurses.append(
                ws.create_nurse(
                    name, "RN", DEMO_PASSWORD, DEMO_PASSWORD, authoriser=authoriser, authoriser_secret=secret
                )
            )
        ws.sign_in(self.nurses[0])
        for person in PATIENTS:
            self.patient_ids.append(self._patient(person))
        # Every session's script yields the time of its next step: run the steps of all of them in time order
        # (the record is written as the day went), and leave each where `now` finds it.
        queue: list[tuple[datetime, int, Iterator[datetime]]] = []
        for index, visit in enumerate(VISITS):
            script = self._visit(visit)
            heapq.heappush(queue, (next(script), index, script))
        while queue:
            when, index, script = heapq.heappop(queue)
            if when > self.now:
                continue
            if when > self.clock.now():
                self.clock.set_wall_time(when)
            ws.sign_in(self.nurses[VISITS[index].nurse])
            following = next(script, None)
            if following is not None:
                heapq.heappush(queue, (following, index, script))

    def _patient(self, person: DemoPatient) -> int:
        details = new_patient_details(
            family_name=person.family_name,
            given_name=person.given_name,
            date_of_birth=person.date_of_birth,
            mrn=person.mrn,
            sex=person.sex,
            height_cm=person.height_cm,
            weight_kg=person.weight_kg,
            allergies=person.allergies,
            today=self.clock.now().date(),
        )
        patient = self.ws.create_patient(details)
        regimen = Regimen(
            product_id=person.product_id,
            indication=Indication.PI,
            dose_g_per_kg=D(person.dose_g_per_kg),
            dosing_weight_method=DosingWeightMethod.ACTUAL,
            frequency="every 4 weeks",
            weight_kg=D(person.weight_kg),
            premeds=PREMEDS,
            prescriber="Dr Demo Prescriber",
        )
        self.ws.save_regimen(patient.id, regimen, "")
        return patient.id

    def _vitals(self, *, temp: str = "36.8", pulse: int = 74) -> VitalsInput:
        r = self.rng
        systolic, diastolic = 118 + r.randint(0, 14), 70 + r.randint(0, 10)
        return VitalsInput(str(systolic), str(diastolic), str(pulse + r.randint(-4, 6)), "16", temp, "98", "0")

    def _visit(self, visit: Visit) -> Iterator[datetime]:
        """One session's steps; each `yield` gives the time of the next."""
        at = self.now - visit.opens_before_now
        yield at
        ctrl = self.ws.open_session(self.patient_ids[visit.patient], visit.chair)
        step: Callable[[float], Iterator[datetime]] = self._after(ctrl)
        yield from step(4)
        self._check_in(ctrl)
        yield from step(6)
        for drug in PREMEDS:
            ctrl.record_premed(drug)
        ctrl.record_vitals(self._vitals())
        yield from step(31)  # the premedication's wait
        plan = ctrl.session.infusion.plan
        assert plan is not None
        ctrl.start_infusion(plan.steps[0].rate_ml_per_h)
        step_start = ctrl.clock.now()
        yield from step(15)
        ctrl.record_vitals(self._vitals())
        for previous, following in zip(plan.steps, plan.steps[1:], strict=False):
            assert previous.duration_min is not None
            step_end = step_start + minutes(previous.duration_min)
            yield step_end - minutes(5)
            if visit.reaction and following.number == 4:
                yield from self._reaction(ctrl, step, previous)
                break
            ctrl.record_vitals(self._vitals())
            yield step_end
            ctrl.change_rate(following.rate_ml_per_h, RateChange.STEP_UP)
            step_start = step_end
        yield from self._finish(ctrl, step, visit)

    def _after(self, ctrl: SessionController) -> Callable[[float], Iterator[datetime]]:
        def step(n: float) -> Iterator[datetime]:
            yield ctrl.clock.now() + minutes(n)

        return step

    def _check_in(self, ctrl: SessionController) -> None:
        """The checklist (risk screens first), the plan from the regimen, the double check, the vials."""
        for item in ctrl.config.checklist.items:
            ctrl.answer_checklist(item.id, Answer.DONE if item.kind is ItemKind.CHECK else Answer.NO_RISK)
        version = ctrl.regimen()
        assert version is not None
        plan = ctrl.compute_plan(str(ctrl.patient.weight_kg), version.regimen)
        ctrl.confirm_plan(
            snapshot(plan),
            weight_kg=plan.weight_kg,
            regimen_weight_kg=version.regimen.weight_kg,
            inputs={**request_inputs(plan.request), "regimen_version": version.version},
            double_check=DoubleCheck(DoubleCheckMethod.SECOND_NURSE, "Demo Nurse Cam, RN"),
        )
        confirmed = ctrl.session.infusion.plan
        assert confirmed is not None
        expiry = (ctrl.clock.now() + timedelta(days=400)).date().replace(day=1)
        for number, vial in enumerate(confirmed.vials):
            lot = f"DEMO{ctrl.patient.id}{number}{self.rng.randint(100, 999)}"
            for _ in range(vial.count):
                ctrl.record_vial(
                    product_id=confirmed.product_id,
                    size_g=vial.size_g,
                    lot=lot,
                    expiry=date(expiry.year, expiry.month, 28),
                )

    def _reaction(
        self, ctrl: SessionController, step: Callable[[float], Iterator[datetime]], at: PlannedStep
    ) -> Iterator[datetime]:
        """Chills and a headache at the third step: paused, treated, resolved, resumed at the second step's rate;
        tolerated for 30 minutes, then back up to the third step's rate."""
        plan = ctrl.session.infusion.plan
        assert plan is not None
        lower = plan.steps[at.number - 2].rate_ml_per_h
        onset = ctrl.clock.now()
        ctrl.record_vitals(VitalsInput("116", "70", "102", "20", "38.2", "96", "3"))
        ctrl.record_reaction(
            ReactionInput(
                onset_at=onset,
                symptoms=(Symptom.HEADACHE, Symptom.CHILLS),
                grade=int(Grade.MODERATE),
                rate_at_onset_ml_per_h=str(at.rate_ml_per_h),
                previous_step_rate_ml_per_h=str(lower),
                response=ResponseAction.PAUSE,
                response_rate_ml_per_h=str(lower),
                medications=(MedicationInput("Diphenhydramine", "25", "mg", "IV", onset + minutes(1)),),
                provider_name="Dr Demo Prescriber",
                provider_notified_at=onset + minutes(2),
            )
        )
        yield from step(15)
        ctrl.record_vitals(self._vitals(temp="37.8", pulse=88))
        yield from step(15)
        ctrl.record_vitals(self._vitals(temp="37.2"))
        (reaction,) = ctrl.reactions()
        ctrl.update_reaction(
            ReactionUpdateInput(
                reaction.event_id,
                outcome=ReactionOutcome.RESOLVED,
                resolved_at=ctrl.clock.now(),
                resume_rate_ml_per_h=str(lower),
            )
        )
        yield from step(25)
        ctrl.record_vitals(self._vitals(temp="37.0"))
        yield from step(5)
        ctrl.change_rate(at.rate_ml_per_h, RateChange.STEP_UP)

    def _finish(
        self, ctrl: SessionController, step: Callable[[float], Iterator[datetime]], visit: Visit
    ) -> Iterator[datetime]:
        """Vitals every hour until the volume is in, the end, the flush, observation, discharge, the signature."""
        while True:
            reached = ctrl.session.infusion.estimated_end(ctrl.clock.now())
            assert reached is not None
            if reached <= ctrl.clock.now() + minutes(60):
                break
            yield from step(60)
            ctrl.record_vitals(self._vitals())
        yield reached.replace(second=0, microsecond=0) + minutes(1)
        ctrl.end_infusion(Outcome.COMPLETED)
        ctrl.record_vitals(self._vitals())
        yield from step(2)
        ctrl.record_flush("20")
        observation = 60 if ctrl.session.infusion.plan and ctrl.session.infusion.plan.first_infusion else 30
        yield from step(observation)
        ctrl.record_vitals(self._vitals())
        ctrl.record_discharge(DischargeStatus.HOME_INSTRUCTIONS, "Knows to call for a headache or fever tonight.")
        if visit.sign:
            yield from step(1)
            ctrl.sign_off(attested=True, secret=DEMO_PASSWORD)
