"""Patient regimens: append-only versions."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.domain.regimen import Regimen, RegimenVersion, version_reason
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.connection import write_transaction
from ivig_desktop.store.sessions import encode_payload
from ivig_desktop.store.sql import Database


def _version(row: dict[str, Any]) -> RegimenVersion:
    return RegimenVersion(
        patient_id=row["patient_id"],
        version=row["version"],
        regimen=Regimen.from_payload(json.loads(row["payload"])),
        reason=row["reason"],
        created_at=from_iso(row["created_at"]),
        created_by=row["created_by"],
    )


def save_regimen(
    db: Database, patient_id: int, regimen: Regimen, reason: str, nurse_id: int, at: datetime
) -> RegimenVersion:
    """Save a new version of the patient's regimen (a change needs a reason) in one transaction."""
    with write_transaction(db):
        last = db.execute(
            "SELECT COALESCE(MAX(version), 0) FROM regimens WHERE patient_id = ?", [patient_id]
        ).fetchone()[0]
        clean = version_reason(reason, is_first=last == 0)
        ledger.insert(
            db,
            "regimens",
            {
                "patient_id": patient_id,
                "version": last + 1,
                "created_at": to_iso(at),
                "created_by": nurse_id,
                "reason": clean,
                "payload": encode_payload(regimen.to_payload()),
            },
        )
    return versions(db, patient_id)[-1]


def versions(db: Database, patient_id: int) -> list[RegimenVersion]:
    """Every version, oldest first."""
    rows = db.query("SELECT * FROM regimens WHERE patient_id = ? ORDER BY version, created_at, id", [patient_id])
    return [_version(row) for row in rows]


def current(db: Database, patient_id: int) -> RegimenVersion | None:
    rows = list(
        db.query(
            "SELECT * FROM regimens WHERE patient_id = ? ORDER BY version DESC, created_at DESC, id DESC LIMIT 1",
            [patient_id],
        )
    )
    return _version(rows[0]) if rows else None
