"""A nurse's first path through the app: profile, patient, session, note; then a new window finds it all."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTreeWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.dialogs.new_session import NewSessionDialog
from ivig_desktop.ui.dialogs.patient import PatientDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.page import SessionPage

from .conftest import MakeWindow
from .helpers import PASSWORD


def cell(tree: QTreeWidget, row: int, column: int) -> str:
    item = tree.topLevelItem(row)
    assert item is not None, f"no row {row}"
    return item.text(column)


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)


def create_profile(
    qtbot: QtBot, window: MainWindow, name: str = "Ana Lima", credentials: str = "RN", secret: str = PASSWORD
) -> None:
    page = window.sign_in_page
    type_into(qtbot, page.name_edit, name)
    type_into(qtbot, page.credentials_edit, credentials)
    type_into(qtbot, page.new_secret_edit, secret)
    type_into(qtbot, page.new_confirm_edit, secret)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)


def sign_in_by_keyboard(qtbot: QtBot, window: MainWindow, secret: str = PASSWORD) -> None:
    """Enter on the selected profile, then the password and Enter."""
    page = window.sign_in_page
    qtbot.keyClick(page.profiles, Qt.Key.Key_Return)
    qtbot.keyClicks(page.secret_edit, secret)
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)


def fill_patient(qtbot: QtBot, dialog: PatientDialog, **overrides: str) -> None:
    values = {
        "family_name": "Doe",
        "given_name": "Jane",
        "date_of_birth": "1956-03-12",
        "mrn": "MRN-001",
        "height_cm": "165",
        "weight_kg": "72.5",
    }
    values.update(overrides)
    for field, text in values.items():
        type_into(qtbot, getattr(dialog, field), text)
    dialog.sex.setCurrentIndex(dialog.sex.findData("F"))
    dialog.nkda.setChecked(True)


def start_session_for_new_patient(qtbot: QtBot, window: MainWindow, location: str = "Chair 3") -> SessionPage:
    window.new_session_action.trigger()
    dialog = window.new_session_dialog
    assert isinstance(dialog, NewSessionDialog)
    qtbot.mouseClick(dialog.new_patient_button, Qt.MouseButton.LeftButton)
    patient_dialog = dialog.patient_dialog
    assert patient_dialog is not None
    fill_patient(qtbot, patient_dialog)
    qtbot.mouseClick(patient_dialog.save_button, Qt.MouseButton.LeftButton)
    assert not patient_dialog.isVisible()
    assert dialog.selected_patient_id() is not None
    type_into(qtbot, dialog.location, location)
    qtbot.keyClick(dialog.location, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    page = window.session_page
    assert page is not None
    return page


def test_first_run_asks_who_is_working(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.sign_in_page
    assert not window.sign_in_page.choose_box.isVisible()
    assert not window.toolbar.isVisible()


def test_profile_needs_name_credentials_and_a_password(qtbot: QtBot, window: MainWindow) -> None:
    create_profile(qtbot, window, name="", credentials="", secret="123")
    form = window.sign_in_page.form
    assert form.error_for("name") == "Name is required."
    assert form.error_for("credentials") == "Credentials (for example RN) is required."
    assert form.error_for("secret") == "A PIN needs at least 6 digits."
    assert window.workstation.nurses() == []
    assert window.stack.currentWidget() is window.sign_in_page


def test_empty_board_says_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    create_profile(qtbot, window)
    assert window.stack.currentWidget() is window.work_page
    assert window.board.empty_label.isVisible()
    assert "New session (Ctrl+N)" in window.board.empty_label.text()
    assert window.nurse_label.text().strip() == "Signed in: Ana Lima, RN"


def test_nurse_patient_session_note_then_reopen(qtbot: QtBot, make_window: MakeWindow, clock: FakeClock) -> None:
    window = make_window()
    create_profile(qtbot, window)
    page = start_session_for_new_patient(qtbot, window)

    assert page.patient_label.text() == "DOE, Jane"
    assert page.location_label.text() == "Chair 3"
    assert page.stage_label.text() == "Stage: Check-in"
    assert "NKDA" in page.allergies_label.text()
    assert "72.5 kg" in page.details_label.text()
    assert not window.board.empty_label.isVisible()
    assert [card.location_label.text() for card in window.board.cards] == ["▶ Chair 3"]

    clock.advance(timedelta(minutes=5))
    qtbot.keyClicks(page.note_edit, "22G cannula left forearm, flushes well.")
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.note_edit.toPlainText() == ""
    assert page.note_saved.text().startswith("✓ Note saved at")
    assert page.timeline.topLevelItemCount() == 2
    assert cell(page.timeline, 1, 2) == "22G cannula left forearm, flushes well."
    assert cell(page.timeline, 1, 3) == "Ana Lima, RN"

    window.close()  # closing keeps the session active

    again = make_window()
    assert again.stack.currentWidget() is again.sign_in_page
    assert again.sign_in_page.profiles.count() == 1
    sign_in_by_keyboard(qtbot, again)
    assert again.stack.currentWidget() is again.work_page
    assert len(again.board.cards) == 1
    qtbot.keyClick(again, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    reopened = again.session_page
    assert reopened is not None
    assert reopened.patient_label.text() == "DOE, Jane"
    assert reopened.stage_label.text() == "Stage: Check-in"
    assert cell(reopened.timeline, 1, 2) == "22G cannula left forearm, flushes well."


def test_empty_note_is_refused_and_nothing_stored(qtbot: QtBot, window: MainWindow) -> None:
    create_profile(qtbot, window)
    page = start_session_for_new_patient(qtbot, window)
    qtbot.keyClicks(page.note_edit, "   ")
    qtbot.mouseClick(page.add_note_button, Qt.MouseButton.LeftButton)
    assert page.note_error.isVisible()
    assert "The note is empty" in page.note_error.text()
    assert page.controller.session.entries == ()


def test_bad_patient_fields_are_shown_beside_them_and_nothing_is_stored(qtbot: QtBot, window: MainWindow) -> None:
    create_profile(qtbot, window)
    window.new_patient_action.trigger()
    dialog = window.patient_dialog
    assert dialog is not None
    fill_patient(qtbot, dialog, date_of_birth="1956-02-30", weight_kg="400")
    dialog.sex.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "not a real date" in dialog.form.error_for("date_of_birth")
    assert dialog.form.error_for("weight_kg") == "Weight must be between 2 and 350 kg."
    assert dialog.form.error_for("sex") == "Choose F, M or U (unknown)."
    assert dialog.form.error_for("family_name") == ""
    assert dialog.family_name.text() == "Doe"  # nothing typed is lost
    assert dialog.focusWidget() is dialog.date_of_birth
    assert window.workstation.find_patients("") == []


def test_several_sessions_switch_with_ctrl_number(qtbot: QtBot, window: MainWindow) -> None:
    create_profile(qtbot, window)
    start_session_for_new_patient(qtbot, window, "Chair 1")
    window.new_session_action.trigger()
    dialog = window.new_session_dialog
    assert dialog is not None
    type_into(qtbot, dialog.search, "doe")
    assert dialog.selected_patient_id() is not None
    type_into(qtbot, dialog.location, "Chair 2")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert [c.controller.session.header.location for c in window.board.cards] == ["Chair 1", "Chair 2"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.session_page is not None
    assert window.session_page.location_label.text() == "Chair 1"
    qtbot.mouseClick(window.board.cards[1], Qt.MouseButton.LeftButton)
    assert window.session_page.location_label.text() == "Chair 2"
