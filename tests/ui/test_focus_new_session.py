"""After New session's Start session the keyboard is on the new session's page, on the next thing the nurse does
there (ui/dialog_focus.py `focus_after`, SessionPage.default_focus()), not back on the board or the alert list
where it was when the dialog opened; after End infusion it is on the After & sign-off tab the page moved to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.people import new_patient_details
from ivig_desktop.domain.regimen import new_regimen
from ivig_desktop.ui.dialogs.new_session import NewSessionDialog
from ivig_desktop.ui.main_window import MainWindow

from .helpers import open_session
from .test_first_session import start_session_for_new_patient, type_into


def focus_now() -> QWidget:
    QApplication.processEvents()
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert focused is not None, "the focus is nowhere"
    assert focused.isVisible() and focused.isEnabled(), focused
    return focused


def test_start_session_puts_the_keyboard_on_the_new_page(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    open_session(window, clock)  # a first session: the board has a card
    window.board.setFocus()
    window.board.cards[0].setFocus()
    before = focus_now()
    page = start_session_for_new_patient(qtbot, window)  # a new patient: no regimen yet
    assert page.tabs.currentWidget() is page.checkin_tab
    focused = focus_now()
    assert focused is not before
    assert focused is page.checkin_tab.regimen_box.edit_regimen_button  # Create regimen… comes first
    assert focused is page.default_focus()


def test_a_patient_with_a_regimen_starts_at_todays_weight(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    first = open_session(window, clock, family="Roe")
    details = new_patient_details(
        family_name="Doe",
        given_name="Jane",
        date_of_birth="1956-03-12",
        mrn="",
        sex="F",
        height_cm="165",
        weight_kg="72.5",
        allergies="NKDA",
        today=clock.now().date(),
    )
    patient = window.workstation.create_patient(details)
    config = window.workstation.config
    regimen = new_regimen(
        catalog=config.catalog,
        ladders=config.ladders,
        product_id="privigen",
        indication="PI",
        dose_g_per_kg="0.4",
        dosing_weight_method="actual",
        frequency="every 4 weeks",
        weight_kg="72.5",
    )
    window.workstation.save_regimen(patient.id, regimen, "")
    window.alert_panel.setFocus()
    window.new_session_action.trigger()
    dialog = window.new_session_dialog
    assert isinstance(dialog, NewSessionDialog)
    type_into(qtbot, dialog.search, "Doe")
    type_into(qtbot, dialog.location, "Chair 5")
    qtbot.keyClick(dialog.location, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    page = window.session_page
    assert page is not None and page.controller is not first
    assert focus_now() is page.checkin_tab.weight


def test_a_cancelled_new_session_gives_the_focus_back(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    open_session(window, clock)
    page = window.session_page
    assert page is not None
    page.note_edit.setFocus()
    window.new_session_action.trigger()
    dialog = window.new_session_dialog
    assert isinstance(dialog, QDialog)
    dialog.reject()
    assert focus_now() is page.note_edit
