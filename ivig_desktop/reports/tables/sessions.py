"""The sessions table: one row per session."""

from __future__ import annotations

from ivig_desktop.reports import text
from ivig_desktop.reports.summary import SessionSummary
from ivig_desktop.reports.tables.base import SESSION, Row, Table, cols, names

# --- sessions -----------------------------------------------------------------------------------------------


def _session_rows(s: SessionSummary) -> list[Row]:
    p, plan, i, c, sig = s.patient, s.plan, s.infusion, s.closing, s.signature
    return [
        {
            "session_id": s.session_id,
            "patient_id": p.id,
            "patient_family_name": p.family_name,
            "patient_given_name": p.given_name,
            "patient_date_of_birth": p.date_of_birth.isoformat(),
            "patient_mrn": p.mrn,
            "patient_sex": p.sex.value,
            "location": s.location,
            "opened_at": text.utc_iso(s.opened_at),
            "opened_by": s.opened_by.display,
            "stage": s.stage.value,
            "regimen_version": s.regimen.version if s.regimen else None,
            "indication": s.regimen.indication if s.regimen else None,
            "product_id": plan.product_id if plan else None,
            "product_name": plan.product_name if plan else None,
            "concentration_percent": plan.concentration_percent if plan else None,
            "dose_g": plan.vials_g if plan else None,
            "planned_volume_ml": plan.volume_ml if plan else None,
            "weight_kg": plan.weight_kg if plan else None,
            "at_risk": plan.at_risk if plan else None,
            "first_infusion": plan.first_infusion if plan else None,
            "hard_max_ml_per_h": plan.hard_max_ml_per_h if plan else None,
            "soft_max_ml_per_h": plan.soft_max_ml_per_h if plan else None,
            "plan_confirmed_at": text.utc_iso(plan.stamp.occurred_at) if plan else None,
            "plan_confirmed_by": plan.stamp.by.display if plan else None,
            "double_check": plan.double_check if plan else None,
            "infusion_started_at": text.utc_iso(i.started_at),
            "infusion_ended_at": text.utc_iso(i.ended_at),
            "outcome": i.outcome.value if i.outcome else None,
            "outcome_reason": i.outcome_reason or None,
            "volume_infused_ml": i.volume_infused_ml if i.started_at else None,
            "infusing_minutes": text.minutes(i.infusing_time) if i.started_at else None,
            "paused_minutes": text.minutes(i.paused_time) if i.started_at else None,
            "highest_rate_ml_per_h": i.highest_rate_ml_per_h,
            "tolerated_rate_ml_per_h": i.tolerated_rate_ml_per_h,
            "lots": names(s.lots) or None,
            "reactions": len(s.reactions),
            "highest_reaction_grade": s.highest_grade,
            "flush_ml": c.flush_ml,
            "discharge_status": c.discharge.value if c.discharge else None,
            "discharge_notes": c.discharge_notes or None,
            "signed_at": text.utc_iso(sig.signed_at) if sig else None,
            "signed_by": sig.stamp.by.display if sig else None,
            "record_as_of": text.utc_iso(s.record_as_of),
        }
    ]


SESSIONS = Table(
    "sessions",
    "One row per session: who, where, the plan, the infusion's outcome, the discharge and the signature.",
    cols(
        SESSION,
        ("patient_id", "The patient's number in this database."),
        ("patient_family_name", "Family name."),
        ("patient_given_name", "Given name."),
        ("patient_date_of_birth", "Date of birth, YYYY-MM-DD."),
        ("patient_mrn", "Medical record number (empty when none was recorded)."),
        ("patient_sex", "F, M or U (unknown / not stated)."),
        ("location", "Chair or location, e.g. 'Chair 3' or 'Home'."),
        ("opened_at", "When the session was opened (UTC)."),
        ("opened_by", "Nurse who opened it: name, credentials."),
        ("stage", "check_in, pre_infusion, infusing, observation or signed."),
        ("regimen_version", "Version of the patient's regimen in force when the plan was confirmed."),
        ("indication", "Indication code: PI, ITP, CIDP, MMN, DM, KD, GBS, CLL or OTHER."),
        ("product_id", "Product of the confirmed plan (catalog id)."),
        ("product_name", "Product name with concentration, e.g. 'Privigen 10%'."),
        ("concentration_percent", "Concentration in percent (g per 100 mL)."),
        ("dose_g", "Dose in grams, in whole vials, as planned."),
        ("planned_volume_ml", "Volume to infuse, mL."),
        ("weight_kg", "Today's weight used for the plan, kg."),
        ("at_risk", "true when planned with the renal/thrombosis at-risk cap."),
        ("first_infusion", "true when planned as a first infusion (lowest start rate)."),
        ("hard_max_ml_per_h", "Hard limit: the highest programmable pump rate, mL/h."),
        ("soft_max_ml_per_h", "Soft limit (the patient's tolerated maximum), mL/h; above it needs a reason."),
        ("plan_confirmed_at", "When the plan in force was confirmed (UTC)."),
        ("plan_confirmed_by", "Nurse who confirmed it."),
        ("double_check", "How the calculation was double-checked, and by whom."),
        ("infusion_started_at", "When the pump was first started (UTC)."),
        ("infusion_ended_at", "When the infusion was ended (UTC)."),
        ("outcome", "completed or stopped (stopped early)."),
        ("outcome_reason", "Why it was stopped early."),
        ("volume_infused_ml", "Volume infused, mL to 0.1 (up to the planned volume), from the confirmed rates."),
        ("infusing_minutes", "Minutes the pump ran, to 0.1 (rounded down)."),
        ("paused_minutes", "Minutes paused or stopped, to 0.1 (rounded down)."),
        ("highest_rate_ml_per_h", "Highest pump rate confirmed, mL/h."),
        ("tolerated_rate_ml_per_h", "Highest rate during which no reaction began, mL/h (once the infusion ended)."),
        ("lots", "Vial lots used, ';'-separated, in the order first recorded."),
        ("reactions", "Number of reactions recorded."),
        ("highest_reaction_grade", "Highest CTCAE grade among them (1-4)."),
        ("flush_ml", "Volume the line was flushed with, mL."),
        ("discharge_status", "home_well, home_instructions, transferred or not_infused."),
        ("discharge_notes", "Discharge notes."),
        ("signed_at", "When the nurse signed and closed the session (UTC); empty while unsigned."),
        ("signed_by", "Nurse who signed: name, credentials."),
        ("record_as_of", "When the last entry of the record was written (UTC)."),
    ),
    _session_rows,
)
