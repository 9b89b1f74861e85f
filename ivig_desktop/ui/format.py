"""How times, dates and quantities are shown: local time, unambiguous dates, units always named.

The conventions shared with printed records live in reports/text.py and are used from there; this module adds
what only screens need (the weekday, countdowns, volumes to 0.1 mL, typed times).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from ivig_desktop.domain.infusion import ml
from ivig_desktop.reports.text import duration, local, long_date, number, quantity, rate, time_hm

__all__ = [
    "countdown",
    "day_time",
    "duration",
    "local",
    "long_date",
    "minutes_until",
    "number",
    "parse_local_time",
    "quantity",
    "rate",
    "time_hm",
    "volume",
]


def day_time(when: datetime) -> str:
    """'Tue 24 Nov 2026 07:05' in local time (screens name the weekday; printed records do not)."""
    return local(when).strftime("%a %d %b %Y %H:%M")


def countdown(delta: timedelta) -> str:
    """'12:34' before a deadline, '+03:12' after it (how late); hours when needed ('1:05:00')."""
    seconds = delta.total_seconds()
    late = seconds < 0
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return f"+{text}" if late else text


def volume(value: Fraction | Decimal) -> str:
    """A volume to 0.1 mL: '18.2 mL'."""
    return f"{ml(value)} mL"


def parse_local_time(text: str, now: datetime, field: str) -> datetime:
    """A time of day typed as HH:MM (local), on today's date; a time later than now is taken as yesterday's only
    if it is more than 12 hours ahead (a premedication given at 23:50 recorded at 00:10)."""
    from ivig_desktop.domain.errors import ValidationError

    cleaned = text.strip()
    if not cleaned:
        return now
    try:
        hours, minutes = (int(part) for part in cleaned.replace(".", ":").split(":"))
        if not (0 <= hours < 24 and 0 <= minutes < 60):
            raise ValueError
    except ValueError:
        raise ValidationError.one(
            field, f"Time '{cleaned}' is not a time; type it as HH:MM, for example 07:45."
        ) from None
    here = local(now)
    when = here.replace(hour=hours, minute=minutes, second=0, microsecond=0)
    if when - here > timedelta(hours=12):
        when -= timedelta(days=1)
    return when.astimezone(now.tzinfo)


def minutes_until(delta: timedelta) -> str:
    """Time to a deadline in whole minutes, for lists that need not change every second (the board, the alerts):
    'in 14 min' before it (rounded up: 'in 1 min' in its last minute), 'due now' in the minute after it, then how
    late ('+3 min', '+1 h 05 min', rounded down). The big countdown on the session page keeps the seconds."""
    seconds = int(delta.total_seconds())
    if seconds > 0:
        return f"in {_minutes(-(-seconds // 60))}"
    late = -seconds // 60
    return "due now" if late < 1 else f"+{_minutes(late)}"


def _minutes(total: int) -> str:
    hours, minutes = divmod(total, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
