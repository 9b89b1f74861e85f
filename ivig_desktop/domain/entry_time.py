"""When an observation happened: a past time is allowed (it makes a late entry), a future one is not.

A nurse may write vitals or a reaction after the fact; the entry then carries both the time it happened
(`occurred_at`) and the time it was written (`recorded_at`), and is labelled a late entry when they are more than
`events.LATE_ENTRY_AFTER` apart. Two limits keep the time honest:
- not in the future: at most `FUTURE_TOLERANCE` after now (clocks on a monitor and the workstation differ a little,
  and a time typed as HH:MM may name the current minute);
- not before the session was opened: at the earliest, the start of the minute in which it was opened (a time typed
  as HH:MM cannot name seconds).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ivig_desktop.domain.clock import ensure_utc, truncate_ms
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.session import Session

msg = messages(__name__)

FUTURE_TOLERANCE = timedelta(minutes=2)


def validate_entry_time(session: Session, when: datetime, now: datetime, field: str, what: str) -> datetime:
    """`when` as aware UTC at stored precision, or a ValidationError on `field`. `what` names the moment, e.g.
    'The time the vitals were taken'."""
    try:
        moment = ensure_utc(when)
    except ValueError:
        raise ValidationError.one(field, msg("{what} has no time zone; enter it again.", what=what)) from None
    if moment > ensure_utc(now) + FUTURE_TOLERANCE:
        minutes = int(FUTURE_TOLERANCE.total_seconds() // 60)
        raise ValidationError.one(
            field,
            msg(
                "{what} is in the future (more than {minutes} minutes from now); enter when it happened.",
                what=what,
                minutes=minutes,
            ),
        )
    opened_minute = session.header.opened_at.replace(second=0, microsecond=0)
    if moment < opened_minute:
        raise ValidationError.one(field, msg("{what} is before this session was opened; check the time.", what=what))
    return truncate_ms(moment)
