"""A time-of-day field for entries: empty means now; HH:MM (24-hour, local time) means the latest such moment.

The nurse types `07:30`, `7:30` or `0730`. That names today's 07:30 local time, or yesterday's when today's would be
more than a couple of minutes in the future (a time typed just after midnight for a set taken before it). The
domain then checks that the moment is not in the future and not before the session opened.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtWidgets import QLineEdit, QWidget

from ivig_desktop.domain.clock import ensure_utc
from ivig_desktop.domain.entry_time import FUTURE_TOLERANCE
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.events import LATE_ENTRY_AFTER
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import translate

_TIME = re.compile(r"^(\d{1,2}):?(\d{2})$")


def parse_clock_time(text: str, now: datetime, field: str) -> datetime | None:
    """None for an empty field (now); else the latest local HH:MM not after now + the domain's tolerance, as UTC."""
    cleaned = text.strip().replace(".", ":").replace("h", ":")
    if not cleaned:
        return None
    match = _TIME.match(cleaned)
    hour, minute = (int(match.group(1)), int(match.group(2))) if match else (-1, -1)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValidationError.one(
            field,
            translate("time_field", "Type the time as HH:MM (24-hour), for example 07:30; leave it empty for now."),
        )
    local_now = fmt.local(now)
    moment = local_now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if moment > local_now + FUTURE_TOLERANCE:
        moment -= timedelta(days=1)
    return ensure_utc(moment)


class TimeField(QLineEdit):
    """A QLineEdit for a time of day; empty means 'now'."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(self.tr("now"))
        self.setToolTip(self.tr("Leave empty for now, or type the time as HH:MM (24-hour)"))
        self.setMaxLength(5)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00:00 now") + 20)

    def moment(self, now: datetime) -> datetime | None:
        """The typed moment as UTC (None when empty), or a ValidationError on this field."""
        return parse_clock_time(self.text(), now, self.field)

    def moment_or_now(self, now: datetime) -> datetime:
        return self.moment(now) or now

    def set_moment(self, when: datetime | None) -> None:
        self.setText("" if when is None else fmt.time_hm(when))

    def late_note(self, now: datetime) -> str:
        """'' for now (or text not yet a time); the time and how long ago; and past `LATE_ENTRY_AFTER`, that the
        entry will be labelled a late entry."""
        try:
            moment = self.moment(now)
        except ValidationError:
            return ""
        if moment is None or now - moment < timedelta(minutes=1):
            return ""
        if now - moment <= LATE_ENTRY_AFTER:
            return self.tr("Taken at {0}, {1} ago.").format(fmt.time_hm(moment), fmt.duration(now - moment))
        return self.tr("⏱ Late entry: taken at {0}, {1} ago. It is labelled as a late entry with both times.").format(
            fmt.time_hm(moment), fmt.duration(now - moment)
        )
