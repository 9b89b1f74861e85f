"""How times, dates and quantities are shown: the clinic's time zone, unambiguous dates, units always named.

Times come from domain/times.py (the one module for times: the clinic's zone, a day named when it is not today,
countdowns that never look like clock times); dates and quantities from reports/text.py, shared with printed
records. This module adds what only screens need (volumes to 0.1 mL, typed times).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from ivig_desktop.domain import times
from ivig_desktop.domain.infusion import ml
from ivig_desktop.reports.text import duration, number, quantity, rate
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate, words

__all__ = [
    "countdown",
    "day_time",
    "dosing_weight",
    "duration",
    "local",
    "long_date",
    "minutes_until",
    "number",
    "origin",
    "overdue",
    "parse_local_time",
    "quantity",
    "rate",
    "span",
    "time_hm",
    "volume",
]


def local(when: datetime) -> datetime:
    """`when` in the clinic's zone."""
    return times.display().local(when)


def time_hm(when: datetime, now: datetime | None = None) -> str:
    """'07:05' when `when` is today (by the app's clock), else 'Wed 25 Nov 01:45': a time not today says its day."""
    return words(times.display().at(when, now if now is not None else times.display_now()))


def day_time(when: datetime) -> str:
    """'Tue 24 Nov 2026 07:05' in the clinic's zone (screens name the weekday; printed records do not)."""
    return words(times.display().weekday_time(when))


def countdown(delta: timedelta) -> str:
    """'16:58 left', '1 h 05 min left', 'overdue by 2 min': a countdown never looks like a time of day."""
    return words(times.countdown(delta))


def span(delta: timedelta) -> str:
    """A length of time: '45 s', '12 min', '1 h 05 min'."""
    return words(times.span(delta))


def minutes_until(delta: timedelta) -> str:
    """'in 14 min', 'due now', 'overdue by 3 min': whole minutes, for lists that change once a minute."""
    return words(times.minutes_until(delta))


def overdue(late: timedelta) -> str:
    """'overdue by 3 min'."""
    return words(times.overdue(late))


def long_date(day: date) -> str:
    """'24 Nov 2026', the month's name in the language shown (printed records keep reports/text.py's English)."""
    return f"{day:%d} {words(times.MONTHS[day.month - 1])} {day:%Y}"


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


# Where a plan step's rate comes from (domain/plan/model.py StepOrigin values), as the steps tables show it.
_ORIGINS = {
    "label": QT_TRANSLATE_NOOP("format", "label"),
    "ladder": QT_TRANSLATE_NOOP("format", "ladder"),
    "clinic": QT_TRANSLATE_NOOP("format", "clinic"),
    "personal": QT_TRANSLATE_NOOP("format", "personal"),
    "pump": QT_TRANSLATE_NOOP("format", "pump"),
}


def origin(value: str) -> str:
    """A step's origin ('label', 'clinic', ...) in the language shown; an unknown one as recorded."""
    return translate("format", _ORIGINS[value]) if value in _ORIGINS else value


# The dosing weight methods (domain/body.py DosingWeightMethod values), as the regimen shows them.
_DOSING_WEIGHTS = {
    "actual": QT_TRANSLATE_NOOP("format", "actual"),
    "ideal": QT_TRANSLATE_NOOP("format", "ideal"),
    "adjusted": QT_TRANSLATE_NOOP("format", "adjusted"),
    "auto": QT_TRANSLATE_NOOP("format", "auto"),
}


def dosing_weight(value: str) -> str:
    """'actual', 'ideal', 'adjusted' or 'auto' in the language shown."""
    return translate("format", _DOSING_WEIGHTS[value]) if value in _DOSING_WEIGHTS else value
