"""Every entry into a session: refused once it is signed, and refused while the clock is behind the record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain import times
from ivig_desktop.domain.events import Event, EventType
from ivig_desktop.domain.recording import (
    ClockBehindError,
    SessionClosedError,
    check_can_record,
    latest_record_time,
)
from ivig_desktop.domain.session import Session
from ivig_desktop.domain.session_entries import SessionHeader

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
HEADER = SessionHeader(id=1, patient_id=1, location="Chair 1", opened_at=T0, opened_by=1)


def with_events(*times: tuple[datetime, datetime], kind: EventType = EventType.NOTE) -> Session:
    """A session whose events happened and were written at the given (occurred_at, recorded_at)."""
    session = Session(HEADER)
    for seq, (occurred, recorded) in enumerate(times, start=1):
        session = session.apply(Event(seq, 1, seq, kind, occurred, recorded, 1, {"text": "x"}))
    return session


def test_the_latest_record_time_counts_writing_and_happening() -> None:
    late = with_events((T0 + timedelta(minutes=5), T0 + timedelta(minutes=30)))
    assert latest_record_time(late) == T0 + timedelta(minutes=30)
    assert latest_record_time(Session(HEADER)) == T0


def test_a_clock_behind_the_record_is_refused_with_both_times() -> None:
    """Both times in the clinic's zone (domain/times.py), whatever the machine's: 09:40 UTC is 04:40 in Toronto."""
    times.use(times.Times.named("America/Toronto"))
    started = T0 + timedelta(minutes=40)
    session = with_events((started, started))
    now = started - timedelta(minutes=4)
    with pytest.raises(ClockBehindError) as refused:
        check_can_record(session, now)
    message = str(refused.value)
    assert message.startswith("This workstation's clock shows 04:36:00 on 24 Nov 2026, ")
    assert "latest entry is dated 04:40:00 on 24 Nov 2026, 4 min later." in message
    assert "Nothing was saved" in message
    check_can_record(session, started)  # the same instant is fine


def test_a_late_entry_dated_earlier_on_purpose_is_not_the_clock() -> None:
    """Vitals taken at 9:50 and written at 10:10: the next entry at 10:11 is fine."""
    session = with_events((T0 + timedelta(minutes=50), T0 + timedelta(minutes=70)))
    check_can_record(session, T0 + timedelta(minutes=71))


def test_a_signed_session_takes_nothing_more() -> None:
    signed = with_events((T0, T0), kind=EventType.SIGNED_OFF)
    with pytest.raises(SessionClosedError, match="signed and closed"):
        check_can_record(signed, T0 + timedelta(hours=1))


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=20), st.integers(-10_000, 10_000))
def test_refused_exactly_when_the_clock_is_before_the_latest_record(offsets: list[int], now_s: int) -> None:
    times = [(T0 + timedelta(seconds=o), T0 + timedelta(seconds=o)) for o in sorted(offsets)]
    session = with_events(*times)
    now = T0 + timedelta(seconds=now_s)
    if now < T0 + timedelta(seconds=max(offsets)):
        with pytest.raises(ClockBehindError):
            check_can_record(session, now)
    else:
        check_can_record(session, now)
