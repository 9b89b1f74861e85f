"""The reaction dialog checks its rates, and proposes a resume rate, by the confirmed plan's pump (RateLimits):
on a pump set in whole mL/h, half of 43 mL/h is proposed as 21 mL/h, and 21.5 mL/h is refused beside its field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.infusion import PlannedStep, RateChange
from ivig_desktop.domain.reactions import Grade, ResponseAction, Symptom
from ivig_desktop.ui.main_window import MainWindow

from .helpers import D, minutes, open_session, privigen_plan, ready_to_start, record_vitals_event
from .test_reaction_picture import open_dialog


def test_the_dialog_follows_the_plans_pump(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    base = privigen_plan()
    steps = tuple(
        PlannedStep(s.number, D(rate), s.duration_min, s.origin)
        for s, rate in zip(base.steps, (22, 43, 87, 174), strict=True)
    )
    limits = replace(base.limits, pump_name="Pump W", pump_max_ml_per_h=D(600), resolution_ml_per_h=D(1))
    controller = open_session(window, clock)
    ready_to_start(controller, replace(base, steps=steps, limits=limits))
    controller.start_infusion(D(22))
    clock.advance(minutes(30))
    record_vitals_event(controller)  # vitals before every increase
    controller.change_rate(D(43), RateChange.STEP_UP)
    clock.advance(minutes(5))

    dialog = open_dialog(qtbot, window)
    assert dialog.rate_at_onset.text() == "43"
    dialog.symptom_boxes[Symptom.HEADACHE].click()
    dialog.grade_buttons[Grade.MILD].click()
    assert "When the symptoms settle, resume at 21 mL/h." in dialog.proposal_label.text()
    assert "Rounded down to 1 mL/h: 21 mL/h." in dialog.working_label.text()
    assert dialog.chosen_action() is ResponseAction.PAUSE

    dialog.response_rate.setText("21.5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused: nothing stored
    assert (
        dialog.error_for("response_rate_ml_per_h") == "21.5 mL/h cannot be set on Pump W: it takes multiples of 1 mL/h."
    )
    assert controller.reactions() == ()

    dialog.response_rate.setText("21")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (reaction,) = controller.reactions()
    assert reaction.response_rate_ml_per_h == D(21)
    assert controller.session.infusion.paused
