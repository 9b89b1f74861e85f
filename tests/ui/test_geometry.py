"""The window's size and place are kept per workstation and restored at the next start, on a screen that is there
and never larger than it (issue 12 item 14). QSettings point at tmp_path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.geometry import fit_on_screens, saved_rect
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.workstation import Workstation

from .conftest import FakePlayer

LAPTOP = QRect(0, 0, 1366, 740)  # the available area (without the panel)
MONITOR = QRect(1366, 0, 1920, 1050)


def test_a_window_on_a_screen_stays_where_it_was() -> None:
    rect = QRect(1500, 100, 1280, 800)
    assert fit_on_screens(rect, [LAPTOP, MONITOR], LAPTOP) == rect


def test_a_window_left_on_an_unplugged_monitor_comes_back_onto_the_primary_screen() -> None:
    fitted = fit_on_screens(QRect(1500, 100, 1280, 800), [LAPTOP], LAPTOP)
    assert LAPTOP.contains(fitted)
    assert (fitted.width(), fitted.height()) == (1280, 740)  # never taller than the laptop's screen
    assert fit_on_screens(QRect(-3000, -2000, 400, 300), [LAPTOP], LAPTOP) == QRect(0, 0, 400, 300)


def test_a_window_larger_than_its_screen_is_made_to_fit() -> None:
    assert fit_on_screens(QRect(0, 0, 2500, 1600), [LAPTOP, MONITOR], LAPTOP) == LAPTOP


def open_window(qtbot: QtBot, db_path: Path, clock: FakeClock, settings: QSettings) -> MainWindow:
    QApplication.processEvents()
    db = open_database(db_path)
    window = MainWindow(Workstation(db, clock, db_path), player=FakePlayer(), settings=settings)
    qtbot.addWidget(window)
    window.destroyed.connect(db.close)
    return window


def test_the_size_and_place_are_restored_at_the_next_start(
    qtbot: QtBot, tmp_path: Path, db_path: Path, clock: FakeClock
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, db_path, clock, settings)
    window.show()
    window.setMinimumSize(600, 500)  # (the test screen is 800 x 800: smaller than the usual minimum)
    window.setGeometry(QRect(10, 30, 760, 700))
    window.close()
    window.workstation.db.close()
    assert saved_rect(settings) == QRect(10, 30, 760, 700)
    assert (tmp_path / "settings.ini").is_file()

    again = open_window(qtbot, db_path, clock, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    again.setMinimumSize(600, 500)
    assert again.geometry().topLeft() == QRect(10, 30, 760, 700).topLeft()
    assert again.height() == 700
    again.close()
    again.workstation.db.close()


def test_a_saved_place_off_every_screen_opens_on_the_primary_screen_and_fits_it(
    qtbot: QtBot, tmp_path: Path, db_path: Path, clock: FakeClock
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in (("x", 5000), ("y", 3000), ("width", 4000), ("height", 3000)):
        settings.setValue(f"window/{key}", value)
    window = open_window(qtbot, db_path, clock, settings)
    screen = QApplication.primaryScreen().availableGeometry()
    assert screen.contains(window.geometry())
    assert window.width() <= screen.width() and window.height() <= screen.height()
    window.close()
    window.workstation.db.close()


def test_without_settings_nothing_is_kept(qtbot: QtBot, tmp_path: Path, db_path: Path, clock: FakeClock) -> None:
    db = open_database(db_path)
    window = MainWindow(Workstation(db, clock, db_path), player=FakePlayer())
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1280, 800)
    window.close()
    db.close()
    assert not list(tmp_path.glob("*.ini"))


def test_a_maximised_window_opens_maximised(qtbot: QtBot, tmp_path: Path, db_path: Path, clock: FakeClock) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in (("x", 0), ("y", 0), ("width", 700), ("height", 600), ("maximized", True)):
        settings.setValue(f"window/{key}", value)
    window = open_window(qtbot, db_path, clock, settings)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.close()
    window.workstation.db.close()
