"""The export tables: one table per kind of row, the same for CSV and JSON, built from session summaries.

Every table and column is declared here once, with its meaning; docs/data-dictionary.md documents the same list (a test
checks that they agree). The rows hold the record as it now stands (corrected values; entries marked entered in
error left out, `corrected` = true where an entry was amended); the `amendments` table holds every correction with
the original as first written.

Cell values: integers (ids, counts, grades, steps), booleans, exact `Decimal`s, text, or None (no value). Times
are UTC ISO-8601 with 'Z' (`..._at`), with a `..._at_local` column (ISO-8601 with the offset) where a person
would read the time; dates are YYYY-MM-DD.

base.py says what a table is; sessions, entries (vials, premedications), infusion (rates, vitals), reactions,
record (checklist, notes, amendments, signatures), corrections (of people's details) and patients (patients,
regimens, allergies) declare the tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from ivig_desktop.reports.summary import SessionSummary
from ivig_desktop.reports.tables.base import Cell, Column, Row, Table, plain
from ivig_desktop.reports.tables.corrections import DETAIL_CORRECTIONS
from ivig_desktop.reports.tables.entries import PREMEDICATIONS, VIALS
from ivig_desktop.reports.tables.infusion import RATES, VITALS
from ivig_desktop.reports.tables.patients import ALLERGIES, PATIENTS, REGIMENS
from ivig_desktop.reports.tables.reactions import REACTION_MEDICATIONS, REACTIONS
from ivig_desktop.reports.tables.record import AMENDMENTS, CHECKLIST, NOTES, SIGNATURES
from ivig_desktop.reports.tables.sessions import SESSIONS

__all__ = ["EXCLUDABLE", "TABLES", "Cell", "Column", "Row", "Table", "left_out", "plain", "rows_by_table", "table"]

TABLES: tuple[Table, ...] = (
    SESSIONS,
    VIALS,
    PREMEDICATIONS,
    RATES,
    VITALS,
    REACTIONS,
    REACTION_MEDICATIONS,
    CHECKLIST,
    NOTES,
    AMENDMENTS,
    SIGNATURES,
    DETAIL_CORRECTIONS,
    PATIENTS,
    REGIMENS,
    ALLERGIES,
)


def table(name: str) -> Table:
    for candidate in TABLES:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


# What a user may leave out of an export (`--exclude`): each names the patient columns it removes, in every table.
EXCLUDABLE: dict[str, frozenset[str]] = {
    "names": frozenset({"patient_family_name", "patient_given_name", "family_name", "given_name"}),
    "date_of_birth": frozenset({"patient_date_of_birth", "date_of_birth"}),
    "mrn": frozenset({"patient_mrn", "mrn"}),
    "sex": frozenset({"patient_sex", "sex"}),
    "allergies": frozenset({"allergies", "allergy"}),
}


def left_out(exclude: frozenset[str]) -> frozenset[str]:
    """The columns an export leaves out for these `--exclude` words (unknown words: KeyError)."""
    return frozenset().union(*(EXCLUDABLE[word] for word in exclude))


def rows_by_table(summaries: Sequence[SessionSummary]) -> dict[str, list[Row]]:
    return {t.name: t.rows(summaries) for t in TABLES}
