"""Start-up: a damaged database is reported (and left alone); a restore restarts the app on the restored file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.cli import main
from ivig_desktop.store import sessions
from ivig_desktop.store.backup import MANUAL, backup_database, list_backups
from ivig_desktop.store.database import IvigDatabase, open_database
from ivig_desktop.ui.main_window import MainWindow
from tests.faults import damage, disk_full

from .test_first_session import create_profile, start_session_for_new_patient
from .test_reliability import LONG_NOTE, answer, click, open_restore_dialog


def shown_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_a_damaged_database_is_reported_at_start_and_left_alone(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ivig.db"
    db = open_database(path)
    db.execute("CREATE TABLE padding (x)")  # enough pages to damage the third
    db.execute("INSERT INTO padding VALUES (zeroblob(20000))")
    db.close()
    damaged = damage(path)
    shown: list[str] = []

    def critical(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: pytest.fail("the window must not open")))
    assert main(["--db", str(path)]) == 1
    [text] = shown
    assert f"The database file {path} is damaged" in text
    assert "It has not been changed." in text
    assert f"copy the newest backup from {tmp_path / 'backups'}" in text
    assert path.read_bytes() == damaged
    assert not (tmp_path / "backups").exists()


def test_after_a_restore_the_app_reopens_on_the_restored_database(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ivig.db"
    runs: list[MainWindow] = []
    seen_after: list[object] = []

    def exec_once() -> int:
        [window] = shown_windows()
        runs.append(window)
        if len(runs) == 1:  # the nurse records, then restores an earlier backup
            create_profile(qtbot, window)
            page = start_session_for_new_patient(qtbot, window)
            assert isinstance(window.workstation.db, IvigDatabase)
            chosen = backup_database(window.workstation.db, reason=MANUAL, now=window.workstation.clock.now())
            page.note_edit.setPlainText("after the backup")
            click(qtbot, page.add_note_button)
            dialog = open_restore_dialog(qtbot, window)
            dialog.select(chosen)
            click(qtbot, dialog.restore_button)
            answer(dialog, QMessageBox.StandardButton.Yes)
        else:  # the app has reopened on the restored file
            [header] = sessions.active_headers(window.workstation.db)
            seen_after.append(sessions.events(window.workstation.db, header.id))
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    assert main(["--db", str(path)]) == 0
    first, second = runs
    assert first.restart_requested and not second.restart_requested
    assert second.statusBar().currentMessage().startswith("Restored the backup taken ")
    assert seen_after == [[]]  # the note made after the backup is not in the restored record


def test_no_patient_data_in_the_logs(
    qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    create_profile(qtbot, window, name="Quentin Zabriskie")
    page = start_session_for_new_patient(qtbot, window)  # Jane Doe, MRN-001, born 1956-03-12
    page.note_edit.setPlainText(LONG_NOTE.replace("Observed", "Wheezing"))
    db = window.workstation.db
    assert isinstance(db, IvigDatabase)
    with disk_full(db.conn):
        click(qtbot, page.add_note_button)
    click(qtbot, page.add_note_button)
    chosen = backup_database(db, reason=MANUAL, now=window.workstation.clock.now())
    window.workstation.restore(list_backups(db.path)[0])
    assert chosen.exists()
    assert caplog.records, "the test must see the store's log records to mean anything"
    text = caplog.text + " ".join(str(r.args) for r in caplog.records)
    for private in ("Quentin", "Zabriskie", "Jane", "Doe", "MRN-001", "1956", "Wheezing", "xxxx"):
        assert private not in text
