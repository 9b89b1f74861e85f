"""The 1-second tick (issue 14): what is due is computed once per session per tick and shared by the alerts, the
board and the page; only what changed is set; no style sheet is set and no widget is made on a tick.

Work is counted, never timed (benchmarks/bench_tick.py times it)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QLabel, QWidget

import ivig_desktop.domain.session as session_module
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.infusion import RateChange
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.widgets.live_text import LiveText

from .helpers import D, minutes, open_session, ready_to_start, record_vitals_event


class Calls:
    """Counts calls made from Python to the methods it wraps, by the class of the object called."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch
        self.counts: Counter[str] = Counter()

    def wrap(self, owner: Any, name: str, label: str) -> None:
        original: Callable[..., Any] = getattr(owner, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            subject = args[0] if args and isinstance(args[0], QWidget) else None
            self.counts[f"{label}:{type(subject).__name__}" if subject is not None else label] += 1
            return original(*args, **kwargs)

        self._monkeypatch.setattr(owner, name, counted)

    def total(self, label: str) -> int:
        return sum(n for key, n in self.counts.items() if key == label or key.startswith(label + ":"))

    def reset(self) -> None:
        self.counts.clear()


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[Calls]:
    counter = Calls(monkeypatch)
    counter.wrap(session_module, "due_items", "due")
    counter.wrap(QWidget, "setStyleSheet", "setStyleSheet")
    counter.wrap(QLabel, "setText", "QLabel.setText")
    counter.wrap(QWidget, "update", "update")
    yield counter


def widgets() -> set[int]:
    """Every widget of the application, by the address of its C++ object (wrappers come and go)."""
    return {shiboken6.getCppPointer(w)[0] for w in QApplication.allWidgets()}


def busy(window: MainWindow, clock: FakeClock) -> list[SessionController]:
    """Three chairs infusing, one stepped up; the first one's Infusion page open."""
    chairs = [open_session(window, clock, f"Chair {n}", family) for n, family in enumerate(("Doe", "Ng", "Ode"), 1)]
    for controller in chairs:
        ready_to_start(controller)
        controller.start_infusion(D("21.8"))
    clock.advance(minutes(29))
    record_vitals_event(chairs[1])
    clock.advance(minutes(1))
    chairs[1].change_rate(D("43.5"), RateChange.STEP_UP)
    window.board.select_position(1)
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.infusion_tab)
    window.tick()
    QApplication.processEvents()
    return chairs


def test_what_is_due_is_computed_once_per_session_per_tick(window: MainWindow, clock: FakeClock, calls: Calls) -> None:
    chairs = busy(window, clock)
    assert window.alerts.alerts, "the scene has alerts"
    for _ in range(5):
        calls.reset()
        clock.advance(minutes(1 / 60))
        window.tick()
        assert calls.total("due") == len(chairs)


def test_no_style_sheet_and_no_widget_made_or_removed_on_a_tick(
    window: MainWindow, clock: FakeClock, calls: Calls
) -> None:
    """Through due, overdue, escalated, silenced and resolved alerts, and a minute of seconds."""
    chairs = busy(window, clock)
    for step in range(90):
        if step in (0, 60):
            if step == 60:
                record_vitals_event(chairs[0])  # the record changed: its views redraw (not a tick)
            QApplication.processEvents()
            calls.reset()
            before = widgets()
        clock.advance(minutes(1 / 6))  # 15 minutes in 10-second ticks
        if step == 40:
            window.alerts.acknowledge()
        window.tick()
        QApplication.processEvents()
        assert widgets() == before
    assert calls.total("setStyleSheet") == 0


def test_a_tick_sets_only_what_changed(window: MainWindow, clock: FakeClock, calls: Calls) -> None:
    busy(window, clock)
    # Chair 2's page: its next step counts down in seconds ('29:59 left'; chair 1's vitals are overdue, which the
    # big countdown says in whole minutes, 'overdue by 15 min', as domain/times.py says every countdown).
    window.board.select_position(2)
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.infusion_tab)
    clock.advance(minutes(1 / 60))
    window.tick()
    # The same instant again: nothing to set, nothing to repaint.
    calls.reset()
    window.tick()
    assert calls.total("QLabel.setText") == 0
    assert calls.total("update") == 0
    # One second later: the big countdown changes; the board and the alert list count minutes, and keep still.
    calls.reset()
    clock.advance(minutes(1 / 60))
    window.tick()
    assert calls.counts["update:LiveText"] >= 1
    assert calls.total("QLabel.setText") == 0
    changed = [w for w in QApplication.allWidgets() if isinstance(w, LiveText) and w.text()]
    assert page.infusion_tab.next_card.value in changed
