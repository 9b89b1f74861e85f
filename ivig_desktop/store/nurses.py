"""Nurse profiles."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ivig_desktop.domain.clock import to_iso
from ivig_desktop.domain.people import Nurse, NurseProfile
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.database import write_transaction


def _nurse(row: dict[str, Any]) -> Nurse:
    return Nurse(id=row["id"], name=row["name"], credentials=row["credentials"])


def add_nurse(db: Database, profile: NurseProfile, created_at: datetime) -> Nurse:
    with write_transaction(db):
        nurse_id = ledger.insert(
            db, "nurses", {"name": profile.name, "credentials": profile.credentials, "created_at": to_iso(created_at)}
        )
    return Nurse(id=nurse_id, name=profile.name, credentials=profile.credentials)


def list_nurses(db: Database) -> list[Nurse]:
    return [_nurse(row) for row in db.query("SELECT * FROM nurses ORDER BY name COLLATE NOCASE, id")]


def get_nurse(db: Database, nurse_id: int) -> Nurse:
    rows = list(db.query("SELECT * FROM nurses WHERE id = ?", [nurse_id]))
    if not rows:
        raise KeyError(f"no nurse {nurse_id}")
    return _nurse(rows[0])
