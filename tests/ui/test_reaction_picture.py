"""The reaction dialog reads the picture: the symptoms ticked and the vital signs recorded in the session. It says
when the grade chosen and the picture disagree, proposes the anaphylaxis response (with the epinephrine dose from
today's weight) whatever grade is ticked, and records both the grade and the picture's assessment."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.reactions import Grade, ResponseAction, Symptom
from ivig_desktop.domain.vitals import VitalsInput
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.widgets.reaction_dialog import ReactionDialog

from .helpers import D, minutes, open_session, ready_to_start


def infusing(window: MainWindow, clock: FakeClock) -> SessionController:
    """A running infusion at 21.8 mL/h, 20 minutes in (baseline 128/76, SpO2 98%)."""
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(20))
    return controller


def open_dialog(qtbot: QtBot, window: MainWindow) -> ReactionDialog:
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.vitals_tab)
    qtbot.mouseClick(page.vitals_tab.record_reaction_button, Qt.MouseButton.LeftButton)
    dialog = page.vitals_tab.reaction_dialog
    assert isinstance(dialog, ReactionDialog) and dialog.isVisible()
    return dialog


def test_a_rash_with_a_falling_spo2_graded_1_is_anaphylaxis_and_the_dialog_says_so(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    controller = infusing(window, clock)
    controller.record_vitals(VitalsInput("124", "74", "84", "18", "36.9", "94", "0"))  # SpO2 4 points down
    clock.advance(minutes(2))
    dialog = open_dialog(qtbot, window)
    box = dialog.response_box
    dialog.symptom_boxes[Symptom.RASH_URTICARIA].click()
    # Before any grade: the picture is shown already.
    assert box.picture_label.isVisible()
    assert box.picture_label.text().startswith("⚠ Anaphylaxis (NIAID/FAAN 2006, WAO 2020), criterion 1")
    assert "SpO2 94% is 4 points below baseline 98% (drop ≥ 3 points): hypoxaemia" in box.picture_label.text()
    assert dialog.proposal_label.text() == "Choose the grade to see the proposed response."

    dialog.grade_buttons[Grade.MILD].click()
    assert box.disagreement_label.isVisible()
    assert box.disagreement_label.text().startswith(
        "⚠ Grade 1 (mild) was chosen, but the picture is anaphylaxis (criterion 1"
    )
    steps = dialog.proposal_label.text().split("\n")
    assert steps[0] == "⚠ Stop the infusion; restart only on the prescriber's order."
    assert steps[1] == (
        "Give epinephrine (adrenaline) 0.5 mg IM = 0.5 mL of 1 mg/mL, into the mid-outer thigh; repeat every 5-15 "
        "minutes if the symptoms persist or return."
    )
    assert "Call emergency services." in steps
    assert "0.01 mg/kg x 72.5 kg (check-in weight today) = 0.725 mg" in dialog.working_label.text()
    assert "Maximum for an adult (age 70): 0.5 mg" in dialog.working_label.text()
    assert dialog.chosen_action() is ResponseAction.STOP  # the proposal, pre-selected
    dialog.provider_name.setText("Dr Ray")
    dialog.emergency.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    (reaction,) = controller.reactions()
    assert reaction.grade is Grade.MILD and reaction.assessed_grade is Grade.LIFE_THREATENING
    stored = controller.session.entry(reaction.event_id).event.payload
    assessment = stored["assessment"]
    assert isinstance(assessment, dict) and assessment["criterion"] == "1"
    assert str(assessment["disagreement"]).startswith("Grade 1 (mild) was chosen")
    assert controller.session.infusion.stopped_for_reaction
    page = window.session_page
    assert page is not None
    listed = page.vitals_tab.reactions.item(0).text()
    assert "⚠ " in listed and "Grade 1 (picture: anaphylaxis (criterion 1): grade 4 picture)" in listed


def test_agreeing_grade_shows_no_disagreement(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    infusing(window, clock)
    dialog = open_dialog(qtbot, window)
    dialog.symptom_boxes[Symptom.ANGIOEDEMA].click()
    dialog.symptom_boxes[Symptom.WHEEZE_STRIDOR].click()
    dialog.grade_buttons[Grade.LIFE_THREATENING].click()
    assert dialog.response_box.picture_label.isVisible()
    assert not dialog.response_box.disagreement_label.isVisible()
    dialog.grade_buttons[Grade.MODERATE].click()
    assert dialog.response_box.disagreement_label.isVisible()
    dialog.symptom_boxes[Symptom.WHEEZE_STRIDOR].click()  # swollen lips alone: no criterion, no disagreement
    assert not dialog.response_box.disagreement_label.isVisible()
    assert "Give epinephrine" not in dialog.proposal_label.text()
    dialog.reject()


def test_dyspnoea_offers_no_resume_rate_and_slowing_needs_the_prescriber(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    controller = infusing(window, clock)
    dialog = open_dialog(qtbot, window)
    dialog.symptom_boxes[Symptom.DYSPNOEA].click()
    dialog.grade_buttons[Grade.MODERATE].click()
    assert dialog.proposal_label.text() == (
        "Pause the infusion.\nTreat the symptoms as ordered and recheck vital signs.\n"
        "Notify the prescriber now; resume only on the prescriber's order."
    )
    assert dialog.chosen_action() is ResponseAction.PAUSE and dialog.response_rate.text() == ""
    assert dialog.response_box.picture_label.text().startswith("Serious: Dyspnoea (short of breath).")

    dialog.response_buttons[ResponseAction.SLOW].click()
    dialog.response_rate.setText("10")
    dialog.deviation_reason.setText("Settled at once")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused: nothing stored
    assert dialog.error_for("provider_name") == (
        "With Dyspnoea (short of breath), the infusion goes on only on the prescriber's order: name the prescriber "
        "notified."
    )
    assert controller.reactions() == ()
    dialog.provider_name.setText("Dr Ray")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (reaction,) = controller.reactions()
    assert reaction.response_rate_ml_per_h == Decimal("10.0")
    assert controller.session.infusion.current_rate_ml_per_h == Decimal("10.0")


def test_the_proposal_is_never_clipped(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    """The anaphylaxis picture, its disagreement with the grade, the proposal and its working are long: each label
    gets the height its wrapped text needs (the form scrolls), never squeezed into the dialog and cut mid-line."""
    from PySide6.QtWidgets import QApplication

    window.resize(1280, 860)
    window.show()  # as in the app: the dialog over the main window on screen
    controller = infusing(window, clock)
    controller.record_vitals(VitalsInput("184", "96", "96", "18", "36.9", "94", "2"))
    clock.advance(minutes(2))
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.vitals_tab)
    QApplication.processEvents()  # the vitals tab laid out and painted, as a nurse has it before the dialog
    window.grab()
    dialog = open_dialog(qtbot, window)
    dialog.symptom_boxes[Symptom.RASH_URTICARIA].click()
    dialog.grade_buttons[Grade.MILD].click()
    QApplication.processEvents()
    box = dialog.response_box
    assert all(label.isVisible() for label in (box.disagreement_label, box.picture_label, box.proposal_label))
    assert box.height() >= box.heightForWidth(box.width())  # as tall as its wrapped text needs at its width
    frame = box.proposal_frame
    assert frame.height() >= frame.heightForWidth(frame.width())
    dialog.reject()
