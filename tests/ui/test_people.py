"""Profiles and corrections of people's details, as a nurse meets them: a new profile needs an existing nurse's
password, an administrator deactivates one, and a patient's or a nurse's details are corrected with a reason,
shown corrected everywhere and kept as they were in the history and the audit trail."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.store import accounts, patients, sessions
from ivig_desktop.ui.dialogs.audit import AuditDialog
from ivig_desktop.ui.dialogs.corrections import NurseCorrectionDialog, PatientCorrectionDialog
from ivig_desktop.ui.dialogs.history import HistoryDialog
from ivig_desktop.ui.dialogs.profiles import AccessChangeDialog, ProfilesDialog
from ivig_desktop.ui.main_window import MainWindow

from .helpers import PASSWORD, open_session
from .test_first_session import create_profile, type_into


def shoot(widget: QWidget, name: str) -> None:
    """With IVIG_SHOTS_DIR set, a PNG of the widget (how the new dialogs were looked at while writing them)."""
    folder = os.environ.get("IVIG_SHOTS_DIR")
    if folder:
        QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def sign_out(window: MainWindow) -> None:
    window.workstation.sign_out()


def test_the_first_profile_needs_no_authoriser_and_is_the_administrator(qtbot: QtBot, window: MainWindow) -> None:
    page = window.sign_in_page
    assert not page.form.rows["authoriser"].label.isVisible()
    assert page.first_profile_note.isVisible()
    shoot(window, "sign-in-first-account")
    create_profile(qtbot, window)
    assert window.workstation.nurse is not None and window.workstation.is_administrator()


def test_a_new_profile_needs_an_existing_nurses_password(qtbot: QtBot, window: MainWindow) -> None:
    create_profile(qtbot, window)
    sign_out(window)
    page = window.sign_in_page
    assert page.form.rows["authoriser"].label.isVisible() and not page.first_profile_note.isVisible()
    assert page.authoriser.currentText() == "Ana Lima, RN"
    type_into(qtbot, page.name_edit, "Mallory Intruder")
    type_into(qtbot, page.credentials_edit, "RN")
    type_into(qtbot, page.new_secret_edit, "let me in please")
    type_into(qtbot, page.new_confirm_edit, "let me in please")
    click(qtbot, page.create_button)
    assert page.form.error_for("authoriser_secret") == "The authorising nurse types her password or PIN."
    type_into(qtbot, page.authoriser_secret_edit, "a wrong guess")
    click(qtbot, page.create_button)
    assert page.form.error_for("authoriser_secret") == "Wrong password or PIN."
    assert page.authoriser_secret_edit.text() == ""
    assert [n.name for n in window.workstation.nurses()] == ["Ana Lima"]  # nothing stored
    ana = window.workstation.nurses()[0]
    assert [a.succeeded for a in accounts.attempts(window.workstation.db, ana.id)][-1] is False  # counted
    shoot(window, "sign-in-new-profile-refused")
    type_into(qtbot, page.name_edit, "Ben Okafor")
    type_into(qtbot, page.authoriser_secret_edit, PASSWORD)
    click(qtbot, page.create_button)
    assert window.workstation.nurse is not None and window.workstation.nurse.name == "Ben Okafor"
    assert not window.workstation.is_administrator()


def test_an_administrator_deactivates_a_profile_which_can_no_longer_sign_in(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    ws = window.workstation
    ana = ws.create_nurse("Ana Lima", "RN", PASSWORD, PASSWORD)
    ben = ws.create_nurse("Ben Okafor", "RN", PASSWORD, PASSWORD, authoriser=ana, authoriser_secret=PASSWORD)
    ws.sign_in(ben)
    controller = open_session(window, clock)
    controller.add_note("Ben was here")
    ws.sign_in(ana)
    window.profiles_action.trigger()
    dialog = window.profiles_dialog
    assert isinstance(dialog, ProfilesDialog)
    dialog.table.selectRow(1)
    assert dialog.selected() == ben and dialog.deactivate_button.isEnabled()
    click(qtbot, dialog.deactivate_button)
    change = dialog.child
    assert isinstance(change, AccessChangeDialog)
    click(qtbot, change.confirm)
    assert change.form.error_for("reason").startswith("Say why")
    assert ws.access()[ben.id].active  # nothing stored
    type_into(qtbot, change.reason, "left the clinic")
    click(qtbot, change.confirm)
    assert not ws.access()[ben.id].active
    status = dialog.table.item(1, 2)
    assert status is not None and status.text().startswith("Deactivated")
    shoot(dialog, "profiles-after-deactivation")
    dialog.close()
    sign_out(window)
    listed = window.sign_in_page.profiles
    assert [listed.item(i).text() for i in range(listed.count())] == ["Ana Lima, RN"]
    assert window.sign_in_page.authoriser.count() == 1
    events = sessions.events(ws.db, controller.session_id)
    assert [ws.nurse_by_id(e.nurse_id).name for e in events] == ["Ben Okafor"]  # still hers


def test_a_patients_details_are_corrected_with_a_reason_and_shown_everywhere(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    controller = open_session(window, clock, family="Doe")
    page = window.session_page
    assert page is not None
    click(qtbot, page.correct_details_button)
    dialog = page.details_dialog
    assert isinstance(dialog, PatientCorrectionDialog)
    assert dialog.family_name.text() == "Doe"
    type_into(qtbot, dialog.family_name, "")
    type_into(qtbot, dialog.date_of_birth, "1956-02-30")
    click(qtbot, dialog.save_button)
    assert dialog.form.error_for("family_name") == "Family name is required."
    assert "is not a real date" in dialog.form.error_for("date_of_birth")
    assert dialog.form.error_for("reason").startswith("Say why")
    assert dialog.isVisible() and patients.corrections(window.workstation.db, controller.patient.id) == []
    shoot(dialog, "correct-patient-refused")
    type_into(qtbot, dialog.family_name, "Dow")
    type_into(qtbot, dialog.date_of_birth, "1956-03-21")
    type_into(qtbot, dialog.reason, "typo at registration; date from the ID card")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert controller.patient.family_name == "Dow"
    assert page.patient_label.text() == "DOW, Jane"
    assert "21 Mar 1956" in page.details_label.text() or "1956" in page.details_label.text()
    [card] = window.board.cards
    assert card.patient_label.text().startswith("DOW, Jane")
    shoot(window, "session-after-correction")

    page.open_patient_audit()
    audit = page.audit_dialog
    assert isinstance(audit, AuditDialog)
    texts = [
        [audit.table.item(r, c).text() for c in range(audit.table.columnCount())]  # type: ignore[union-attr]
        for r in range(audit.table.rowCount())
    ]
    [row] = [t for t in texts if t[5] == "Details corrected"]
    assert "Family name: Doe → Dow" in row[6] and "Date of birth: 1956-03-12 → 1956-03-21" in row[6]
    assert "typo at registration" in row[6] and row[4] == "Ana Lima, RN"
    audit.close()

    history = HistoryDialog(window.workstation, window)
    qtbot.addWidget(history)
    history.search.setText("Dow")
    assert history.corrections_label.isVisibleTo(history)
    assert "Family name: Doe → Dow" in history.corrections_label.text()
    assert "Dow" in history.patient_label.text().upper() or "DOW" in history.patient_label.text()
    history.show()
    shoot(history, "history-with-corrections")
    history.close()


def test_a_nurse_corrects_her_own_profile(qtbot: QtBot, window: MainWindow) -> None:
    create_profile(qtbot, window)
    ws = window.workstation
    assert ws.nurse is not None
    window.profiles_action.trigger()
    dialog = window.profiles_dialog
    assert isinstance(dialog, ProfilesDialog)
    click(qtbot, dialog.correct_button)
    correction = dialog.child
    assert isinstance(correction, NurseCorrectionDialog)
    type_into(qtbot, correction.name, "Ana Lima-Souza")
    click(qtbot, correction.save_button)
    assert correction.form.error_for("reason").startswith("Say why")
    type_into(qtbot, correction.reason, "married")
    click(qtbot, correction.save_button)
    assert ws.nurse.name == "Ana Lima-Souza"
    assert window.nurse_label.text().startswith("Signed in: Ana Lima-Souza, RN")
    assert dialog.table.item(0, 0).text() == "Ana Lima-Souza, RN"  # type: ignore[union-attr]


def test_a_nurse_corrects_her_licence_number(qtbot: QtBot, window: MainWindow) -> None:
    """e-records' licence or staff number (printed and exported as her identifier) is a detail of her profile like
    the others: corrected with a reason, the earlier one kept."""
    from ivig_desktop.reports.corrections import nurse_corrections

    page = window.sign_in_page
    type_into(qtbot, page.staff_id_edit, "RN-204518")
    create_profile(qtbot, window)
    ws = window.workstation
    assert ws.nurse is not None and ws.nurse.staff_id == "RN-204518"
    window.profiles_action.trigger()
    dialog = window.profiles_dialog
    assert isinstance(dialog, ProfilesDialog)
    click(qtbot, dialog.correct_button)
    correction = dialog.child
    assert isinstance(correction, NurseCorrectionDialog)
    assert correction.staff_id.text() == "RN-204518"
    correction.staff_id.clear()
    type_into(qtbot, correction.staff_id, "RN 2045/18!")
    type_into(qtbot, correction.reason, "two digits swapped")
    click(qtbot, correction.save_button)
    assert correction.isVisible() and correction.form.error_for("staff_id").startswith("Licence or staff number:")
    correction.staff_id.clear()
    type_into(qtbot, correction.staff_id, "RN-204581")
    click(qtbot, correction.save_button)
    assert not correction.isVisible()
    assert ws.nurse.staff_id == "RN-204581" and ws.nurse.name == "Ana Lima"
    (line,) = nurse_corrections(ws.db, ws.nurse.id)
    assert (line.label, line.before, line.after, line.reason) == (
        "Licence or staff number",
        "RN-204518",
        "RN-204581",
        "two digits swapped",
    )
