"""What the nurse sees when saving fails, when another IVIG Desktop has the database, and when restoring a backup.

Faults are real conditions (tests/faults.py). Whatever the fault, the note stays in the box and in a recovery
file, nothing is stored, and once the fault is gone the same note saves and the recovery file goes.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.session import NOTE_MAX_CHARS
from ivig_desktop.store import sessions
from ivig_desktop.store.backup import BEFORE_RESTORE, MANUAL, backup_database, list_backups
from ivig_desktop.store.database import IvigDatabase
from ivig_desktop.ui.dialogs.restore import RestoreDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.page import SessionPage
from tests.faults import (
    disk_full,
    failing_writes,
    other_instance,
    read_only_file,
    refusing_inserts,
    vanished,
    write_lock_held_elsewhere,
)

from .conftest import T0, MakeWindow
from .test_first_session import create_profile, sign_in_by_keyboard, start_session_for_new_patient

LONG_NOTE = "Observed " + "x" * (NOTE_MAX_CHARS - 9)  # needs a new page in the file: a full disk refuses it
KEPT = "Your note is kept here and in a recovery file until it is saved."


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "drive" / "ivig.db"  # a folder of its own, which can vanish like a removable drive


def database(window: MainWindow) -> IvigDatabase:
    db = window.workstation.db
    assert isinstance(db, IvigDatabase)
    return db


def stored_notes(window: MainWindow, page: SessionPage) -> list[object]:
    return [e.payload["text"] for e in sessions.events(window.workstation.db, page.controller.session_id)]


def recovery_files(window: MainWindow) -> list[Path]:
    folder = window.workstation.drafts.folder
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


Inject = Callable[[MainWindow], AbstractContextManager[object]]


def _disk_full(window: MainWindow) -> AbstractContextManager[object]:
    return disk_full(database(window).conn)


def _locked(window: MainWindow) -> AbstractContextManager[object]:
    database(window).execute("PRAGMA busy_timeout = 0")  # fail at once rather than after 5 s
    return write_lock_held_elsewhere(database(window).path)


def _vanished(window: MainWindow) -> AbstractContextManager[object]:
    return vanished(database(window).path.parent)


def _io_error(window: MainWindow) -> AbstractContextManager[object]:
    return failing_writes(database(window).path)


def _refused(window: MainWindow) -> AbstractContextManager[object]:
    return refusing_inserts(database(window).path)


FAULTS: dict[str, tuple[Inject, str]] = {
    "a constraint refuses it": (_refused, "Nothing was saved: the record refused it (refused by a rule"),
    "disk full": (_disk_full, "The disk is full. Nothing was saved"),
    "locked by another process": (_locked, "The database is busy: another program is using it. Nothing was saved"),
    "drive vanished": (_vanished, "can no longer be found (was a drive removed, or the folder moved"),
    "write I/O error": (_io_error, "The disk could not be written (was a drive removed?). Nothing was saved"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_note_that_cannot_be_saved_stays_in_the_box_and_in_a_recovery_file(
    qtbot: QtBot, window: MainWindow, fault: str
) -> None:
    inject, words = FAULTS[fault]
    create_profile(qtbot, window)
    page = start_session_for_new_patient(qtbot, window)
    page.note_edit.setPlainText(LONG_NOTE)

    with inject(window):
        click(qtbot, page.add_note_button)
        assert page.note_error.isVisible()
        message = page.note_error.text()
        assert words in message
        assert message.endswith(KEPT)
        assert page.note_edit.toPlainText() == LONG_NOTE
        assert page.note_saved.text() == ""

    assert stored_notes(window, page) == []
    [draft] = recovery_files(window)
    assert json.loads(draft.read_text(encoding="utf-8"))["fields"] == {"text": LONG_NOTE}
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    assert stat.S_IMODE(draft.parent.stat().st_mode) == 0o700

    click(qtbot, page.add_note_button)  # the fault is gone: the same note saves
    assert stored_notes(window, page) == [LONG_NOTE]
    assert not page.note_error.isVisible()
    assert page.note_edit.toPlainText() == ""
    assert page.note_saved.text().startswith("✓ Note saved at")
    assert recovery_files(window) == []


def test_the_recovery_file_follows_edits_and_comes_back_after_a_restart(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    create_profile(qtbot, window)
    page = start_session_for_new_patient(qtbot, window)
    page.note_edit.setPlainText("Site red")
    with failing_writes(database(window).path):
        click(qtbot, page.add_note_button)
    page.note_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.note_edit, " and warm.")  # the nurse goes on typing while it cannot be saved
    [draft] = recovery_files(window)
    assert json.loads(draft.read_text(encoding="utf-8"))["fields"] == {"text": "Site red and warm."}
    window.close()  # the app is closed (or crashes) before the note could be saved

    again = make_window()
    sign_in_by_keyboard(qtbot, again)
    qtbot.keyClick(again, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    reopened = again.session_page
    assert reopened is not None
    assert reopened.note_edit.toPlainText() == "Site red and warm."
    assert reopened.note_saved.text() == (
        "A note that could not be saved earlier is back in the box: press Add note to save it."
    )
    click(qtbot, reopened.add_note_button)
    assert stored_notes(again, reopened) == ["Site red and warm."]
    assert recovery_files(again) == []


def test_emptying_the_box_drops_the_recovery_file(qtbot: QtBot, window: MainWindow) -> None:
    create_profile(qtbot, window)
    page = start_session_for_new_patient(qtbot, window)
    page.note_edit.setPlainText(LONG_NOTE)
    with disk_full(database(window).conn):
        click(qtbot, page.add_note_button)
    assert len(recovery_files(window)) == 1
    page.note_edit.clear()
    assert recovery_files(window) == []


def test_a_recovery_file_never_lands_in_another_session_after_a_restore(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    create_profile(qtbot, window)
    start_session_for_new_patient(qtbot, window, "Chair 1")
    before_second = backup_database(database(window), reason=MANUAL, now=T0)
    clock.advance(timedelta(minutes=3))
    window.new_session_action.trigger()
    dialog = window.new_session_dialog
    assert dialog is not None
    dialog.patients.setCurrentRow(0)
    dialog.location.setText("Chair 2")
    dialog.start()
    second = window.session_page
    assert second is not None
    second.note_edit.setPlainText(LONG_NOTE)
    with disk_full(database(window).conn):
        click(qtbot, second.add_note_button)
    second_id = second.controller.session_id

    window.workstation.restore(list_backups(database(window).path)[-1])  # session 2 is no longer in the record
    assert list_backups(database(window).path)[-1].path == before_second
    clock.advance(timedelta(minutes=5))
    reused = window.workstation.open_session(second.controller.patient.id, "Chair 5")
    assert reused.session_id == second_id  # SQLite gives the same id again
    window.show_session(reused.session_id)
    assert window.session_page is not None
    assert window.session_page.note_edit.toPlainText() == ""  # not the other session's note


# One writer and read-only


def test_a_second_instance_shows_read_only_and_refuses_to_save(
    qtbot: QtBot, make_window: MakeWindow, db_path: Path
) -> None:
    first = make_window()
    create_profile(qtbot, first)
    start_session_for_new_patient(qtbot, first)
    first.close()
    database(first).close()  # the first window's app is gone...

    other = other_instance(db_path)  # ...and another IVIG Desktop has the database now
    try:
        window = make_window()
        assert window.read_only_banner.isVisible()
        banner = window.read_only_banner.text()
        assert "Read-only: you can read the record but not add to it." in banner
        assert "It is in use by another IVIG Desktop (on " in banner and f"process {other.pid}" in banner
        assert window.windowTitle().endswith("(read-only)")
        sign_in_by_keyboard(qtbot, window)
        assert not window.restore_action.isEnabled()
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        page = window.session_page
        assert page is not None
        qtbot.keyClicks(page.note_edit, "Pre-meds given")
        click(qtbot, page.add_note_button)
        assert page.note_error.text().startswith(
            "⚠ Nothing was saved: this database is open read-only. It is in use by another IVIG Desktop"
        )
        assert page.note_edit.toPlainText() == "Pre-meds given"
        assert stored_notes(window, page) == []
        assert len(recovery_files(window)) == 1
    finally:
        other.stop()


def test_a_read_only_file_shows_read_only(qtbot: QtBot, make_window: MakeWindow, db_path: Path) -> None:
    first = make_window()
    create_profile(qtbot, first)
    first.close()
    database(first).close()
    with read_only_file(db_path):
        window = make_window()
        assert window.read_only_banner.isVisible()
        assert f"The file {db_path} is read-only" in window.read_only_banner.text()


def test_a_writable_database_shows_no_banner(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.read_only_banner.isVisible()
    create_profile(qtbot, window)
    assert window.restore_action.isEnabled()


# Backups while running, and restore


def open_restore_dialog(qtbot: QtBot, window: MainWindow) -> RestoreDialog:
    window.restore_action.trigger()
    dialog = window.restore_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def answer(dialog: RestoreDialog, button: QMessageBox.StandardButton) -> None:
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    box.button(button).click()


def test_restore_from_backup_asks_then_restores_and_restarts(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    create_profile(qtbot, window)
    page = start_session_for_new_patient(qtbot, window)
    qtbot.keyClicks(page.note_edit, "Before the backup")
    click(qtbot, page.add_note_button)
    chosen = backup_database(database(window), reason=MANUAL, now=T0 - timedelta(days=1))
    qtbot.keyClicks(page.note_edit, "After the backup")
    click(qtbot, page.add_note_button)

    dialog = open_restore_dialog(qtbot, window)
    assert dialog.backup_list.topLevelItemCount() == 1
    item = dialog.backup_list.topLevelItem(0)
    assert item is not None
    assert item.text(1) == "Made on request"
    assert item.text(2).endswith("KB")
    dialog.select(chosen)

    click(qtbot, dialog.restore_button)
    answer(dialog, QMessageBox.StandardButton.Cancel)  # on second thoughts, no
    assert stored_notes(window, page) == ["Before the backup", "After the backup"]
    assert dialog.isVisible()

    click(qtbot, dialog.restore_button)
    answer(dialog, QMessageBox.StandardButton.Yes)
    assert stored_notes(window, page) == ["Before the backup"]
    assert window.restart_requested
    assert not window.isVisible()
    before = [b for b in list_backups(database(window).path) if b.reason == BEFORE_RESTORE]
    assert len(before) == 1
    assert str(before[0].path) in window.restart_notice


def test_restore_dialog_without_backups_says_so(qtbot: QtBot, window: MainWindow) -> None:
    create_profile(qtbot, window)
    dialog = open_restore_dialog(qtbot, window)
    assert dialog.empty_label.isVisible()
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_a_vitals_set_that_cannot_be_saved_stays_in_the_form_and_comes_back_after_a_restart(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    create_profile(qtbot, window)
    page = start_session_for_new_patient(qtbot, window)
    form = page.vitals_tab.form
    typed = {
        "systolic_mmhg": "131",
        "diastolic_mmhg": "82",
        "heart_rate_per_min": "76",
        "respiratory_rate_per_min": "16",
        "temperature": "37.1",
        "spo2_percent": "97",
        "pain_score": "1",
    }
    for name, text in typed.items():
        form.edits[name].setText(text)
    with failing_writes(database(window).path):
        click(qtbot, form.save_button)
    assert "What you typed is kept here and in a recovery file." in form.form.general_error.text()
    assert {name: form.edits[name].text() for name in typed} == typed
    [draft] = recovery_files(window)
    assert draft.name.endswith("-vitals.json")
    window.close()  # closed (or crashed) before the set could be saved

    again = make_window()
    sign_in_by_keyboard(qtbot, again)
    qtbot.keyClick(again, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    reopened = again.session_page
    assert reopened is not None
    restored = reopened.vitals_tab.form
    assert {name: restored.edits[name].text() for name in typed} == typed
    assert "back in the form" in restored.status_label.text()
