"""Failed sign-ins count wherever they happen (a read-only second instance included), and the screen locks after
real elapsed time, a machine asleep with its lid closed included."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.store import accounts, sign_in_ledger
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.workstation import Workstation
from tests.faults import other_instance, read_only_folder

from .conftest import T0, MakeWindow
from .helpers import PASSWORD, minutes
from .test_first_session import create_profile, sign_in_by_keyboard


@pytest.fixture
def config(config: ClinicConfig) -> ClinicConfig:
    policy = dataclasses.replace(config.policy, security=dataclasses.replace(config.policy.security, auto_lock_min=10))
    return dataclasses.replace(config, policy=policy)


@pytest.fixture(autouse=True)
def _no_attempts_in_memory() -> None:
    sign_in_ledger.forget_in_memory()


def make_profile(db_path: Path, clock: FakeClock) -> None:
    db = open_database(db_path)
    ws = Workstation(db, clock, db_path)
    ws.create_nurse("Ana Lima", "RN", PASSWORD, PASSWORD)
    db.close()


def test_a_read_only_second_instance_counts_and_locks_out(
    qtbot: QtBot, make_window: MakeWindow, db_path: Path, clock: FakeClock
) -> None:
    make_profile(db_path, clock)
    writer = other_instance(db_path)  # another IVIG Desktop holds the database: this one is read-only
    try:
        window = make_window()
        assert window.workstation.read_only_reason is not None
        page = window.sign_in_page
        for _ in range(4):
            sign_in_by_keyboard(qtbot, window, "guess")
            assert page.sign_in_form.error_for("secret") == "Wrong password or PIN."
        sign_in_by_keyboard(qtbot, window, "guess")
        assert page.sign_in_form.general_error.text().startswith("⚠ Too many wrong passwords or PINs")
        sign_in_by_keyboard(qtbot, window)  # the right one too is refused while locked out
        assert window.stack.currentWidget() is window.sign_in_page
        ledger = db_path.with_name(db_path.name + ".sign-ins")
        assert ledger.exists() and oct(ledger.stat().st_mode & 0o777) == "0o600"
        assert "guess" not in ledger.read_text() and PASSWORD not in ledger.read_text()
    finally:
        writer.stop()
    # The writer counts them too: the profile stays locked out in the next instance, which can write.
    window2 = make_window()
    assert window2.workstation.read_only_reason is None
    with pytest.raises(accounts.LockedOutError):
        window2.workstation.authenticate(window2.workstation.nurses()[0], PASSWORD)
    clock.advance(minutes(15))
    window2.workstation.authenticate(window2.workstation.nurses()[0], PASSWORD)


def test_on_a_read_only_drive_the_ledger_goes_to_the_user_data_dir(
    qtbot: QtBot, db_path: Path, clock: FakeClock, tmp_path: Path
) -> None:
    make_profile(db_path, clock)
    (db_path.parent / (db_path.name + ".lock")).unlink()
    with read_only_folder(db_path.parent):
        db = open_database(db_path)
        try:
            assert db.read_only_reason is not None
            ws = Workstation(db, clock, db_path)
            ana = ws.nurses()[0]
            for _ in range(4):
                with pytest.raises(ValidationError, match="Wrong password"):
                    ws.authenticate(ana, "guess")
            with pytest.raises(accounts.LockedOutError):
                ws.authenticate(ana, "guess")
            with pytest.raises(accounts.LockedOutError):
                ws.authenticate(ana, PASSWORD)
            assert not (db_path.parent / (db_path.name + ".sign-ins")).exists()
            assert sign_in_ledger.Ledger(db_path).elsewhere.exists()
        finally:
            db.close()


def test_the_lid_closed_longer_than_the_lock_interval_opens_on_the_lock_screen(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    create_profile(qtbot, window)
    window.tick()
    assert window.stack.currentWidget() is window.work_page
    # Asleep for 40 minutes: the wall clock moves, the monotonic clock (stopped while suspended) does not.
    clock.set_wall_time(clock.now() + timedelta(minutes=40))
    assert window.workstation.idle_seconds() >= 40 * 60
    # The nurse opens the lid and presses a key before the first repaint: that key locks, it does not unlock.
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.workstation.locked
    assert window.stack.currentWidget() is window.lock_page


def test_a_wall_clock_set_back_does_not_keep_the_screen_open(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    create_profile(qtbot, window)
    clock.set_wall_time(T0 - timedelta(hours=1))  # a time server correction
    clock.advance(minutes(11))
    window.tick()
    assert window.workstation.locked
