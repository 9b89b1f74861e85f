"""Reactions and the medications given for them."""

from __future__ import annotations

from ivig_desktop.reports import text
from ivig_desktop.reports.summary import SessionSummary
from ivig_desktop.reports.tables.base import SESSION, Row, Table, cols, names

# --- reactions ------------------------------------------------------------------------------------------------


def _reaction_rows(s: SessionSummary) -> list[Row]:
    rows: list[Row] = []
    for row in s.reactions:
        r = row.record
        proposal = r.proposal
        rows.append(
            {
                "session_id": s.session_id,
                "event_id": r.event_id,
                "onset_at": text.utc_iso(r.onset_at),
                "grade": int(r.grade),
                "symptoms": names(symptom.value for symptom in r.symptoms) or None,
                "other_symptoms": r.other_symptoms or None,
                "rate_at_onset_ml_per_h": r.rate_at_onset_ml_per_h,
                "previous_step_rate_ml_per_h": r.previous_step_rate_ml_per_h,
                "proposed_action": proposal.action.value if proposal and proposal.action else None,
                "proposed_resume_rate_ml_per_h": proposal.resume_rate_ml_per_h if proposal else None,
                "action": r.response_action.value if r.response_action else None,
                "action_rate_ml_per_h": r.response_rate_ml_per_h,
                "deviation_reason": r.deviation_reason or None,
                "prescriber_notified": r.provider_notified.name if r.provider_notified else None,
                "prescriber_notified_at": text.utc_iso(r.provider_notified.at) if r.provider_notified else None,
                "emergency_services_called_at": text.utc_iso(r.emergency_services_called_at),
                "outcome": r.outcome.value if r.outcome else None,
                "resolved_at": text.utc_iso(r.resolved_at),
                "resumed_rate_ml_per_h": r.resumed_rate_ml_per_h,
                "notes": r.notes or None,
                "recorded_at": text.utc_iso(row.stamp.recorded_at),
                "recorded_by": row.stamp.by.display,
                "late_entry": row.stamp.late_entry,
                "corrected": row.stamp.corrected,
            }
        )
    return rows


REACTIONS = Table(
    "reactions",
    "One row per reaction, as it now stands, with its later outcome entries applied.",
    cols(
        SESSION,
        ("event_id", "The reaction entry's number in the record."),
        ("onset_at", "Onset (UTC)."),
        ("grade", "CTCAE v5 infusion-related reaction grade, 1-4."),
        (
            "symptoms",
            "';'-separated codes: headache, flushing, chills, fever, myalgia, nausea_vomiting, back_pain, "
            "chest_tightness, dyspnoea, rash_urticaria, hypotension, anaphylaxis_signs.",
        ),
        ("other_symptoms", "Other symptoms, in words."),
        ("rate_at_onset_ml_per_h", "Pump rate at onset, mL/h (empty: no infusion running)."),
        ("previous_step_rate_ml_per_h", "Rate of the step below, mL/h."),
        ("proposed_action", "What the app proposed: pause or stop (empty: no infusion to change)."),
        ("proposed_resume_rate_ml_per_h", "Proposed resume rate, mL/h."),
        ("action", "What the nurse did: continue, slow, pause or stop."),
        ("action_rate_ml_per_h", "The slower rate, or the planned resume rate after a pause, mL/h."),
        ("deviation_reason", "Reason for a choice less cautious than the proposal."),
        ("prescriber_notified", "Prescriber notified (name)."),
        ("prescriber_notified_at", "When (UTC)."),
        ("emergency_services_called_at", "When emergency services were called (UTC)."),
        ("outcome", "resolved, improving, not_resolved or transferred."),
        ("resolved_at", "When it resolved (UTC)."),
        ("resumed_rate_ml_per_h", "Rate the infusion resumed at afterwards, mL/h."),
        ("notes", "Notes."),
        ("recorded_at", "When the reaction was written (UTC)."),
        ("recorded_by", "Nurse who wrote it."),
        ("late_entry", "true when written more than 10 minutes after the onset."),
        ("corrected", "true when the reaction entry was amended."),
    ),
    _reaction_rows,
)

REACTION_MEDICATIONS = Table(
    "reaction_medications",
    "One row per medication given for a reaction.",
    cols(
        SESSION,
        ("reaction_event_id", "The reaction (`reactions.event_id`)."),
        ("name", "Medication."),
        ("dose", "Dose, in `unit`."),
        ("unit", "mg, mcg, g, mL or units."),
        ("route", "PO, IV, IM, SC or inhaled."),
        ("given_at", "When it was given (UTC)."),
    ),
    lambda s: [
        {
            "session_id": s.session_id,
            "reaction_event_id": row.record.event_id,
            "name": med.name,
            "dose": med.dose,
            "unit": med.unit.value,
            "route": med.route.value,
            "given_at": text.utc_iso(med.given_at),
        }
        for row in s.reactions
        for med in row.record.medications
    ],
)
