"""How reports write times and numbers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from ivig_desktop.domain.reactions import Grade
from ivig_desktop.domain.session import Stage
from ivig_desktop.reports import text
from ivig_desktop.reports.history import HistoryRow, ReactionMark
from ivig_desktop.reports.tables import plain

WHEN = datetime(2026, 11, 24, 23, 50, tzinfo=UTC)


def test_export_times_and_numbers() -> None:
    assert text.utc_iso(WHEN) == "2026-11-24T23:50:00.000Z"
    assert text.utc_iso(None) is None
    assert text.minutes(timedelta(minutes=80, seconds=59)) == Decimal("80.9")
    assert text.rate(Decimal("87")) == "87.0 mL/h" and text.volume(Decimal("10.9")) == "10.9 mL"
    assert text.quantity(None, "kg") == "—" and text.quantity(Decimal("72.50"), "kg") == "72.5 kg"
    assert (plain(Decimal("87.0")), plain(True), plain(None), plain(3)) == ("87.0", "true", "", "3")


def test_history_row_words() -> None:
    def row(*grades: int) -> HistoryRow:
        marks = tuple(ReactionMark(g, WHEN, Decimal(80)) for g in grades)
        return HistoryRow(1, WHEN, "Chair 1", Stage.PRE_INFUSION, None, (), None, None, None, marks, None, None, False)

    assert row().reactions_text == "none" and row().outcome_text == "not started"
    assert row(int(Grade.MODERATE)).reactions_text == "1 (grade 2)"
    assert row(3, 1, 3).reactions_text == "3 (grades 1, 3)" and row(3, 1).highest_grade == 3
