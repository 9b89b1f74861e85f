"""Nurse passwords and PINs, hashed with argon2id, and every sign-in attempt.

A password is never stored, logged or compared in clear: only its argon2id hash (with its own salt and cost
parameters in the encoded string). Every attempt, good or bad, is recorded; the lockout is computed from them.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ivig_desktop.domain.accounts import Attempt, SecretKind, SecurityPolicy, locked_until, validate_new_secret
from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.people import Nurse, NurseProfile
from ivig_desktop.store.database import write_transaction
from ivig_desktop.store.sql import Database

if TYPE_CHECKING:
    from argon2 import PasswordHasher

# argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile: t=3, m=64 MiB, p=4), made at its first use:
# argon2 is not imported before anyone signs in. Tests swap in a cheap one.
HASHER: PasswordHasher | None = None


def hasher() -> PasswordHasher:
    """The password hasher (argon2 is imported here, the first time)."""
    global HASHER
    if HASHER is None:
        from argon2 import PasswordHasher

        HASHER = PasswordHasher()
    return HASHER


class LockedOutError(DomainError):
    def __init__(self, until: datetime) -> None:
        super().__init__(
            "Too many wrong passwords or PINs: this profile can try again at "
            f"{until.astimezone().strftime('%H:%M')}. Another nurse can sign in meanwhile."
        )
        self.until = until


def set_secret(db: Database, nurse_id: int, secret: str, confirm: str, at: datetime) -> SecretKind:
    """Set (or change) a nurse's password or PIN."""
    kind = validate_new_secret(secret, confirm)
    digest = hasher().hash(secret)
    with write_transaction(db):
        _insert_secret(db, nurse_id, kind, digest, at)
    return kind


def _insert_secret(db: Database, nurse_id: int, kind: SecretKind, digest: str, at: datetime) -> None:
    db.execute(
        "INSERT INTO nurse_secrets (nurse_id, created_at, kind, hash) VALUES (?, ?, ?, ?)",
        [nurse_id, to_iso(at), kind.value, digest],
    )


def create_account(db: Database, profile: NurseProfile, secret: str, confirm: str, at: datetime) -> Nurse:
    """A new nurse profile with its password or PIN, in one transaction (both or neither)."""
    kind = validate_new_secret(secret, confirm)
    digest = hasher().hash(secret)
    with write_transaction(db):
        cursor = db.execute(
            "INSERT INTO nurses (name, credentials, created_at) VALUES (?, ?, ?)",
            [profile.name, profile.credentials, to_iso(at)],
        )
        nurse_id = cursor.lastrowid
        assert nurse_id is not None
        _insert_secret(db, nurse_id, kind, digest, at)
    return Nurse(id=nurse_id, name=profile.name, credentials=profile.credentials)


def has_secret(db: Database, nurse_id: int) -> bool:
    return db.execute("SELECT 1 FROM nurse_secrets WHERE nurse_id = ? LIMIT 1", [nurse_id]).fetchone() is not None


def attempts(db: Database, nurse_id: int) -> list[Attempt]:
    """Every attempt of the nurse, oldest first (for the audit)."""
    rows = db.execute("SELECT at, succeeded FROM sign_in_attempts WHERE nurse_id = ? ORDER BY id", [nurse_id])
    return [Attempt(from_iso(at), bool(ok)) for at, ok in rows.fetchall()]


def recent_attempts(db: Database, nurse_id: int) -> list[Attempt]:
    """The attempts from the nurse's last successful one on (all, if none succeeded): all the lockout counts,
    read through indexes however many sign-ins the years have added."""
    rows = db.execute(
        """SELECT at, succeeded FROM sign_in_attempts
           WHERE nurse_id = :nurse AND at >= COALESCE(
               (SELECT MAX(at) FROM sign_in_attempts WHERE nurse_id = :nurse AND succeeded = 1), '')
           ORDER BY id""",
        {"nurse": nurse_id},
    )
    return [Attempt(from_iso(at), bool(ok)) for at, ok in rows.fetchall()]


def check_secret(
    db: Database, nurse_id: int, secret: str, at: datetime, policy: SecurityPolicy, purpose: str = "sign_in"
) -> None:
    """Verify a nurse's password or PIN and record the attempt. Raises LockedOutError while the account is locked
    out (the attempt is not even checked), ValidationError on the `secret` field when it is wrong."""
    until = locked_until(recent_attempts(db, nurse_id), at, policy)
    if until is not None:
        raise LockedOutError(until)
    row = db.execute(
        "SELECT hash FROM nurse_secrets WHERE nurse_id = ? ORDER BY id DESC LIMIT 1", [nurse_id]
    ).fetchone()
    ok = False
    if row is not None:
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            ok = hasher().verify(row[0], secret)
        except (VerificationError, InvalidHashError):
            ok = False
    if getattr(db, "read_only_reason", None) is None:
        # A database open read-only (in use by another IVIG Desktop) can be read after a good password, but its
        # attempts cannot be recorded there; the instance that holds it keeps the count.
        with write_transaction(db):
            db.execute(
                "INSERT INTO sign_in_attempts (nurse_id, at, succeeded, purpose) VALUES (?, ?, ?, ?)",
                [nurse_id, to_iso(at), int(ok), purpose],
            )
    if ok:
        return
    until = locked_until(recent_attempts(db, nurse_id), at, policy)
    if until is not None:
        raise LockedOutError(until)
    raise ValidationError.one("secret", "Wrong password or PIN.")
