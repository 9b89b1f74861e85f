"""The export tables: one table per kind of row, the same for CSV and JSON, built from session summaries.

Every table and column is declared here once, with its meaning; the README documents the same list (a test
checks that they agree). The rows hold the record as it now stands (corrected values; entries marked entered in
error left out, `corrected` = true where an entry was amended); the `amendments` table holds every correction with
the original as first written.

Cell values: integers (ids, counts, grades, steps), booleans, exact `Decimal`s, text, or None (no value). Times
are UTC ISO-8601 with 'Z' (`..._at`), with a `..._at_local` column (ISO-8601 with the offset) where a person
would read the time; dates are YYYY-MM-DD.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeAlias

from ivig_desktop.reports import text
from ivig_desktop.reports.summary import SessionSummary, Stamp

Cell: TypeAlias = str | int | bool | Decimal | None
Row: TypeAlias = dict[str, Cell]


@dataclass(frozen=True)
class Column:
    name: str
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    rows_of: Callable[[SessionSummary], list[Row]]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def rows(self, summaries: Iterable[SessionSummary]) -> list[Row]:
        """The rows of every session, in session order; each row has exactly the declared columns."""
        names = self.column_names
        rows: list[Row] = []
        for summary in summaries:
            for row in self.rows_of(summary):
                if tuple(row) != names:
                    raise AssertionError(f"{self.name}: row columns {tuple(row)} differ from {names}")
                rows.append(row)
        return rows


def _cols(*pairs: tuple[str, str]) -> tuple[Column, ...]:
    return tuple(Column(name, description) for name, description in pairs)


SESSION = ("session_id", "The session's number in this database.")


def _by(stamp: Stamp | None) -> str | None:
    return None if stamp is None else stamp.by.display


def _names(values: Iterable[str]) -> str:
    return ";".join(values)


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
            "opened_at_local": text.local_iso(s.opened_at),
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
            "lots": _names(s.lots) or None,
            "reactions": len(s.reactions),
            "highest_reaction_grade": s.highest_grade,
            "flush_ml": c.flush_ml,
            "discharge_status": c.discharge.value if c.discharge else None,
            "discharge_notes": c.discharge_notes or None,
            "signed_at": text.utc_iso(sig.signed_at) if sig else None,
            "signed_at_local": text.local_iso(sig.signed_at) if sig else None,
            "signed_by": sig.stamp.by.display if sig else None,
            "record_as_of": text.utc_iso(s.record_as_of),
        }
    ]


SESSIONS = Table(
    "sessions",
    "One row per session: who, where, the plan, the infusion's outcome, the discharge and the signature.",
    _cols(
        SESSION,
        ("patient_id", "The patient's number in this database."),
        ("patient_family_name", "Family name."),
        ("patient_given_name", "Given name."),
        ("patient_date_of_birth", "Date of birth, YYYY-MM-DD."),
        ("patient_mrn", "Medical record number (empty when none was recorded)."),
        ("patient_sex", "F, M or U (unknown / not stated)."),
        ("location", "Chair or location, e.g. 'Chair 3' or 'Home'."),
        ("opened_at", "When the session was opened (UTC)."),
        ("opened_at_local", "The same, local time with offset."),
        ("opened_by", "Nurse who opened it: name, credentials."),
        ("stage", "check_in, pre_infusion, infusing, observation or signed."),
        ("regimen_version", "Version of the patient's regimen in force when the plan was confirmed."),
        ("indication", "Indication code: PI, ITP, CIDP, MMN, DM, KD, GBS or OTHER."),
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
        ("signed_at_local", "The same, local time with offset."),
        ("signed_by", "Nurse who signed: name, credentials."),
        ("record_as_of", "When the last entry of the record was written (UTC)."),
    ),
    _session_rows,
)


# --- vials, premedication -----------------------------------------------------------------------------------


VIALS = Table(
    "vials",
    "One row per vial recorded (vials marked entered in error are in `amendments` only).",
    _cols(
        SESSION,
        ("event_id", "The entry's number in the record."),
        ("recorded_at", "When the vial was recorded (UTC)."),
        ("recorded_by", "Nurse who recorded it."),
        ("product_id", "Product (catalog id)."),
        ("size_g", "Vial size, grams."),
        ("lot", "Lot number."),
        ("expiry", "Expiry date, YYYY-MM-DD."),
        ("gtin", "GTIN from the barcode, when scanned."),
        ("serial", "Serial number from the barcode, when present."),
        ("scanned", "true when read from the barcode, false when typed."),
        ("corrected", "true when the entry was amended (this row holds the corrected values)."),
    ),
    lambda s: [
        {
            "session_id": s.session_id,
            "event_id": v.stamp.event_id,
            "recorded_at": text.utc_iso(v.stamp.occurred_at),
            "recorded_by": v.stamp.by.display,
            "product_id": v.product_id,
            "size_g": v.size_g,
            "lot": v.lot,
            "expiry": v.expiry.isoformat(),
            "gtin": v.gtin,
            "serial": v.serial,
            "scanned": v.scanned,
            "corrected": v.stamp.corrected,
        }
        for v in s.vials
    ],
)

PREMEDICATIONS = Table(
    "premedications",
    "One row per premedication given.",
    _cols(
        SESSION,
        ("event_id", "The entry's number in the record."),
        ("given_at", "When it was given (UTC)."),
        ("given_at_local", "The same, local time with offset."),
        ("drug", "Drug name."),
        ("dose", "Dose, in `unit`."),
        ("unit", "mg, g, mcg, mL or units."),
        ("route", "PO, IV, IM or SC."),
        ("given_by", "Who gave it, as recorded."),
        ("recorded_at", "When it was written (UTC)."),
        ("recorded_by", "Nurse who wrote it."),
        ("late_entry", "true when written more than 10 minutes after it was given."),
        ("corrected", "true when the entry was amended."),
    ),
    lambda s: [
        {
            "session_id": s.session_id,
            "event_id": p.stamp.event_id,
            "given_at": text.utc_iso(p.stamp.occurred_at),
            "given_at_local": text.local_iso(p.stamp.occurred_at),
            "drug": p.drug,
            "dose": p.dose,
            "unit": p.unit,
            "route": p.route,
            "given_by": p.given_by,
            "recorded_at": text.utc_iso(p.stamp.recorded_at),
            "recorded_by": p.stamp.by.display,
            "late_entry": p.stamp.late_entry,
            "corrected": p.stamp.corrected,
        }
        for p in s.premeds
    ],
)


# --- the rate timeline ----------------------------------------------------------------------------------------


RATES = Table(
    "rates",
    "The rate timeline: every pump setting the nurse confirmed, each pause, hold and the end.",
    _cols(
        SESSION,
        ("event_id", "The entry's number in the record."),
        ("at", "When (UTC)."),
        ("at_local", "The same, local time with offset."),
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
            "at_local": text.local_iso(r.stamp.occurred_at),
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
    _cols(
        SESSION,
        ("event_id", "The entry's number in the record."),
        ("taken_at", "When the set was taken (UTC)."),
        ("taken_at_local", "The same, local time with offset."),
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
            "Alert thresholds passed, ';'-separated codes: fever, temperature_rise, systolic_drop, "
            "low_systolic, fast_heart_rate, low_spo2.",
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
            "taken_at_local": text.local_iso(v.stamp.occurred_at),
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
            "flags": _names(v.flag_kinds) or None,
            "flag_text": "; ".join(v.flags) or None,
            "recorded_by": v.stamp.by.display,
            "corrected": v.stamp.corrected,
        }
        for v in s.vitals
    ],
)


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
                "onset_at_local": text.local_iso(r.onset_at),
                "grade": int(r.grade),
                "symptoms": _names(symptom.value for symptom in r.symptoms) or None,
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
    _cols(
        SESSION,
        ("event_id", "The reaction entry's number in the record."),
        ("onset_at", "Onset (UTC)."),
        ("onset_at_local", "The same, local time with offset."),
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
    _cols(
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


# --- checklist, notes, amendments, signatures -----------------------------------------------------------------


CHECKLIST = Table(
    "checklist",
    "One row per checklist item: the answer that stands (the latest), or empty when unanswered.",
    _cols(
        SESSION,
        ("item_id", "Checklist item id (resources/checklist.toml)."),
        ("item_text", "The item as worded."),
        ("answer", "done, not_applicable, no_risk or risk_present; empty when not answered."),
        ("reason", "Reason given (required for not_applicable)."),
        ("answered_at", "When the standing answer was given (UTC)."),
        ("answered_by", "Nurse who gave it."),
        ("earlier_answers", "How many answers it replaced (all stay in the record)."),
    ),
    lambda s: [
        {
            "session_id": s.session_id,
            "item_id": c.item_id,
            "item_text": c.text,
            "answer": c.answer.value if c.answer else None,
            "reason": c.reason or None,
            "answered_at": text.utc_iso(c.stamp.occurred_at) if c.stamp else None,
            "answered_by": _by(c.stamp),
            "earlier_answers": c.earlier_answers,
        }
        for c in s.checklist
    ],
)

NOTES = Table(
    "notes",
    "One row per note, with its text as last corrected.",
    _cols(
        SESSION,
        ("event_id", "The note's number in the record."),
        ("written_at", "When it was written (UTC)."),
        ("written_at_local", "The same, local time with offset."),
        ("text", "The note."),
        ("recorded_by", "Nurse who wrote it."),
        ("corrected", "true when the note was amended (this is the corrected text)."),
    ),
    lambda s: [
        {
            "session_id": s.session_id,
            "event_id": n.stamp.event_id,
            "written_at": text.utc_iso(n.stamp.occurred_at),
            "written_at_local": text.local_iso(n.stamp.occurred_at),
            "text": n.text,
            "recorded_by": n.stamp.by.display,
            "corrected": n.stamp.corrected,
        }
        for n in s.notes
    ],
)


def _payload_json(payload: object) -> str:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _amendment_rows(s: SessionSummary) -> list[Row]:
    rows: list[Row] = []
    for entry in s.amendments:
        for line, payload in zip(entry.amendments, entry.amendment_payloads, strict=True):
            replacement = payload.get("replacement")
            rows.append(
                {
                    "session_id": s.session_id,
                    "event_id": line.stamp.event_id,
                    "amends_event_id": entry.stamp.event_id,
                    "entry_type": entry.entry_type.value,
                    "entry_at": text.utc_iso(entry.stamp.occurred_at),
                    "entry_by": entry.stamp.by.display,
                    "amended_at": text.utc_iso(line.stamp.occurred_at),
                    "amended_at_local": text.local_iso(line.stamp.occurred_at),
                    "amended_by": line.stamp.by.display,
                    "kind": "entered_in_error" if line.entered_in_error else "corrected",
                    "reason": line.reason,
                    "original_text": entry.original_text,
                    "corrected_text": line.corrected_text or None,
                    "original_payload": _payload_json(entry.original_payload),
                    "replacement_payload": _payload_json(replacement) if isinstance(replacement, dict) else None,
                }
            )
    return rows


AMENDMENTS = Table(
    "amendments",
    "One row per amendment (correction or 'entered in error'), with the entry as first written.",
    _cols(
        SESSION,
        ("event_id", "The amendment's number in the record."),
        ("amends_event_id", "The entry it corrects."),
        (
            "entry_type",
            "note, vial_recorded, premed_given, flush_given, discharged, vitals, reaction or reaction_update.",
        ),
        ("entry_at", "When the corrected entry happened (UTC)."),
        ("entry_by", "Nurse who wrote the corrected entry."),
        ("amended_at", "When the amendment was written (UTC)."),
        ("amended_at_local", "The same, local time with offset."),
        ("amended_by", "Nurse who wrote the amendment."),
        ("kind", "corrected or entered_in_error."),
        ("reason", "Why."),
        ("original_text", "The entry as first written, in words."),
        ("corrected_text", "The corrected values, in words (empty for entered_in_error)."),
        ("original_payload", "The entry as first written, as stored (JSON object)."),
        ("replacement_payload", "The corrected values as stored (JSON object; empty for entered_in_error)."),
    ),
    _amendment_rows,
)

SIGNATURES = Table(
    "signatures",
    "One row per signed session: the signature that closed it.",
    _cols(
        SESSION,
        ("event_id", "The signature's number in the record."),
        ("signed_at", "When (UTC)."),
        ("signed_at_local", "The same, local time with offset."),
        ("name", "Printed name of the signer."),
        ("credentials", "Credentials, e.g. RN."),
        ("meaning", "What the signature means, as the nurse attested it."),
        ("digest", "The SHA-256 digest of the session's content the signature binds (empty: signed before digests)."),
        ("verification", "What checking the signature against the record found, e.g. 'signature verified: ...'."),
    ),
    lambda s: (
        [
            {
                "session_id": s.session_id,
                "event_id": s.signature.stamp.event_id,
                "signed_at": text.utc_iso(s.signature.signed_at),
                "signed_at_local": text.local_iso(s.signature.signed_at),
                "name": s.signature.name,
                "credentials": s.signature.credentials,
                "meaning": s.signature.meaning,
                "digest": s.integrity.digest if s.integrity and s.integrity.signature else None,
                "verification": s.integrity.state + (f"; {s.integrity.signature}" if s.integrity.signature else "")
                if s.integrity
                else None,
            }
        ]
        if s.signature is not None
        else []
    ),
)

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
)


def table(name: str) -> Table:
    for candidate in TABLES:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def plain(cell: Cell) -> str:
    """A cell as CSV text: exact decimals as plain digits, booleans true/false, no value as empty."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, Decimal):
        return format(cell, "f")
    return str(cell)


def rows_by_table(summaries: Sequence[SessionSummary]) -> dict[str, list[Row]]:
    return {t.name: t.rows(summaries) for t in TABLES}
