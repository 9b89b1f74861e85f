"""The session summary: one model of a session's record, rendered on screen, printed, saved as PDF and exported.

`build_summary(db, session_id, config)` reads the session, its patient, the regimen in force and the nurses from
the store, folds the record with the domain, and returns a `SessionSummary` of plain values: text for words,
exact `Decimal`s for numbers, aware datetimes for times. Nothing here formats for a page; the renderings
(reports/document for the page, reports/tables for CSV and JSON, reports/fhir for FHIR) do.

model.py holds the values, sections.py folds each section, build.py puts them together.
"""

from ivig_desktop.reports.summary.build import build_summary, summarize
from ivig_desktop.reports.summary.model import (
    AmendedEntry,
    AmendmentLine,
    ChecklistRow,
    ClosingInfo,
    InfusionInfo,
    NoteRow,
    PatientInfo,
    Person,
    PlanInfo,
    PremedRow,
    RateRow,
    ReactionRow,
    RecordIntegrity,
    RegimenInfo,
    SessionSummary,
    Signature,
    Stamp,
    StampFn,
    SummaryError,
    VialRow,
    VitalsRow,
)
from ivig_desktop.reports.summary.sections import rate_action_label

__all__ = [
    "AmendedEntry",
    "AmendmentLine",
    "ChecklistRow",
    "ClosingInfo",
    "InfusionInfo",
    "NoteRow",
    "PatientInfo",
    "Person",
    "PlanInfo",
    "PremedRow",
    "RateRow",
    "ReactionRow",
    "RecordIntegrity",
    "RegimenInfo",
    "SessionSummary",
    "Signature",
    "Stamp",
    "StampFn",
    "SummaryError",
    "VialRow",
    "VitalsRow",
    "build_summary",
    "rate_action_label",
    "summarize",
]
