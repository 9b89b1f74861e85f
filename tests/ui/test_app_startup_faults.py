"""Starting the app on an empty database file: it asks before making a new record there (No is the default)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ivig_desktop.store.database import EmptyDatabaseFileError
from ivig_desktop.ui import app


def test_an_empty_database_file_is_not_made_a_new_record_without_asking(qtbot: QtBot, tmp_path: Path) -> None:
    empty = tmp_path / "ivig.db"
    empty.touch()
    asked: list[EmptyDatabaseFileError] = []

    def answer_no(question: EmptyDatabaseFileError) -> bool:
        asked.append(question)
        return False

    assert app.open_or_ask(empty, None, confirm_empty=answer_no) is None
    assert [q.path for q in asked] == [empty]
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ivig.db"]


def test_the_nurse_may_start_a_new_record_in_an_empty_file(qtbot: QtBot, tmp_path: Path) -> None:
    empty = tmp_path / "ivig.db"
    empty.touch()
    db = app.open_or_ask(empty, None, confirm_empty=lambda question: True)
    assert db is not None
    try:
        assert "events" in db.table_names() and db.read_only_reason is None
    finally:
        db.close()


def test_the_question_says_why_and_defaults_to_no(qtbot: QtBot, tmp_path: Path) -> None:
    box = app.empty_file_question(EmptyDatabaseFileError(tmp_path / "ivig.db"))
    qtbot.addWidget(box)
    box.show()
    QApplication.processEvents()
    box.grab().save(str(tmp_path / "question.png"))  # looked at while writing this test
    assert "exists but is empty (0 bytes)" in box.text() and str(tmp_path / "ivig.db") in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert sorted(b.text() for b in box.buttons()) == ["No, close", "Start a new record"]
    box.close()
