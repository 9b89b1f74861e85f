"""A whole session built through the controller (the same commands the pages use), for the reports tests.

Jane DOE, MRN MRN-00417: Privigen 10% 35 g (two lots), premedication, baseline vitals, start at 21.8 mL/h, steps
up with vitals first, a grade 2 reaction at 87.0 mL/h (fever flagged, paused, diphenhydramine IV, resolved, resumed
at 43.5 mL/h), a late vitals entry, a note corrected and a vitals set corrected, steps up to the end of the volume,
flush, post-infusion vitals, discharge and the signature.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from ivig_desktop.domain.body import DosingWeightMethod
from ivig_desktop.domain.catalog import Indication
from ivig_desktop.domain.checkin import DoubleCheck, DoubleCheckMethod
from ivig_desktop.domain.checklist import Answer, ItemKind
from ivig_desktop.domain.clinic import ClinicIdentity
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.config import ClinicConfig, load_clinic_config
from ivig_desktop.domain.infusion import Outcome, RateChange
from ivig_desktop.domain.people import new_patient_details
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
from ivig_desktop.paths import resources_dir
from ivig_desktop.store.database import open_database
from ivig_desktop.store.sql import Database
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.workstation import Workstation
from tests.ui.helpers import privigen_plan

D = Decimal
T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
NORMAL = VitalsInput("128", "76", "72", "16", "36.8", "98", "0")
LOT_A = "P100234"
LOT_B = "P100511"
MRN = "MRN-00417"
STAFF_ID = "RN-204518"
PRESCRIBER = "Dr A. Shah"
# The clinic the test records belong to: its zone is not the machine's (tests/reports/test_time_zones.py).
CLINIC = ClinicIdentity(
    name="Riverside Infusion Clinic",
    address="12 River Road\nSpringfield ON  K1A 0B1",
    time_zone="America/Toronto",
    mrn_system="urn:oid:2.16.840.1.113883.3.1234.1",
    staff_id_system="urn:oid:2.16.840.1.113883.3.1234.2",
)


def clinic_config() -> ClinicConfig:
    return dataclasses.replace(load_clinic_config(resources_dir()), clinic=CLINIC)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


@dataclass
class Built:
    workstation: Workstation
    controller: SessionController
    clock: FakeClock

    @property
    def db(self) -> Database:
        return self.workstation.db

    @property
    def session_id(self) -> int:
        return self.controller.session_id

    def close(self) -> None:
        close_workstation(self.workstation)


def close_workstation(ws: Workstation) -> None:
    """Close the database and delete the workstation's Qt objects now, while the application still runs (left to
    the garbage collector at exit, PySide6 objects may outlive the QApplication)."""
    import shiboken6

    ws.db.close()
    if shiboken6.isValid(ws):
        shiboken6.delete(ws)


PASSWORD = "correct horse 1"


def workstation(db_path: Path, clock: FakeClock) -> Workstation:
    return Workstation(open_database(db_path), clock, db_path, clinic_config())


def sign_in(ws: Workstation, name: str = "Ana Lima") -> None:
    known = {n.name: n for n in ws.nurses()}
    staff_id = STAFF_ID if name == "Ana Lima" else ""
    ws.sign_in(known[name] if name in known else ws.create_nurse(name, "RN", PASSWORD, PASSWORD, staff_id=staff_id))


def new_patient(ws: Workstation, clock: FakeClock, family: str = "Doe", mrn: str = MRN) -> int:
    details = new_patient_details(
        family_name=family,
        given_name="Jane",
        date_of_birth="1956-03-12",
        mrn=mrn,
        sex="F",
        height_cm="165",
        weight_kg="72.5",
        allergies="Penicillin (rash)",
        today=clock.now().date(),
    )
    patient = ws.create_patient(details)
    ws.save_regimen(
        patient.id,
        Regimen(
            product_id="privigen",
            indication=Indication.PI,
            dose_g_per_kg=D("0.5"),
            dosing_weight_method=DosingWeightMethod.ACTUAL,
            frequency="every 4 weeks",
            weight_kg=D("72.5"),
            premeds=(
                PremedDrug("Acetaminophen", D(650), "mg", Route.PO),
                PremedDrug("Diphenhydramine", D(25), "mg", Route.PO),
            ),
            prescriber=PRESCRIBER,
        ),
        "",
    )
    return patient.id


def prepare(controller: SessionController) -> None:
    """Checklist (the risk screens come before the plan), plan, vials of two lots, premedication, baseline vitals."""
    plan = privigen_plan()
    for item in controller.config.checklist.items:
        answer = Answer.DONE if item.kind is ItemKind.CHECK else Answer.NO_RISK
        controller.answer_checklist(item.id, answer)
    controller.confirm_plan(
        plan,
        weight_kg=D("72.5"),
        regimen_weight_kg=D("72.5"),
        inputs={"product": plan.product_id},
        double_check=DoubleCheck(DoubleCheckMethod.SECOND_NURSE, "Ben Okafor, RN"),
    )
    controller.record_vial(
        product_id="privigen",
        size_g=D(20),
        lot=LOT_A,
        expiry=date(2028, 1, 31),
        gtin="07612345000015",
        serial=f"SN{controller.session_id:04d}",  # a vial is used once: each session scans its own
        scanned=True,
    )
    controller.record_vial(product_id="privigen", size_g=D(10), lot=LOT_B, expiry=date(2027, 9, 30))
    controller.record_vial(product_id="privigen", size_g=D(5), lot=LOT_B, expiry=date(2027, 9, 30))
    controller.record_premed(PremedDrug("Acetaminophen", D(650), "mg", Route.PO))
    controller.record_premed(PremedDrug("Diphenhydramine", D(25), "mg", Route.PO))
    controller.record_vitals(VitalsInput("131", "82", "76", "16", "36.8", "98", "0", "72.5"))


def full_session(db_path: Path, clock: FakeClock, *, sign: bool = True) -> Built:
    ws = workstation(db_path, clock)
    sign_in(ws)
    patient_id = new_patient(ws, clock)
    clock.advance(minutes(5))
    controller = ws.open_session(patient_id, "Chair 3")
    run_session(controller, clock, sign=sign)
    return Built(ws, controller, clock)


def run_session(controller: SessionController, clock: FakeClock, *, sign: bool = True) -> None:
    prepare(controller)
    clock.advance(minutes(30))  # the premedication wait
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(15))
    controller.record_vitals(NORMAL)
    clock.advance(minutes(15))
    controller.record_vitals(NORMAL)
    controller.change_rate(D("43.5"), RateChange.STEP_UP)
    note = controller.add_note("Patient comfortable, reading.")
    clock.advance(minutes(30))
    controller.record_vitals(VitalsInput("160", "82", "74", "16", "36.9", "98", "0"))  # a typo, corrected below
    controller.change_rate(D("87.0"), RateChange.STEP_UP)
    typo = controller.session.effective_events()[-2].event.id
    controller.amend_vitals(
        typo, reason="Typed 160 for 130", values=VitalsInput("130", "82", "74", "16", "36.9", "98", "0")
    )
    controller.amend_note(note.id, reason="Wrong patient activity", new_text="Patient comfortable, sleeping.")
    clock.advance(minutes(15))
    onset = clock.now()
    controller.record_vitals(VitalsInput("118", "70", "104", "20", "38.3", "96", "3"))  # fever: flagged
    controller.record_reaction(
        ReactionInput(
            onset_at=onset,
            symptoms=(Symptom.HEADACHE, Symptom.CHILLS),
            grade=int(Grade.MODERATE),
            rate_at_onset_ml_per_h="87.0",
            previous_step_rate_ml_per_h="43.5",
            response=ResponseAction.PAUSE,
            response_rate_ml_per_h="43.5",
            medications=(MedicationInput("Diphenhydramine", "25", "mg", "IV", onset + minutes(1)),),
            provider_name="Dr Rao",
            provider_notified_at=onset + minutes(2),
        )
    )
    clock.advance(minutes(25))
    # Vitals taken 10 minutes after the onset, written 25 minutes after it: a late entry.
    controller.record_vitals(VitalsInput("124", "74", "92", "18", "37.9", "97", "1"), occurred_at=onset + minutes(10))
    (reaction,) = controller.reactions()
    controller.update_reaction(
        ReactionUpdateInput(
            reaction.event_id, outcome=ReactionOutcome.RESOLVED, resolved_at=clock.now(), resume_rate_ml_per_h="43.5"
        )
    )
    clock.advance(minutes(30))
    controller.record_vitals(VitalsInput("126", "76", "80", "16", "37.2", "98", "0"))
    controller.change_rate(D("87.0"), RateChange.STEP_UP)
    clock.advance(minutes(30))
    controller.record_vitals(VitalsInput("122", "76", "78", "16", "37.0", "98", "0"))
    controller.change_rate(D("174.0"), RateChange.STEP_UP)
    reached = controller.session.infusion.estimated_end(clock.now())
    assert reached is not None
    # The nurse confirms the end at the next whole minute after the pump reached the volume.
    clock.advance(reached.replace(second=0, microsecond=0) - clock.now() + minutes(1))
    controller.end_infusion(Outcome.COMPLETED)
    controller.record_flush("20")
    clock.advance(minutes(30))
    controller.record_vitals(VitalsInput("124", "78", "76", "16", "36.9", "98", "0"))
    controller.record_discharge(DischargeStatus.HOME_INSTRUCTIONS, "Told to call for headache or fever tonight.")
    if sign:
        clock.advance(minutes(1))
        controller.sign_off(attested=True, secret=PASSWORD)
