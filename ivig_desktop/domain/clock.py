"""Time: the Clock protocol and its system, fake and scaled implementations, and the stored time format.

Every deadline in the app is computed from recorded timestamps and a Clock, never from counting timer ticks.
Wall time is always timezone-aware UTC; it is stored as ISO-8601 text (`2026-11-24T07:05:00.000Z`) and shown in
local time by the UI.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current wall time, timezone-aware UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards (for measuring intervals within one run)."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to. Tests use it instead of sleeping."""

    def __init__(self, start: datetime) -> None:
        self._now = ensure_utc(start)
        self._monotonic = 0.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, delta: timedelta) -> None:
        if delta < timedelta(0):
            raise ValueError("a FakeClock only moves forwards; use set_wall_time() to model a clock change")
        self._now += delta
        self._monotonic += delta.total_seconds()

    def set_wall_time(self, when: datetime) -> None:
        """Jump the wall clock (as an NTP correction or a manual clock change would); monotonic time stays."""
        self._now = ensure_utc(when)


class ScaledClock:
    """A clock running `speed` times faster than `base`, starting at `base.now()`: the training simulator."""

    def __init__(self, speed: float, base: Clock | None = None) -> None:
        if not speed > 0:
            raise ValueError("speed must be positive")
        self._speed = speed
        self._base: Clock = base if base is not None else SystemClock()
        self._start_wall = self._base.now()
        self._start_monotonic = self._base.monotonic()

    @property
    def speed(self) -> float:
        return self._speed

    def now(self) -> datetime:
        return self._start_wall + timedelta(seconds=self.monotonic() - self._start_monotonic)

    def monotonic(self) -> float:
        elapsed = self._base.monotonic() - self._start_monotonic
        return self._start_monotonic + elapsed * self._speed


def ensure_utc(when: datetime) -> datetime:
    """`when` as aware UTC; a naive datetime is refused, since its zone would be a guess."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"naive datetime {when!r}: times must carry a time zone")
    return when.astimezone(UTC)


def to_iso(when: datetime) -> str:
    """The stored form: UTC, millisecond precision, 'Z' suffix; sorts as text in time order."""
    return ensure_utc(when).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ensure_utc(when).microsecond // 1000:03d}Z"


def from_iso(text: str) -> datetime:
    """Parse a stored time (or any ISO-8601 with an offset) into aware UTC."""
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return ensure_utc(parsed)


def truncate_ms(when: datetime) -> datetime:
    """`when` at the stored precision, so that values round-trip through the store unchanged."""
    return when.replace(microsecond=(when.microsecond // 1000) * 1000)
