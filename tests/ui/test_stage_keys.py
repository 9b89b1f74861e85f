"""Ctrl+Tab / Ctrl+Shift+Tab move between the selected session's tabs from anywhere in the page, a field with the
focus included (ui/shortcuts.py, ui/menus.py): the Session menu and the shortcuts list show them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.dialogs.help import ShortcutsDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.page import SessionPage
from ivig_desktop.ui.shortcuts import shortcut

from .helpers import open_session

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def page_of(window: MainWindow, clock: FakeClock) -> SessionPage:
    open_session(window, clock)
    window.tick()
    page = window.session_page
    assert page is not None
    return page


def focus_inside(page: SessionPage) -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None and focus.isVisible()
    current = page.tabs.currentWidget()
    assert current is not None and current.isAncestorOf(focus), focus
    return focus


def test_ctrl_tab_and_ctrl_shift_tab_switch_the_tabs_from_a_field(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page = page_of(window, clock)
    tabs = page.tabs
    assert tabs.currentWidget() is page.checkin_tab
    page.note_edit.setFocus()  # the note box, below the tabs, where a nurse types
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentWidget() is page.checks_tab
    focus_inside(page)  # the focus follows into the tab shown, never left on a hidden field
    tabs.setCurrentWidget(page.vitals_tab)
    field = page.vitals_tab.form.edits["systolic_mmhg"]
    field.setFocus()
    qtbot.keyClicks(field, "120")
    # Shift+Tab comes from the keyboard as Backtab; both spellings of the key go back one tab.
    qtbot.keyClick(field, Qt.Key.Key_Backtab, CTRL_SHIFT)
    assert tabs.currentWidget() is page.infusion_tab
    assert focus_inside(page) is page.infusion_tab.default_focus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL_SHIFT)
    assert tabs.currentWidget() is page.premed_tab
    assert field.text() == "120"  # what was typed stays; no tab character went into a field
    # Round the ends: back from the first is the last (the record), on from the last is the first.
    tabs.setCurrentIndex(0)
    page.checkin_tab.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Backtab, CTRL_SHIFT)
    assert tabs.currentIndex() == tabs.count() - 1
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 0


def test_the_tab_keys_are_in_the_session_menu_and_the_shortcuts_list(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page_of(window, clock)
    assert window.menus is not None
    window.menus.sync()
    texts = {a.text(): a for a in window.menus.menus["session"].actions()}
    for name, key in (("next_stage", "Ctrl+Tab"), ("previous_stage", "Ctrl+Shift+Tab")):
        action = texts[shortcut(name).label()]
        assert action.isEnabled()
        assert [s.toString() for s in action.shortcuts()] == [key]
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}  # type: ignore[union-attr]
    assert rows["Next tab of the session"] == "Ctrl+Tab"
    assert rows["Previous tab of the session"] == "Ctrl+Shift+Tab"


def test_the_tab_keys_do_nothing_while_the_screen_is_locked(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    page = page_of(window, clock)
    window.workstation.lock()
    assert window.menus is not None
    window.menus.sync()
    assert not window.menus.actions["next_stage"].isEnabled()
    window.menus.move_stage(1)
    assert page.tabs.currentWidget() is page.checkin_tab
