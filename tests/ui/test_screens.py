"""Render every screen offscreen. Set IVIG_SHOTS_DIR to keep the PNGs and look at them."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.people import new_patient_details
from ivig_desktop.domain.reactions import (
    Grade,
    MedicationInput,
    ReactionInput,
    ReactionOutcome,
    ReactionUpdateInput,
    ResponseAction,
    Symptom,
)
from ivig_desktop.domain.vitals import VitalsInput
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.dialogs.new_session import NewSessionDialog
from ivig_desktop.ui.dialogs.patient import PatientDialog

from .conftest import MakeWindow
from .helpers import PASSWORD


@pytest.fixture
def shots_dir(tmp_path: Path) -> Path:
    return Path(os.environ.get("IVIG_SHOTS_DIR") or tmp_path)


def shoot(widget: QWidget, directory: Path, name: str) -> Path:
    path = directory / f"{name}.png"
    directory.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # let queued layout and show requests run, as the event loop would
    image = widget.grab()
    assert not image.isNull() and image.width() > 100
    assert image.save(str(path))
    return path


def test_render_every_screen(qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, shots_dir: Path) -> None:
    window = make_window()
    shoot(window, shots_dir, "01-sign-in-first-run")
    ana = window.workstation.create_nurse("Ana Lima", "RN", PASSWORD, PASSWORD)
    window.workstation.create_nurse("Ben Okafor", "RN", PASSWORD, PASSWORD, authoriser=ana, authoriser_secret=PASSWORD)
    window.sign_in_page.refresh()
    shoot(window, shots_dir, "02-sign-in")
    window.workstation.sign_in(ana)
    window.sign_in_page.signed_in.emit()
    shoot(window, shots_dir, "03-board-empty")

    patient_dialog = PatientDialog(window.workstation, window)
    patient_dialog.family_name.setText("Doe")
    patient_dialog.date_of_birth.setText("1956-02-30")
    patient_dialog.weight_kg.setText("400")
    patient_dialog.save()
    patient_dialog.show()
    shoot(patient_dialog, shots_dir, "04-new-patient-errors")
    patient_dialog.close()

    people = [
        ("Doe", "Jane", "1956-03-12", "MRN-001", "F", "165", "72.5", "Penicillin (rash)", "Chair 1"),
        ("Nguyen", "Minh", "1988-07-01", "MRN-002", "M", "172", "81", "NKDA", "Chair 2"),
        ("Okonkwo", "Grace", "1971-12-24", "", "F", "", "64", "Latex", "Chair 3"),
        ("Smith", "Robert", "1949-05-05", "MRN-004", "M", "180", "95.2", "Sulfa drugs", "Chair 4"),
    ]
    for family, given, born, mrn, sex, height, weight, allergies, chair in people:
        details = new_patient_details(
            family_name=family,
            given_name=given,
            date_of_birth=born,
            mrn=mrn,
            sex=sex,
            height_cm=height,
            weight_kg=weight,
            allergies=allergies,
            today=clock.now().date(),
        )
        patient = window.workstation.create_patient(details)
        window.workstation.open_session(patient.id, chair)
        clock.advance(timedelta(minutes=7))

    dialog = NewSessionDialog(window.workstation, window)
    dialog.search.setText("o")
    dialog.show()
    shoot(dialog, shots_dir, "05-new-session")
    dialog.close()

    window.board.select_position(1)
    page = window.session_page
    assert page is not None
    page.controller.add_note("22G cannula left forearm, flushes well.")
    clock.advance(timedelta(minutes=3))
    note = page.controller.add_note("Patient reports mild headache before start.")
    page.controller.amend_note(note.id, reason="Typed in the wrong chart", new_text="No headache.")
    clock.advance(timedelta(minutes=20))
    window.tick()
    shoot(window, shots_dir, "06-board-and-session")


def test_render_infusion(qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, shots_dir: Path) -> None:
    from ivig_desktop.domain.infusion import RateChange

    from .helpers import D, minutes, open_session, ready_to_start, record_vitals_event

    window = make_window()
    chairs = []
    for number, family in enumerate(("Doe", "Nguyen", "Okonkwo", "Smith"), start=1):
        controller = open_session(window, clock, f"Chair {number}", family)
        ready_to_start(controller)
        chairs.append(controller)
        clock.advance(minutes(4))
    first = chairs[0]
    first.start_infusion(D("21.8"))
    clock.advance(minutes(31))
    record_vitals_event(first)
    first.change_rate(D("43.5"), RateChange.STEP_UP)
    chairs[1].start_infusion(D("21.8"))
    chairs[1].pause("IV site check")
    clock.advance(minutes(21))
    window.board.select_position(1)
    window.tick()
    shoot(window, shots_dir, "07-infusion")


def test_render_pre_infusion(qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, shots_dir: Path) -> None:
    from ivig_desktop.domain.checklist import Answer
    from ivig_desktop.domain.premed import validate_drug
    from ivig_desktop.domain.regimen import new_regimen

    from .helpers import minutes, open_session

    window = make_window()
    controller = open_session(window, clock)
    config = window.workstation.config
    regimen = new_regimen(
        catalog=config.catalog,
        ladders=config.ladders,
        product_id="privigen",
        indication="PI",
        dose_g_per_kg="0.4",
        dosing_weight_method="auto",
        frequency="every 4 weeks",
        weight_kg="80",
        premeds=[validate_drug("Acetaminophen", "650", "mg", "PO"), validate_drug("Diphenhydramine", "25", "mg", "PO")],
        personal_max_mg_per_kg_min="4",
    )
    window.workstation.save_regimen(controller.patient.id, regimen, "")
    page = window.session_page
    assert page is not None
    tab = page.checkin_tab
    tab.refresh()
    tab.weight.setText("72.5")
    for row in tab.risk_rows.values():
        row.answer(Answer.NO_RISK)
    tab.calculate()
    window.resize(1400, 900)
    shoot(window, shots_dir, "08-check-in")
    tab.second_nurse.setText("Ben Okafor, RN")
    tab.weight_ack.setChecked(True)
    tab.confirm()
    checks = page.checks_tab
    for item_id in ("identity", "order_consent", "allergies_reactions", "iga"):
        controller.answer_checklist(item_id, Answer.DONE)
    checks.scan_edit.setText("0109512345678901172610311" + "0P9OLD")
    checks.scanned()
    checks.add_vial()
    page.tabs.setCurrentWidget(checks)
    shoot(window, shots_dir, "09-checks-and-vials")
    premed = page.premed_tab
    premed.fill(regimen.premeds[0])
    premed.give()
    clock.advance(minutes(6))
    page.tabs.setCurrentWidget(premed)
    premed.refresh()
    shoot(window, shots_dir, "10-premedication")


def test_render_vitals_and_reactions(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, shots_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    ana = window.workstation.create_nurse("Ana Lima", "RN", PASSWORD, PASSWORD)
    window.workstation.sign_in(ana)
    window.sign_in_page.signed_in.emit()
    details = new_patient_details(
        family_name="Doe",
        given_name="Jane",
        date_of_birth="1956-03-12",
        mrn="MRN-001",
        sex="F",
        height_cm="165",
        weight_kg="72.5",
        allergies="Penicillin (rash)",
        today=clock.now().date(),
    )
    patient = window.workstation.create_patient(details)
    controller = window.workstation.open_session(patient.id, "Chair 1")
    window.board.select_position(1)
    page = window.session_page
    assert page is not None
    start = clock.now()

    def at(minutes: int) -> datetime:
        return start + timedelta(minutes=minutes)

    rates = [(at(10), Decimal(30)), (at(40), Decimal(60)), (at(70), Decimal(120)), (at(97), Decimal(0))]
    monkeypatch.setattr(controller, "rate_history", lambda: rates)
    sets = [
        (5, ("131", "82", "76", "16", "36.8", "98", "0", "72.5")),
        (25, ("128", "80", "80", "16", "36.9", "98", "0", "")),
        (55, ("124", "78", "88", "18", "37.4", "97", "1", "")),
        (95, ("102", "64", "124", "22", "38.2", "93", "3", "")),
    ]
    for minutes, values in sets:
        clock.set_wall_time(at(minutes))
        controller.record_vitals(VitalsInput(*values))
    clock.set_wall_time(at(100))
    controller.record_reaction(
        ReactionInput(
            onset_at=at(93),
            symptoms=[Symptom.CHILLS, Symptom.HEADACHE, Symptom.FEVER],
            grade=2,
            rate_at_onset_ml_per_h="120",
            previous_step_rate_ml_per_h="90",
            response=ResponseAction.PAUSE,
            response_rate_ml_per_h="60",
            # SpO2 5 points below baseline at 95 min: the proposal is to wait for the prescriber's order.
            deviation_reason="Dr Ray ordered a resume at 60 mL/h once settled",
            provider_name="Dr Ray",
            provider_notified_at=at(96),
            medications=[MedicationInput("Acetaminophen", "650", "mg", "PO", at(98))],
        )
    )
    clock.set_wall_time(at(125))
    controller.record_vitals(VitalsInput("118", "74", "92", "18", "37.6", "97", "1"))
    reaction = controller.reactions()[0]
    controller.update_reaction(
        ReactionUpdateInput(
            reaction.event_id,
            outcome=ReactionOutcome.RESOLVED,
            resolved_at=at(125),
            resume_rate_ml_per_h="60",
            deviation_reason="On Dr Ray's order",
        )
    )
    rates.append((at(127), Decimal(60)))
    clock.set_wall_time(at(130))
    page.refresh()
    page.tabs.setCurrentWidget(page.vitals_tab)
    tab = page.vitals_tab
    tab.refresh()
    shoot(window, shots_dir, "10-vitals-tab-blood-pressure")
    tab.chart.show_panel("temp")
    shoot(tab.chart, shots_dir, "11-vitals-chart-temperature")
    tab.chart.show_panel("hr")
    shoot(tab.chart, shots_dir, "12-vitals-chart-heart-rate")
    tab.trend.setCurrentWidget(tab.table)
    shoot(tab, shots_dir, "13-vitals-table")

    # The form after a flagged save during an infusion, with the reaction offer.
    monkeypatch.setattr(controller, "infusion_running", lambda: True)
    monkeypatch.setattr(controller, "current_rate_ml_per_h", lambda: Decimal(60))
    monkeypatch.setattr(controller, "previous_step_rate_ml_per_h", lambda: Decimal(30))
    form = tab.form
    for name, text in zip(form.edits, ("95", "60", "118", "20", "37.9", "91", "2", ""), strict=True):
        form.edits[name].setText(text)
    form.time_edit.setText(fmt.time_hm(at(110)))
    form.save()
    tab.trend.setCurrentWidget(tab.chart)
    tab.chart.show_panel("bp")
    shoot(window, shots_dir, "14-vitals-flag-offers-reaction")

    form.edits["systolic_mmhg"].setText("300")
    form.edits["diastolic_mmhg"].setText("80")
    form.edits["temperature"].setText("37.25")
    form.time_edit.setText("25:00")
    form.save()
    shoot(tab.form, shots_dir, "15-vitals-form-errors")

    form.offer_button.click()
    dialog = tab.reaction_dialog
    assert dialog is not None
    dialog.grade_buttons[Grade.MODERATE].setChecked(True)
    dialog.add_medication().name.setText("Diphenhydramine")
    shoot(dialog, shots_dir, "16-reaction-dialog")
    # A rash with the SpO2 of 91% (7 points below baseline) just recorded: anaphylaxis, whatever grade is ticked.
    dialog.symptom_boxes[Symptom.RASH_URTICARIA].setChecked(True)
    dialog.grade_buttons[Grade.MILD].setChecked(True)
    assert dialog.response_box.disagreement_label.isVisibleTo(dialog)
    assert "Give epinephrine (adrenaline) 0.5 mg IM" in dialog.proposal_label.text()
    shoot(dialog, shots_dir, "16b-reaction-dialog-anaphylaxis-disagrees")
    dialog.symptom_boxes[Symptom.RASH_URTICARIA].setChecked(False)
    dialog.grade_buttons[Grade.LIFE_THREATENING].setChecked(True)
    dialog.symptom_boxes[Symptom.ANAPHYLAXIS_SIGNS].setChecked(True)
    dialog.save()
    shoot(dialog, shots_dir, "17-reaction-dialog-grade-4-errors")
    dialog.reject()

    outcome = tab.open_outcome_dialog()
    assert outcome is not None
    shoot(outcome, shots_dir, "18-reaction-outcome")
    outcome.reject()

    first = controller.vitals_history().readings[0].event_id
    page.tabs.setCurrentIndex(0)
    page.open_correction(first)
    correction = page.amend_dialog
    assert correction is not None
    shoot(correction, shots_dir, "19-correct-vitals")
    correction.edits["systolic_mmhg"].setText("130")  # type: ignore[attr-defined]
    correction.reason.setText("Typed 131 for 130")  # type: ignore[attr-defined]
    correction.save()  # type: ignore[attr-defined]
    page.timeline.select_event(first)
    page.open_strike(controller.session.notes[0].event.id if controller.session.notes else first)
    assert page.amend_dialog is not None
    shoot(page.amend_dialog, shots_dir, "20-mark-entered-in-error")
    page.amend_dialog.reject()
    shoot(window, shots_dir, "21-record-with-corrections")


def test_render_after_lock_and_audit(qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, shots_dir: Path) -> None:
    from ivig_desktop.domain.infusion import Outcome

    from .helpers import D, minutes, open_session, ready_to_start, record_vitals_event

    window = make_window()
    window.resize(1400, 900)
    controller = open_session(window, clock, "Chair 2", "Okonkwo")
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(20))
    note = controller.add_note("Cannula site: no swelling.")
    controller.amend_note(note.id, reason="Wrong arm noted", new_text="Cannula site (right arm): no swelling.")
    clock.advance(minutes(5))
    controller.end_infusion(Outcome.STOPPED, "Patient asked to stop")
    controller.record_flush("20")
    clock.advance(minutes(12))
    record_vitals_event(controller)
    window.tick()
    page = window.session_page
    assert page is not None
    shoot(window, shots_dir, "11-after-and-sign-off")
    page.tabs.setCurrentWidget(page.record_tab)
    shoot(window, shots_dir, "14-record")
    page.open_audit()
    assert page.audit_dialog is not None
    page.audit_dialog.resize(1300, 560)
    page.audit_dialog.show()
    shoot(page.audit_dialog, shots_dir, "12-audit-trail")
    page.audit_dialog.close()
    window.workstation.lock()
    window.tick()
    shoot(window, shots_dir, "13-locked")
