"""The window's menu bar: File, Session, View, Help, every action named and keyed by the table in ui/shortcuts.py.

The Session menu does what the buttons of the selected session do, and only what they would: each of its actions
is tied to a button (Step up to the infusion page's Step up button, ...), is enabled only while that button is
shown and enabled (`sync()`, on every tick, on each change of the session and when the menu opens), and when
triggered presses that button, after checking it again. So the menu and its keys never offer what the button
refuses. Nothing that shows a patient is offered while the screen is locked or nobody is signed in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget

from ivig_desktop.ui.dialog_focus import sensible_focus
from ivig_desktop.ui.shortcuts import SHORTCUTS

if TYPE_CHECKING:
    from ivig_desktop.ui.main_window import MainWindow
    from ivig_desktop.ui.session.checks_tab import ChecklistRow
    from ivig_desktop.ui.session.page import SessionPage

ButtonFinder = Callable[["SessionPage"], "QPushButton | None"]

# The actions of the toolbar, which the File menu shows too (MainWindow creates them).
TOOLBAR_ACTIONS = {
    "new_session": "new_session_action",
    "new_patient": "new_patient_action",
    "lots": "lots_action",
    "history": "history_action",
    "export": "export_action",
    "profiles": "profiles_action",
    "switch_nurse": "switch_nurse_action",
    "restore": "restore_action",
}
# What needs a signed-in nurse and an unlocked screen (besides the Session menu).
NEEDS_WORK = ("new_session", "new_patient", "lots", "history", "export", "profiles", "backup", "print", "save_pdf")


def _pause_or_resume(page: SessionPage) -> QPushButton | None:
    tab = page.infusion_tab
    return tab.resume_button if not tab.resume_button.isHidden() else tab.pause_button


# Session actions that press a button of the selected session's page.
SESSION_BUTTONS: dict[str, ButtonFinder] = {
    "start": lambda page: page.infusion_tab.start_button,
    "step_up": lambda page: page.infusion_tab.step_up_button,
    "hold": lambda page: page.infusion_tab.hold_button,
    "step_down": lambda page: page.infusion_tab.step_down_button,
    "pause_resume": _pause_or_resume,
    "end": lambda page: page.infusion_tab.end_button,
    "answer_first": lambda page: _checklist_button(page, 0),
    "answer_second": lambda page: _checklist_button(page, 1),
}


def usable(button: QWidget | None) -> bool:
    """Would the nurse be able to press this button (shown on its page, and enabled)?"""
    return button is not None and not button.isHidden() and button.isEnabled()


def _checklist_rows(page: SessionPage) -> list[ChecklistRow]:
    """The checklist items of the page the nurse sees: the risk screens at Check-in, else the whole checklist."""
    if page.tabs.currentWidget() is page.checkin_tab:
        return list(page.checkin_tab.risk_rows.values())
    return list(page.checks_tab.rows.values())


def _checklist_row(page: SessionPage) -> ChecklistRow | None:
    """The checklist item the keys answer: the one with the keyboard focus, else the first not answered yet."""
    rows = _checklist_rows(page)
    focus = QApplication.focusWidget()
    for row in rows:
        if focus is not None and row.isAncestorOf(focus):
            return row
    state = page.controller.session.checklist(page.controller.config.checklist)
    return next((row for row in rows if state.answer(row.item.id) is None), None)


def _checklist_button(page: SessionPage, index: int) -> QPushButton | None:
    row = _checklist_row(page)
    if row is None or not row.isEnabled():
        return None
    buttons = list(row.buttons.values())
    return buttons[index] if index < len(buttons) else None


class WindowMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.actions: dict[str, QAction] = {}
        for item in SHORTCUTS:
            existing = TOOLBAR_ACTIONS.get(item.name)
            action = getattr(window, existing) if existing else QAction(item.label(), window)
            action.setText(item.label())
            self.actions[item.name] = action
        self.chair_actions = [QAction(self.tr("Session {0}").format(n), window) for n in range(1, 10)]
        self.status_bar_action = QAction(self.tr("Status bar"), window)
        self.status_bar_action.setCheckable(True)
        self.status_bar_action.setChecked(True)
        self.toolbar_action = QAction(self.tr("Toolbar"), window)
        self.toolbar_action.setCheckable(True)
        self.toolbar_action.setChecked(True)
        self.actions["full_screen"].setCheckable(True)
        self._connect()
        self._build_menus()
        window.addActions([*self.actions.values(), *self.chair_actions])  # their keys work wherever the focus is
        if window.loaded:
            self.set_keys()

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        a = self.actions
        file_menu = bar.addMenu(self.tr("File"))
        groups: tuple[tuple[str, ...], ...] = (
            ("new_patient", "new_session", "history", "lots"),
            ("print", "save_pdf", "export"),
            ("backup", "restore", "profiles"),
            ("switch_nurse", "lock"),
            ("quit",),
        )
        for group in groups:
            file_menu.addActions([a[name] for name in group])
            file_menu.addSeparator()
        session_menu = bar.addMenu(self.tr("Session"))
        groups = (
            ("answer_first", "answer_second"),
            ("start", "step_up", "hold", "step_down", "pause_resume", "end"),
            ("record_vitals", "acknowledge"),
            ("next_session", "previous_session"),
            ("next_stage", "previous_stage"),
        )
        for group in groups:
            session_menu.addActions([a[name] for name in group])
            session_menu.addSeparator()
        go_to = session_menu.addMenu(self.tr("Go to session"))
        go_to.addActions(self.chair_actions)
        self.session_menu = session_menu
        session_menu.aboutToShow.connect(self.sync)
        file_menu.aboutToShow.connect(self.sync)
        view_menu = bar.addMenu(self.tr("View"))
        view_menu.addActions([self.toolbar_action, self.status_bar_action, a["full_screen"]])
        view_menu.addSeparator()
        view_menu.addAction(a["menu_bar"])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([a["shortcuts"], a["user_guide"]])
        help_menu.addSeparator()
        help_menu.addAction(a["about"])
        self.menus: dict[str, QMenu] = {"file": file_menu, "session": session_menu, "view": view_menu}
        self.menus["help"] = help_menu

    def _connect(self) -> None:
        window, a = self._window, self.actions
        for name in SESSION_BUTTONS:
            a[name].triggered.connect(lambda _=False, n=name: self.press(n))
        a["record_vitals"].triggered.connect(self.record_vitals)
        a["print"].triggered.connect(lambda: self._summary(print_it=True))
        a["save_pdf"].triggered.connect(lambda: self._summary(print_it=False))
        a["acknowledge"].triggered.connect(lambda: window.alerts.acknowledge())
        a["next_session"].triggered.connect(lambda: self.move_selection(1))
        a["previous_session"].triggered.connect(lambda: self.move_selection(-1))
        a["next_stage"].triggered.connect(lambda: self.move_stage(1))
        a["previous_stage"].triggered.connect(lambda: self.move_stage(-1))
        for position, action in enumerate(self.chair_actions, start=1):
            action.triggered.connect(lambda _=False, p=position: window.board.select_position(p))
        a["backup"].triggered.connect(window.back_up_now)
        a["lock"].triggered.connect(window.workstation.lock)
        a["quit"].triggered.connect(window.close)
        a["full_screen"].toggled.connect(self._full_screen)
        a["menu_bar"].triggered.connect(self.open_menu_bar)
        a["shortcuts"].triggered.connect(window.open_shortcuts)
        a["user_guide"].triggered.connect(window.open_user_guide)
        a["about"].triggered.connect(window.open_about)
        self.status_bar_action.toggled.connect(window.statusBar().setVisible)
        self.toolbar_action.toggled.connect(lambda _: window.show_toolbar())

    def set_keys(self) -> None:
        """Give each action its keys (once the window is shown: the first key loads Qt's enums, tens of ms)."""
        for item in SHORTCUTS:
            if item.name == "select_chair":
                for action, sequence in zip(self.chair_actions, item.sequences(), strict=True):
                    action.setShortcut(sequence)
            else:
                self.actions[item.name].setShortcuts(item.sequences())

    # What applies now
    def _working(self) -> bool:
        workstation = self._window.workstation
        return workstation.nurse is not None and not workstation.locked

    def sync(self) -> None:
        """Enable each action as its button (or the window's state) allows now."""
        window, a = self._window, self.actions
        working = self._working()
        page = window.session_page if working else None
        for name, find in SESSION_BUTTONS.items():
            a[name].setEnabled(page is not None and usable(find(page)))
        a["record_vitals"].setEnabled(page is not None and usable(page.vitals_tab.form.save_button))
        for name in NEEDS_WORK:
            a[name].setEnabled(working)
        a["print"].setEnabled(page is not None)
        a["next_stage"].setEnabled(page is not None)
        a["previous_stage"].setEnabled(page is not None)
        a["save_pdf"].setEnabled(page is not None)
        a["backup"].setEnabled(working and window.can_back_up())
        a["lock"].setEnabled(working)
        a["switch_nurse"].setEnabled(window.workstation.nurse is not None)
        a["restore"].setEnabled(working and window.workstation.read_only_reason is None)
        # Silencing an alarm needs no sign-in: the lock page shows the alerts and their Acknowledge all too.
        a["acknowledge"].setEnabled(window.loaded and bool(window.alerts.unacknowledged()))
        loaded = working and window.loaded
        count = len(window.board.cards) if loaded else 0
        a["next_session"].setEnabled(count > 1 or (count == 1 and window.board.selected_id is None))
        a["previous_session"].setEnabled(a["next_session"].isEnabled())
        for position, action in enumerate(self.chair_actions, start=1):
            action.setEnabled(position <= count)

    # Doing it
    def press(self, name: str) -> bool:
        """Press the button the action stands for, on its page, if the nurse could press it now."""
        page = self._window.session_page if self._working() else None
        button = SESSION_BUTTONS[name](page) if page is not None else None
        if page is None or button is None or not usable(button):
            self.sync()
            return False
        tabs = [page.tabs.widget(i) for i in range(page.tabs.count())]
        tab = next((t for t in tabs if t is not None and t.isAncestorOf(button)), None)
        if tab is not None:
            page.tabs.setCurrentWidget(tab)
        button.click()
        if name.startswith("answer_"):
            self._focus_next_item(page, button)
        self.sync()
        return True

    def _focus_next_item(self, page: SessionPage, pressed: QPushButton) -> None:
        """After a checklist answer by key: the focus moves on to the next item not answered (or stays on the
        item when its answer was refused, beside the message that says why)."""
        rows = _checklist_rows(page)
        row = next((r for r in rows if r.isAncestorOf(pressed)), None)
        if row is not None and not row.error.isHidden():
            row.reason.setFocus()
            return
        state = page.controller.session.checklist(page.controller.config.checklist)
        following = next((r for r in rows if state.answer(r.item.id) is None), None)
        if following is not None:
            next(iter(following.buttons.values())).setFocus()

    def record_vitals(self) -> None:
        page = self._window.session_page if self._working() else None
        if page is None or not usable(page.vitals_tab.form.save_button):
            return
        page.tabs.setCurrentWidget(page.vitals_tab)
        page.vitals_tab.form.focus_first()

    def _summary(self, *, print_it: bool) -> None:
        page = self._window.session_page if self._working() else None
        if page is None:
            return
        from ivig_desktop.ui.dialogs.summary import SummaryDialog

        page.open_summary()
        dialog = page.summary_dialog
        if isinstance(dialog, SummaryDialog):
            if print_it:
                dialog.open_print_dialog()
            else:
                dialog.open_save_dialog()

    def move_selection(self, step: int) -> None:
        """The next (or previous) session on the board, round the end; the first when none is selected."""
        board = self._window.board
        ids = [card.session_id for card in board.cards]
        if not ids:
            return
        if board.selected_id not in ids:
            board.select(ids[0] if step > 0 else ids[-1])
            return
        board.select(ids[(ids.index(board.selected_id) + step) % len(ids)])

    def move_stage(self, step: int) -> None:
        """The selected session's next (or previous) tab, round the end, skipping any not available; the focus goes
        to what the nurse does there (its `default_focus()`, else its first control: ui/dialog_focus.py)."""
        page = self._window.session_page if self._working() else None
        if page is None:
            return
        tabs = page.tabs
        index = tabs.currentIndex()
        for _ in range(tabs.count()):
            index = (index + step) % tabs.count()
            if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                break
        tabs.setCurrentIndex(index)
        shown = tabs.currentWidget()
        target = sensible_focus(shown) if shown is not None else None
        (target or tabs.tabBar()).setFocus(Qt.FocusReason.TabFocusReason)

    def open_menu_bar(self) -> None:
        """F10: the File menu opens; the arrow keys go through the menus (their titles carry no Alt letter: the
        session page's tabs and fields use those, Alt+V for Vitals & reactions among them)."""
        bar = self._window.menuBar()
        bar.setFocus()
        bar.setActiveAction(self.menus["file"].menuAction())

    def _full_screen(self, on: bool) -> None:
        window = self._window
        if on:
            window.showFullScreen()
        else:
            window.showNormal()
