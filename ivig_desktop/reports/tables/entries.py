"""Vials and premedications: one row per entry."""

from __future__ import annotations

from ivig_desktop.reports import text
from ivig_desktop.reports.tables.base import SESSION, Table, cols

# --- vials, premedication -----------------------------------------------------------------------------------


VIALS = Table(
    "vials",
    "One row per vial recorded (vials marked entered in error are in `amendments` only).",
    cols(
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
    cols(
        SESSION,
        ("event_id", "The entry's number in the record."),
        ("given_at", "When it was given (UTC)."),
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
