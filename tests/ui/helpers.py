"""Shared steps for UI tests: a signed-in window with a session, brought to a given stage through the same
controller commands the pages use."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from ivig_desktop.domain.checkin import DoubleCheck, DoubleCheckMethod
from ivig_desktop.domain.checklist import Answer, ItemKind
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.infusion import PlannedStep, PlanSnapshot, RateLimits, VialCount
from ivig_desktop.domain.people import new_patient_details
from ivig_desktop.domain.vitals import VitalsInput
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.main_window import MainWindow

D = Decimal
PASSWORD = "correct horse 1"  # every test nurse's password


def privigen_plan() -> PlanSnapshot:
    """Privigen 10%, 72.5 kg, 0.5 -> 1 -> 2 -> 4 mg/kg/min every 30 min (PI label 0.5 then as tolerated, clinic
    doubling), 35 g = 350 mL. 1 mg/kg/min = 0.6 mL/kg/h; x 72.5 kg = 43.5 mL/h."""
    rates = [("21.8", "0.5"), ("43.5", "1"), ("87", "2"), ("174", "4")]
    steps = tuple(
        PlannedStep(i + 1, D(r), None if i == 3 else 30, "label" if i == 0 else "clinic", D(mg))
        for i, (r, mg) in enumerate(rates)
    )
    return PlanSnapshot(
        product_id="privigen",
        product_name="Privigen 10%",
        concentration_percent=D(10),
        dose_g=D(35),
        volume_ml=D(350),
        steps=steps,
        limits=RateLimits(D("348"), "Privigen label maximum 8 mg/kg/min"),
        vials=(VialCount(D(20), 1), VialCount(D(10), 1), VialCount(D(5), 1)),
        vial_sizes_g=(D(5), D(10), D(20), D(40)),
        working=("Privigen 10% PI: 0.5 mg/kg/min x 72.5 kg x 60 / 100 mg/mL = 21.75 mL/h -> 21.8 mL/h",),
    )


def open_session(
    window: MainWindow, clock: FakeClock, chair: str = "Chair 1", family: str = "Doe"
) -> SessionController:
    workstation = window.workstation
    if workstation.nurse is None:
        nurse = workstation.create_nurse("Ana Lima", "RN", PASSWORD, PASSWORD)
        workstation.sign_in(nurse)
        window.sign_in_page.signed_in.emit()
    details = new_patient_details(
        family_name=family,
        given_name="Jane",
        date_of_birth="1956-03-12",
        mrn="",
        sex="F",
        height_cm="165",
        weight_kg="72.5",
        allergies="NKDA",
        today=clock.now().date(),
    )
    patient = workstation.create_patient(details)
    controller = workstation.open_session(patient.id, chair)
    window.show_session(controller.session_id)
    return controller


NORMAL_VITALS = VitalsInput("128", "76", "72", "16", "36.8", "98", "0")


def record_vitals_event(controller: SessionController, values: VitalsInput = NORMAL_VITALS) -> None:
    """A normal vitals set taken now, recorded as the vitals form records it."""
    controller.record_vitals(values)


def answer_risk_screens(controller: SessionController, **answers: Answer) -> None:
    """The risk screens (renal, thrombosis), answered before the plan is calculated or confirmed: no risk found
    unless a screen is named with another answer."""
    for item in controller.config.checklist.items:
        if item.sets_at_risk:
            controller.answer_checklist(item.id, answers.get(item.id, Answer.NO_RISK))


def ready_to_start(controller: SessionController, plan: PlanSnapshot | None = None) -> None:
    """Answer the checklist (the risk screens come before the plan), confirm the plan, record the vials and
    baseline vitals."""
    plan = plan or privigen_plan()
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
    for vial in plan.vials:
        for _ in range(vial.count):
            controller.record_vial(
                product_id=plan.product_id, size_g=vial.size_g, lot="P100234", expiry=date(2028, 1, 31)
            )
    record_vitals_event(controller)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)
