"""The checklist, notes, amendments and the signature."""

from __future__ import annotations

import json

from ivig_desktop.reports import text
from ivig_desktop.reports.summary import SessionSummary
from ivig_desktop.reports.tables.base import SESSION, Row, Table, by, cols

# --- checklist, notes, amendments, signatures -----------------------------------------------------------------


CHECKLIST = Table(
    "checklist",
    "One row per checklist item: the answer that stands (the latest), or empty when unanswered.",
    cols(
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
            "answered_by": by(c.stamp),
            "earlier_answers": c.earlier_answers,
        }
        for c in s.checklist
    ],
)

NOTES = Table(
    "notes",
    "One row per note, with its text as last corrected.",
    cols(
        SESSION,
        ("event_id", "The note's number in the record."),
        ("written_at", "When it was written (UTC)."),
        ("text", "The note."),
        ("recorded_by", "Nurse who wrote it."),
        ("corrected", "true when the note was amended (this is the corrected text)."),
    ),
    lambda s: [
        {
            "session_id": s.session_id,
            "event_id": n.stamp.event_id,
            "written_at": text.utc_iso(n.stamp.occurred_at),
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
    cols(
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
    cols(
        SESSION,
        ("event_id", "The signature's number in the record."),
        ("signed_at", "When (UTC)."),
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
