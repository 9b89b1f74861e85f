"""Alerts: what is due across chairs, most urgent first; sound repeated until acknowledged; escalation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.main_window import MainWindow

from .conftest import FakePlayer
from .helpers import D, minutes, open_session, ready_to_start, record_vitals_event


def test_alerts_sound_until_acknowledged_and_escalate(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, player: FakePlayer
) -> None:
    chair1 = open_session(window, clock, "Chair 1", "Doe")
    chair2 = open_session(window, clock, "Chair 2", "Nguyen")
    for controller in (chair1, chair2):
        ready_to_start(controller)
        controller.start_infusion(D("21.8"))
    record_vitals_event(chair2)
    window.tick()
    assert window.alert_panel.isVisible()  # always there, the same size: alerts never move anything
    assert window.alert_panel.list.count() == 0
    assert window.alert_panel.heading.text() == "✓ Nothing due now"
    assert player.played == []

    # 15 min: chair 1 needs its first vitals after the start; chair 2's were taken... at the start, so it too.
    clock.advance(minutes(15))
    window.tick()
    texts = [window.alert_panel.list.item(i).text() for i in range(window.alert_panel.list.count())]
    assert texts == [
        "⚠ Chair 1 · Due now · Vitals 15 min after the start",
        "⚠ Chair 2 · Due now · Vitals 15 min after the start",
    ]
    assert all("DOE" not in t and "NGUYEN" not in t for t in texts)  # chairs, never patient names
    assert player.played == [False]

    # Repaints within the minute do not sound again; after 60 s (monotonic) they do.
    clock.advance(minutes(0.5))
    window.tick()
    assert player.played == [False]
    clock.advance(minutes(0.5))
    window.tick()
    assert player.played == [False, False]

    # Acknowledge (Ctrl+K): silent, but still listed until the vitals are recorded.
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    clock.advance(minutes(2))
    window.tick()
    assert player.played == [False, False]
    assert window.alert_panel.list.count() == 2
    assert window.alert_panel.list.item(0).text().startswith("Silenced: Chair 1 · Overdue by 3\u00a0min")

    # Chair 2's vitals are taken: its alert goes. Chair 1 escalates at 10 min overdue and sounds again; a set
    # taken now would also count for step 2 (due in 5 min), so the one alert says so.
    record_vitals_event(chair2)
    clock.advance(minutes(7))
    window.tick()
    assert window.alert_panel.list.count() == 1
    assert window.alert_panel.list.item(0).text() == (
        "⚠ Chair 1 · Overdue by 10\u00a0min, escalated · Vitals 15 min after the start and before step 2, "
        "then step up to 43.5 mL/h"
    )
    assert player.played == [False, False, True]
    # Escalated alerts repeat every 20 s until acknowledged.
    clock.advance(minutes(1 / 3))
    window.tick()
    assert player.played == [False, False, True, True]

    # The card and the session page say it too, in words.
    card = window.board.cards[0]
    assert card.alert_label.text() == (
        "⚠ Overdue, escalated: Vitals 15 min after the start and before step 2, then step up to 43.5 mL/h"
    )
    window.alert_panel.list.itemClicked.emit(window.alert_panel.list.item(0))
    page = window.session_page
    assert page is not None and page.controller is chair1
    assert page.alert_text.text().startswith("⚠ Overdue, escalated: Vitals 15 min after the start")
    qtbot.mouseClick(page.acknowledge_button, Qt.MouseButton.LeftButton)
    assert page.alert_text.text().startswith("Silenced:")
    clock.advance(minutes(1))
    window.tick()
    assert player.played == [False, False, True, True]
