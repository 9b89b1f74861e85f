"""The menu bar and the keyboard shortcuts (issue 12 item 14): one table (ui/shortcuts.py) gives every key, each
key is unique and never one a text field uses, each action is in a menu with its key and its button's tooltip says
the key, and pressing the key (wherever the focus is) does what the button does, only when the button would."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.dialogs.help import AboutDialog, ShortcutsDialog, UserGuideDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.menus import SESSION_BUTTONS, usable
from ivig_desktop.ui.session.page import SessionPage
from ivig_desktop.ui.shortcuts import SHORTCUTS, key_string, shortcut

from .helpers import PASSWORD, minutes, open_session, ready_to_start, record_vitals_event

# What a text field does with Ctrl+letter on some platform (Qt's standard keys on Windows, macOS, KDE, GNOME):
# a window shortcut must not take one of these from a nurse typing.
TEXT_EDITING_KEYS = {
    "Ctrl+A", "Ctrl+C", "Ctrl+V", "Ctrl+X", "Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z", "Ctrl+Shift+A", "Ctrl+E",
    "Ctrl+U", "Ctrl+D", "Ctrl+Shift+U", "Ctrl+Insert", "Shift+Insert", "Shift+Del", "Ctrl+Backspace", "Ctrl+Del",
    "Ctrl+Left", "Ctrl+Right", "Ctrl+Up", "Ctrl+Down", "Ctrl+Home", "Ctrl+End", "Ctrl+Shift+Left",
    "Ctrl+Shift+Right", "Ctrl+Shift+Up", "Ctrl+Shift+Down", "Ctrl+Shift+Home", "Ctrl+Shift+End", "Ctrl+Return",
    "Ctrl+Enter",
}  # fmt: skip
# (Ctrl+Tab and Ctrl+Shift+Tab move between the session's tabs: no field of the app types a tab character, and a
# text box that would (QPlainTextEdit without tabChangesFocus) is read-only: tests/ui/test_stage_keys.py.)
EDITING_STANDARD_KEYS = (
    "Copy", "Cut", "Paste", "Undo", "Redo", "SelectAll", "Deselect", "Delete", "Backspace", "DeleteStartOfWord",
    "DeleteEndOfWord", "DeleteEndOfLine", "DeleteCompleteLine", "MoveToNextWord", "MoveToPreviousWord",
    "MoveToStartOfLine", "MoveToEndOfLine", "MoveToStartOfBlock", "MoveToEndOfBlock", "MoveToStartOfDocument",
    "MoveToEndOfDocument", "SelectNextWord", "SelectPreviousWord", "SelectStartOfLine", "SelectEndOfLine",
    "SelectStartOfDocument", "SelectEndOfDocument", "InsertLineSeparator", "InsertParagraphSeparator",
)  # fmt: skip


def portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def signed_in_with_session(window: MainWindow, clock: FakeClock) -> SessionPage:
    open_session(window, clock)
    window.tick()
    page = window.session_page
    assert page is not None
    return page


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.append(action)
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found.extend(menu_actions(submenu))
    return found


def press(qtbot: QtBot, name: str, focus: QWidget) -> None:
    """Press the action's key with the focus on `focus` (a text field, as a nurse typing would have it)."""
    focus.setFocus()
    sequence = shortcut(name).sequences()[0]
    combination = sequence[0]  # type: ignore[index]  # (QKeySequence.__getitem__ is not in the stubs)
    qtbot.keyClick(focus, combination.key(), combination.keyboardModifiers())


def test_every_key_is_unique_and_none_is_a_text_editing_key(qapp: QApplication) -> None:
    keys = [portable(s) for item in SHORTCUTS for s in item.sequences()]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    editing_here = {
        portable(s)
        for name in EDITING_STANDARD_KEYS
        for s in QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, name))
    }
    for key in keys:
        assert key not in TEXT_EDITING_KEYS | editing_here, key
        combination = QKeySequence(key)[0]  # type: ignore[index]
        plain = combination.keyboardModifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        is_function_key = Qt.Key.Key_F1.value <= combination.key().value <= Qt.Key.Key_F35.value
        assert not plain or is_function_key or key in {"Save", "New", "Help"}, key  # (dedicated keyboard keys)


def test_the_platform_standard_keys_are_used_where_there_is_one(qapp: QApplication) -> None:
    for name, standard in (("print", "Print"), ("save_pdf", "Save"), ("quit", "Quit"), ("user_guide", "HelpContents")):
        bindings = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, standard))
        assert shortcut(name).standard == standard
        assert shortcut(name).sequences()[: len(bindings)] == bindings


def test_every_action_of_the_table_is_in_a_menu_with_its_keys(window: MainWindow, clock: FakeClock) -> None:
    signed_in_with_session(window, clock)
    menus = window.menus
    assert menus is not None
    in_menus = [a for menu in menus.menus.values() for a in menu_actions(menu)]
    assert [m.title() for m in menus.menus.values()] == ["File", "Session", "View", "&Help"]
    for item in SHORTCUTS:
        if item.name == "select_chair":
            assert [a.shortcut() for a in menus.chair_actions] == item.sequences()
            assert all(a in in_menus for a in menus.chair_actions)
            continue
        action = menus.actions[item.name]
        assert action in in_menus, item.name
        assert action.text() == item.label()
        assert action.shortcuts() == item.sequences(), item.name


def test_each_button_says_its_key_in_its_tooltip(window: MainWindow, clock: FakeClock) -> None:
    page = signed_in_with_session(window, clock)
    tab = page.infusion_tab
    for name, button in (
        ("start", tab.start_button),
        ("step_up", tab.step_up_button),
        ("hold", tab.hold_button),
        ("step_down", tab.step_down_button),
        ("pause_resume", tab.pause_button),
        ("pause_resume", tab.resume_button),
        ("end", tab.end_button),
    ):
        key = shortcut(name).key_text()
        assert button.toolTip() == f"{button.text().rstrip('…')} ({key})", name
    assert tab.step_up_button.toolTip() == "Step up (Ctrl+Shift+R)"
    for row in page.checks_tab.rows.values():
        first, second = row.buttons.values()
        assert first.toolTip().endswith(f"({shortcut('answer_first').key_text()})")
        assert second.toolTip().endswith(f"({shortcut('answer_second').key_text()})")
    assert window.alert_panel.acknowledge_button.toolTip().endswith("(Ctrl+K)")
    assert window.new_session_action.toolTip() == "Start a session for a patient (Ctrl+N)"
    assert window.export_action.toolTip().endswith("(Ctrl+Shift+E)")


def same_dialog(first: QWidget | None, second: QWidget | None) -> bool:
    return (
        isinstance(first, QDialog)
        and isinstance(second, QDialog)
        and type(first) is type(second)
        and first.windowTitle() == second.windowTitle()
    )


def key_then_button(qtbot: QtBot, window: MainWindow, page: SessionPage, name: str) -> None:
    """The key (focus in the note box) opens the dialog the button opens."""
    tab = page.infusion_tab
    assert window.menus is not None
    window.menus.sync()
    assert window.menus.actions[name].isEnabled(), name
    button = SESSION_BUTTONS[name](page)
    assert button is not None and usable(button)
    tab.dialog = None
    press(qtbot, name, page.note_edit)
    by_key = tab.dialog
    assert by_key is not None and by_key.isVisible(), name
    assert page.tabs.currentWidget() is tab
    by_key.close()
    button.click()
    assert same_dialog(by_key, tab.dialog), name
    assert tab.dialog is not None
    tab.dialog.close()


def test_each_pump_key_does_what_its_button_does_and_only_when_it_would(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page = signed_in_with_session(window, clock)
    assert window.menus is not None
    actions = window.menus.actions
    # Nothing confirmed yet: Start is refused by its button, so by its menu item and its key.
    assert not usable(page.infusion_tab.start_button)
    assert not actions["start"].isEnabled()
    press(qtbot, "start", page.note_edit)
    assert page.infusion_tab.dialog is None

    ready_to_start(page.controller)
    window.tick()
    key_then_button(qtbot, window, page, "start")
    page.controller.start_infusion(Decimal("21.8"))
    page.controller.pause("Line check")
    window.tick()
    # Paused: no step up, hold or step down, whatever the key (the buttons refuse them); End still applies.
    assert actions["end"].isEnabled()
    for name in ("step_up", "hold", "step_down"):
        assert not usable(SESSION_BUTTONS[name](page)) and not actions[name].isEnabled(), name
        page.infusion_tab.dialog = None
        press(qtbot, name, page.note_edit)
        assert page.infusion_tab.dialog is None, name
    key_then_button(qtbot, window, page, "pause_resume")  # Resume
    assert page.infusion_tab.dialog is not None and "Resume" in page.infusion_tab.dialog.windowTitle()
    page.controller.resume(Decimal("21.8"))
    clock.advance(minutes(30))
    record_vitals_event(page.controller)
    window.tick()
    for name in ("step_up", "hold", "step_down", "pause_resume", "end"):
        key_then_button(qtbot, window, page, name)
    assert page.infusion_tab.dialog is not None and "Resume" not in page.infusion_tab.dialog.windowTitle()


def test_the_checklist_keys_answer_the_next_item_and_refuse_as_the_button_does(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page = signed_in_with_session(window, clock)
    controller = page.controller
    page.tabs.setCurrentWidget(page.checks_tab)
    window.tick()
    items = controller.config.checklist.items
    first, second = items[0], items[1]
    press(qtbot, "answer_first", page.note_edit)  # the focus in the note box: the first item not answered
    state = controller.session.checklist(controller.config.checklist)
    answer = state.answer(first.id)
    assert answer is not None and answer.answer is Answer.DONE
    row = page.checks_tab.rows[second.id]
    assert QApplication.focusWidget() is next(iter(row.buttons.values()))  # on to the next item
    # Not applicable without a reason: refused beside the item, nothing stored, the focus in the reason field.
    press(qtbot, "answer_second", QApplication.focusWidget() or page.note_edit)
    assert controller.session.checklist(controller.config.checklist).answer(second.id) is None
    assert row.error.isVisible() and "why" in row.error.text()
    assert QApplication.focusWidget() is row.reason
    qtbot.keyClicks(row.reason, "Order verified by pharmacy")
    press(qtbot, "answer_second", row.reason)
    stored = controller.session.checklist(controller.config.checklist).answer(second.id)
    assert stored is not None and stored.answer is Answer.NOT_APPLICABLE


def test_record_vitals_acknowledge_and_moving_between_sessions_by_key(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    first = open_session(window, clock, chair="Chair 1", family="Doe")
    second = open_session(window, clock, chair="Chair 2", family="Roe")
    window.tick()
    page = window.session_page
    assert page is not None and page.controller is second
    press(qtbot, "record_vitals", page.note_edit)
    assert page.tabs.currentWidget() is page.vitals_tab
    assert QApplication.focusWidget() is page.vitals_tab.form.edits["systolic_mmhg"]
    press(qtbot, "next_session", page.vitals_tab.form.edits["systolic_mmhg"])  # from inside a field
    assert window.session_page is not None and window.session_page.controller is first
    press(qtbot, "previous_session", window.session_page.note_edit)
    assert window.session_page.controller is second
    assert window.menus is not None
    assert not window.menus.actions["acknowledge"].isEnabled()  # nothing to acknowledge
    ready_to_start(first)
    first.start_infusion(Decimal("21.8"))
    clock.advance(minutes(40))  # vitals due 15 min after the start: late
    window.tick()
    assert window.alerts.unacknowledged() and window.menus.actions["acknowledge"].isEnabled()
    press(qtbot, "acknowledge", window.session_page.note_edit)
    assert not window.alerts.unacknowledged()


def test_nothing_about_a_patient_is_offered_while_locked_but_an_alarm_can_be_silenced(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page = signed_in_with_session(window, clock)
    ready_to_start(page.controller)
    page.controller.start_infusion(Decimal("21.8"))
    clock.advance(minutes(40))
    window.tick()
    assert window.menus is not None
    actions = window.menus.actions
    assert actions["end"].isEnabled() and actions["print"].isEnabled()
    press(qtbot, "lock", page.note_edit)
    assert window.workstation.locked
    window.tick()
    for name in (*SESSION_BUTTONS, "record_vitals", "print", "save_pdf", "export", "new_session", "history"):
        assert not actions[name].isEnabled(), name
    assert actions["acknowledge"].isEnabled()
    qtbot.keyClick(window.lock_page, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not window.alerts.unacknowledged()


def test_save_pdf_from_the_file_menu_opens_the_record_and_its_save_dialog(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page = signed_in_with_session(window, clock)
    press(qtbot, "save_pdf", page.note_edit)
    dialog = page.summary_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.file_dialog.isVisible()  # type: ignore[attr-defined]
    dialog.file_dialog.close()  # type: ignore[attr-defined]
    dialog.close()


def test_new_session_by_key_and_the_view_menu(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    page = signed_in_with_session(window, clock)
    press(qtbot, "new_session", page.note_edit)
    assert window.new_session_dialog is not None and window.new_session_dialog.isVisible()
    window.new_session_dialog.close()
    assert window.menus is not None
    window.menus.toolbar_action.setChecked(False)
    assert not window.toolbar.isVisible()
    window.workstation.lock()
    window.workstation.unlock(PASSWORD)
    window.lock_page.unlocked.emit()
    assert not window.toolbar.isVisible()  # hidden until shown again from the View menu
    window.menus.toolbar_action.setChecked(True)
    assert window.toolbar.isVisible()
    window.menus.status_bar_action.setChecked(False)
    assert not window.statusBar().isVisible()


def test_the_shortcuts_list_is_made_from_the_table(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    table = dialog.table
    cells = [(table.item(r, 0), table.item(r, 1)) for r in range(table.rowCount())]
    rows = {a.text(): k.text() for a, k in cells if a is not None and k is not None}
    for item in SHORTCUTS:
        if item.sequences():
            assert item.label().replace("&&", "&") in rows
    assert rows["Step up…"] == "Ctrl+Shift+R"
    assert rows["Session 1 to 9 on the board"] == "Ctrl+1 … Ctrl+9"
    assert rows["Print the session record…"] == key_string(QKeySequence(QKeySequence.StandardKey.Print))


def test_about_says_the_version_the_licence_and_where_the_data_is(qtbot: QtBot, window: MainWindow) -> None:
    window.open_about()
    dialog = window.help_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert dialog.fields["version"].text() == "0.1.0"
    assert dialog.fields["licence"].text() == "Proprietary"
    assert dialog.fields["database"].text() == str(window.workstation.db_path)
    dialog.close()


def test_the_user_guide_opens_in_the_app(qtbot: QtBot, window: MainWindow) -> None:
    window.open_user_guide()
    dialog = window.help_dialog
    assert isinstance(dialog, UserGuideDialog)
    assert "User guide" in dialog.browser.toPlainText()
    assert "Keyboard shortcuts" in dialog.browser.toPlainText()  # the guide says where to find them
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing")
def test_f10_opens_the_menus_and_no_menu_takes_an_alt_letter_of_the_session_page(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page = signed_in_with_session(window, clock)
    press(qtbot, "menu_bar", page.note_edit)
    assert window.menus is not None
    file_menu = window.menus.menus["file"]
    assert window.menuBar().activeAction() is file_menu.menuAction()
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_Escape)
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_Escape)
    qtbot.keyClick(page.note_edit, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Alt+V: still the vitals tab
    assert page.tabs.currentWidget() is page.vitals_tab
