"""AdverseEvent resources: one per infusion reaction."""

from __future__ import annotations

from ivig_desktop.reports import text
from ivig_desktop.reports.fhir.builder import Builder
from ivig_desktop.reports.fhir.codes import (
    AE_OUTCOME,
    GRADE_SEVERITY,
    OUTCOMES,
    SERIOUSNESS,
    SEVERITY,
    JsonObject,
    coding,
    iso,
    narrative,
)
from ivig_desktop.reports.summary import ReactionRow


def adverse_events(b: Builder, lots: dict[str, str], infusion: str | None) -> list[str]:
    """One AdverseEvent per reaction; the suspects are the infusion and its lots' Medications."""
    s = b.summary
    ids = []
    for number, row in enumerate(s.reactions, start=1):
        r = row.record
        # Severity and seriousness from the higher of the grade picked and the picture's (an anaphylaxis picture
        # ticked grade 1 is not exported as mild); the text keeps the grade as picked.
        severity, severity_display, seriousness, seriousness_display = GRADE_SEVERITY[r.assessed_grade]
        suspects = ([infusion] if infusion is not None and r.rate_at_onset_ml_per_h is not None else []) + list(
            lots.values()
        )
        resource: JsonObject = {
            "resourceType": "AdverseEvent",
            "id": b.session_id("adverse-event", r.event_id),
            "text": narrative(*_reaction_lines(b, number, row)),
            "actuality": "actual",
            "event": {"text": f"Infusion-related reaction: {r.symptom_text}"},
            "subject": b.subject(),
            "encounter": b.encounter(),
            "date": iso(r.onset_at),
            "recordedDate": iso(row.stamp.recorded_at),
            "recorder": b.nurse(row.stamp.by),
            "seriousness": {
                "coding": [coding(SERIOUSNESS, seriousness, seriousness_display)],
                "text": seriousness_display,
            },
            "severity": {
                "coding": [coding(SEVERITY, severity, severity_display)],
                "text": f"CTCAE grade {int(r.grade)} ({r.grade.title.split(': ')[1]})",
            },
        }
        if r.outcome is not None:
            code, display = OUTCOMES[r.outcome]
            resource["outcome"] = {"coding": [coding(AE_OUTCOME, code, display)], "text": r.outcome.label}
        if suspects:
            resource["suspectEntity"] = [{"instance": b.ref(item)} for item in suspects]
        ids.append(b.add(resource))
    return ids


def _reaction_lines(b: Builder, number: int, row: ReactionRow) -> list[str]:
    r = row.record
    lines = [
        f"Reaction {number}: {r.grade.title}. {r.grade.meaning}",
        *([f"Picture: {r.assessment.summary}."] if r.assessment is not None and r.assessment.summary else []),
        f"Onset {iso(r.onset_at)}: {r.symptom_text}.",
        f"Rate at onset: {text.rate(r.rate_at_onset_ml_per_h)}"
        if r.rate_at_onset_ml_per_h is not None
        else "No infusion running at onset.",
    ]
    if r.proposal is not None:
        lines.append(f"Proposed: {r.proposal.summary}")
    if r.response_action is not None:
        done = r.response_action.label
        if r.response_rate_ml_per_h is not None:
            done += f" ({text.rate(r.response_rate_ml_per_h)})"
        lines.append(f"Done: {done}")
    if r.deviation_reason:
        lines.append(f"Reason for the choice: {r.deviation_reason}")
    for med in r.medications:
        lines.append(
            f"Given: {med.name} {text.number(med.dose)} {med.unit.value} {med.route.value} at {iso(med.given_at)}"
        )
    if r.provider_notified is not None:
        lines.append(f"Prescriber {r.provider_notified.name} notified at {iso(r.provider_notified.at)}")
    if r.emergency_services_called_at is not None:
        lines.append(f"Emergency services called at {iso(r.emergency_services_called_at)}")
    if r.outcome is not None:
        outcome = r.outcome.label
        if r.resolved_at is not None:
            outcome += f" at {iso(r.resolved_at)}"
        lines.append(f"Outcome: {outcome}")
    if r.resumed_rate_ml_per_h is not None:
        lines.append(f"Infusion resumed at {text.rate(r.resumed_rate_ml_per_h)}")
    if r.notes:
        lines.append(f"Notes: {r.notes}")
    return lines
