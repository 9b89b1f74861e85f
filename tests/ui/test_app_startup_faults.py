"""Starting the app on an empty database file: it asks before making a new record there (No is the default)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ivig_desktop.store.database import EmptyDatabaseFileError
from ivig_desktop.ui import app


def test_an_empty_database_file_is_not_made_a_new_record_without_asking(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "ivig.db"
    empty.touch()
    asked: list[str] = []

    def answer_no(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", answer_no)
    assert app.open_or_ask(empty, None) is None
    assert len(asked) == 1 and "exists but is empty (0 bytes)" in asked[0] and str(empty) in asked[0]
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ivig.db"]


def test_the_nurse_may_start_a_new_record_in_an_empty_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "ivig.db"
    empty.touch()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    db = app.open_or_ask(empty, None)
    assert db is not None
    try:
        assert "events" in db.table_names() and db.read_only_reason is None
    finally:
        db.close()


def test_the_question_reads_well(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[QMessageBox] = []

    def keep(box: QMessageBox) -> int:
        box.show()
        QApplication.processEvents()
        shown.append(box)
        box.grab().save(str(tmp_path / "question.png"))  # looked at while writing this test
        box.close()
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", keep)
    assert not app.confirm_new_record_in_empty_file(EmptyDatabaseFileError(tmp_path / "ivig.db"))
    [box] = shown
    assert sorted(b.text() for b in box.buttons()) == ["No, close", "Start a new record"]
