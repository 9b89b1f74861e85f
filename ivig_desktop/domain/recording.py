"""What every entry into a session must respect, whatever it records: the session is still open, and the clock
is not behind the record.

A workstation whose clock is earlier than the session's latest record (a wrong clock, a time server's correction)
would date a new entry before entries already made: a pause and a resume recorded "4 minutes before the infusion's
own start" overstate the volume infused, and the order of the record no longer says what happened. Such an entry
is refused, and the message says what the clock shows against the record, so the nurse can check the clock (or
wait a moment after a small correction). An entry the nurse dates earlier on purpose (a late entry: vitals taken at
9:50, written at 10:10) is fine: the rule is on the time of writing, which is the clock's.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ivig_desktop.domain import times
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.session import Session

msg = messages(__name__)


class SessionClosedError(DomainError):
    def __init__(self) -> None:
        super().__init__(msg("This session is signed and closed: nothing more can be added to it."))


class ClockBehindError(DomainError):
    """The clock shows a time before the session's latest record."""

    def __init__(self, now: datetime, latest: datetime) -> None:
        self.now = now
        self.latest = latest
        behind = latest - now
        super().__init__(
            msg(
                "This workstation's clock shows {when}, but this session's latest entry is dated {when2}, {span} "
                "later. Nothing was saved: an entry now would be dated before it. Check the clock (it may be wrong, "
                "or a time server may just have corrected it), then try again.",
                when=_when(now),
                when2=_when(latest),
                span=_span(behind),
            )
        )


def _when(moment: datetime) -> str:
    """To the second (the clock may be behind by seconds only), in the clinic's zone (domain/times.py)."""
    return times.display().local(moment).strftime("%H:%M:%S on %d %b %Y")


def _span(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds < 60:
        return f"{max(seconds, 1)} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return (
            msg("{minutes} min {seconds} s", minutes=minutes, seconds=seconds)
            if seconds
            else msg("{minutes} min", minutes=minutes)
        )
    hours, minutes = divmod(minutes, 60)
    return msg("{hours} h {minutes} min", hours=hours, minutes=minutes)


def latest_record_time(session: Session) -> datetime:
    """The latest time the session's record holds: its opening, and every entry's time of writing and of
    happening (amendments included)."""
    latest = session.header.opened_at
    for entry in session.entries:
        for event in (entry.event, *entry.amendments):
            latest = max(latest, event.recorded_at, event.occurred_at)
    return latest


def check_can_record(session: Session, now: datetime) -> None:
    """Refuse any entry into a signed session, or at a `now` before the session's latest record."""
    if session.signed:
        raise SessionClosedError()
    latest = latest_record_time(session)
    if now < latest:
        raise ClockBehindError(now, latest)
