"""Nurse passwords and PINs, hashed with argon2id, and every sign-in attempt.

A password is never stored, logged or compared in clear: only its argon2id hash (with its own salt and cost
parameters in the encoded string). Every attempt, good or bad, is recorded; the lockout is computed from them.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlite_utils import Database

from ivig_desktop.domain.access import FIRST_PROFILE_REASON, Access, NotAllowedError, Role
from ivig_desktop.domain.accounts import Attempt, SecretKind, SecurityPolicy, locked_until, validate_new_secret
from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.people import Nurse, NurseProfile
from ivig_desktop.store import access
from ivig_desktop.store.database import write_transaction
from ivig_desktop.store.sign_in_ledger import Ledger

# argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile: t=3, m=64 MiB, p=4). Tests swap in a cheap one.
HASHER = PasswordHasher()


class LockedOutError(DomainError):
    def __init__(self, until: datetime) -> None:
        super().__init__(
            "Too many wrong passwords or PINs: this profile can try again at "
            f"{until.astimezone().strftime('%H:%M')}. Another nurse can sign in meanwhile."
        )
        self.until = until


class DeactivatedError(DomainError):
    def __init__(self) -> None:
        super().__init__("This profile has been deactivated by an administrator: it cannot sign in.")


def set_secret(db: Database, nurse_id: int, secret: str, confirm: str, at: datetime) -> SecretKind:
    """Set (or change) a nurse's password or PIN."""
    kind = validate_new_secret(secret, confirm)
    digest = HASHER.hash(secret)
    with write_transaction(db):
        _insert_secret(db, nurse_id, kind, digest, at)
    return kind


def _insert_secret(db: Database, nurse_id: int, kind: SecretKind, digest: str, at: datetime) -> None:
    db.execute(
        "INSERT INTO nurse_secrets (nurse_id, created_at, kind, hash) VALUES (?, ?, ?, ?)",
        [nurse_id, to_iso(at), kind.value, digest],
    )


def create_account(
    db: Database,
    profile: NurseProfile,
    secret: str,
    confirm: str,
    at: datetime,
    authorised_by: int | None = None,
) -> Nurse:
    """A new nurse profile with its password or PIN and its access, in one transaction (all or nothing).

    The first profile of a database needs no authorisation and is its administrator; any later one names the
    active profile whose password or PIN authorised it (`authorised_by`: checked by the caller, with
    `check_secret`), and is a nurse. Raises NotAllowedError otherwise."""
    kind = validate_new_secret(secret, confirm)
    digest = HASHER.hash(secret)
    with write_transaction(db):
        first = db.execute("SELECT COUNT(*) FROM nurses").fetchone()[0] == 0
        if not first:
            if authorised_by is None:
                raise NotAllowedError(
                    "A new profile needs the password or PIN of a nurse who already has a profile here."
                )
            if not access.access_of(db, authorised_by).active:
                raise NotAllowedError("A deactivated profile cannot authorise a new one.")
        cursor = db.execute(
            "INSERT INTO nurses (name, credentials, created_at) VALUES (?, ?, ?)",
            [profile.name, profile.credentials, to_iso(at)],
        )
        nurse_id = cursor.lastrowid
        assert nurse_id is not None
        _insert_secret(db, nurse_id, kind, digest, at)
        if first:
            new = Access(Role.ADMINISTRATOR, True)
            access.record(db, nurse_id, new, by=None, reason=FIRST_PROFILE_REASON, at=at)
        else:
            access.record(db, nurse_id, Access(Role.NURSE, True), by=authorised_by, reason="new profile", at=at)
    return Nurse(id=nurse_id, name=profile.name, credentials=profile.credentials)


def has_secret(db: Database, nurse_id: int) -> bool:
    return db.execute("SELECT 1 FROM nurse_secrets WHERE nurse_id = ? LIMIT 1", [nurse_id]).fetchone() is not None


def attempts(db: Database, nurse_id: int) -> list[Attempt]:
    rows = db.execute("SELECT at, succeeded FROM sign_in_attempts WHERE nurse_id = ? ORDER BY id", [nurse_id])
    return [Attempt(from_iso(at), bool(ok)) for at, ok in rows.fetchall()]


def check_secret(
    db: Database, nurse_id: int, secret: str, at: datetime, policy: SecurityPolicy, purpose: str = "sign_in"
) -> None:
    """Verify a nurse's password or PIN and record the attempt. Raises LockedOutError while the account is locked
    out (the attempt is not even checked), DeactivatedError for a deactivated profile, ValidationError on the
    `secret` field when it is wrong.

    Attempts made where the database cannot be written (open read-only: in use by another IVIG Desktop, or on a
    read-only drive) go to the sign-in ledger beside it (store/sign_in_ledger.py); the lockout counts both."""
    if not access.access_of(db, nurse_id).active:
        raise DeactivatedError()
    ledger = _ledger(db)
    until = locked_until(_all_attempts(db, nurse_id, ledger), at, policy)
    if until is not None:
        raise LockedOutError(until)
    row = db.execute(
        "SELECT hash FROM nurse_secrets WHERE nurse_id = ? ORDER BY id DESC LIMIT 1", [nurse_id]
    ).fetchone()
    ok = False
    if row is not None:
        try:
            ok = HASHER.verify(row[0], secret)
        except (VerificationError, InvalidHashError):
            ok = False
    if getattr(db, "read_only_reason", None) is None:
        with write_transaction(db):
            db.execute(
                "INSERT INTO sign_in_attempts (nurse_id, at, succeeded, purpose) VALUES (?, ?, ?, ?)",
                [nurse_id, to_iso(at), int(ok), purpose],
            )
    elif ledger is not None:
        ledger.record(nurse_id, at, ok, purpose)
    if ok:
        return
    until = locked_until(_all_attempts(db, nurse_id, ledger), at, policy)
    if until is not None:
        raise LockedOutError(until)
    raise ValidationError.one("secret", "Wrong password or PIN.")


def _ledger(db: Database) -> Ledger | None:
    path = getattr(db, "path", None)
    return Ledger(Path(path)) if path is not None else None


def _all_attempts(db: Database, nurse_id: int, ledger: Ledger | None) -> list[Attempt]:
    found = attempts(db, nurse_id)
    if ledger is not None:
        found += ledger.attempts(nurse_id)
    return sorted(found, key=lambda attempt: attempt.at)
