"""The order as every screen shows it (issue 11, items 3, 5 and 6): an off-label order is refused in the regimen
until ticked with the prescriber's name, then says OFF-LABEL at check-in, in the session header, on the board card
and in the printed record; a course says which day today is; a plan too long for the chair proposes a split."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.regimen import new_regimen
from ivig_desktop.reports.document import summary_html
from ivig_desktop.reports.summary import build_summary
from ivig_desktop.ui.dialogs.regimen import RegimenDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.page import SessionPage

from .helpers import answer_risk_screens, open_session

SHOTS = os.environ.get("IVIG_SHOTS_DIR")  # set to a folder to keep the screens rendered here (not committed)


def shoot(widget: QWidget, name: str) -> None:
    """Render the widget offscreen, always (a broken paint fails the test); keep the PNG when asked."""
    QApplication.processEvents()  # let a resize and new board cards lay out first
    image = widget.grab()
    assert not image.isNull()
    if SHOTS:
        image.save(str(Path(SHOTS) / f"{name}.png"))


def page_of(window: MainWindow) -> SessionPage:
    assert window.session_page is not None
    return window.session_page


def test_an_off_label_order_from_the_regimen_to_the_record(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    controller = open_session(window, clock)
    page = page_of(window)
    tab = page.checkin_tab
    qtbot.mouseClick(tab.edit_regimen_button, Qt.MouseButton.LeftButton)
    dialog = tab.regimen_dialog
    assert isinstance(dialog, RegimenDialog)
    dialog.product.setCurrentIndex(dialog.product.findData("privigen"))
    dialog.indication.setCurrentIndex(dialog.indication.findData("MMN"))
    assert "Privigen 10% is labelled for PI, ITP, CIDP." in dialog.labelled.text()
    assert "This indication is not" in dialog.labelled.text()
    dialog.dose.setText("1")
    dialog.frequency.setText("every 4 weeks")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused, beside the indication, naming the labelled ones
    assert "its labelled indications are PI, ITP, CIDP" in (dialog.form.error_for("indication") or "")
    dialog.off_label.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # one prescriber field: the ordering prescriber is the off-label order's prescriber, asked for once
    assert dialog.form.error_for("prescriber") == ("Name the prescriber of this off-label order.")
    dialog.prescriber.setText("Dr A. Moreau")
    shoot(dialog, "regimen-off-label")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    version = controller.regimen()
    assert version is not None and version.regimen.off_label_prescriber == "Dr A. Moreau"
    assert version.regimen.prescriber == "Dr A. Moreau"

    # before the plan is confirmed, the header and the board say it from the regimen
    assert tab.regimen_label.text().startswith("OFF-LABEL: ordered off-label by Dr A. Moreau")
    assert page.order_label.text() == "⚠ OFF-LABEL: MMN ordered off-label by Dr A. Moreau"
    card = window.board.cards[0]
    assert card.order_label.text() == "⚠ OFF-LABEL" and "OFF-LABEL" in card.accessibleName()

    answer_risk_screens(controller)  # the risk screens come before the plan
    tab.weight.setText("72.5")
    qtbot.mouseClick(tab.calculate_button, Qt.MouseButton.LeftButton)
    assert tab.plan_box.order_label.isVisibleTo(tab)
    assert tab.plan_box.order_label.text().startswith("⚠ OFF-LABEL: MMN is not on the label (labelled: PI, ITP, CIDP)")
    window.resize(1400, 900)
    shoot(window, "check-in-off-label")
    tab.second_nurse.setText("Ben Okafor, RN")
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    plan = controller.session.infusion.plan
    assert plan is not None and plan.off_label.startswith("OFF-LABEL: MMN is not on the label")
    assert page.order_label.text().startswith("⚠ OFF-LABEL: MMN is not on the label")
    assert card.order_label.text() == "⚠ OFF-LABEL"
    shoot(window, "header-and-board-off-label")
    shoot(card, "board-card-off-label")

    # the printed record: a visible OFF-LABEL line where the plan is printed
    summary = build_summary(window.workstation.db, controller.session_id, window.workstation.config)
    assert summary.plan is not None and summary.plan.off_label == plan.off_label
    html = summary_html(summary)
    assert "<th>OFF-LABEL</th>" in html or ">OFF-LABEL<" in html
    assert "MMN is not on the label (labelled: PI, ITP, CIDP); ordered by Dr A. Moreau" in html


def test_a_course_day_and_a_split_at_check_in(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    controller = open_session(window, clock)
    config = window.workstation.config
    course = new_regimen(
        catalog=config.catalog,
        ladders=config.ladders,
        product_id="privigen",
        indication="ITP",
        dose_g_per_kg="1",
        dosing_weight_method="actual",
        frequency="once",
        weight_kg="72.5",
        course_days="2",
    )
    window.workstation.save_regimen(controller.patient.id, course, "")
    page = page_of(window)
    tab = page.checkin_tab
    tab.refresh()
    assert tab.form.rows["course_day"].editor.isVisibleTo(tab)
    assert (tab.course_day.value(), tab.course_day.suffix()) == (1, " of 2")
    tab.course_day.setValue(2)
    answer_risk_screens(controller)  # the risk screens come before the plan
    tab.weight.setText("72.5")
    tab.calculate()
    assert tab.plan_box.order_label.text() == "Day 2 of 2: 1 g/kg today of a 2 g/kg course"
    assert tab.plan is not None and tab.plan.split is None  # 72.5 g at up to 348 mL/h: about 3 h
    tab.second_nurse.setText("Ben Okafor, RN")
    tab.confirm()
    assert page.order_label.text() == "Day 2 of 2"
    assert window.board.cards[0].order_label.text() == "Day 2 of 2"

    # At risk the plan holds the clinic's minimum practicable rate, 0.5 mg/kg/min = 21.7 mL/h: today's 72.5 g ->
    # 75 g = 750 mL takes 34 h 34 min; over 5 days 14.5 g -> 15 g = 150 mL = 6 h 55 min fits in 8 h. A course is
    # re-ordered by the prescriber: the split is shown, without the button that re-orders a single infusion.
    controller.answer_checklist("renal_risk", Answer.RISK_PRESENT)
    tab.calculate()
    assert tab.plan is not None and tab.plan.split is not None and tab.plan.split.days == 5
    assert tab.plan_box.split_label.text().startswith("Longer than the chair time: 5 days: 15 g a day")
    assert not tab.plan_box.split_button.isVisibleTo(tab)
    page.tabs.setCurrentWidget(tab)
    window.resize(1400, 900)
    shoot(window, "check-in-course-split")


def test_a_single_infusion_too_long_for_the_chair_can_be_reordered_as_a_course(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Privigen PI 0.8 g/kg at risk, 72.5 kg: 58 g -> 60 g = 600 mL at 21.7 mL/h takes 27 h 39 min; over 4 days
    14.5 g -> 15 g = 150 mL = 6 h 55 min fits. The button opens the regimen with 4 days of 0.2 g/kg a day."""
    controller = open_session(window, clock)
    config = window.workstation.config
    single = new_regimen(
        catalog=config.catalog,
        ladders=config.ladders,
        product_id="privigen",
        indication="PI",
        dose_g_per_kg="0.8",
        dosing_weight_method="actual",
        frequency="every 4 weeks",
        weight_kg="72.5",
    )
    window.workstation.save_regimen(controller.patient.id, single, "")
    answer_risk_screens(controller, renal_risk=Answer.RISK_PRESENT)
    tab = page_of(window).checkin_tab
    tab.refresh()
    assert not tab.form.rows["course_day"].editor.isVisibleTo(tab)
    assert not tab.plan_box.split_button.isVisibleTo(tab)  # nothing to split before a plan is calculated
    tab.weight.setText("72.5")
    tab.calculate()
    assert tab.plan is not None and tab.plan.split is not None and tab.plan.split.days == 4
    assert tab.plan_box.split_button.isVisibleTo(tab)
    window.resize(1400, 900)
    shoot(window, "check-in-split")
    qtbot.mouseClick(tab.plan_box.split_button, Qt.MouseButton.LeftButton)
    dialog = tab.regimen_dialog
    assert isinstance(dialog, RegimenDialog)
    assert (dialog.course_days.value(), dialog.dose.text()) == (4, "0.2")  # the prescriber confirms, with a reason
    dialog.reject()
