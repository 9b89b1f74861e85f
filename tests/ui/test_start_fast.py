"""Start fast: the window shows the sign-in first, then loads the rest (the board, the alerts) once it is shown."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ivig_desktop.cli import main
from ivig_desktop.domain.people import new_nurse_profile, new_patient_details
from ivig_desktop.store import nurses, patients, sessions
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.main_window import MainWindow

from .conftest import MakeWindow
from .helpers import PASSWORD

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


def database_with_an_open_session(path: Path) -> int:
    db = open_database(path, now=T0)
    try:
        nurse = nurses.add_nurse(db, new_nurse_profile("Ana Lima", "RN"), T0)
        details = new_patient_details(
            family_name="Doe", given_name="Jane", date_of_birth="1956-03-12", mrn="", sex="F",
            height_cm="165", weight_kg="72.5", allergies="NKDA", today=T0.date(),
        )  # fmt: skip
        patient = patients.add_patient(db, details, nurse.id, T0)
        return sessions.open_session(db, patient.id, "Chair 2", nurse.id, T0).id
    finally:
        db.close()


@pytest.fixture
def started(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, bool, int]:
    """Start the app (`ivig-desktop --db PATH`) on a database with an open session; its event loop runs until the
    window has loaded the rest. Returns the window, whether it was loaded when first shown, and the session."""
    path = tmp_path / "ivig.db"
    session_id = database_with_an_open_session(path)
    seen: list[tuple[MainWindow, bool]] = []

    def exec_until_loaded() -> int:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.append((window, window.loaded or window.workstation.sessions_loaded))
        qtbot.waitUntil(lambda: window.loaded, timeout=10_000)
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_until_loaded))
    assert main(["--db", str(path)]) == 0
    [(window, loaded_when_shown)] = seen
    return window, loaded_when_shown, session_id


def test_the_sign_in_is_shown_before_the_sessions_are_loaded(started: tuple[MainWindow, bool, int]) -> None:
    window, loaded_when_shown, session_id = started
    assert not loaded_when_shown  # shown with the sign-in page only
    assert window.loaded and window.workstation.sessions_loaded  # then the rest, once shown and idle
    assert [c.session_id for c in window.workstation.controllers()] == [session_id]
    assert [card.session_id for card in window.board.cards] == [session_id]
    assert window.stack.currentWidget() is window.sign_in_page


def test_signing_in_before_the_rest_is_loaded_builds_it_then(make_window: MakeWindow) -> None:
    window = make_window()
    assert not window.loaded  # the fixture shows the window without an event loop that would load it
    nurse = window.workstation.create_nurse("Ana Lima", "RN", PASSWORD, PASSWORD)
    window.workstation.sign_in(nurse)
    window.sign_in_page.signed_in.emit()
    assert window.loaded and window.stack.currentWidget() is window.work_page
