"""The first-run welcome (issue 12 item 13): where the record is kept, the clinic's time zone, then the first
account; or demo data instead, leaving the database as it was. All by keyboard; errors beside the field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.store import clinic
from ivig_desktop.store.database import open_database
from ivig_desktop.ui import app as app_module
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.workstation import Workstation

from .conftest import FakePlayer
from .helpers import PASSWORD


@pytest.fixture
def first_window(
    qtbot: QtBot, db_path: Path, clock: FakeClock, player: FakePlayer, config: ClinicConfig
) -> Iterator[MainWindow]:
    db = open_database(db_path)
    window = MainWindow(Workstation(db, clock, db_path, config, human_clock=clock), player=player, welcome=True)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window
    window.close()
    db.close()


def test_the_welcome_says_where_the_record_is_and_asks_the_zone_first(first_window: MainWindow, db_path: Path) -> None:
    page = first_window.welcome_page
    assert first_window.stack.currentWidget() is page
    assert QApplication.focusWidget() is page.zone
    assert str(db_path) in page.where.text()
    assert str(db_path.parent / "backups") in page.where.text()


def test_a_zone_that_does_not_exist_is_said_beside_the_field_and_nothing_is_recorded(
    qtbot: QtBot, first_window: MainWindow
) -> None:
    page = first_window.welcome_page
    before = clinic.recorded(first_window.workstation.db)
    page.zone.selectAll()
    qtbot.keyClicks(page.zone, "Mars/Olympus")
    qtbot.keyClick(page.zone, Qt.Key.Key_Return)
    assert "is not an IANA time zone name" in page.form.error_for("zone")
    assert first_window.stack.currentWidget() is page
    assert clinic.recorded(first_window.workstation.db) == before


def test_by_keyboard_the_zone_then_the_first_account(qtbot: QtBot, first_window: MainWindow) -> None:
    page = first_window.welcome_page
    page.zone.selectAll()
    qtbot.keyClicks(page.zone, "America/Toronto")
    qtbot.keyClick(page.zone, Qt.Key.Key_Return)
    assert clinic.recorded(first_window.workstation.db)["time_zone"] == "America/Toronto"
    assert first_window.workstation.clinic.time_zone == "America/Toronto"
    sign_in = first_window.sign_in_page
    assert first_window.stack.currentWidget() is sign_in
    assert sign_in.create_box.title() == "Create the first account"
    assert QApplication.focusWidget() is sign_in.name_edit
    for text in ("Ana Lima", "RN", ""):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), PASSWORD)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), PASSWORD)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert first_window.workstation.nurse is not None
    assert first_window.workstation.nurse.name == "Ana Lima"
    assert first_window.stack.currentWidget() is first_window.work_page


def choose_demo(qtbot: QtBot, window: MainWindow) -> None:
    """From the zone field: Tab to Continue, Tab to the demo offer, Space."""
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.welcome_page.demo_button
    qtbot.keyClick(window.welcome_page.demo_button, Qt.Key.Key_Space)


def test_demo_data_instead_closes_the_window_and_leaves_the_database_as_it_was(
    qtbot: QtBot, first_window: MainWindow
) -> None:
    db = first_window.workstation.db
    before = clinic.recorded(db)
    choose_demo(qtbot, first_window)
    assert first_window.demo_requested
    assert not first_window.isVisible()
    assert clinic.recorded(db) == before and not clinic.is_demo(db)
    assert not first_window.workstation.nurses()


def test_the_app_then_opens_a_demo_database_of_its_own(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """run_gui: the welcome's offer taken, the next window is on a new demo database; the first stays empty."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    seen: list[MainWindow] = []

    def step() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or windows[0] in seen:
            return
        window = windows[0]
        seen.append(window)
        if len(seen) == 1:
            window.welcome_page.demo_button.click()  # (by keyboard: the test above)
        else:
            window.close()

    poll = QTimer()
    poll.timeout.connect(step)
    poll.start(20)
    monkeypatch.setattr(app_module, "ReadyWatcher", _NoWatcher)  # nothing built in the background
    try:
        assert app_module.run_gui(db_path) == 0
    finally:
        poll.stop()
    assert len(seen) == 2
    assert seen[1].demo and seen[1].simulation_banner.text().startswith("DEMO")
    assert seen[1].stack.currentWidget() is seen[1].sign_in_page  # demo accounts: no welcome
    assert seen[1].workstation.db_path.parent.parent == tmp_path
    assert not seen[1].workstation.db_path.exists()  # removed at the end
    first = open_database(db_path)
    try:
        assert not clinic.is_demo(first)
        assert first.execute("SELECT COUNT(*) FROM nurses").fetchone()[0] == 0
    finally:
        first.close()


class _NoWatcher:
    def __init__(self, window: MainWindow) -> None:
        from PySide6.QtCore import QObject, Signal

        class Ready(QObject):
            ready = Signal()

        self._ready = Ready()
        self.ready = self._ready.ready
