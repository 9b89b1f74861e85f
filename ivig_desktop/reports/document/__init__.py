"""The session summary as a document: HTML for Qt's rich text (QTextDocument), the same on screen, on paper and in
the PDF. It reads like a well-kept paper flowsheet: identification first, then the regimen and the plan, the checks,
vials and lots, premedication, the rate timeline, vital signs (chart and table), reactions and what was done, notes,
corrections (the original struck through, each correction beneath it with who, when and why), and the signature.

Plain string building, no Qt: the chart is referenced by URL (`CHART_URL`) and supplied by the caller as an image
resource. Times are local, with the date where it differs from the session's day; a late entry shows both times.

markup.py holds the style and the HTML helpers, writer.py how times and authors read; front, course, clinical and
closing write the sections.
"""

from __future__ import annotations

from ivig_desktop.reports import text
from ivig_desktop.reports.document.clinical import reactions, vitals
from ivig_desktop.reports.document.closing import amendments, appendix, closing, integrity_line, notes
from ivig_desktop.reports.document.course import checklist, infusion, premeds, vials
from ivig_desktop.reports.document.front import identification, regimen_and_plan, title
from ivig_desktop.reports.document.markup import (
    CHART_ANCHOR,
    CHART_URL,
    CORRECTED_MARK,
    FLAG_MARK,
    SIMULATION_MARK,
    STYLE,
    section,
    table,
)
from ivig_desktop.reports.document.writer import Writer
from ivig_desktop.reports.summary import SessionSummary

__all__ = [
    "CHART_ANCHOR",
    "CHART_URL",
    "CORRECTED_MARK",
    "FLAG_MARK",
    "SIMULATION_MARK",
    "STYLE",
    "footer_text",
    "header_text",
    "integrity_line",
    "section",
    "summary_html",
    "table",
]


def summary_html(summary: SessionSummary, *, chart: tuple[int, int] | None = None, chart_space: bool = False) -> str:
    """The document. `chart` is the vitals chart's (width, height) in layout pixels, when the caller provides the
    image at `CHART_URL` (or, with `chart_space`, paints the chart itself in the room left for it, anchored
    `CHART_ANCHOR`); None leaves it out (the table holds every number)."""
    w = Writer(summary, chart_space=chart_space)
    sections = [
        ("1 &nbsp;Regimen and plan", regimen_and_plan(w)),
        ("2 &nbsp;Pre-infusion checks", checklist(w)),
        ("3 &nbsp;Vials and lots", vials(w)),
        ("4 &nbsp;Premedication", premeds(w)),
        ("5 &nbsp;Infusion and rate timeline", infusion(w)),
        ("6 &nbsp;Vital signs", vitals(w, chart)),
        ("7 &nbsp;Reactions and actions", reactions(w)),
        ("8 &nbsp;Notes", notes(w)),
        ("9 &nbsp;Corrections (amendments)", amendments(w)),
        ("10 &nbsp;Discharge and signature", closing(w)),
    ]
    working = appendix(w)
    if working:
        sections.append(("Appendix &nbsp;The plan's working, as shown to the nurse when confirmed", working))
    legend = (
        f'<p class="small muted">{CORRECTED_MARK} corrected: see Corrections. {FLAG_MARK} past an alert threshold. '
        "Times are local; a late entry shows when it was written.</p>"
    )
    body = title(w) + identification(w) + legend
    for heading, content in sections:
        # The vitals (chart and table) start a page, as the vitals sheet of a paper flowsheet does.
        body += section(heading, content, new_page=heading.startswith("6 "))
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


def header_text(summary: SessionSummary) -> tuple[str, str]:
    """The page header's left and right text: who, and which session."""
    p = summary.patient
    left = f"{p.display_name} · born {text.long_date(p.date_of_birth)} · MRN {p.mrn or 'none recorded'}"
    right = f"IVIG session {summary.session_id} · {text.long_date(summary.day)} · {summary.location}"
    if not summary.signed:
        right += " · NOT SIGNED"
    if summary.mark:
        left = f"{summary.mark} · {left}"
    return left, right


def footer_text(summary: SessionSummary) -> str:
    status = "signed" if summary.signed else "NOT SIGNED, in progress"
    clinic = f"{summary.clinic.name} · " if summary.clinic.name else ""
    simulation = f"{summary.mark}, not a patient's care · " if summary.mark else ""
    return (
        f"{simulation}{clinic}IVIG infusion record, {status} · printed {summary.times.day_time(summary.generated_at)}"
    )
