"""Screens show times in the clinic's zone whatever the machine's, name the day of a time not today, never show a
countdown that reads as a clock time, and name products as nurses know them (issue 12 items 5 and 10)."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QTreeWidgetItemIterator

from ivig_desktop.domain.clinic import ClinicIdentity
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.config import ClinicConfig, load_clinic_config
from ivig_desktop.paths import resources_dir
from ivig_desktop.ui import format as fmt

from .conftest import MakeWindow
from .helpers import open_session, ready_to_start


@pytest.fixture
def tokyo_machine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This machine is in Tokyo; the clinic is in Auckland."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def config() -> ClinicConfig:
    """The bundled configuration with the clinic in Auckland (this module's windows use it)."""
    bundled = load_clinic_config(resources_dir())
    policy = dataclasses.replace(
        bundled.policy, security=dataclasses.replace(bundled.policy.security, auto_lock_min=600)
    )
    return dataclasses.replace(bundled, policy=policy, clinic=ClinicIdentity(time_zone="Pacific/Auckland"))


def test_screens_show_the_clinics_zone_not_the_machines(
    tokyo_machine: None, make_window: MakeWindow, clock: FakeClock
) -> None:
    window = make_window()
    open_session(window, clock)
    window.tick()
    (card,) = window.board.cards
    # 07:00 UTC on 24 Nov is 20:00 in Auckland (NZDT), 16:00 in Tokyo (this machine).
    assert card.time_label.text().startswith("Opened 20:00")
    assert fmt.day_time(clock.now()) == "Tue\u00a024\u00a0Nov\u00a02026\u00a020:00"


def test_a_time_not_today_says_its_day_and_countdowns_say_left(make_window: MakeWindow, clock: FakeClock) -> None:
    make_window()
    now = clock.now()
    assert ":" in fmt.time_hm(now) and len(fmt.time_hm(now)) == 5  # today: the time alone
    later = fmt.time_hm(now + timedelta(hours=28))  # an estimated end tomorrow
    assert later.split("\u00a0")[0] in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun") and len(later) > 5
    assert fmt.countdown(timedelta(minutes=16, seconds=58)) == "16:58 left"
    assert fmt.countdown(timedelta(minutes=-2)) == "overdue by 2\u00a0min"


def test_the_timeline_names_the_product_not_its_catalog_id(make_window: MakeWindow, clock: FakeClock) -> None:
    window = make_window()
    controller = open_session(window, clock)
    ready_to_start(controller)
    assert window.session_page is not None
    tree = window.session_page.timeline
    texts: list[str] = []
    it = QTreeWidgetItemIterator(tree)
    while it.value():
        item = it.value()
        texts.extend(item.text(column) for column in range(tree.columnCount()))
        it += 1
    vials = [t for t in texts if " g vial" in t or " g · lot" in t or "lot " in t]
    assert vials and all("Privigen 10%" in t for t in vials) and not any("privigen " in t for t in vials)
