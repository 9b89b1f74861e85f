"""How every time is shown, in one place: the clinic's zone, a day named when it is not today, countdowns that never
look like clock times.

Times are stored as UTC and shown in the **clinic's** IANA time zone (resources/clinic.toml `[clinic] time_zone`,
recorded with the database: see domain/clinic.py), never the zone of the machine that shows, prints or exports
them. A `Times` is that zone's clock face:

- `clock(when, today)`: `07:05` on the local day `today`, else `Wed 25 Nov 00:10` (the day is named);
- `at(when, now)`: the same with today taken from `now` (screens);
- `day_time(when)`: `24 Nov 2026 07:05`; `weekday_time(when)`: `Tue 24 Nov 2026 07:05`;
- `local_iso(when)`: `2026-11-24T08:05:00+01:00` (exports), `zone_label(when)`: `Europe/Paris, CET`.

A countdown is a duration, never a time of day: `countdown(delta)` gives `16:58 left`, `1 h 05 min left`,
`overdue by 2 min`; `ago(delta)` gives `12 min ago`. Within a line of print the words of one time never break
(`NBSP` joins them), so a narrow column cannot wrap `02 Dec 00:41` into three lines.

Screens use the process's display (`display()`), set once when the app opens its database (`use(times, now)`);
reports and exports pass their `Times` explicitly, so what they write never depends on the process.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ivig_desktop.domain.message import messages

msg = messages(__name__)

NBSP = "\u00a0"


class ZoneError(ValueError):
    """Not an IANA time zone name this machine knows."""


def zone_info(name: str) -> ZoneInfo:
    """The IANA zone `name` (e.g. 'America/Toronto'); ZoneError when it is not one (with what to type instead)."""
    cleaned = name.strip()
    try:
        if not cleaned or cleaned.startswith(("/", ".")) or ".." in cleaned:
            raise ValueError(cleaned)
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError):
        raise ZoneError(
            msg(
                "'{cleaned}' is not an IANA time zone name; use one such as 'America/Toronto', 'Europe/Paris' or "
                "'UTC'.",
                cleaned=cleaned,
            )
        ) from None


def machine_zone_name() -> str:
    """This machine's IANA zone name ('UTC' when it has none that can be named)."""
    from tzlocal import get_localzone_name  # imported when first needed (DESIGN rule 9)

    try:
        name = get_localzone_name()
    except Exception:  # tzlocal raises several kinds when the system zone is unset or odd
        name = None
    if name:
        try:
            zone_info(name)
            return name
        except ZoneError:
            pass
    return "UTC"


@dataclass(frozen=True)
class Times:
    """The clock face of one time zone."""

    zone: ZoneInfo

    @classmethod
    def named(cls, name: str) -> Times:
        return cls(zone_info(name))

    @property
    def name(self) -> str:
        return self.zone.key

    def local(self, when: datetime) -> datetime:
        return when.astimezone(self.zone)

    def day_of(self, when: datetime) -> date:
        """The local date of `when`."""
        return self.local(when).date()

    def hm(self, when: datetime) -> str:
        """'07:05' (the caller knows the day)."""
        return self.local(when).strftime("%H:%M")

    def clock(self, when: datetime, today: date) -> str:
        """'07:05' when `when` falls on the local day `today`, else 'Wed 25 Nov 00:10' (the day is named)."""
        here = self.local(when)
        if here.date() == today:
            return here.strftime("%H:%M")
        if here.year != today.year:
            return _named_day(here, weekday=True, year=True)
        return _named_day(here, weekday=True, year=False)

    def at(self, when: datetime, now: datetime) -> str:
        """`clock(when, today)` with today the local date of `now`."""
        return self.clock(when, self.day_of(now))

    def day_time(self, when: datetime) -> str:
        """'24 Nov 2026 07:05'."""
        return _named_day(self.local(when), weekday=False, year=True)

    def weekday_time(self, when: datetime) -> str:
        """'Tue 24 Nov 2026 07:05' (screens name the weekday)."""
        return _named_day(self.local(when), weekday=True, year=True)

    def local_iso(self, when: datetime) -> str:
        """'2026-11-24T08:05:00+01:00': the instant in the clinic's zone with its offset, to the second."""
        return self.local(when).isoformat(timespec="seconds")

    def abbreviation(self, when: datetime) -> str:
        """The zone's abbreviation at `when` ('CET'), or its offset ('UTC+05:30') when it has none."""
        here = self.local(when)
        name = here.tzname() or ""
        if name and not name.startswith(("+", "-")):
            return name
        offset = here.utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        return msg(
            "UTC{sign}{value}:{value2}",
            sign=sign,
            value=format(abs(minutes) // 60, "02d"),
            value2=format(abs(minutes) % 60, "02d"),
        )

    def zone_label(self, when: datetime) -> str:
        """'Europe/Paris, CET': the zone's name and its abbreviation at `when`."""
        abbreviation = self.abbreviation(when)
        return self.name if abbreviation == self.name else f"{self.name}, {abbreviation}"

    def midnight(self, day: date) -> datetime:
        """The start of the local `day`, as an aware UTC time."""
        return datetime(day.year, day.month, day.day, tzinfo=self.zone).astimezone(UTC)


# The names strftime gives in the C locale (%a, %b), each a message so that screens show them translated.
WEEKDAYS = (msg("Mon"), msg("Tue"), msg("Wed"), msg("Thu"), msg("Fri"), msg("Sat"), msg("Sun"))
MONTHS = (
    msg("Jan"),
    msg("Feb"),
    msg("Mar"),
    msg("Apr"),
    msg("May"),
    msg("Jun"),
    msg("Jul"),
    msg("Aug"),
    msg("Sep"),
    msg("Oct"),
    msg("Nov"),
    msg("Dec"),
)


def _named_day(here: datetime, *, weekday: bool, year: bool) -> str:
    """'Wed 25 Nov 2026 00:10' (without the weekday or the year when not asked), words separated by NBSP."""
    parts = {
        "weekday": WEEKDAYS[here.weekday()],
        "day": here.strftime("%d"),
        "month": MONTHS[here.month - 1],
        "year": here.strftime("%Y"),
        "time": here.strftime("%H:%M"),
        "nbsp": NBSP,
    }
    if weekday and year:
        return msg("{weekday}{nbsp}{day}{nbsp}{month}{nbsp}{year}{nbsp}{time}", **parts)
    if weekday:
        return msg("{weekday}{nbsp}{day}{nbsp}{month}{nbsp}{time}", **parts)
    return msg("{day}{nbsp}{month}{nbsp}{year}{nbsp}{time}", **parts)


def span(delta: timedelta) -> str:
    """A length of time in words, never a clock time: '45 s', '12 min', '1 h 05 min' (whole seconds, down)."""
    seconds = abs(int(delta.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return msg("{hours}{nbsp}h{nbsp}{minutes}{nbsp}min", hours=hours, nbsp=NBSP, minutes=format(minutes, "02d"))
    if minutes:
        return msg("{minutes}{nbsp}min", minutes=minutes, nbsp=NBSP)
    return f"{secs}{NBSP}s"


def countdown(delta: timedelta) -> str:
    """Time left before a deadline, or how late: '16:58 left' (minutes:seconds), '1 h 05 min left',
    'overdue by 2 min'. Never a bare 'HH:MM', which reads as a time of day."""
    seconds = int(delta.total_seconds())
    if seconds < 0:
        return msg("overdue by {delta}", delta=span(delta))
    if seconds >= 3600:
        return msg("{delta} left", delta=span(delta))
    minutes, secs = divmod(seconds, 60)
    return msg("{minutes}:{secs} left", minutes=format(minutes, "02d"), secs=format(secs, "02d"))


def minutes_until(delta: timedelta) -> str:
    """Time to a deadline in whole minutes, for lists that need not change every second (the board, the alerts):
    'in 14 min' before it (rounded up: 'in 1 min' in its last minute), 'due now' in the minute after it, then how
    late, 'overdue by 3 min' (rounded down). The big countdown keeps the seconds (`countdown`)."""
    seconds = int(delta.total_seconds())
    if seconds > 0:
        return msg("in {timedelta}", timedelta=span(timedelta(minutes=-(-seconds // 60))))
    late = -seconds // 60
    return msg("due now") if late < 1 else overdue(timedelta(minutes=late))


def overdue(late: timedelta) -> str:
    """'overdue by 3 min' (how late a due item is)."""
    return msg("overdue by {late}", late=span(late))


def ago(delta: timedelta) -> str:
    """'12 min ago'."""
    return msg("{delta} ago", delta=span(delta))


# --- the process's display (screens) ----------------------------------------------------------------------------


def _real_now() -> datetime:
    return datetime.now(UTC)


def _initial_display() -> Times:
    # Until the app has opened its database (which knows the clinic's zone), the machine's zone; TZ first.
    name = os.environ.get("TZ", "").lstrip(":")
    try:
        return Times.named(name) if name else Times.named(machine_zone_name())
    except ZoneError:
        return Times.named(machine_zone_name())


_display: Times | None = None
_now: Callable[[], datetime] = _real_now


def display() -> Times:
    """The zone screens show times in: the clinic's, once the app has opened its database."""
    global _display
    if _display is None:
        _display = _initial_display()
    return _display


def display_now() -> datetime:
    """Now, by the clock the app runs on (the injected clock in tests and training mode)."""
    return _now()


def clinic_today(now: datetime) -> date:
    """Today's date in the clinic's zone (the one screens show, set when the app opens its database): the day every
    rule about dates uses (a vial's expiry, a date of birth not in the future), never the machine's. A home-infusion
    laptop in another zone near midnight is on another day than the clinic's record."""
    return display().day_of(now)


def use(times: Times, now: Callable[[], datetime] | None = None) -> None:
    """Show times in `times`' zone from now on; `now` gives today's date (the app's injected clock)."""
    global _display, _now
    _display = times
    _now = now or _real_now


def reset() -> None:
    """Back to the machine's zone and real time (tests; a window closing its database)."""
    global _display, _now
    _display = None
    _now = _real_now
