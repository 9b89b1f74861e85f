"""What is due, as the nurse sees it (issue 12 item 8): the big countdown, the board, the alerts and the buttons all
follow the domain's rules: the soonest thing due, named; one alert per thing to do; the volume infused outranks and
disables the step up; nothing is due after the discharge."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.infusion import Outcome, PlannedStep, RateChange
from ivig_desktop.ui.main_window import MainWindow

from .conftest import FakePlayer
from .helpers import D, minutes, open_session, privigen_plan, ready_to_start, record_vitals_event


def test_once_the_volume_is_infused_everything_names_the_end_and_nothing_offers_a_step_up(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    # 350 mL at 174 mL/h: reached at 120 min 41 s, while the step to 348 mL/h is only due at 180 min.
    plan = dataclasses.replace(
        privigen_plan(),
        steps=(PlannedStep(1, D("174"), 180, "label", D("4")), PlannedStep(2, D("348"), None, "clinic", D("8"))),
    )
    controller = open_session(window, clock)
    ready_to_start(controller, plan)
    controller.start_infusion(D("174"))
    clock.advance(minutes(130))  # the vitals 15 min after the start were missed too
    window.tick()
    page = window.session_page
    assert page is not None
    tab = page.infusion_tab
    page.tabs.setCurrentWidget(tab)
    window.tick()
    assert controller.session.infusion.volume_reached_at(clock.now()) is not None
    assert not tab.step_up_button.isEnabled() and not tab.hold_button.isEnabled()
    assert tab.end_button.isEnabled()
    assert tab.next_card.caption.text() == "Next: Volume infused"
    assert tab.next_card.detail.text().startswith("⚠ Overdue: Volume infused: confirm the end of the infusion")
    assert window.board.cards[0].next_label.text() == "Next: Volume infused · overdue by 9\u00a0min"
    alerts = [a.item.text for a in window.alerts.for_session(controller.session_id)]
    assert alerts == ["Vitals 15 min after the start", "Volume infused: confirm the end of the infusion"]
    assert "Step up" not in tab.due_label.text()
    # The countdown's words are whole: what follows is left out rather than cut when it does not fit.
    QApplication.processEvents()
    for width in (1280, 1366, 960):
        window.resize(width, 800)
        QApplication.processEvents()
        detail = tab.next_card.detail
        assert detail.heightForWidth(detail.width()) <= detail.height(), (width, detail.text())
        assert detail.text().startswith("⚠ Overdue: Volume infused")


def test_a_step_up_is_one_alert_and_one_sound(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, player: FakePlayer
) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(14))
    record_vitals_event(controller)  # the 15-min vitals
    window.tick()
    assert player.played == []
    clock.advance(minutes(16))  # 30 min: step 2 due; vitals first (the last set is 16 min old)
    window.tick()
    assert [a.item.text for a in window.alerts.alerts] == ["Vitals before step 2, then step up to 43.5 mL/h"]
    assert player.played == [False]
    clock.advance(minutes(2))  # overdue: the same alert, no second sound within the minute... then once a minute
    window.tick()
    assert len(window.alerts.alerts) == 1 and player.played == [False, False]
    record_vitals_event(controller)
    window.tick()
    assert [a.item.text for a in window.alerts.alerts] == ["Step up to 43.5 mL/h"]  # now the step is what is due
    controller.change_rate(D("43.5"), RateChange.STEP_UP)
    window.tick()
    assert window.alerts.alerts == []


def test_the_big_countdown_shows_the_vitals_due_before_the_step(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(13) + minutes(1 / 30))  # vitals due in 01:58, the step in 16:58
    window.tick()
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.infusion_tab)
    card = page.infusion_tab.next_card
    assert card.value.text() == "01:58 left"
    assert card.caption.text() == "Next: Vitals"
    assert card.detail.text().startswith("Vitals 15 min after the start at")


def test_nothing_escalates_after_the_discharge(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, player: FakePlayer
) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(20))
    controller.end_infusion(Outcome.STOPPED, "Patient asked to stop")
    clock.advance(minutes(70))  # the observation ended 40 minutes ago, vitals missed: escalated
    window.tick()
    assert window.alerts.alerts and window.alerts.alerts[0].escalated
    sounds = len(player.played)
    controller.record_discharge(DischargeStatus.TRANSFERRED, "to the emergency department")
    for _ in range(3):
        clock.advance(minutes(1))
        window.tick()
    assert window.alerts.alerts == []
    assert len(player.played) == sounds
    assert window.board.cards[0].next_label.text() == "Next: nothing due"
