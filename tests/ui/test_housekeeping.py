"""The day's backup and the full check run in the background once the window is shown, with their progress in the
status bar; the nurse can work meanwhile; a damaged database is said and no longer written to."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.store import sessions
from ivig_desktop.store.backup import DAILY, list_backups, verify_backup
from ivig_desktop.store.check import CheckReport
from ivig_desktop.store.database import IvigDatabase, StoreError, backup_dir_for
from ivig_desktop.ui.background import running_operations
from ivig_desktop.ui.main_window import MainWindow

from .conftest import T0, MakeWindow
from .test_first_session import create_profile, start_session_for_new_patient


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    window = make_window()
    window.workstation.backup_clock = FakeClock(T0)
    return window


def database(window: MainWindow) -> IvigDatabase:
    db = window.workstation.db
    assert isinstance(db, IvigDatabase)
    return db


def loaded(qtbot: QtBot, window: MainWindow) -> None:
    """What the app does once the window is shown, up to the end of the background work it starts."""
    window.finish_loading()
    housekeeping = window.housekeeping
    assert housekeeping is not None
    if housekeeping.running:
        with qtbot.waitSignal(housekeeping.idle, timeout=30_000):
            pass


def test_the_days_backup_and_check_run_once_the_window_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    create_profile(qtbot, window)
    page = start_session_for_new_patient(qtbot, window)
    seen: list[str] = []
    window.statusBar().messageChanged.connect(seen.append)
    loaded(qtbot, window)
    [daily] = list_backups(database(window).path)
    assert (daily.reason, daily.taken_at) == (DAILY, T0)
    assert any(text.startswith("Today's backup was made") for text in seen)
    assert seen[-1] == "The daily check of the database found it sound."
    assert window.housekeeping is not None and not window.housekeeping.progress_bar.isVisible()
    assert not running_operations()
    page.note_edit.setPlainText("after the backup")  # saving goes on as before
    page.add_note_button.click()
    assert [e.payload["text"] for e in sessions.events(database(window), page.controller.session_id)] == [
        "after the backup"
    ]


def test_progress_is_shown_in_the_status_bar_while_it_runs(qtbot: QtBot, window: MainWindow) -> None:
    window.finish_loading()
    housekeeping = window.housekeeping
    assert housekeeping is not None and housekeeping.running
    bar = housekeeping.progress_bar
    assert bar.isVisible() and bar.accessibleName() == "Backing up the database"
    assert housekeeping.progress_label.isVisible() and housekeeping.progress_label.text() == "Backing up the database…"
    shown: list[tuple[int, int]] = []
    bar.valueChanged.connect(lambda value: shown.append((value, bar.maximum())))
    with qtbot.waitSignal(housekeeping.idle, timeout=30_000):
        pass
    assert shown and shown[-1][0] == shown[-1][1]  # copied to the last page
    assert not bar.isVisible() and not housekeeping.progress_label.isVisible()


def test_the_backup_is_taken_again_when_the_app_runs_past_midnight(qtbot: QtBot, window: MainWindow) -> None:
    loaded(qtbot, window)
    housekeeping = window.housekeeping
    assert housekeeping is not None
    housekeeping.check_now()  # the same day: nothing to do
    assert not housekeeping.running
    window.workstation.backup_clock = FakeClock(T0 + timedelta(days=1))
    housekeeping.check_now()  # what its one-minute timer does
    with qtbot.waitSignal(housekeeping.idle, timeout=30_000):
        pass
    assert [(b.reason, b.taken_at) for b in list_backups(database(window).path)] == [
        (DAILY, T0 + timedelta(days=1)),
        (DAILY, T0),
    ]


def test_a_failing_backup_is_shown_and_retried_ten_minutes_later(qtbot: QtBot, window: MainWindow) -> None:
    clock = FakeClock(T0)
    window.workstation.backup_clock = clock
    folder = backup_dir_for(database(window).path)
    folder.write_text("not a folder")
    seen: list[str] = []
    window.statusBar().messageChanged.connect(seen.append)
    loaded(qtbot, window)
    assert any(text.startswith("Today's automatic backup could not be made: The backup folder") for text in seen)
    housekeeping = window.housekeeping
    assert housekeeping is not None
    housekeeping.check_now()
    assert not housekeeping.running  # not retried at once
    clock.advance(timedelta(minutes=10))
    folder.unlink()
    housekeeping.check_now()
    with qtbot.waitSignal(housekeeping.idle, timeout=30_000):
        pass
    assert [b.reason for b in list_backups(database(window).path)] == [DAILY]


def test_a_damaged_database_found_by_the_check_is_no_longer_written_to(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ivig_desktop.ui import housekeeping as module

    create_profile(qtbot, window)
    page = start_session_for_new_patient(qtbot, window)
    path = database(window).path
    monkeypatch.setattr(
        module, "check_database", lambda *args: CheckReport(path, "Tree 4 page 9 cell 0: invalid page number 777")
    )
    loaded(qtbot, window)
    banner = window.read_only_banner.text()
    assert window.read_only_banner.isVisible()
    assert f"The daily check found the database file {path} damaged (Tree 4 page 9" in banner
    assert f"copy the newest backup from {backup_dir_for(path)}" in banner
    assert window.windowTitle().endswith("(read-only)")
    with pytest.raises(StoreError, match="read-only"):
        page.controller.add_note("after the check")
    assert sessions.events(database(window), page.controller.session_id) == []


def test_closing_the_window_stops_the_backup_and_leaves_no_file(qtbot: QtBot, window: MainWindow) -> None:
    window.finish_loading()
    housekeeping = window.housekeeping
    assert housekeeping is not None and housekeeping.running
    window.close()  # whatever the backup had reached: stopped, or finished
    assert not running_operations()
    folder = backup_dir_for(database(window).path)
    leftovers = sorted(folder.iterdir()) if folder.is_dir() else []
    assert [p for p in leftovers if p.name.endswith(".partial")] == []
    for whole in leftovers:
        verify_backup(whole)  # a backup that exists is whole


def test_the_days_work_is_not_done_before_the_window_is_shown(window: MainWindow) -> None:
    assert window.housekeeping is None
    assert list_backups(database(window).path) == []


def test_back_up_now_from_the_file_menu(qtbot: QtBot, window: MainWindow) -> None:
    assert window.menus is not None
    action = window.menus.actions["backup"]
    create_profile(qtbot, window)
    window.menus.sync()
    assert not action.isEnabled()  # not before the window has loaded its background work
    loaded(qtbot, window)
    window.menus.sync()
    assert action.isEnabled()
    seen: list[str] = []
    window.statusBar().messageChanged.connect(seen.append)
    housekeeping = window.housekeeping
    assert housekeeping is not None
    with qtbot.waitSignal(housekeeping.idle, timeout=30_000):
        action.trigger()
        window.menus.sync()
        assert not action.isEnabled()  # one at a time
    manual = [b for b in list_backups(database(window).path) if b.reason != DAILY]
    assert len(manual) == 1
    verify_backup(manual[0].path)
    assert seen[-1] == f"Backup made: {manual[0].path}"
    window.menus.sync()
    assert action.isEnabled()
