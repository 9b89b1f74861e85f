"""The writer every section uses: the summary, its day, and how an entry's time and author read."""

from __future__ import annotations

from ivig_desktop.reports import text
from ivig_desktop.reports.document.markup import CORRECTED_MARK, e
from ivig_desktop.reports.summary import SessionSummary, Stamp


class Writer:
    def __init__(self, summary: SessionSummary) -> None:
        self.s = summary
        self.day = summary.day

    def when(self, stamp: Stamp) -> str:
        """The entry's time; a late entry also says when it was written; a corrected one carries the mark."""
        words = e(text.clock(stamp.occurred_at, self.day))
        if stamp.late_entry:
            words += f'<br/><span class="small">late entry, written {e(text.clock(stamp.recorded_at, self.day))}</span>'
        if stamp.corrected:
            words += f" {CORRECTED_MARK}"
        return words

    def by(self, stamp: Stamp) -> str:
        return e(stamp.by.display)
