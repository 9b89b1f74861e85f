"""Render every screen offscreen. Set IVIG_SHOTS_DIR to keep the PNGs and look at them."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.people import new_patient_details
from ivig_desktop.ui.dialogs.new_session import NewSessionDialog
from ivig_desktop.ui.dialogs.patient import PatientDialog

from .conftest import MakeWindow


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
    ana = window.workstation.create_nurse("Ana Lima", "RN")
    window.workstation.create_nurse("Ben Okafor", "RN")
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
    tab.calculate()
    window.resize(1400, 900)
    shoot(window, shots_dir, "08-check-in")
    tab.second_nurse.setText("Ben Okafor, RN")
    tab.weight_ack.setChecked(True)
    tab.confirm()
    checks = page.checks_tab
    for item_id in ("identity", "order_consent", "allergies_reactions", "iga"):
        controller.answer_checklist(item_id, Answer.DONE)
    controller.answer_checklist("renal_risk", Answer.NO_RISK)
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
