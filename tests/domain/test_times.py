"""The one module for times: the clinic's zone whatever the machine's, a day named when it is not today, countdowns
that never look like clock times."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain.times import NBSP, Times, ZoneError, countdown, span, zone_info

WHEN = datetime(2026, 12, 1, 23, 41, tzinfo=UTC)
TORONTO = Times.named("America/Toronto")
PARIS = Times.named("Europe/Paris")


def test_local_times_are_the_clinics_zone_not_the_machines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert TORONTO.hm(WHEN) == "18:41"
    assert PARIS.hm(WHEN) == "00:41"
    assert TORONTO.local_iso(WHEN) == "2026-12-01T18:41:00-05:00"
    assert PARIS.zone_label(WHEN) == "Europe/Paris, CET"
    assert Times.named("UTC").zone_label(WHEN) == "UTC"


def test_a_time_not_today_says_its_day() -> None:
    today = PARIS.day_of(WHEN - timedelta(hours=2))  # 1 Dec in Paris
    assert PARIS.clock(WHEN - timedelta(hours=2), today) == "22:41"
    # 00:41 on 2 Dec is not today: it names its day, and its words never break apart.
    assert PARIS.clock(WHEN, today) == f"Wed{NBSP}02{NBSP}Dec{NBSP}00:41"
    # An estimated end 28 hours away does not read as a bare '01:45'.
    now = datetime(2026, 12, 1, 0, 45, tzinfo=UTC)
    assert PARIS.at(now + timedelta(hours=28), now) == f"Wed{NBSP}02{NBSP}Dec{NBSP}05:45"
    assert PARIS.clock(datetime(2027, 1, 3, 9, 0, tzinfo=UTC), today).endswith(f"2027{NBSP}10:00")


def test_countdowns_never_look_like_clock_times() -> None:
    assert countdown(timedelta(minutes=16, seconds=58)) == "16:58 left"
    assert countdown(timedelta(hours=1, minutes=5)) == f"1{NBSP}h{NBSP}05{NBSP}min left"
    assert countdown(timedelta(minutes=-2, seconds=-10)) == f"overdue by 2{NBSP}min"
    assert countdown(timedelta(seconds=-40)) == f"overdue by 40{NBSP}s"
    assert span(timedelta(hours=2)) == f"2{NBSP}h{NBSP}00{NBSP}min"


@given(st.integers(min_value=-3 * 86400, max_value=3 * 86400))
def test_no_countdown_is_a_bare_time_of_day(seconds: int) -> None:
    words = countdown(timedelta(seconds=seconds))
    assert not re.fullmatch(r"\d{1,2}:\d{2}", words)
    assert words.endswith(" left") or words.startswith("overdue by ")


def test_a_zone_must_be_an_iana_name() -> None:
    assert zone_info("America/Toronto").key == "America/Toronto"
    for bad in ("Mars/Olympus", "", "../etc/passwd", "EST5EDT/x"):
        with pytest.raises(ZoneError, match="IANA"):
            zone_info(bad)
