"""What the nurse works in never moves or resizes by itself (issue 12 items 1 and 6): an alert arriving changes the
text of areas kept for alerts, never the place of a field, a tab or a card, and never the window's size; and what
is shown is shown in full (no field hint, label or button cut off) at 1280x800 and 1366x768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.main_window import MainWindow

from .helpers import D, minutes, open_session, ready_to_start

SCREENS = [(1280, 800), (1366, 768)]


def place(widget: QWidget) -> QRect:
    """Where the widget is on the screen."""
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def working_widgets(window: MainWindow) -> dict[str, QWidget]:
    page = window.session_page
    assert page is not None
    tab = page.tabs.currentWidget()
    found: dict[str, QWidget] = {"tab bar": page.tabs.tabBar(), "note": page.note_edit}
    for index, edit in enumerate(tab.findChildren(QLineEdit)):
        if edit.isVisible():
            found[f"field {index} {edit.accessibleName()}"] = edit
    for card in window.board.cards:
        found[f"card {card.session_id}"] = card
    return found


@pytest.mark.parametrize("size", SCREENS)
def test_an_alert_moves_nothing_under_the_cursor_and_the_window_keeps_its_size(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, size: tuple[int, int]
) -> None:
    window.resize(*size)
    chairs = [open_session(window, clock, f"Chair {n}", family) for n, family in enumerate(("Doe", "Ng"), 1)]
    for controller in chairs:
        ready_to_start(controller)
        controller.start_infusion(D("21.8"))
    window.board.select_position(1)
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.vitals_tab)  # the nurse is typing a vitals set
    systolic = page.vitals_tab.form.edits["systolic_mmhg"]
    systolic.setFocus()
    clock.advance(minutes(14))
    window.tick()
    QApplication.processEvents()
    assert not window.alerts.alerts
    before = {name: place(widget) for name, widget in working_widgets(window).items()}
    window_size = window.size()

    for step in (1, 1, 10, 15):  # due, overdue, escalated with the step's vitals, then the step itself too
        clock.advance(minutes(step))
        window.tick()
        QApplication.processEvents()
        assert window.alerts.alerts
        after = {name: place(widget) for name, widget in working_widgets(window).items()}
        moved = {name: (before[name], after[name]) for name in before if before[name] != after[name]}
        assert not moved, f"moved when an alert arrived: {moved}"
        assert window.size() == window_size
    assert QApplication.focusWidget() is systolic


def cut_off(root: QWidget) -> list[str]:
    """Visible texts that do not fit where they are shown: a field's hint, a label that does not wrap, a button,
    a tab."""
    problems: list[str] = []
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if edit.isVisible() and hint and not edit.text():
            room = edit.width() - 12  # the frame and text margins
            if edit.fontMetrics().horizontalAdvance(hint) > room:
                problems.append(f"field hint {hint!r} ({edit.width()} px)")
    for label in root.findChildren(QLabel):
        shown = label.isVisible() and label.text() and not label.wordWrap() and label.pixmap().isNull()
        if shown and label.minimumSizeHint().width() > label.width() + 1:
            problems.append(f"label {label.text()!r} ({label.width()} of {label.minimumSizeHint().width()} px)")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.sizeHint().width() > button.width() + 1:
            problems.append(f"button {button.text()!r} ({button.width()} of {button.sizeHint().width()} px)")
    for header in root.findChildren(QHeaderView):
        model = header.model()
        if header.isVisible() and header.orientation() is Qt.Orientation.Horizontal and model is not None:
            for section in range(header.count()):
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                if text and header.fontMetrics().horizontalAdvance(text) + 4 > header.sectionSize(section):
                    problems.append(f"column {text!r} ({header.sectionSize(section)} px)")
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                needed = bar.fontMetrics().horizontalAdvance(bar.tabText(index).replace("&", ""))
                if needed > bar.tabRect(index).width():
                    problems.append(f"tab {bar.tabText(index)!r}")
    return problems


@pytest.mark.parametrize("size", SCREENS)
def test_every_tab_shows_its_texts_in_full(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, size: tuple[int, int]
) -> None:
    window.simulation_banner.show()  # a banner takes room too: nothing turns into "..."
    window.resize(*size)
    other = open_session(window, clock, "Chair 2", "Nguyen")
    ready_to_start(other)
    other.start_infusion(D("21.8"))
    controller = open_session(window, clock, "Chair 1", "Doe")
    clock.advance(minutes(20))
    window.tick()
    page = window.session_page
    assert page is not None and page.controller is controller
    problems = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        window.tick()
        QApplication.processEvents()
        problems += [f"{page.tabs.tabText(index)}: {p}" for p in cut_off(window)]
    assert not problems, "\n".join(sorted(set(problems)))


def test_due_now_shows_every_alert_in_full(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    """Not a one-line box with scroll bars: each alert wraps, whole, in a list of fixed height."""
    window.resize(1280, 800)
    for n in range(1, 4):
        controller = open_session(window, clock, f"Chair {n}", f"Family{n}")
        ready_to_start(controller)
        controller.start_infusion(D("21.8"))
    clock.advance(minutes(26))
    window.tick()
    QApplication.processEvents()
    panel = window.alert_panel
    assert panel.list.count() == 3
    assert panel.list.horizontalScrollBar().maximum() == 0
    height = panel.list.height()
    metrics = panel.list.fontMetrics()
    for row in range(panel.list.count()):
        item = panel.list.item(row)
        rect = panel.list.visualItemRect(item)
        needed = metrics.boundingRect(0, 0, rect.width(), 10_000, int(Qt.TextFlag.TextWordWrap), item.text())
        assert rect.height() >= needed.height(), item.text()
        assert rect.width() <= panel.list.viewport().width()
    assert panel.list.height() == height >= 5 * metrics.lineSpacing()
