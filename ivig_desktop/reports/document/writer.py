"""The writer every section uses: the summary, its day, and how an entry's time and author read."""

from __future__ import annotations

from datetime import datetime

from ivig_desktop.reports.document.markup import CORRECTED_MARK, e
from ivig_desktop.reports.summary import SessionSummary, Stamp


class Writer:
    def __init__(self, summary: SessionSummary, *, chart_space: bool = False) -> None:
        self.s = summary
        self.day = summary.day
        self.chart_space = chart_space  # leave room for a chart painted by the caller instead of an image

    def when(self, stamp: Stamp) -> str:
        """The entry's time; a late entry also says when it was written; a corrected one carries the mark."""
        words = e(self.clock(stamp.occurred_at))
        if stamp.late_entry:
            words += f'<br/><span class="small">late entry, written {e(self.clock(stamp.recorded_at))}</span>'
        if stamp.corrected:
            words += f" {CORRECTED_MARK}"
        return words

    def clock(self, when: datetime) -> str:
        """'07:05' on the session's day, else 'Wed 25 Nov 00:10', in the clinic's zone, never wrapped."""
        return self.s.times.clock(when, self.day)

    def by(self, stamp: Stamp) -> str:
        return e(stamp.by.display)
