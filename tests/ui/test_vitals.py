"""Vital signs and reactions as a nurse uses them: keyboard entry, flags, a grade 2 reaction, resume, corrections."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QSettings, Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.reactions import Grade, ReactionResponse, ResponseAction, Symptom
from ivig_desktop.domain.vitals import VitalsInput
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialogs.amend import CorrectNoteDialog, CorrectVitalsDialog, StrikeDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.page import SessionPage
from ivig_desktop.ui.widgets.reaction_dialog import ReactionDialog, ReactionOutcomeDialog
from ivig_desktop.ui.widgets.vitals_form import TEMPERATURE_UNIT_KEY, VitalsForm

from .conftest import T0
from .test_first_session import create_profile, start_session_for_new_patient

BASELINE = ("131", "82", "76", "16", "36.8", "98", "0", "72.5")


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> SessionPage:
    create_profile(qtbot, window)
    page = start_session_for_new_patient(qtbot, window)
    clock.advance(timedelta(minutes=5))
    page.tabs.setCurrentWidget(page.vitals_tab)
    return page


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_set(qtbot: QtBot, form: VitalsForm, values: tuple[str, ...], time: str = "") -> None:
    """Type a vitals set with the keyboard alone: each value, then Tab; Enter on the time field saves."""
    form.focus_first()
    for text in values:
        qtbot.keyClicks(focused(), text)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is form.time_edit
    if time:
        qtbot.keyClicks(focused(), time)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def row_texts(item: QTreeWidgetItem | None) -> list[str]:
    assert item is not None
    return [item.text(column) for column in range(4)]


def summary_cell(page: SessionPage, row: int, column: int) -> QTableWidgetItem:
    item = page.vitals_tab.summary.item(row, column)
    assert item is not None
    return item


def test_vitals_by_keyboard_alone(qtbot: QtBot, page: SessionPage, clock: FakeClock) -> None:
    form = page.vitals_tab.form
    form.focus_first()
    assert focused() is form.edits["systolic_mmhg"]
    # '131/82' as a nurse types it: the slash moves to diastolic.
    qtbot.keyClicks(focused(), "131/")
    assert form.edits["systolic_mmhg"].text() == "131"
    assert focused() is form.edits["diastolic_mmhg"]
    qtbot.keyClicks(focused(), "82")
    assert form.edits["diastolic_mmhg"].text() == "82"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    for text in BASELINE[2:]:
        qtbot.keyClicks(focused(), text)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is form.time_edit
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is form.save_button
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is form.unit_combo
    form.edits["weight_kg"].setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter in any field saves

    history = page.controller.vitals_history()
    assert len(history.readings) == 1
    reading = history.readings[0]
    assert reading.occurred_at == clock.now()
    assert reading.vitals.to_payload() == {
        "systolic_mmhg": "131",
        "diastolic_mmhg": "82",
        "heart_rate_per_min": "76",
        "respiratory_rate_per_min": "16",
        "temperature_c": "36.8",
        "spo2_percent": "98",
        "pain_score": "0",
        "weight_kg": "72.5",
    }
    assert form.status_label.text() == f"✓ Vitals saved at {fmt.time_hm(clock.now())}."
    assert all(edit.text() == "" for edit in form.edits.values())
    assert focused() is form.edits["systolic_mmhg"]  # ready for the next set
    assert not form.flags_label.isVisible()
    tab = page.vitals_tab
    assert summary_cell(page, 0, 0).text() == "131/82"
    assert tab.table.cell_text(0, 0).endswith("(baseline)")
    assert tab.chart.view is not None and tab.chart.chart is not None
    assert "Systolic: 131" in tab.chart.view.accessibleDescription()
    assert row_texts(page.timeline.topLevelItem(1))[1:] == [
        "Vital signs",
        "BP 131/82 mmHg · HR 76 /min · RR 16 /min · Temp 36.8 °C · SpO2 98% · Pain 0/10 · Weight 72.5 kg",
        "Ana Lima, RN",
    ]


def test_implausible_values_are_refused_beside_their_fields(qtbot: QtBot, page: SessionPage) -> None:
    form = page.vitals_tab.form
    type_set(qtbot, form, ("300", "80", "76", "16", "37.25", "98", "11", ""), time="25:00")
    assert form.form.error_for("systolic_mmhg") == "Systolic must be between 50 and 260 mmHg."
    assert form.form.error_for("temperature") == "Temperature must have at most one decimal, for example 37.2."
    assert form.form.error_for("pain_score") == "Pain must be a whole number from 0 (no pain) to 10 (worst pain)."
    assert form.form.error_for("occurred_at").startswith("Type the time as HH:MM")
    assert form.form.error_for("diastolic_mmhg") == ""
    assert form.edits["systolic_mmhg"].text() == "300"  # nothing typed is lost
    assert focused() is form.edits["systolic_mmhg"]
    assert page.controller.session.entries == ()  # nothing stored

    form.edits["systolic_mmhg"].setText("120")
    form.edits["diastolic_mmhg"].setText("120")
    form.save()
    assert form.form.error_for("diastolic_mmhg") == "Diastolic (120 mmHg) must be below systolic (120 mmHg)."
    assert form.form.error_for("systolic_mmhg") == ""
    assert page.controller.session.entries == ()


def test_a_past_time_marks_a_late_entry(qtbot: QtBot, page: SessionPage, clock: FakeClock) -> None:
    form = page.vitals_tab.form
    clock.advance(timedelta(minutes=30))
    taken = T0 + timedelta(minutes=10)
    form.time_edit.setFocus()
    qtbot.keyClicks(form.time_edit, fmt.time_hm(taken))
    assert form.late_label.isVisible()
    assert form.late_label.text().startswith(f"⏱ Late entry: taken at {fmt.time_hm(taken)}, 25 min ago.")
    type_set(qtbot, form, BASELINE)
    reading = page.controller.vitals_history().readings[0]
    assert reading.occurred_at == taken
    assert reading.is_late_entry
    assert f"(taken at {fmt.time_hm(taken)})" in form.status_label.text()
    assert page.timeline.topLevelItem(1) is not None
    assert row_texts(page.timeline.topLevelItem(1))[0] == (
        f"{fmt.time_hm(taken)} (late entry, written {fmt.time_hm(clock.now())})"
    )
    form.time_edit.setText(fmt.time_hm(clock.now()))
    assert not form.late_label.isVisible()
    form.time_edit.setText(fmt.time_hm(clock.now() - timedelta(minutes=4)))
    assert form.late_label.text() == f"Taken at {fmt.time_hm(clock.now() - timedelta(minutes=4))}, 4 min ago."


def test_temperature_in_fahrenheit_is_remembered_per_workstation(
    qtbot: QtBot, controller_page: tuple[SessionController, QSettings]
) -> None:
    controller, settings = controller_page
    form = VitalsForm(controller, settings)
    qtbot.addWidget(form)
    form.unit_combo.setCurrentIndex(form.unit_combo.findData("F"))
    assert form.form.rows["temperature"].label.text() == "&Temperature (°F)"
    assert settings.value(TEMPERATURE_UNIT_KEY) == "F"
    for name, text in zip(form.edits, ("131", "82", "76", "16", "100.4", "98", "0", ""), strict=True):
        form.edits[name].setText(text)
    form.save()
    reading = controller.vitals_history().readings[0]
    assert reading.vitals.temperature_c == Decimal("38.0")
    assert reading.vitals.temperature_f_entered == Decimal("100.4")
    assert form.flags_label.text() == "⚠ Temperature 38.0 °C (100.4 °F) ≥ 38.0 °C (100.4 °F)"
    again = VitalsForm(controller, settings)
    qtbot.addWidget(again)
    assert again.unit.value == "F"


@pytest.fixture
def controller_page(page: SessionPage, tmp_path: Path) -> tuple[SessionController, QSettings]:
    return page.controller, QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat)


def test_a_flag_is_shown_in_words_and_during_an_infusion_offers_the_reaction_workflow(
    qtbot: QtBot, page: SessionPage, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = page.vitals_tab.form
    type_set(qtbot, form, BASELINE)
    clock.advance(timedelta(minutes=40))
    type_set(qtbot, form, ("102", "64", "124", "22", "38.2", "93", "3", ""))
    assert form.flags_label.isVisible()
    assert form.flags_label.text().split("\n") == [
        "⚠ Temperature 38.2 °C ≥ 38.0 °C",
        "⚠ Temperature 38.2 °C is 1.4 °C above baseline 36.8 °C (rise ≥ 1.0 °C)",
        "⚠ Systolic 102 mmHg is 22% below baseline 131 mmHg (drop ≥ 20%)",
        "⚠ Heart rate 124 /min > 120 /min",
        "⚠ Heart rate 124 /min is 48 /min above baseline 76 /min (rise ≥ 20 /min)",
        "⚠ SpO2 93% is 5 points below baseline 98% (drop ≥ 3 points)",
        "⚠ Pain 3/10 is 3 points above baseline 0/10 (rise ≥ 3 points)",
    ]
    assert not form.offer.isVisible()  # no infusion running: flagged, no reaction offer
    tab = page.vitals_tab
    assert summary_cell(page, 0, 1).text() == "⚠ 102/64"
    assert summary_cell(page, 0, 1).font().bold()
    assert "⚠ Systolic 102 mmHg is 22% below baseline 131 mmHg (drop ≥ 20%)" in tab.baseline_note.text()
    assert tab.table.cell_text(1, 1) == "⚠ 102/64"
    assert "⚠ Fever, Temperature rise, Systolic drop, Fast heart rate" in row_texts(page.timeline.topLevelItem(2))[2]

    monkeypatch.setattr(page.controller, "infusion_running", lambda: True)
    monkeypatch.setattr(page.controller, "current_rate_ml_per_h", lambda: Decimal(120))
    clock.advance(timedelta(minutes=5))
    type_set(qtbot, form, ("100", "60", "126", "22", "38.4", "92", "3", ""))
    assert form.offer.isVisible()
    assert focused() is form.offer_button
    qtbot.keyClick(form.offer_button, Qt.Key.Key_Space)
    dialog = tab.reaction_dialog
    assert isinstance(dialog, ReactionDialog)
    assert dialog.isVisible()
    assert dialog.symptom_boxes[Symptom.FEVER].isChecked()
    assert dialog.symptom_boxes[Symptom.HYPOTENSION].isChecked()
    assert dialog.onset_time.text() == fmt.time_hm(clock.now())
    assert dialog.rate_at_onset.text() == "120"
    assert "⚠ Temperature 38.4 °C ≥ 38.0 °C" in dialog.flags_note.text()
    dialog.reject()


def test_a_grade_2_reaction_pauses_the_infusion_then_it_resumes_at_the_slower_rate(
    qtbot: QtBot, page: SessionPage, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = page.controller
    monkeypatch.setattr(controller, "current_rate_ml_per_h", lambda: Decimal(120))
    monkeypatch.setattr(controller, "previous_step_rate_ml_per_h", lambda: Decimal(90))
    tab = page.vitals_tab
    qtbot.mouseClick(tab.record_reaction_button, Qt.MouseButton.LeftButton)
    dialog = tab.reaction_dialog
    assert isinstance(dialog, ReactionDialog)
    assert dialog.proposal_label.text() == "Choose the grade to see the proposed response."
    for symptom in (Symptom.CHILLS, Symptom.HEADACHE):
        dialog.symptom_boxes[symptom].click()
    dialog.grade_buttons[Grade.MODERATE].click()
    assert "Infusion interruption indicated" in dialog.grade_buttons[Grade.MODERATE].accessibleDescription()
    assert dialog.proposal_label.text() == (
        "Pause the infusion.\nTreat the symptoms as ordered and recheck vital signs.\n"
        "When the symptoms settle, resume at 60.0 mL/h.\nNotify the prescriber."
    )
    assert not dialog.response_box.disagreement_label.isVisible()  # chills and headache: grade 2 agrees
    assert "Half the current rate: 120 mL/h ÷ 2 = 60 mL/h." in dialog.working_label.text()
    assert dialog.chosen_action() is ResponseAction.PAUSE  # the proposal, until the nurse chooses otherwise
    assert dialog.response_rate.text() == "60.0"
    row = dialog.add_medication()
    qtbot.keyClicks(row.name, "Diphenhydramine")
    qtbot.keyClicks(row.dose, "25")

    with qtbot.waitSignal(controller.reaction_response_chosen) as chosen:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (reaction,) = controller.reactions()
    assert chosen.args == [ReactionResponse(reaction.event_id, ResponseAction.PAUSE, Decimal("60.0"))]
    assert reaction.grade is Grade.MODERATE
    assert reaction.rate_at_onset_ml_per_h == Decimal("120.0")
    assert [m.name for m in reaction.medications] == ["Diphenhydramine"]
    assert tab.reactions.count() == 1
    assert "Grade 2 · Headache, Chills · Paused, resume at 60.0 mL/h" in tab.reactions.item(0).text()

    # Symptoms settle: the outcome, and the infusion resumes at the slower rate.
    clock.advance(timedelta(minutes=25))
    assert tab.selected_reaction() == reaction.event_id
    qtbot.mouseClick(tab.outcome_button, Qt.MouseButton.LeftButton)
    outcome = tab.outcome_dialog
    assert isinstance(outcome, ReactionOutcomeDialog)
    assert outcome.resume_rate.text() == "60.0"
    outcome.outcome.setCurrentIndex(outcome.outcome.findData("resolved"))
    with qtbot.waitSignal(controller.reaction_response_chosen) as resumed:
        qtbot.keyClick(outcome.resume_rate, Qt.Key.Key_Return)
    assert not outcome.isVisible()
    assert resumed.args == [ReactionResponse(reaction.event_id, ResponseAction.RESUME, Decimal("60.0"))]
    (after,) = controller.reactions()
    assert after.resumed_rate_ml_per_h == Decimal("60.0")
    assert after.resolved_at == clock.now()
    assert "resumed at 60.0 mL/h" in tab.reactions.item(0).text()
    assert f"Resolved at {fmt.time_hm(clock.now())}" in tab.reactions.item(0).text()


def test_slowing_is_emitted_and_a_less_cautious_choice_needs_a_reason(
    qtbot: QtBot, page: SessionPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = page.controller
    monkeypatch.setattr(controller, "current_rate_ml_per_h", lambda: Decimal(120))
    dialog = page.vitals_tab.open_reaction_dialog()
    dialog.symptom_boxes[Symptom.FLUSHING].click()
    dialog.grade_buttons[Grade.MODERATE].click()
    dialog.response_buttons[ResponseAction.CONTINUE].click()
    assert dialog.response_rate.text() == ""
    emitted: list[object] = []
    controller.reaction_response_chosen.connect(emitted.append)
    dialog.save()
    assert dialog.isVisible()
    assert "less cautious than the proposal to pause" in dialog.error_for("deviation_reason")
    assert controller.reactions() == () and emitted == []

    dialog.response_buttons[ResponseAction.SLOW].click()
    dialog.response_rate.setText("60")
    dialog.save()
    assert not dialog.isVisible()
    (reaction,) = controller.reactions()
    assert emitted == [ReactionResponse(reaction.event_id, ResponseAction.SLOW, Decimal("60.0"))]


def test_a_bad_medication_row_is_refused_beside_it(qtbot: QtBot, page: SessionPage) -> None:
    dialog = page.vitals_tab.open_reaction_dialog()
    dialog.symptom_boxes[Symptom.RASH_URTICARIA].click()
    dialog.grade_buttons[Grade.MILD].click()
    row = dialog.add_medication()
    row.name.setText("Cetirizine")
    dialog.save()
    assert dialog.error_for("medications.0.dose") == "Dose is required."
    assert dialog.focusWidget() is row.dose
    assert page.controller.reactions() == ()
    row.dose.setText("10")
    dialog.save()
    assert not dialog.isVisible()
    assert page.controller.reactions()[0].medications[0].dose == Decimal(10)


def select(page: SessionPage, event_id: int) -> None:
    page.tabs.setCurrentIndex(0)
    page.timeline.select_event(event_id)
    assert page.correct_button.isEnabled()


def test_a_vitals_set_and_a_note_are_corrected_and_the_originals_stay_struck_through(
    qtbot: QtBot, page: SessionPage, clock: FakeClock
) -> None:
    controller = page.controller
    vitals = controller.record_vitals(VitalsInput("160", "82", "76", "16", "36.8", "98", "0"))
    note = controller.add_note("Patient reports headache.")
    clock.advance(timedelta(minutes=7))
    assert not page.correct_button.isEnabled()  # nothing selected yet

    select(page, vitals.id)
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    dialog = page.amend_dialog
    assert isinstance(dialog, CorrectVitalsDialog)
    assert dialog.edits["systolic_mmhg"].text() == "160"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.edits["systolic_mmhg"])
    dialog.edits["systolic_mmhg"].selectAll()
    qtbot.keyClicks(dialog.edits["systolic_mmhg"], "130")
    qtbot.keyClick(dialog.edits["systolic_mmhg"], Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.error_for("reason") == "Say why this entry is being corrected."
    qtbot.keyClicks(dialog.reason, "Typed 160 for 130")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    entry = page.timeline.topLevelItem(1)
    assert entry is not None
    assert entry.text(1) == "Vital signs (amended)"
    assert entry.text(2).startswith("BP 160/82 mmHg")  # the original, still readable
    assert entry.font(2).strikeOut()
    amendment = row_texts(entry.child(0))
    assert amendment[0] == fmt.time_hm(clock.now())
    assert amendment[1] == "Amendment"
    assert amendment[2].startswith("Corrected to: BP 130/82 mmHg")
    assert amendment[2].endswith("Reason: Typed 160 for 130")
    assert amendment[3] == "Ana Lima, RN"
    assert controller.vitals_history().readings[0].vitals.systolic_mmhg == 130
    assert summary_cell(page, 0, 0).text() == "130/82"

    select(page, note.id)
    # The context menu's actions (popping the menu up needs a keyboard grab the offscreen platform lacks).
    correct, strike = page.timeline.entry_menu(note.id).actions()
    assert [correct.text(), strike.text()] == ["&Correct…", "Mark &entered in error…"]
    correct.trigger()
    note_dialog = page.amend_dialog
    assert isinstance(note_dialog, CorrectNoteDialog)
    note_dialog.text.setPlainText("Patient reports no headache.")
    note_dialog.reason.setText("Misheard")
    note_dialog.save()
    note_item = page.timeline.topLevelItem(2)
    assert note_item is not None and note_item.font(2).strikeOut()
    assert note_item.text(2) == "Patient reports headache."
    assert row_texts(note_item.child(0))[2:] == [
        "Corrected to: Patient reports no headache. Reason: Misheard",
        "Ana Lima, RN",
    ]


def test_mark_entered_in_error(qtbot: QtBot, page: SessionPage) -> None:
    controller = page.controller
    first = controller.record_vitals(VitalsInput(*BASELINE))
    controller.record_vitals(VitalsInput("120", "80", "70", "16", "36.9", "97", "0"))
    select(page, first.id)
    qtbot.mouseClick(page.strike_button, Qt.MouseButton.LeftButton)
    dialog = page.amend_dialog
    assert isinstance(dialog, StrikeDialog)
    qtbot.keyClicks(dialog.reason, "Wrong patient")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    entry = page.timeline.topLevelItem(1)
    assert entry is not None and entry.text(1) == "Vital signs (entered in error)"
    assert entry.font(2).strikeOut()
    assert row_texts(entry.child(0))[2] == "Marked entered in error. Reason: Wrong patient"
    history = controller.vitals_history()
    assert [r.vitals.systolic_mmhg for r in history.readings] == [120]  # the baseline moved to the next set
    page.timeline.select_event(first.id)
    assert not page.correct_button.isEnabled()  # an entry entered in error is not corrected again


def test_a_reaction_is_corrected_in_its_dialog(
    qtbot: QtBot, page: SessionPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = page.controller
    monkeypatch.setattr(controller, "current_rate_ml_per_h", lambda: Decimal(100))
    dialog = page.vitals_tab.open_reaction_dialog()
    dialog.symptom_boxes[Symptom.BACK_PAIN].click()
    dialog.grade_buttons[Grade.MODERATE].click()
    dialog.save()
    (reaction,) = controller.reactions()
    emitted: list[object] = []
    controller.reaction_response_chosen.connect(emitted.append)

    select(page, reaction.event_id)
    page.correct_button.click()
    correction = page.amend_dialog
    assert isinstance(correction, ReactionDialog)
    assert correction.reason_box.isVisible()
    assert correction.symptom_boxes[Symptom.BACK_PAIN].isChecked()
    assert correction.grade_buttons[Grade.MODERATE].isChecked()
    correction.grade_buttons[Grade.MILD].click()
    correction.reason.setText("It was mild")
    correction.save()
    assert not correction.isVisible()
    (corrected,) = controller.reactions()
    assert corrected.grade is Grade.MILD and corrected.is_corrected
    assert emitted == []  # a correction does not change the infusion
    item = page.timeline.topLevelItem(1)
    assert item is not None and item.font(2).strikeOut()
    assert row_texts(item.child(0))[2].startswith("Corrected to: Grade 1: Back pain")
    assert controller.session.entry(reaction.event_id).event.type is EventType.REACTION_RECORDED


def test_the_chart_shows_rate_steps_reaction_markers_and_thresholds(
    qtbot: QtBot, page: SessionPage, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = page.controller
    start = clock.now()
    monkeypatch.setattr(controller, "rate_history", lambda: [(start, Decimal(30)), (start, Decimal(60))])
    controller.record_vitals(VitalsInput(*BASELINE))
    clock.advance(timedelta(minutes=30))
    controller.record_vitals(VitalsInput("125", "80", "80", "16", "38.1", "97", "1"))
    dialog = page.vitals_tab.open_reaction_dialog()
    dialog.symptom_boxes[Symptom.CHILLS].click()
    dialog.grade_buttons[Grade.MILD].click()
    dialog.save()
    chart = page.vitals_tab.chart
    chart.show_panel("temp")
    texts = [entry.text for entry in chart.legend_entries]
    assert texts == [
        "Infusion rate (mL/h, right axis)",
        "Temperature",
        "Alert: ≥ 38.0 °C",
        "Alert: baseline + 1.0 °C (37.8 °C)",
        "⚠ flagged value",
        f"Reaction, grade 1, at {fmt.time_hm(clock.now())}",
    ]
    assert chart.view is not None
    assert chart.view.accessibleDescription() == (
        f"Temperature: 36.8 {fmt.time_hm(start)}, 38.1 {fmt.time_hm(clock.now())} (flagged)"
    )


def test_the_chart_reads_the_clinics_time_on_a_computer_set_to_another_zone(
    page: SessionPage, clock: FakeClock
) -> None:
    """A home-infusion laptop left on another zone: the chart's time axis says what the table and the timeline say
    (the clinic's time), not the computer's."""
    from PySide6.QtCharts import QDateTimeAxis, QXYSeries

    from ivig_desktop.domain import times

    machine_offset = QDateTime.currentDateTime().offsetFromUtc()
    zone = "Asia/Kolkata" if machine_offset != 19800 else "America/St_Johns"  # half-hour zones: no round offset
    times.use(times.Times.named(zone), clock.now)
    controller = page.controller
    first = clock.now()
    controller.record_vitals(VitalsInput(*BASELINE))
    clock.advance(timedelta(minutes=20))
    controller.record_vitals(VitalsInput("125", "80", "80", "16", "36.9", "97", "1"))
    chart = page.vitals_tab.chart.chart
    assert chart is not None
    (x_axis,) = chart.axes(Qt.Orientation.Horizontal)
    assert isinstance(x_axis, QDateTimeAxis)
    start = x_axis.min().toString("HH:mm")
    assert start == fmt.local(first).replace(minute=fmt.local(first).minute // 15 * 15).strftime("%H:%M")
    series = chart.series()[0]
    assert isinstance(series, QXYSeries)
    points = [QDateTime.fromMSecsSinceEpoch(int(p.x())).toString("HH:mm") for p in series.points()]
    assert points == [fmt.local(first).strftime("%H:%M"), fmt.local(clock.now()).strftime("%H:%M")]


def test_charts_are_not_imported_at_start_up() -> None:
    code = (
        "import sys; import ivig_desktop.ui.main_window; "
        "assert 'PySide6.QtCharts' not in sys.modules, 'QtCharts imported at start-up'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_no_context_menu_on_the_session_opened_row(page: SessionPage) -> None:
    page.tabs.setCurrentIndex(0)
    opened = page.timeline.topLevelItem(0)
    assert opened is not None
    page.timeline.customContextMenuRequested.emit(page.timeline.visualItemRect(opened).center())
    assert page.timeline.selected_amendable() is None
    assert not hasattr(page.timeline, "menu")


def test_a_broken_vitals_settings_file_is_said_and_nothing_is_accepted(
    qtbot: QtBot, page: SessionPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ivig_desktop.domain.vitals import VitalsConfigError
    from ivig_desktop.ui import controller_care as controller_module

    def broken() -> None:
        raise VitalsConfigError(["vitals.toml: alerts.spo2_below_percent is missing or not a number"])

    monkeypatch.setattr(controller_module, "default_vitals_config", broken)
    tab = page.vitals_tab
    tab.refresh()
    assert tab.config_error.isVisible()
    assert "alerts.spo2_below_percent is missing" in tab.config_error.text()
    assert not tab.form.isEnabled()
    page.refresh()  # the record still shows, without flags
    for name, text in zip(tab.form.edits, BASELINE, strict=True):
        tab.form.edits[name].setText(text)
    tab.form.save()
    assert "The vital signs settings are invalid" in tab.form.form.general_error.text()
    assert page.controller.session.entries == ()


def unnamed_controls(root: QWidget) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
    )

    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue  # Qt's own parts (table corner button, headers)
        if isinstance(widget, QAbstractButton):
            named = bool(widget.accessibleName() or widget.text().replace("&", "").strip())
        elif isinstance(widget, QLineEdit | QComboBox | QPlainTextEdit | QAbstractItemView):
            named = bool(widget.accessibleName())
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                named = True  # a combo box's own editor
        else:
            continue
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName() or ''}".strip())
    return missing


def test_every_control_has_an_accessible_name(page: SessionPage, monkeypatch: pytest.MonkeyPatch) -> None:
    controller = page.controller
    controller.record_vitals(VitalsInput(*BASELINE))
    monkeypatch.setattr(controller, "current_rate_ml_per_h", lambda: Decimal(120))
    tab = page.vitals_tab
    assert unnamed_controls(tab) == []
    dialog = tab.open_reaction_dialog()
    row = dialog.add_medication()
    assert unnamed_controls(dialog) == []
    row.remove.click()
    assert dialog.med_rows == []
    dialog.symptom_boxes[Symptom.CHILLS].click()
    dialog.grade_buttons[Grade.MODERATE].click()
    dialog.save()
    outcome = tab.open_outcome_dialog()
    assert outcome is not None
    assert unnamed_controls(outcome) == []
    outcome.reject()
    select(page, controller.vitals_history().readings[0].event_id)
    page.correct_button.click()
    assert page.amend_dialog is not None
    assert unnamed_controls(page.amend_dialog) == []


def test_chart_axes_fall_on_round_numbers_and_times() -> None:
    from datetime import datetime

    from ivig_desktop.ui.widgets.vitals_chart import nice_range, time_range

    assert nice_range(35.5, 39.4) == (35.5, 39.5, 9)  # 0.5 steps while they make at most 8 intervals
    assert nice_range(35.5, 39.9) == (35.0, 40.0, 6)  # then whole degrees
    assert nice_range(40, 192) == (40, 200, 9)
    assert nice_range(84, 100) == (84, 100, 9)
    assert nice_range(0, 10) == (0, 10, 6)
    start = datetime(2026, 11, 24, 7, 3, tzinfo=fmt.local(T0).tzinfo)
    first, last, ticks = time_range(start, start + timedelta(minutes=130))
    assert fmt.time_hm(first, start) == "07:00" and fmt.time_hm(last, start) == "09:30" and ticks == 6
    first, last, ticks = time_range(start, start + timedelta(minutes=20))
    assert (fmt.time_hm(first, start), fmt.time_hm(last, start), ticks) == ("07:00", "07:30", 3)
