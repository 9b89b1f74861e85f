"""A whole demo session by keyboard alone (issue 12, "Done when"): sign-in, check-in of a demo patient, a new
regimen version and the plan, risk screens, checklist with lot numbers, premedication, start, step up on the
countdown, vitals, end, observation, sign-off.

The test moves only by key presses sent to the widget that has the focus (QTest key clicks): to reach a field it
presses Tab until the focus is there, as a nurse would, and fails if Tab never gets there. An event filter on the
application fails the test on any mouse event. Time moves by the injected clock."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.session import Stage
from ivig_desktop.ui.demo_banner import DEMO_PASSWORD
from ivig_desktop.ui.demo_data import write_demo_database
from ivig_desktop.ui.dialogs.rate import EndDialog, RateDialog
from ivig_desktop.ui.dialogs.regimen import RegimenDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.page import SessionPage
from ivig_desktop.ui.shortcuts import shortcut

from .conftest import T0, MakeWindow
from .helpers import open_session

MOUSE_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.ContextMenu,
}


class NoMouse(QObject):
    """Records every mouse button, wheel or context-menu event the application receives."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE_EVENTS:
            self.seen.append(f"{event.type().name} on {type(watched).__name__} {watched.objectName()}")
        return False


@pytest.fixture
def no_mouse(qapp: QApplication) -> Iterator[NoMouse]:
    watcher = NoMouse()
    qapp.installEventFilter(watcher)
    yield watcher
    qapp.removeEventFilter(watcher)
    assert not watcher.seen, f"mouse events in a keyboard-only walk: {watcher.seen}"


class Keys:
    """The nurse's hands on the keyboard: keys go to the widget that has the focus."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    @property
    def focus(self) -> QWidget:
        """Where a key goes: the focus widget, else the active window (as a real keyboard's would). Events are
        processed first, as the event loop does between two key presses."""
        QApplication.processEvents()
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, "no active window: the keyboard reaches nothing"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus, key, modifier)

    def shortcut(self, name: str) -> None:
        """The key the app's table gives `name` (ui/shortcuts.py), as the menus and tooltips say it."""
        self.qtbot.keySequence(self.focus, shortcut(name).sequences()[0])

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus, text)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    def tab_to(self, target: QWidget, limit: int = 80) -> None:
        """Tab (forwards) until `target` has the focus; fail when it never does."""
        visited = []
        for _ in range(limit):
            if self.focus is target:
                return
            visited.append(f"{type(self.focus).__name__} {self.focus.accessibleName()!r}")
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reaches {target.accessibleName()!r}; it goes through {visited[-20:]}")

    def focus_lands_on(self, target: QWidget) -> None:
        """A dialog opened or closed: its window becomes active and `target` takes the focus (events processed)."""
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=5_000)

    def open_tab(self, tabs: QTabWidget, tab: QWidget) -> None:
        """Alt + the tab's underlined letter (its mnemonic, e.g. Alt+P for '&Premedication')."""
        text = tabs.tabText(tabs.indexOf(tab)).replace("&&", "")
        assert "&" in text, f"the tab {text!r} has no mnemonic"
        letter = text[text.index("&") + 1].upper()
        self.press(Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
        assert tabs.currentWidget() is tab, f"Alt+{letter} does not show the tab {text!r}"

    def fill(self, target: QWidget, text: str) -> None:
        self.tab_to(target)
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.type(text)


def clashing_mnemonics(root: QWidget) -> dict[str, list[str]]:
    """The Alt+letter keys that more than one visible button, field label, group or tab answers to (Qt then
    cycles between them: Alt+P would not open the Premedication tab while a '&Product' field shows)."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        mark = re.search(r"&([^&])", text.replace("&&", ""))
        if mark:
            found[mark.group(1).upper()].append(f"{what} {text!r}")

    for button in root.findChildren(QAbstractButton):
        if button.isVisible():
            add(button.text(), "button")
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            add(label.text(), "label")
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                add(bar.tabText(index), "tab")
    return {key: whats for key, whats in found.items() if len(whats) > 1}


def test_every_alt_key_of_the_session_page_is_one_thing_on_every_tab(window: MainWindow, clock: FakeClock) -> None:
    open_session(window, clock)
    page = window.session_page
    assert page is not None
    clashes = {}
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found = clashing_mnemonics(window)
        if found:
            clashes[page.tabs.tabText(index)] = found
    assert not clashes


def record_vitals(keys: Keys, page: SessionPage) -> None:
    """The vitals tab, a normal set typed field by field (Tab between them), Enter saves."""
    keys.open_tab(page.tabs, page.vitals_tab)
    edits = page.vitals_tab.form.edits
    before = len(page.controller.session.vitals_times)
    for name, value in (
        ("systolic_mmhg", "124"), ("diastolic_mmhg", "78"), ("heart_rate_per_min", "74"),
        ("respiratory_rate_per_min", "16"), ("temperature", "36.8"), ("spo2_percent", "98"), ("pain_score", "0"),
    ):  # fmt: skip
        keys.fill(edits[name], value)
    keys.enter()
    assert len(page.controller.session.vitals_times) == before + 1, page.vitals_tab.form.form.general_error.text()


@pytest.fixture
def demo_window(db_path: Path, make_window: MakeWindow, qapp: QApplication) -> MainWindow:
    write_demo_database(db_path, T0, time_zone="America/Toronto")
    return make_window()


def test_a_whole_demo_session_by_keyboard_alone(
    qtbot: QtBot, demo_window: MainWindow, clock: FakeClock, no_mouse: NoMouse
) -> None:
    window = demo_window
    keys = Keys(qtbot)

    # Sign in: the first profile is selected; Enter goes to the password, Enter signs in.
    assert keys.focus is window.sign_in_page.profiles
    keys.enter()
    keys.type(DEMO_PASSWORD)
    keys.enter()
    assert window.stack.currentWidget() is window.work_page

    # A new session for the demo patient with nothing today (Riley), in Chair 4.
    keys.shortcut("new_session")
    dialog = window.new_session_dialog
    assert dialog is not None
    keys.focus_lands_on(dialog.search)
    keys.type("DEMO-0004")
    keys.tab_to(dialog.location)
    keys.type("Chair 4")
    keys.enter()
    page = window.session_page
    assert page is not None and page.controller.patient.mrn == "DEMO-0004"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    controller = page.controller

    # Check-in: today's weight, the risk screens, the plan, the double check, Confirm plan.
    checkin = page.checkin_tab
    assert page.tabs.currentWidget() is checkin
    # The regimen: a new version (every 3 weeks now), with its reason; Save (Enter never saves a regimen by surprise).
    keys.tab_to(checkin.edit_regimen_button)
    keys.press(Qt.Key.Key_Space)
    regimen = checkin.regimen_dialog
    assert isinstance(regimen, RegimenDialog)
    keys.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is regimen, timeout=5_000)
    keys.fill(regimen.frequency, "every 3 weeks")
    keys.fill(regimen.reason, "Prescriber shortened the interval")
    keys.tab_to(regimen.save_button)
    keys.press(Qt.Key.Key_Space)
    version = controller.regimen()
    assert version is not None and version.version == 2 and version.regimen.frequency == "every 3 weeks"
    for row in checkin.risk_rows.values():
        keys.tab_to(row.buttons[Answer.NO_RISK])
        keys.press(Qt.Key.Key_Space)
    assert not controller.session.risk_screens_unanswered(controller.config.checklist)
    keys.fill(checkin.weight, "75")
    keys.enter()
    assert checkin.snapshot is not None, checkin.form.general_error.text()
    keys.fill(checkin.second_nurse, "Demo Nurse Ben, RN")
    keys.enter()
    assert controller.session.infusion.plan is not None, checkin.confirm_form.general_error.text()
    assert controller.session.stage is not Stage.CHECK_IN

    # Checks and vials: every item of the checklist, then each planned vial with its lot and expiry.
    checks = page.checks_tab
    assert page.tabs.currentWidget() is checks
    for row in checks.rows.values():
        if controller.session.checklist(controller.config.checklist).answer(row.item.id) is None:
            keys.tab_to(row.buttons[Answer.DONE])
            keys.press(Qt.Key.Key_Space)
    assert checks.checklist_status.text() == "✓ Checklist complete"
    plan = controller.session.infusion.plan
    for number, vial in enumerate(plan.vials):
        for _ in range(vial.count):
            keys.tab_to(checks.vial_size)
            keys.press(Qt.Key.Key_Home)  # "Choose…", then down to the size (the arrows move a closed combo box)
            for _ in range(plan.vial_sizes_g.index(vial.size_g) + 1):
                keys.press(Qt.Key.Key_Down)
            keys.fill(checks.lot, f"DEMO-KB{number}")
            keys.fill(checks.expiry, "2028-06-30")
            keys.enter()
            assert not any(checks.form.error_for(name) for name in checks.form.rows), "a vial was refused"
    assert checks.vials_status.text().startswith("✓"), checks.vials_status.text()

    # Premedication: Fill in each ordered drug, Enter records it as given now.
    premed = page.premed_tab
    keys.open_tab(page.tabs, premed)
    for button in list(premed.ordered_buttons):
        keys.tab_to(button)
        keys.press(Qt.Key.Key_Space)
        keys.enter()
    assert len(controller.session.effective_events(EventType.PREMED_GIVEN)) == len(premed.ordered_buttons)

    # Baseline vitals.
    record_vitals(keys, page)
    assert not controller.start_blockers(), controller.start_blockers()

    # The premedication's wait, then Start: the pump dialog opens on the rate, Enter confirms it.
    clock.advance(timedelta(minutes=31))
    window.tick()
    infusion = page.infusion_tab
    keys.open_tab(page.tabs, infusion)
    keys.tab_to(infusion.start_button)
    keys.press(Qt.Key.Key_Space)
    start = infusion.dialog
    assert isinstance(start, RateDialog)
    keys.focus_lands_on(start.rate_edit)
    keys.enter()
    assert controller.session.infusion.running
    first = plan.steps[0]
    assert infusion.rate_card.value.text() == f"{first.rate_ml_per_h} mL/h"
    assert infusion.next_card.value.text() == "15:00 left"  # the vitals 15 minutes after the start

    # The countdown to the step up: vitals at 15 minutes and before the step, then Step up (its key) when it is time.
    clock.advance(timedelta(minutes=15))
    window.tick()
    record_vitals(keys, page)
    assert first.duration_min is not None
    clock.advance(timedelta(minutes=first.duration_min - 15 - 5))
    window.tick()
    record_vitals(keys, page)
    clock.advance(timedelta(minutes=5))
    window.tick()
    keys.open_tab(page.tabs, infusion)
    assert infusion.step_up_button.isEnabled()
    keys.shortcut("step_up")  # the Session menu's key (Ctrl+Shift+R) presses the button
    step_up = infusion.dialog
    assert isinstance(step_up, RateDialog)
    keys.focus_lands_on(step_up.rate_edit)
    keys.enter()
    second = plan.steps[1]
    current = controller.session.infusion.current_step()
    assert current is not None and current.number == 2
    assert infusion.rate_card.value.text() == f"{second.rate_ml_per_h} mL/h"

    # The volume is in (held at the second step): End; the dialog says it was completed, Enter confirms.
    while controller.session.infusion.volume_reached_at(clock.now()) is None:
        clock.advance(timedelta(minutes=30))
    window.tick()
    keys.open_tab(page.tabs, infusion)
    keys.tab_to(infusion.end_button)
    keys.press(Qt.Key.Key_Space)
    end = infusion.dialog
    assert isinstance(end, EndDialog)
    keys.focus_lands_on(end.completed)
    assert end.completed.isChecked()
    keys.enter()
    assert controller.session.stage is Stage.OBSERVATION

    # After: the flush, observation (vitals at its end), discharge, and the signature.
    after = page.after_tab
    keys.open_tab(page.tabs, after)
    keys.fill(after.flush_ml, "20")
    keys.enter()
    assert after.flush_status.text() == "✓ Flushed with 20 mL"
    clock.advance(timedelta(minutes=31))
    window.tick()
    record_vitals(keys, page)
    keys.open_tab(page.tabs, after)
    keys.tab_to(after.status)
    keys.press(Qt.Key.Key_Home)
    keys.press(Qt.Key.Key_Down)
    keys.fill(after.notes, "Home with written instructions.")
    keys.enter()
    assert controller.session.effective_events(EventType.DISCHARGED)
    assert not controller.signoff_blockers(), controller.signoff_blockers()
    keys.tab_to(after.attest)
    keys.press(Qt.Key.Key_Space)
    keys.fill(after.sign_secret, DEMO_PASSWORD)
    keys.enter()
    assert controller.session.signed
