from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain.clock import FakeClock, ScaledClock, SystemClock, from_iso, to_iso, truncate_ms

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


def test_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock(T0)
    assert clock.now() == T0
    clock.advance(timedelta(minutes=30))
    assert clock.now() == T0 + timedelta(minutes=30)
    assert clock.monotonic() == 1800.0
    with pytest.raises(ValueError, match="only moves forwards"):
        clock.advance(timedelta(seconds=-1))


def test_fake_clock_wall_jump_keeps_monotonic() -> None:
    clock = FakeClock(T0)
    clock.advance(timedelta(seconds=10))
    clock.set_wall_time(T0 - timedelta(hours=1))
    assert clock.now() == T0 - timedelta(hours=1)
    assert clock.monotonic() == 10.0


def test_scaled_clock_runs_speed_times_faster_than_its_base() -> None:
    base = FakeClock(T0)
    scaled = ScaledClock(60, base)
    base.advance(timedelta(seconds=30))
    assert scaled.now() == T0 + timedelta(minutes=30)
    assert scaled.speed == 60


def test_scaled_clock_refuses_non_positive_speed() -> None:
    with pytest.raises(ValueError, match="positive"):
        ScaledClock(0)


def test_system_clock_is_aware_utc() -> None:
    now = SystemClock().now()
    assert now.tzinfo is not None and now.utcoffset() == timedelta(0)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        FakeClock(datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="time zone"):
        to_iso(datetime(2026, 1, 1))


def test_stored_form_is_utc_with_z() -> None:
    local = datetime(2026, 11, 24, 9, 5, 1, 123456, tzinfo=timezone(timedelta(hours=2)))
    assert to_iso(local) == "2026-11-24T07:05:01.123Z"


@given(st.datetimes(timezones=st.just(UTC), min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)))
def test_iso_round_trips_at_millisecond_precision(when: datetime) -> None:
    assert from_iso(to_iso(when)) == truncate_ms(when)


@given(
    st.datetimes(timezones=st.just(UTC), min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)),
    st.datetimes(timezones=st.just(UTC), min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)),
)
def test_stored_text_sorts_in_time_order(a: datetime, b: datetime) -> None:
    assert (to_iso(a) < to_iso(b)) == (truncate_ms(a) < truncate_ms(b))
