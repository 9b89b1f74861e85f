"""Nurse profiles: as first recorded, and corrections of their name, credentials and staff number (append-only).

Every read gives a profile as it stands now (the `nurses_current` view of m007, or `nurses` itself in a database
opened read-only before its upgrade). Past entries name the nurse by id, so a correction shows everywhere.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.domain.corrections import Correction
from ivig_desktop.domain.people import Nurse, NurseProfile
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.connection import write_transaction
from ivig_desktop.store.sql import Database


def _nurse(row: dict[str, Any]) -> Nurse:
    return Nurse(id=row["id"], name=row["name"], credentials=row["credentials"], staff_id=row.get("staff_id") or "")


def nurse_values(profile: NurseProfile, created_at: datetime) -> dict[str, object]:
    """A nurses row. `staff_id` is left NULL when none was given, as on the rows written before the column existed
    (m005), which keep their chain hashes that way (the chain declares the column in `added`)."""
    values: dict[str, object] = {
        "name": profile.name,
        "credentials": profile.credentials,
        "created_at": to_iso(created_at),
    }
    if profile.staff_id:
        values["staff_id"] = profile.staff_id
    return values


def current_table(db: Database) -> str:
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'nurses_current'").fetchone()
    return "nurses_current" if found else "nurses"


def add_nurse(db: Database, profile: NurseProfile, created_at: datetime) -> Nurse:
    """A profile without a password or access row (a profile made before either existed; tests use it)."""
    with write_transaction(db):
        nurse_id = ledger.insert(db, "nurses", nurse_values(profile, created_at))
    return Nurse(id=nurse_id, name=profile.name, credentials=profile.credentials, staff_id=profile.staff_id)


def correct_nurse(
    db: Database, nurse_id: int, corrected: NurseProfile, reason: str, amended_by: int, at: datetime
) -> Nurse:
    """Record a correction of a nurse's profile (validated by domain/corrections.py); return it as now."""
    with write_transaction(db):
        ledger.insert(
            db,
            "nurse_amendments",
            {
                "nurse_id": nurse_id,
                "name": corrected.name,
                "credentials": corrected.credentials,
                "staff_id": corrected.staff_id or None,
                "amended_at": to_iso(at),
                "amended_by": amended_by,
                "reason": reason,
            },
        )
        return get_nurse(db, nurse_id)


def corrections(db: Database, nurse_id: int) -> list[Correction]:
    """Every correction of a nurse's profile, oldest first."""
    if current_table(db) == "nurses":
        return []
    rows = db.query("SELECT * FROM nurse_amendments WHERE nurse_id = ? ORDER BY id", [nurse_id])
    return [
        Correction(
            id=row["id"],
            subject_id=row["nurse_id"],
            values={"name": row["name"], "credentials": row["credentials"], "staff_id": row["staff_id"]},
            reason=row["reason"],
            amended_at=from_iso(row["amended_at"]),
            amended_by=row["amended_by"],
        )
        for row in rows
    ]


def first_recorded(db: Database, nurse_id: int) -> Nurse:
    rows = list(db.query("SELECT * FROM nurses WHERE id = ?", [nurse_id]))
    if not rows:
        raise KeyError(f"no nurse {nurse_id}")
    return _nurse(rows[0])


def list_nurses(db: Database) -> list[Nurse]:
    table = current_table(db)
    return [_nurse(row) for row in db.query(f"SELECT * FROM {table} ORDER BY name COLLATE NOCASE, id")]


def get_nurse(db: Database, nurse_id: int) -> Nurse:
    rows = list(db.query(f"SELECT * FROM {current_table(db)} WHERE id = ?", [nurse_id]))
    if not rows:
        raise KeyError(f"no nurse {nurse_id}")
    return _nurse(rows[0])
