"""A nurse through check-in, checklist, vial scans and premedication, by the pages, with a FakeClock."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.session import Stage
from ivig_desktop.domain.vial_entry import Vial
from ivig_desktop.domain.vials import GS, KnownGtin
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialogs.rate import RateDialog
from ivig_desktop.ui.dialogs.regimen import RegimenDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.page import SessionPage

from .helpers import minutes, open_session, record_vitals_event

# Test GTINs (valid check digits, not real products'): a Privigen 10 g vial and a Gamunex-C 10 g vial.
PRIVIGEN_10G = "09512345678901"
GAMUNEX_10G = "09512345000016"


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def page_of(window: MainWindow) -> SessionPage:
    assert window.session_page is not None
    return window.session_page


def stage(controller: SessionController) -> Stage:
    return controller.session.stage


def create_regimen(qtbot: QtBot, page: SessionPage) -> None:
    tab = page.checkin_tab
    assert tab.edit_regimen_button.text() == "Create regimen…"
    qtbot.mouseClick(tab.edit_regimen_button, Qt.MouseButton.LeftButton)
    dialog = tab.regimen_dialog
    assert isinstance(dialog, RegimenDialog)
    dialog.product.setCurrentIndex(dialog.product.findData("privigen"))
    dialog.indication.setCurrentIndex(dialog.indication.findData("PI"))
    type_into(qtbot, dialog.dose, "0.4")
    dialog.method.setCurrentIndex(dialog.method.findData("actual"))
    type_into(qtbot, dialog.frequency, "every 4 weeks")
    for name in ("Acetaminophen", "Diphenhydramine"):
        type_into(qtbot, dialog.drug, name)
        type_into(qtbot, dialog.drug_dose, "650" if name == "Acetaminophen" else "25")
        qtbot.keyClick(dialog.drug_dose, Qt.Key.Key_Return)  # Enter adds the drug; it does not save the regimen
        assert dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_check_in_checklist_vials_and_premedication(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.workstation.config = dataclasses.replace(
        window.workstation.config,
        gtins={
            PRIVIGEN_10G: KnownGtin(PRIVIGEN_10G, "privigen", Decimal(10)),
            GAMUNEX_10G: KnownGtin(GAMUNEX_10G, "gamunex-c", Decimal(10)),
        },
    )
    controller = open_session(window, clock)
    page = page_of(window)
    assert page.tabs.currentWidget() is page.checkin_tab

    # Check-in: regimen, today's weight, the plan with its working, a double-check, confirm.
    create_regimen(qtbot, page)
    tab = page.checkin_tab
    assert "Privigen 10% for PI: 0.4 g/kg (actual weight), every 4 weeks; label protocol" in tab.regimen_label.text()
    assert "Premedication: Acetaminophen 650 mg PO, Diphenhydramine 25 mg PO" in tab.regimen_label.text()
    assert tab.history_label.text() == "No earlier infusion on record: this is a first infusion."
    type_into(qtbot, tab.weight, "500")
    qtbot.keyClick(tab.weight, Qt.Key.Key_Return)
    assert tab.form.error_for("weight_kg") == "Weight must be between 2 and 350 kg."
    type_into(qtbot, tab.weight, "72.5")
    # The risk screens are asked before the plan: a risk present changes it.
    qtbot.mouseClick(tab.calculate_button, Qt.MouseButton.LeftButton)
    assert tab.form.general_error.text() == (
        "⚠ Answer the renal risk and thrombosis risk screens first: a risk present changes the plan."
    )
    assert tab.plan_summary.text() == ""
    for row in tab.risk_rows.values():
        qtbot.mouseClick(row.buttons[Answer.NO_RISK], Qt.MouseButton.LeftButton)
    assert tab.risk_label.text() == "No (risk screens answered: no risk found)"
    qtbot.mouseClick(tab.calculate_button, Qt.MouseButton.LeftButton)
    assert tab.plan_summary.text().startswith("Privigen 10%: 30 g (1 x 20 g + 1 x 10 g) = 300.0 mL; max 348.0 mL/h")
    assert tab.steps.rowCount() == 5
    assert "21.75 mL/h -> 21.8 mL/h" in tab.working.toPlainText()
    # The same nurse cannot be the second check.
    type_into(qtbot, tab.second_nurse, "Ana Lima, RN")
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    assert tab.confirm_form.error_for("second_nurse") == "The second check must be by another nurse."
    assert stage(controller) is Stage.CHECK_IN
    type_into(qtbot, tab.second_nurse, "Ben Okafor, RN")
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    assert stage(controller) is Stage.PRE_INFUSION
    assert tab.confirmed_label.text().startswith("✓ Plan confirmed at")
    assert "checked by Ben Okafor, RN" in tab.confirmed_label.text()
    assert page.tabs.currentWidget() is page.checks_tab  # the page follows the stage

    # Checklist: a not-applicable answer needs a reason; a risk screen found positive asks to re-plan.
    checks = page.checks_tab
    row = checks.rows["hydration"]
    qtbot.mouseClick(row.buttons[Answer.NOT_APPLICABLE], Qt.MouseButton.LeftButton)
    assert "Say why this item does not apply." in row.error.text()
    type_into(qtbot, row.reason, "Fluid restricted by cardiology")
    qtbot.mouseClick(row.buttons[Answer.NOT_APPLICABLE], Qt.MouseButton.LeftButton)
    assert row.status.text().startswith("✓ Not applicable: Fluid restricted by cardiology")
    for item_id, item_row in checks.rows.items():
        if item_id == "hydration":
            continue
        answer = Answer.RISK_PRESENT if item_id == "renal_risk" else next(iter(item_row.buttons))
        qtbot.mouseClick(item_row.buttons[answer], Qt.MouseButton.LeftButton)
    assert checks.checklist_status.text() == "✓ Checklist complete"
    assert "renal risk present: confirm the plan again with the at-risk cap" in controller.start_blockers()[0]
    # Said loudly where it was answered, and at Check-in with both plans: never a silent change of plan.
    assert checks.plan_change.isVisible() and checks.plan_change.text().startswith("⚠ The plan changes: renal risk")
    assert tab.change_banner.text().startswith("⚠ The plan changes: renal risk present")
    assert "Confirmed: 5 steps, 21.8 to 348.0 mL/h" in tab.change_banner.text()
    assert "(at-risk cap)" in tab.change_banner.text()

    # Vials: a GS1 scan fills lot and expiry; expired and wrong-product vials are refused.
    expired = "01" + PRIVIGEN_10G + "17" + "261031" + "10" + "P9OLD"
    checks.scan_edit.setText(expired)
    qtbot.keyClick(checks.scan_edit, Qt.Key.Key_Return)
    assert (checks.lot.text(), checks.expiry.text()) == ("P9OLD", "2026-10-31")
    qtbot.mouseClick(checks.add_vial_button, Qt.MouseButton.LeftButton)
    assert "This vial expired on 2026-10-31" in checks.form.error_for("expiry")
    wrong = "01" + GAMUNEX_10G + "17" + "280131" + "10" + "G123"
    checks.scan_edit.setText(wrong)
    qtbot.keyClick(checks.scan_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(checks.add_vial_button, Qt.MouseButton.LeftButton)
    assert "brands are never mixed" in checks.form.error_for("product_id")
    assert len(controller.session.vials) == 0

    # The new plan (at-risk cap, renal risk) is already calculated at Check-in; confirm it again, then record the
    # planned vials: one scanned, others typed.
    qtbot.mouseClick(checks.review_plan_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is tab
    assert "the at-risk cap applies" in tab.risk_label.text()
    assert tab.snapshot is not None and tab.snapshot.at_risk
    tab.by_self.setChecked(True)
    type_into(qtbot, tab.retyped_dose, "30")
    type_into(qtbot, tab.retyped_rate, "21.7")
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    plan = controller.session.infusion.plan
    assert plan is not None and plan.at_risk and plan.limits.hard_max_ml_per_h == Decimal("21.7")
    assert not tab.change_banner.isVisibleTo(tab) and not checks.plan_change.isVisibleTo(checks)
    good = "01" + PRIVIGEN_10G + "10" + "P100234" + GS + "21" + "SN001" + GS + "17" + "280131"
    checks.scan_edit.setText(good)
    qtbot.keyClick(checks.scan_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(checks.add_vial_button, Qt.MouseButton.LeftButton)
    recorded: list[Vial] = list(controller.session.vials)
    assert [(v.lot, v.serial, v.scanned) for v in recorded] == [("P100234", "SN001", True)]
    checks.vial_size.setCurrentIndex(checks.vial_size.findData("20"))
    type_into(qtbot, checks.lot, "P100299")
    type_into(qtbot, checks.expiry, "2028-03-31")
    qtbot.keyClick(checks.expiry, Qt.Key.Key_Return)
    assert checks.vials_status.text().startswith("✓ 30 g recorded, as planned")
    assert checks.vials.rowCount() == 2

    # Premedication from the regimen, then the wait counts down; starting early needs a reason.
    premed = page.premed_tab
    qtbot.mouseClick(premed.ordered_buttons[0], Qt.MouseButton.LeftButton)
    assert (premed.drug.text(), premed.dose.text()) == ("Acetaminophen", "650")
    qtbot.mouseClick(premed.give_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(premed.ordered_buttons[1], Qt.MouseButton.LeftButton)
    clock.advance(minutes(2))
    type_into(qtbot, premed.given_at, "25:00")
    qtbot.mouseClick(premed.give_button, Qt.MouseButton.LeftButton)
    assert "not a time" in premed.form.error_for("given_at")
    premed.given_at.clear()
    qtbot.mouseClick(premed.give_button, Qt.MouseButton.LeftButton)
    assert premed.table.rowCount() == 2
    clock.advance(minutes(10))
    premed.refresh()
    assert premed.wait_card.value.text() == "20:00 left"  # 30 min after the second drug, given 2 min after the first

    record_vitals_event(controller)
    infusion = page.infusion_tab
    infusion.refresh()
    assert infusion.start_button.isEnabled()
    qtbot.mouseClick(infusion.start_button, Qt.MouseButton.LeftButton)
    dialog = infusion.dialog
    assert isinstance(dialog, RateDialog)
    assert "premedication wait ends at" in dialog.note.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert "Give a reason to start before the premedication wait ends." in dialog.form.error_for("early_reason")
    assert dialog.reason_edit is not None
    type_into(qtbot, dialog.reason_edit, "Patient must leave by noon; prescriber agreed")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert stage(controller) is Stage.INFUSING
    started = controller.session.effective_events()[-1]
    assert started.payload["early_reason"] == "Patient must leave by noon; prescriber agreed"
    assert started.payload["rate_ml_per_h"] == "21.7"
    # After the start, checks and vials are locked.
    assert not checks.add_vial_button.isEnabled()


def test_lot_look_up_finds_every_patient_and_session(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    from .helpers import ready_to_start

    first = open_session(window, clock, "Chair 1", "Doe")
    second = open_session(window, clock, "Chair 2", "Nguyen")
    for controller in (first, second):
        ready_to_start(controller)  # records the planned vials with lot P100234
    struck = second.session.effective_events()[-2]  # one of chair 2's vials, struck as entered in error
    second.strike(struck.event.id, reason="Scanned twice")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.lot_dialog
    assert dialog is not None
    type_into(qtbot, dialog.lot, " p100 234")
    qtbot.keyClick(dialog.lot, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter searches; it does not close the dialog
    assert dialog.summary.text() == "Lot P100234: 6 vial(s) in 2 session(s), 2 patient(s)."
    patients = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}  # type: ignore[union-attr]
    assert patients == {"DOE, Jane", "NGUYEN, Jane"}
    notes = [dialog.table.item(r, 9).text() for r in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    assert notes.count("entered in error") == 1
    type_into(qtbot, dialog.lot, "NOPE")
    qtbot.keyClick(dialog.lot, Qt.Key.Key_Return)
    assert dialog.summary.text() == "No session received lot NOPE."


def test_a_regimen_change_needs_a_reason_and_earlier_versions_stay_visible(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    open_session(window, clock)
    page = page_of(window)
    create_regimen(qtbot, page)
    tab = page.checkin_tab
    assert not tab.versions_label.isVisible()
    clock.advance(minutes(3))
    qtbot.mouseClick(tab.edit_regimen_button, Qt.MouseButton.LeftButton)
    dialog = tab.regimen_dialog
    assert isinstance(dialog, RegimenDialog)
    assert dialog.dose.text() == "0.4"  # pre-filled from the current version
    type_into(qtbot, dialog.dose, "0.5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Say why the regimen is changing" in dialog.form.error_for("reason")
    type_into(qtbot, dialog.reason, "Dose increased by Dr Ray")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "0.5 g/kg" in tab.regimen_label.text()
    assert "Version 2" in tab.regimen_label.text() and "Dose increased by Dr Ray" in tab.regimen_label.text()
    assert tab.versions_label.isVisible()
    assert "v1 · " in tab.versions_label.text()
    assert "New regimen: Privigen 10% 0.4 g/kg" in tab.versions_label.text()  # the product's name, not its id
