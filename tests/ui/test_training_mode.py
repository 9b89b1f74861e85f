"""Training mode runs the record's clock faster; the rules about people run on real time (issue 12 item 4): the
auto-lock after inactivity, the lockout after wrong passwords, how often an alert sounds again. Both clocks are
FakeClocks the test moves: the record's 30 times faster than the nurse's."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.ui.main_window import MainWindow

from .conftest import T0, FakePlayer, MakeWindow
from .helpers import D, minutes, open_session, ready_to_start
from .test_first_session import create_profile, sign_in_by_keyboard

SPEED = 30


@pytest.fixture
def config(config: ClinicConfig) -> ClinicConfig:
    """The clinic's own security settings: lock after 10 minutes, 5 failures lock a profile for 15 minutes."""
    policy = dataclasses.replace(config.policy, security=dataclasses.replace(config.policy.security, auto_lock_min=10))
    return dataclasses.replace(config, policy=policy)


@pytest.fixture
def human_clock() -> FakeClock:
    """Real time, apart from the record's clock."""
    return FakeClock(T0)


def both(clock: FakeClock, human_clock: FakeClock, real: timedelta) -> None:
    """`real` passes for the nurse; thirty times as much for the record."""
    human_clock.advance(real)
    clock.advance(real * SPEED)


def test_the_screen_locks_after_ten_real_minutes_not_twenty_seconds(
    window: MainWindow, clock: FakeClock, human_clock: FakeClock
) -> None:
    open_session(window, clock)
    both(clock, human_clock, timedelta(seconds=20))  # ten minutes of the record's time
    window.tick()
    assert not window.workstation.locked
    both(clock, human_clock, minutes(9.5))
    window.tick()
    assert not window.workstation.locked
    both(clock, human_clock, minutes(0.2))
    window.tick()
    assert window.workstation.locked
    assert window.stack.currentWidget() is window.lock_page


def test_an_alert_sounds_again_after_a_real_minute(
    window: MainWindow, clock: FakeClock, human_clock: FakeClock, player: FakePlayer
) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(15))  # the record's time: the vitals 15 min after the start are due
    window.tick()
    assert player.played == [False]
    both(clock, human_clock, timedelta(seconds=10))  # five minutes of the record's time: overdue, same alert
    window.tick()
    assert player.played == [False]
    human_clock.advance(timedelta(seconds=50))
    clock.advance(minutes(1))  # 21 minutes: still overdue, not yet escalated (a new alert, at 25)
    window.tick()
    assert player.played == [False, False]


def test_a_locked_out_profile_opens_again_after_fifteen_real_minutes(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, human_clock: FakeClock
) -> None:
    first = make_window()
    create_profile(qtbot, first)
    first.close()
    window = make_window()
    for _ in range(5):
        sign_in_by_keyboard(qtbot, window, "wrong guess")
    assert window.sign_in_page.sign_in_form.general_error.text().startswith("⚠ Too many wrong passwords or PINs")
    clock.advance(minutes(60))  # the record's hour is two real minutes
    sign_in_by_keyboard(qtbot, window)
    assert window.stack.currentWidget() is window.sign_in_page
    human_clock.advance(minutes(15))
    sign_in_by_keyboard(qtbot, window)
    assert window.stack.currentWidget() is window.work_page
