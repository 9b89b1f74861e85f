"""The rate timeline and the vital signs."""

from __future__ import annotations

from ivig_desktop.reports import text
from ivig_desktop.reports.tables.base import SESSION, Table, cols, names

# --- the rate timeline ----------------------------------------------------------------------------------------


RATES = Table(
    "rates",
    "The rate timeline: every pump setting the nurse confirmed, each pause, hold and the end.",
    cols(
        SESSION,
        ("event_id", "The entry's number in the record."),
        ("at", "When (UTC)."),
        (
            "action",
            "start, step_up, step_down, reaction (slowed for a reaction), resume, pause, stop (paused "
            "until the prescriber decides), hold (stayed at the rate for another interval) or end.",
        ),
        (
            "rate_ml_per_h",
            "Pump rate from then on, mL/h (0 while paused or stopped; the current rate for a hold; empty at the end).",
        ),
        ("step", "Plan step the rate is at or above (empty below step 1 or when paused)."),
        ("on_plan", "true when the rate is exactly a plan step's rate."),
        ("until", "When the next change came (UTC); empty while it lasts."),
        ("minutes", "How long the rate lasted, minutes to 0.1 (rounded down)."),
        ("volume_ml", "Volume infused at this rate, mL to 0.1."),
        ("reason", "The nurse's reason (step down, hold, pause, reaction, early start)."),
        ("override_reason", "Reason for a rate above the patient's tolerated maximum."),
        ("outcome", "For the end: completed or stopped."),
        ("recorded_by", "Nurse who confirmed it."),
    ),
    lambda s: [
        {
            "session_id": s.session_id,
            "event_id": r.stamp.event_id,
            "at": text.utc_iso(r.stamp.occurred_at),
            "action": r.action,
            "rate_ml_per_h": r.rate_ml_per_h,
            "step": r.step,
            "on_plan": r.on_plan,
            "until": text.utc_iso(r.until),
            "minutes": text.minutes(r.until - r.stamp.occurred_at) if r.until is not None else None,
            "volume_ml": r.volume_ml if r.action not in ("hold", "end") else None,
            "reason": r.reason or None,
            "override_reason": r.override_reason or None,
            "outcome": r.outcome.value if r.outcome else None,
            "recorded_by": r.stamp.by.display,
        }
        for r in s.rates
    ],
)


# --- vital signs ----------------------------------------------------------------------------------------------


VITALS = Table(
    "vitals",
    "One row per vitals set, in the order taken.",
    cols(
        SESSION,
        ("event_id", "The entry's number in the record."),
        ("taken_at", "When the set was taken (UTC)."),
        ("recorded_at", "When it was written (UTC)."),
        ("late_entry", "true when written more than 10 minutes after it was taken."),
        ("baseline", "true for the session's baseline (its first set by time taken)."),
        ("systolic_mmhg", "Systolic blood pressure, mmHg."),
        ("diastolic_mmhg", "Diastolic blood pressure, mmHg."),
        ("heart_rate_per_min", "Heart rate, beats per minute."),
        ("respiratory_rate_per_min", "Respiratory rate, breaths per minute."),
        ("temperature_c", "Temperature, °C (to 0.1)."),
        ("temperature_f_entered", "The °F value as typed, when it was typed in °F."),
        ("spo2_percent", "Oxygen saturation by pulse oximetry, %."),
        ("pain_score", "Pain, 0-10."),
        ("weight_kg", "Weight, kg, when measured."),
        (
            "flags",
            "Alert thresholds passed, ';'-separated codes: fever, temperature_rise, systolic_drop, low_systolic, "
            "high_systolic, systolic_rise, high_diastolic, fast_heart_rate, slow_heart_rate, heart_rate_rise, "
            "slow_breathing, fast_breathing, low_spo2, spo2_drop, severe_pain, pain_rise.",
        ),
        ("flag_text", "The same in words, ';'-separated."),
        ("recorded_by", "Nurse who wrote it."),
        ("corrected", "true when the set was amended (this row holds the corrected values)."),
    ),
    lambda s: [
        {
            "session_id": s.session_id,
            "event_id": v.stamp.event_id,
            "taken_at": text.utc_iso(v.stamp.occurred_at),
            "recorded_at": text.utc_iso(v.stamp.recorded_at),
            "late_entry": v.stamp.late_entry,
            "baseline": v.baseline,
            "systolic_mmhg": v.vitals.systolic_mmhg,
            "diastolic_mmhg": v.vitals.diastolic_mmhg,
            "heart_rate_per_min": v.vitals.heart_rate_per_min,
            "respiratory_rate_per_min": v.vitals.respiratory_rate_per_min,
            "temperature_c": v.vitals.temperature_c,
            "temperature_f_entered": v.vitals.temperature_f_entered,
            "spo2_percent": v.vitals.spo2_percent,
            "pain_score": v.vitals.pain_score,
            "weight_kg": v.vitals.weight_kg,
            "flags": names(v.flag_kinds) or None,
            "flag_text": "; ".join(v.flags) or None,
            "recorded_by": v.stamp.by.display,
            "corrected": v.stamp.corrected,
        }
        for v in s.vitals
    ],
)
