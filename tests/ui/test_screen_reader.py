"""What a screen reader hears (issue 12 item 15): a new alert is announced once, with the alert role; the rate and
the countdown are named in words that change at a pace a person can follow; why Start is unavailable is read."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui import accessibility
from ivig_desktop.ui.main_window import MainWindow

from .helpers import D, minutes, open_session, ready_to_start


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The app's accessibility events, as (kind, words)."""
    events: list[tuple[str, str]] = []

    def record(event: QAccessibleEvent) -> None:
        words = event.message() if isinstance(event, QAccessibleAnnouncementEvent) else ""
        events.append((event.type().name, words))

    monkeypatch.setattr(accessibility, "send", record)
    return events


def test_a_new_alert_is_announced_once_and_again_when_it_grows_worse(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, sent: list[tuple[str, str]]
) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    window.tick()
    heading = window.alert_panel.heading
    interface = QAccessible.queryAccessibleInterface(heading)
    assert interface.role() is QAccessible.Role.AlertMessage
    assert interface.text(QAccessible.Text.Name) == heading.text() == "✓ Nothing due now"
    assert sent == []

    clock.advance(minutes(15))  # the vitals 15 min after the start fall due
    window.tick()
    assert sent == [("Alert", ""), ("Announcement", "⚠ Chair 1 · Due now · Vitals 15 min after the start")]
    assert interface.text(QAccessible.Text.Name) == heading.text()
    for _ in range(5):  # repaints of the same alert say nothing more
        clock.advance(timedelta(seconds=10))
        window.tick()
    assert len(sent) == 2
    clock.advance(minutes(1))  # overdue now: worse, so said again
    window.tick()
    assert sent[2:] == [("Alert", ""), ("Announcement", "⚠ Chair 1 · Overdue · Vitals 15 min after the start")]
    window.alerts.acknowledge()
    clock.advance(minutes(2))  # acknowledged: the nurse knows, nothing is said
    window.tick()
    assert len(sent) == 4
    clock.advance(minutes(8))  # escalated: it sounds again, and is said again
    window.tick()
    assert [kind for kind, _ in sent[4:]] == ["Alert", "Announcement"]
    assert sent[5][1].startswith("⚠ Chair 1 · Overdue by ") and ", escalated · Vitals" in sent[5][1]


def test_the_rate_and_the_countdown_are_named_once_a_minute_not_every_second(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.infusion_tab)
    card = page.infusion_tab.next_card
    rate = page.infusion_tab.rate_card
    shown: set[str] = set()
    names: set[str] = set()
    for _ in range(120):  # two minutes, a tick a second
        clock.advance(timedelta(seconds=1))
        window.tick()
        shown.add(card.value.text())
        names.add(card.accessibleName())
    assert len(shown) == 120  # the screen counts down every second
    assert names == {f"Next: Vitals: in {n}\u00a0min" for n in (15, 14, 13)}  # a new name a minute
    assert rate.accessibleName() == "Pump rate: 21.8 mL/h"
    assert "Step 1 of 4" in rate.accessibleDescription()


def test_why_start_is_unavailable_is_read_with_the_button(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    controller = open_session(window, clock)
    tab = window.session_page.infusion_tab if window.session_page else None
    assert tab is not None
    assert not tab.start_button.isEnabled()
    assert tab.start_button.accessibleDescription().startswith("⚠ Before starting: ")
    assert tab.start_button.accessibleDescription() == tab.blockers_label.text()
    ready_to_start(controller)
    assert tab.start_button.isEnabled() and tab.start_button.accessibleDescription() == ""
