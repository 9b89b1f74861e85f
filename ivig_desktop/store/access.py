"""Access to the record: each profile's role and whether it is active (`nurse_access`, append-only).

The rules are domain/access.py's; here they are stored and read. In a database from before m007 (read-only, not
upgraded) there are no rows: every profile is an active nurse and the earliest acts as administrator.
"""

from __future__ import annotations

from datetime import datetime

from ivig_desktop.domain.access import Access, AccessChange, Role, access_now, deactivation, promotion, reactivation
from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.connection import write_transaction
from ivig_desktop.store.sql import Database


def has_access_table(db: Database) -> bool:
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'nurse_access'").fetchone()
    return found is not None


def changes(db: Database) -> list[AccessChange]:
    """Every change of access, oldest first."""
    if not has_access_table(db):
        return []
    rows = db.execute("SELECT nurse_id, role, active, at, by_nurse_id, reason FROM nurse_access ORDER BY id")
    return [
        AccessChange(nurse_id, Role(role), bool(active), from_iso(at), by, reason)
        for nurse_id, role, active, at, by, reason in rows.fetchall()
    ]


def access_by_nurse(db: Database) -> dict[int, Access]:
    """Every profile's access now."""
    ids = [row[0] for row in db.execute("SELECT id FROM nurses ORDER BY id").fetchall()]
    return access_now(changes(db), ids)


def access_of(db: Database, nurse_id: int) -> Access:
    return access_by_nurse(db).get(nurse_id, Access(Role.NURSE, False))


def record(db: Database, nurse_id: int, access: Access, *, by: int | None, reason: str, at: datetime) -> None:
    """Append a change of access (inside the caller's write transaction)."""
    ledger.insert(
        db,
        "nurse_access",
        {
            "nurse_id": nurse_id,
            "role": access.role.value,
            "active": int(access.active),
            "at": to_iso(at),
            "by_nurse_id": by,
            "reason": reason,
        },
    )


def change(db: Database, target: int, what: str, *, by: int, reason: str, at: datetime) -> Access:
    """An administrator's change of a profile's access: `what` is "deactivate", "reactivate" or "administrator".
    Checked against the access as it is inside the write transaction; returns the new access."""
    rules = {"deactivate": deactivation, "reactivate": reactivation, "administrator": promotion}
    with write_transaction(db):
        new, clean_reason = rules[what](target, access_by_nurse(db), by=by, reason=reason)
        record(db, target, new, by=by, reason=clean_reason, at=at)
    return new
