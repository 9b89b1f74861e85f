"""The keyboard's place is never lost (issue 12 item 15): after every dialog closes, after Confirm plan and after
each pump action the focus is on a visible control of the window, the next thing the nurse does; Tab reaches the
double-check and the toolbar's Switch nurse and Restore; a table is one Tab stop; Tab follows the reading order."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.accessibility import name_of
from ivig_desktop.ui.main_window import MainWindow

from .helpers import D, minutes, open_session, ready_to_start, record_vitals_event
from .screens_walk import dialog_makers, infusing, pages
from .test_check_in import answer_risks, check_in


def focus_is_sensible(window: MainWindow) -> QWidget:
    QApplication.processEvents()
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert focused is not None, "the focus is nowhere"
    assert focused.isVisible() and focused.isEnabled(), f"the focus is on a hidden or disabled {focused}"
    assert focused.window() is window
    return focused


def test_confirm_plan_leaves_the_focus_on_what_was_recorded(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    page, tab = check_in(window, clock)
    page.tabs.setCurrentWidget(tab)
    tab.weight.setText("72.5")
    answer_risks(qtbot, tab)
    qtbot.keyClick(tab.weight, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.second_nurse, "Ben Okafor, RN")
    qtbot.keyClick(tab.second_nurse, Qt.Key.Key_Return)
    assert tab.confirmed_label.text().startswith("✓ Plan confirmed at 07:00")
    assert page.tabs.currentWidget() is page.checks_tab  # the page moves on to the vials, and the keyboard too
    assert focus_is_sensible(window) is page.checks_tab.scan_edit
    page.tabs.setCurrentWidget(tab)  # confirmed again: the focus stays on what was recorded
    qtbot.keyClicks(tab.second_nurse, "Ben Okafor, RN")
    qtbot.keyClick(tab.second_nurse, Qt.Key.Key_Return)
    assert focus_is_sensible(window) is tab.confirmed_label


def test_the_focus_after_each_pump_action_is_the_next_one(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    page = window.session_page
    assert page is not None
    infusion = page.infusion_tab
    page.tabs.setCurrentWidget(infusion)
    infusion.start_button.setFocus()

    def through(opener: QWidget, reason: str = "") -> QWidget:
        qtbot.keyClick(opener, Qt.Key.Key_Space)
        dialog = infusion.dialog
        assert isinstance(dialog, QDialog) and dialog.isVisible()
        if reason:
            qtbot.keyClicks(dialog.reason_edit, reason)  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        assert not dialog.isVisible()
        return focus_is_sensible(window)

    assert through(infusion.start_button) is infusion.default_focus()  # Start hides once the pump runs
    assert not infusion.start_button.isVisible()  # Start is hidden now; no step up is due yet
    clock.advance(minutes(30))
    record_vitals_event(controller)
    window.tick()
    assert through(infusion.step_up_button) is infusion.default_focus()
    infusion.pause_button.setFocus()
    assert through(infusion.pause_button, "Patient to the bathroom") is infusion.resume_button
    assert through(infusion.resume_button) is infusion.default_focus()
    assert not infusion.resume_button.isVisible()
    infusion.end_button.setFocus()
    qtbot.keyClick(infusion.end_button, Qt.Key.Key_Space)
    infusion.dialog.reject()  # type: ignore[union-attr]
    assert focus_is_sensible(window) is infusion.end_button  # Cancel: back where she was


def test_every_dialog_gives_the_focus_back(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    page = infusing(window, clock)
    for name, make in dialog_makers(window, page):
        page.note_edit.setFocus()
        dialog = make()
        assert dialog is not None
        dialog.show()
        QApplication.processEvents()
        dialog.reject()
        assert focus_is_sensible(window) is page.note_edit, name


def tab_chain(qtbot: QtBot, window: MainWindow, start: QWidget, limit: int = 80) -> list[QWidget]:
    """The controls Tab visits from `start` until it comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    chain = [start]
    for _ in range(limit):
        qtbot.keyClick(chain[-1], Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is start:
            return chain
        chain.append(focused)
    raise AssertionError(f"Tab never came back to {start}: trapped in {chain[-3:]}")


def out_of_reading_order(window: MainWindow, chain: list[QWidget]) -> list[str]:
    """Steps of the chain that go up and to the left (reading order goes down, or right to a next column); the one
    step from the last control back to the first is allowed."""
    places = [QRect(w.mapTo(window, w.rect().topLeft()), w.size()) for w in chain]
    wrong = []
    for index in range(1, len(chain)):
        before, after = places[index - 1], places[index]
        down = after.top() >= before.top() - 4
        next_column = after.left() >= before.center().x()
        if not (down or next_column):
            wrong.append(f"{name_of(chain[index - 1])} {before} -> {name_of(chain[index])} {after}")
    return wrong


def test_tab_follows_the_reading_order_and_reaches_every_part(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    names = {"Switch nurse", "Restore from backup…", "A second nurse checked the calculation"}
    reached: set[str] = set()
    for name, _ in pages(window, clock):
        if not name.startswith("tab "):
            continue
        toolbar_first = window.toolbar.widgetForAction(window.new_session_action)
        chain = tab_chain(qtbot, window, toolbar_first)
        reached |= {w.text() for w in chain if hasattr(w, "text") and isinstance(w.text(), str)}
        reached |= {a.text() for a in window.toolbar.actions() if window.toolbar.widgetForAction(a) in chain}
        steps = [w for w in chain if isinstance(w, QAbstractItemView)]
        assert len(steps) == len(set(steps)), f"{name}: a list or table takes more than one Tab stop"
        wrong = out_of_reading_order(window, chain)
        assert not wrong, f"{name}: " + "\n".join(wrong)
    assert {"Switch nurse", "Restore from backup…"} <= reached
    del names


def test_the_double_check_is_reached_by_tab(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    page, tab = check_in(window, clock)
    page.tabs.setCurrentWidget(tab)
    answer_risks(qtbot, tab)
    QApplication.processEvents()
    chain = tab_chain(qtbot, window, page.tabs.tabBar())
    assert tab.confirm_bar.by_second in chain and tab.second_nurse in chain and tab.confirm_button in chain
    assert chain.count(tab.plan_box.steps) <= 1


def test_a_table_is_one_tab_stop(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.infusion_tab)
    table = page.infusion_tab.steps
    assert table.rowCount() == 4
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # arrows move inside
    assert table.currentRow() == 1 and QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # Tab leaves
    assert QApplication.focusWidget() is not table
    for view in window.findChildren(QAbstractItemView):
        assert not view.tabKeyNavigation(), view.accessibleName()
