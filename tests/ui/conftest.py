"""UI test fixtures: a FakeClock, a database in tmp_path, a main window, and a check that no timer outlives it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.config import ClinicConfig, load_clinic_config
from ivig_desktop.paths import resources_dir
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.background import running_operations
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.timer import running_timers
from ivig_desktop.ui.workstation import Workstation

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_timer_left_running(qapp: QApplication) -> Iterator[None]:
    """Fail a test whose windows, once closed, leave a repaint timer or a background operation running."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QApplication.processEvents()
    unfinished = running_operations()
    for operation in unfinished:
        operation.wait(10_000)
    QApplication.processEvents()
    assert not unfinished, f"{len(unfinished)} background operation(s) still running after every window closed"
    left = running_timers()
    for timer in left:
        timer.stop()
    assert not left, f"{len(left)} QTimer(s) still running after every window closed"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def human_clock(clock: FakeClock) -> FakeClock:
    """Real time for the rules about people (auto-lock, sign-in lockout, the alert sound's repeat). The same
    FakeClock as the record's unless a test needs them apart (training mode, where the record's runs faster)."""
    return clock


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ivig.db"


MakeWindow = Callable[[], MainWindow]


class FakePlayer:
    """Records alert sounds instead of playing them: tests never depend on an audio device. `report(why)` says
    the tone cannot play, as a real player would."""

    def __init__(self) -> None:
        self.played: list[bool] = []
        self.report: Callable[[str], None] | None = None

    def prepare(self, report: Callable[[str], None]) -> None:
        self.report = report

    def play(self, escalated: bool) -> None:
        self.played.append(escalated)


@pytest.fixture
def player() -> FakePlayer:
    return FakePlayer()


@pytest.fixture
def config() -> ClinicConfig:
    """The bundled clinic configuration, with the auto-lock pushed out to 10 hours: tests that let the FakeClock run
    for an hour without a key press are not about locking (tests/ui/test_security.py is, and sets its own)."""
    bundled = load_clinic_config(resources_dir())
    policy = dataclasses.replace(
        bundled.policy, security=dataclasses.replace(bundled.policy.security, auto_lock_min=600)
    )
    return dataclasses.replace(bundled, policy=policy)


@pytest.fixture
def make_window(
    qtbot: QtBot, db_path: Path, clock: FakeClock, human_clock: FakeClock, player: FakePlayer, config: ClinicConfig
) -> Iterator[MakeWindow]:
    """Open a main window on the test database, as a fresh app start would."""
    opened = []

    def make() -> MainWindow:
        QApplication.processEvents()  # let an earlier window's closing finish before this one takes focus
        db = open_database(db_path)
        window = MainWindow(Workstation(db, clock, db_path, config, human_clock=human_clock), player=player)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        opened.append((window, db))
        return window

    yield make
    for window, db in opened:
        window.close()
        db.close()


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()
