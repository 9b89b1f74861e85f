"""A whole infusion run driven through the page with a FakeClock: start, steps with vitals first, a pause, a hold,
a one-hour sleep, the end; deadlines and volumes checked at each point; a new window mid-infusion."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.session import Stage
from ivig_desktop.store.session_verification import verify_session
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialogs.rate import EndDialog, RateDialog, ReasonDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.infusion_tab import InfusionTab

from .conftest import MakeWindow
from .helpers import PASSWORD, minutes, open_session, ready_to_start, record_vitals_event


def stage(controller: SessionController) -> Stage:
    return controller.session.stage


def tab_of(window: MainWindow) -> InfusionTab:
    assert window.session_page is not None
    return window.session_page.infusion_tab


def confirm_rate_dialog(qtbot: QtBot, tab: InfusionTab, **fields: str) -> RateDialog:
    dialog = tab.dialog
    assert isinstance(dialog, RateDialog)
    for name, text in fields.items():
        edit = getattr(dialog, name)
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    return dialog


def test_start_is_blocked_until_everything_is_done(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    controller = open_session(window, clock)
    tab = tab_of(window)
    assert not tab.start_button.isEnabled()
    assert "No plan confirmed yet" in tab.rate_card.detail.text()
    ready_to_start(controller)
    assert stage(controller) is Stage.PRE_INFUSION
    tab.refresh()
    assert tab.start_button.isEnabled()
    assert not tab.blockers_label.isVisible()
    assert tab.volume_label.text() == "To infuse: 350.0 mL of Privigen 10% (35 g)"


def test_a_whole_run_with_pause_hold_sleep_and_end(qtbot: QtBot, make_window: MakeWindow, clock: FakeClock) -> None:
    window = make_window()
    controller = open_session(window, clock)
    ready_to_start(controller)
    tab = tab_of(window)
    t0 = clock.now()

    # Start: the nurse sets the pump to the first step and confirms.
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    dialog = confirm_rate_dialog(qtbot, tab)
    assert dialog.confirm_button.text() == "Pump set to 21.8 mL/h"
    assert not dialog.isVisible()
    assert stage(controller) is Stage.INFUSING
    assert tab.rate_card.value.text() == "21.8 mL/h"
    assert tab.rate_card.detail.text() == "Step 1 of 4 · 0.5 mg/kg/min · label"
    # The countdown is to the soonest thing due, named: the vitals 15 min after the start; the step after it.
    assert tab.next_card.value.text() == "15:00 left"
    assert tab.next_card.caption.text() == "Next: Vitals"
    assert tab.next_card.detail.text().startswith("Vitals 15 min after the start at")
    assert "Then: Vitals before step 2, then step up to 43.5 mL/h at" in tab.next_card.detail.text()

    # 15 min: vitals; then the step is due at 30 min.
    clock.advance(minutes(15))
    record_vitals_event(controller)
    window.tick()
    assert tab.next_card.value.text() == "15:00 left"
    assert "Vitals before step 2, then step up to 43.5 mL/h" in tab.next_card.detail.text()

    # 30 min: step due; vitals first (the last set is 15 min old, outside the 10-min window).
    clock.advance(minutes(15))
    window.tick()
    assert "Due now" in tab.next_card.detail.text()
    qtbot.mouseClick(tab.step_up_button, Qt.MouseButton.LeftButton)
    dialog = confirm_rate_dialog(qtbot, tab)
    assert dialog.isVisible()
    assert "Record vitals first" in dialog.form.general_error.text()
    dialog.reject()
    record_vitals_event(controller)
    clock.advance(minutes(2))  # the nurse sets the pump two minutes later: that is the step's real start
    qtbot.mouseClick(tab.step_up_button, Qt.MouseButton.LeftButton)
    confirm_rate_dialog(qtbot, tab)
    assert tab.rate_card.value.text() == "43.5 mL/h"
    step2 = clock.now()
    # 30 min at 21.8 + 2 min at 21.8 = 32 min x 21.8 mL/h = 11.6266... mL
    assert tab.volume_label.text().startswith("Infused 11.6 mL of 350.0 mL")

    # A pause of 10 min: nothing infuses, and the step clock stops; resume confirms the rate again.
    clock.advance(minutes(5))
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    reason = tab.dialog
    assert isinstance(reason, ReasonDialog)
    qtbot.keyClicks(reason.reason_edit, "Patient to the bathroom")
    qtbot.mouseClick(reason.confirm_button, Qt.MouseButton.LeftButton)
    assert tab.rate_card.value.text() == "PAUSED"
    assert tab.resume_button.isVisible() and not tab.step_up_button.isEnabled()
    infused_at_pause = controller.session.infusion.volume_infused_ml(clock.now())
    clock.advance(minutes(10))
    assert controller.session.infusion.volume_infused_ml(clock.now()) == infused_at_pause
    qtbot.mouseClick(tab.resume_button, Qt.MouseButton.LeftButton)
    confirm_rate_dialog(qtbot, tab)
    resumed = clock.now()
    assert resumed == step2 + minutes(15)
    assert controller.session.infusion.next_step_due_at() == resumed + minutes(30)

    # At the step: vitals, then hold instead of stepping up (mild flushing).
    clock.advance(minutes(30))
    record_vitals_event(controller)
    qtbot.mouseClick(tab.hold_button, Qt.MouseButton.LeftButton)
    reason = tab.dialog
    assert isinstance(reason, ReasonDialog)
    qtbot.keyClicks(reason.reason_edit, "Mild flushing; stay at this rate")
    qtbot.mouseClick(reason.confirm_button, Qt.MouseButton.LeftButton)
    held = clock.now()
    assert controller.session.infusion.next_step_due_at() == held + minutes(30)

    # The laptop sleeps for an hour. On waking, the page shows the truth: overdue by how much.
    clock.advance(minutes(60))
    window.tick()
    assert tab.next_card.value.text() == "overdue by 30\u00a0min"
    assert "Overdue, escalated" in tab.next_card.detail.text()

    # Open a second window on the same database mid-infusion: the same state.
    other = make_window()
    other.workstation.sign_in(other.workstation.nurses()[0])
    other.sign_in_page.signed_in.emit()
    other.board.select_position(1)
    other_tab = tab_of(other)
    assert other_tab.rate_card.value.text() == "43.5 mL/h"
    assert other_tab.volume_label.text() == tab.volume_label.text()
    assert other_tab.next_card.value.text() == "overdue by 30\u00a0min"
    other.close()

    # Step up through to the maximum.
    for expected in ("87.0 mL/h", "174.0 mL/h"):
        record_vitals_event(controller)
        qtbot.mouseClick(tab.step_up_button, Qt.MouseButton.LeftButton)
        confirm_rate_dialog(qtbot, tab)
        assert tab.rate_card.value.text() == expected
        if expected != "174.0 mL/h":
            clock.advance(minutes(30))
    assert "maximum" in tab.rate_card.detail.text()
    assert not tab.step_up_button.isEnabled()

    # Run at the maximum until the volume is infused; the page says when it was reached.
    run = controller.session.infusion
    end = run.estimated_end(clock.now())
    assert end is not None
    clock.advance(end - clock.now() + minutes(3))
    window.tick()
    assert "volume reached at" in tab.volume_label.text()
    assert run.volume_infused_ml(clock.now()) == Decimal(350)
    qtbot.mouseClick(tab.end_button, Qt.MouseButton.LeftButton)
    end_dialog = tab.dialog
    assert isinstance(end_dialog, EndDialog)
    assert end_dialog.completed.isChecked()
    qtbot.mouseClick(end_dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert stage(controller) is Stage.OBSERVATION
    assert tab.rate_card.value.text() == "Stopped"
    assert controller.session.infusion.paused_seconds(clock.now()) == 600
    assert t0 < end

    # After: the page moves to observation; flush, post-infusion vitals, discharge, then the signature.
    page = window.session_page
    assert page is not None and page.tabs.currentWidget() is page.after_tab
    after = page.after_tab
    assert after.observation_card.value.text() == "30:00 left"
    assert not after.sign_button.isEnabled()
    assert "observation runs until" in after.blockers.text()
    qtbot.keyClicks(after.flush_ml, "20")
    qtbot.mouseClick(after.flush_button, Qt.MouseButton.LeftButton)
    assert after.flush_status.text() == "✓ Flushed with 20 mL"
    clock.advance(minutes(30))
    record_vitals_event(controller)
    window.tick()
    assert after.observation_card.value.text() == "Done"
    assert after.blockers.text() == "⚠ Before signing: record the discharge."
    after.status.setCurrentIndex(after.status.findData("home_well"))
    qtbot.mouseClick(after.discharge_button, Qt.MouseButton.LeftButton)
    assert after.sign_button.isEnabled()
    qtbot.mouseClick(after.sign_button, Qt.MouseButton.LeftButton)
    assert "Tick the statement to sign" in after.sign_form.error_for("attested")
    after.attest.setChecked(True)
    qtbot.keyClicks(after.sign_secret, "not my password")
    qtbot.mouseClick(after.sign_button, Qt.MouseButton.LeftButton)
    assert after.sign_form.error_for("secret") == "Wrong password or PIN."
    assert stage(controller) is Stage.OBSERVATION
    qtbot.keyClicks(after.sign_secret, PASSWORD)
    qtbot.keyClick(after.sign_secret, Qt.Key.Key_Return)
    signed = dict(controller.session.effective_events()[-1].payload)
    assert set(signed) == {"name", "credentials", "meaning", "through_seq", "digest", "key", "signature"}
    assert {k: signed[k] for k in ("name", "credentials", "meaning")} == {
        "name": "Ana Lima",
        "credentials": "RN",
        "meaning": "I attest that this record of the IVIG session is complete and accurate.",
    }
    assert signed["through_seq"] == controller.session.last_seq - 1
    assert verify_session(window.workstation.db, controller.session_id).summary == "record verified"
    assert stage(controller) is Stage.SIGNED
    assert window.board.cards == [] and window.board.empty_label.isVisible()
    assert window.session_page is None
    reopened = make_window()
    assert reopened.workstation.controllers() == []


def test_hard_limit_is_refused_beside_the_rate(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    tab = tab_of(window)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    dialog = confirm_rate_dialog(qtbot, tab, rate_edit="400")
    assert dialog.isVisible()
    assert "above the hard limit of 348 mL/h" in dialog.form.error_for("rate_ml_per_h")
    assert not controller.session.infusion.started


def test_a_grade_2_reaction_pauses_the_real_infusion_and_its_outcome_resumes_it_slower(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    from ivig_desktop.domain.infusion import RateChange
    from ivig_desktop.domain.reactions import Grade, Symptom
    from ivig_desktop.ui.widgets.reaction_dialog import ReactionDialog, ReactionOutcomeDialog

    from .helpers import D

    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(30))
    record_vitals_event(controller)
    controller.change_rate(D("43.5"), RateChange.STEP_UP)
    clock.advance(minutes(12))
    page = window.session_page
    assert page is not None
    vitals = page.vitals_tab
    qtbot.mouseClick(vitals.record_reaction_button, Qt.MouseButton.LeftButton)
    dialog = vitals.reaction_dialog
    assert isinstance(dialog, ReactionDialog)
    dialog.symptom_boxes[Symptom.CHILLS].click()
    dialog.grade_buttons[Grade.MODERATE].click()
    # Rate at onset and previous step come from the running infusion: half of 43.5 = 21.75, previous step 21.8;
    # the lower, rounded down to the pump's 0.1 mL/h: 21.7.
    assert dialog.response_rate.text() == "21.7"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    run = controller.session.infusion
    assert run.paused and not run.stopped_for_reaction
    kinds = [e.type.value for e in controller.session.effective_events()[-2:]]
    assert kinds == ["reaction", "infusion_paused"]  # saved together, in one transaction
    tab = tab_of(window)
    tab.refresh()
    assert tab.rate_card.value.text() == "PAUSED"

    clock.advance(minutes(20))
    qtbot.mouseClick(vitals.outcome_button, Qt.MouseButton.LeftButton)
    outcome = vitals.outcome_dialog
    assert isinstance(outcome, ReactionOutcomeDialog)
    outcome.outcome.setCurrentIndex(outcome.outcome.findData("resolved"))
    qtbot.keyClick(outcome.resume_rate, Qt.Key.Key_Return)
    run = controller.session.infusion
    assert run.running and not run.paused
    assert run.current_rate_ml_per_h == D("21.7")
    assert tab.rate_card.value.text() == "21.7 mL/h"
    # Below step 1's rate: step 1 (21.8) is next, 30 min from the resume.
    assert run.next_step() == run.plan.steps[0] if run.plan else False
    assert run.next_step_due_at() == clock.now() + minutes(30)
    # The vitals chart's rate line follows the pump: 21.8, 43.5, 0 (paused), 21.7.
    assert [rate for _, rate in controller.rate_history()] == [D("21.8"), D("43.5"), D(0), D("21.7")]


def test_a_grade_3_reaction_stops_the_pump_until_the_prescriber_decides(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    from ivig_desktop.domain.reactions import Grade, Symptom
    from ivig_desktop.ui.widgets.reaction_dialog import ReactionDialog

    from .helpers import D

    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(10))
    page = window.session_page
    assert page is not None
    qtbot.mouseClick(page.vitals_tab.record_reaction_button, Qt.MouseButton.LeftButton)
    dialog = page.vitals_tab.reaction_dialog
    assert isinstance(dialog, ReactionDialog)
    dialog.symptom_boxes[Symptom.CHEST_TIGHTNESS].click()
    dialog.grade_buttons[Grade.SEVERE].click()
    dialog.provider_name.setText("Dr Ray")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.form.general_error.text()
    run = controller.session.infusion
    assert run.stopped_for_reaction
    tab = tab_of(window)
    tab.refresh()
    assert tab.rate_card.value.text() == "STOPPED"
    assert "prescriber" in tab.rate_card.detail.text()


def test_the_next_session_shows_the_history_and_a_suggested_personal_maximum(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    from ivig_desktop.domain.infusion import Outcome, RateChange
    from ivig_desktop.domain.reactions import Grade, ReactionInput, ResponseAction, Symptom

    from .helpers import D

    first = open_session(window, clock, "Chair 1", "Doe")
    ready_to_start(first)
    first.start_infusion(D("21.8"))
    clock.advance(minutes(30))
    record_vitals_event(first)
    first.change_rate(D("43.5"), RateChange.STEP_UP)
    clock.advance(minutes(30))
    record_vitals_event(first)
    first.change_rate(D("87"), RateChange.STEP_UP)
    clock.advance(minutes(5))
    first.record_reaction(
        ReactionInput(
            symptoms=(Symptom.FLUSHING,),
            onset_at=clock.now(),
            grade=int(Grade.MILD),
            rate_at_onset_ml_per_h=D("87"),
            previous_step_rate_ml_per_h=D("43.5"),
            response=ResponseAction.CONTINUE,
            deviation_reason="Mild flushing only; slowed on the pump's own step",
        )
    )
    clock.advance(minutes(10))
    first.end_infusion(Outcome.STOPPED, "Flushing; patient asked to stop")
    # The same patient, four weeks later.
    clock.advance(timedelta(weeks=4))
    second = window.workstation.open_session(first.patient.id, "Chair 2")
    window.show_session(second.session_id)
    page = window.session_page
    assert page is not None
    text = page.checkin_tab.history_label.text()
    assert "Privigen 10%, highest 87.0 mL/h, reaction grade 1 at 87.0 mL/h, Stopped early" in text
    # Tolerated: 43.5 (87 saw a reaction begin). Cap: the lower of half of 87 (43.5) and the step below (43.5).
    assert "Suggested personal maximum: 43.5 mL/h" in text
    assert "Highest rate tolerated without a reaction: 43.5 mL/h" in text
    assert second.history().infusions == 1
