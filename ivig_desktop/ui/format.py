"""How times, dates and quantities are shown: local time, unambiguous dates, units always named."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from ivig_desktop.domain.infusion import ml


def local(when: datetime) -> datetime:
    return when.astimezone()


def time_hm(when: datetime) -> str:
    """'07:05' in local time."""
    return local(when).strftime("%H:%M")


def day_time(when: datetime) -> str:
    """'Tue 24 Nov 2026 07:05' in local time."""
    return local(when).strftime("%a %d %b %Y %H:%M")


def long_date(day: date) -> str:
    """'12 Mar 1956': day, month name and year, never ambiguous between US and European order."""
    return day.strftime("%d %b %Y")


def duration(delta: timedelta) -> str:
    """'1 h 05 min', '12 min', '45 s'."""
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours} h {minutes:02d} min"
    if minutes:
        return f"{sign}{minutes} min"
    return f"{sign}{secs} s"


def number(value: Decimal) -> str:
    """An exact decimal without trailing zeros and never in exponent form: 30, 72.5, 0.25."""
    return f"{value.normalize():f}"


def quantity(value: Decimal | None, unit: str) -> str:
    """'72.5 kg', or an em dash when unknown."""
    if value is None:
        return "—"
    return f"{value.normalize():f} {unit}"


def countdown(delta: timedelta) -> str:
    """'12:34' before a deadline, '+03:12' after it (how late); hours when needed ('1:05:00')."""
    seconds = delta.total_seconds()
    late = seconds < 0
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return f"+{text}" if late else text


def rate(value: Decimal) -> str:
    """A pump rate as programmed: always one decimal, '36.3 mL/h', '145.0 mL/h'."""
    return f"{value.quantize(Decimal('0.1'))} mL/h"


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
