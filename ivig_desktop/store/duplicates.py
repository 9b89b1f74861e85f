"""Possible duplicate patients: two records with the same MRN, made on two workstations while they were apart.

They are never merged: each keeps its sessions and history. A nurse looks at both and links them, append-only,
with a reason: the same person (the history screens then show both records' sessions together) or different
people (one of the MRNs was typed wrong: correct it on the record). The latest link of a pair counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ivig_desktop.domain.clock import to_iso
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.database import write_transaction
from ivig_desktop.store.sql import Database

REASON_MAX_CHARS = 1000
# Each patient's MRN as it stands now (d-faults' corrections applied: the view patients_current), one read of the
# clinic's patients: an MRN corrected on one workstation counts as corrected.
CURRENT_MRNS = "SELECT id, mrn FROM patients_current WHERE mrn IS NOT NULL ORDER BY id"


@dataclass(frozen=True)
class PossibleDuplicate:
    mrn: str
    patient_ids: tuple[int, int]


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def links(db: Database) -> dict[tuple[int, int], bool]:
    """The latest answer for each linked pair: True the same person, False different people."""
    found: dict[tuple[int, int], bool] = {}
    for a, b, same in db.execute(
        "SELECT patient_id, other_patient_id, same_person FROM patient_links ORDER BY created_at, id"
    ).fetchall():
        found[_pair(int(a), int(b))] = bool(same)
    return found


def possible_duplicates(db: Database) -> list[PossibleDuplicate]:
    """Pairs of patients sharing a current MRN that no nurse has linked yet, by MRN."""
    answered = links(db)
    by_mrn: dict[str, list[int]] = {}
    for patient_id, mrn in db.execute(CURRENT_MRNS).fetchall():
        by_mrn.setdefault(str(mrn), []).append(int(patient_id))
    return [
        PossibleDuplicate(mrn, (a, b))
        for mrn, ids in sorted(by_mrn.items())
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if (a, b) not in answered
    ]


def same_person(db: Database, patient_id: int) -> list[int]:
    """The other records a nurse linked to this patient as the same person (directly)."""
    return sorted(other for (a, b), same in links(db).items() if same for other in (a, b)
                  if patient_id in (a, b) and other != patient_id)  # fmt: skip


def link(
    db: Database, patient_id: int, other_patient_id: int, *, same: bool, reason: str, nurse_id: int, at: datetime
) -> None:
    """Record a nurse's answer for a pair of patient records."""
    clean = " ".join(reason.split())
    if not clean:
        raise ValidationError.one("reason", "Say how you know (for example: same date of birth and address).")
    if len(clean) > REASON_MAX_CHARS:
        raise ValidationError.one("reason", f"Keep the reason under {REASON_MAX_CHARS} characters.")
    if patient_id == other_patient_id:
        raise ValidationError.one("reason", "A record cannot be linked to itself.")
    with write_transaction(db):
        ledger.insert(
            db,
            "patient_links",
            {
                "patient_id": patient_id,
                "other_patient_id": other_patient_id,
                "same_person": int(same),
                "reason": clean,
                "created_at": to_iso(at),
                "created_by": nurse_id,
            },
        )
