"""How reports show dates and quantities: unambiguous dates, units always named.

The same conventions as the screens (ui/format.py), which reports may not import: dates as `12 Mar 1956`, pump
rates to 0.1 mL/h, volumes to 0.1 mL, exact decimals without trailing zeros. Times of day are shown by
domain/times.py in the clinic's zone (`summary.times`), never the machine's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from ivig_desktop.domain.clock import to_iso

NONE = "—"


def long_date(day: date) -> str:
    """'12 Mar 1956'."""
    return day.strftime("%d %b %Y")


def utc_iso(when: datetime | None) -> str | None:
    """The export form of a time: UTC ISO-8601 with 'Z', millisecond precision (as stored)."""
    return None if when is None else to_iso(when)


def duration(delta: timedelta) -> str:
    """'1 h 05 min', '12 min', '45 s' (whole seconds, rounded down)."""
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


def minutes(delta: timedelta) -> Decimal:
    """A duration in minutes to 0.1 (rounded down), for exports."""
    tenths = int(delta.total_seconds() * 10 // 60)
    return Decimal(tenths) / 10


def number(value: Decimal) -> str:
    """An exact decimal without trailing zeros and never in exponent form: 30, 72.5, 0.25."""
    return f"{value.normalize():f}"


def quantity(value: Decimal | None, unit: str) -> str:
    """'72.5 kg', or an em dash when unknown."""
    return NONE if value is None else f"{number(value)} {unit}"


def rate(value: Decimal | None) -> str:
    """A pump rate as programmed: one decimal, '36.3 mL/h'; an em dash when there is none."""
    return NONE if value is None else f"{value.quantize(Decimal('0.1'))} mL/h"


def volume(value: Decimal | None) -> str:
    return NONE if value is None else f"{value.quantize(Decimal('0.1'))} mL"


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


def now_utc() -> datetime:
    return datetime.now(UTC)
