"""Recall look-up: every session and patient that received a given vial lot."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from ivig_desktop.domain.clock import from_iso
from ivig_desktop.domain.vials import clean_lot
from ivig_desktop.store.patients import current_table
from ivig_desktop.store.sql import Database


@dataclass(frozen=True)
class LotUse:
    lot: str
    product_id: str
    size_g: str
    expiry: date
    recorded_at: datetime
    session_id: int
    location: str
    patient_id: int
    patient_name: str
    date_of_birth: date
    mrn: str | None
    entered_in_error: bool


def lot_uses(db: Database, lot: str) -> list[LotUse]:
    """Every vial recorded with this lot (case and spaces ignored), newest first; vials later marked entered in
    error are listed with that flag, since a recall must see them too."""
    wanted = clean_lot(lot)
    rows = db.query(
        f"""SELECT e.id, e.payload, e.occurred_at, s.id AS session_id, s.location, p.id AS patient_id,
                  p.family_name, p.given_name, p.date_of_birth, p.mrn,
                  EXISTS (SELECT 1 FROM events a WHERE a.amends = e.id
                          AND json_extract(a.payload, '$.entered_in_error') = 1) AS struck
           FROM events e JOIN sessions s ON s.id = e.session_id JOIN {current_table(db)} p ON p.id = s.patient_id
           WHERE e.type = 'vial_recorded' AND upper(json_extract(e.payload, '$.lot')) = ?
           ORDER BY e.occurred_at DESC, e.id DESC""",
        [wanted],
    )
    uses = []
    for row in rows:
        payload = json.loads(row["payload"])
        uses.append(
            LotUse(
                lot=payload["lot"],
                product_id=payload["product_id"],
                size_g=payload["size_g"],
                expiry=date.fromisoformat(payload["expiry"]),
                recorded_at=from_iso(row["occurred_at"]),
                session_id=row["session_id"],
                location=row["location"],
                patient_id=row["patient_id"],
                patient_name=f"{row['family_name'].upper()}, {row['given_name']}",
                date_of_birth=date.fromisoformat(row["date_of_birth"]),
                mrn=row["mrn"],
                entered_in_error=bool(row["struck"]),
            )
        )
    return uses
