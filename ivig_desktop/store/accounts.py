"""Nurse passwords and PINs, hashed with argon2id, and every sign-in attempt.

A password is never stored, logged or compared in clear: only its argon2id hash (with its own salt and cost
parameters in the encoded string). Every attempt, good or bad, is recorded; the lockout is computed from them.
Each nurse's signing key (store/signing_keys.py) is sealed by her password: made with the profile, sealed again with a
new password, and made at the next sign-in for a profile older than signing keys.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ivig_desktop.domain import times
from ivig_desktop.domain.access import FIRST_PROFILE_REASON, Access, NotAllowedError, Role
from ivig_desktop.domain.accounts import Attempt, SecretKind, SecurityPolicy, locked_until, validate_new_secret
from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.people import Nurse, NurseProfile
from ivig_desktop.store import access, nurses, signing_keys
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.connection import write_transaction
from ivig_desktop.store.sign_in_ledger import Ledger
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
            f"{times.display().hm(until)}. Another nurse can sign in meanwhile."
        )
        self.until = until


class DeactivatedError(DomainError):
    def __init__(self) -> None:
        super().__init__("This profile has been deactivated by an administrator: it cannot sign in.")


def set_secret(
    db: Database, nurse_id: int, secret: str, confirm: str, at: datetime, *, old_secret: str | None = None
) -> SecretKind:
    """Set (or change) a nurse's password or PIN, and seal her signing key with it: the same key when
    `old_secret` opens it, else a new key pair (signatures made before keep verifying with the key they name)."""
    kind = validate_new_secret(secret, confirm)
    digest = hasher().hash(secret)
    had_key = signing_keys.has_key(db, nurse_id)
    prepared = signing_keys.prepare_for_new_secret(db, nurse_id, secret, old_secret)
    if prepared.reused_public:
        reason = "sealed again with a new password"
    elif had_key:
        reason = "new key: a new password was set without the old one"
    else:
        reason = "new key with the profile's first password"
    with write_transaction(db):
        _insert_secret(db, nurse_id, kind, digest, at)
        signing_keys.store_key(db, nurse_id, prepared, at, reason)
    return kind


def _insert_secret(db: Database, nurse_id: int, kind: SecretKind, digest: str, at: datetime) -> None:
    ledger.insert(
        db, "nurse_secrets", {"nurse_id": nurse_id, "created_at": to_iso(at), "kind": kind.value, "hash": digest}
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
    digest = hasher().hash(secret)
    prepared = signing_keys.prepare_key(secret)
    with write_transaction(db):
        first = db.execute("SELECT COUNT(*) FROM nurses").fetchone()[0] == 0
        if not first:
            if authorised_by is None:
                raise NotAllowedError(
                    "A new profile needs the password or PIN of a nurse who already has a profile here."
                )
            if not access.access_of(db, authorised_by).active:
                raise NotAllowedError("A deactivated profile cannot authorise a new one.")
        nurse_id = ledger.insert(db, "nurses", nurses.nurse_values(profile, at))
        _insert_secret(db, nurse_id, kind, digest, at)
        signing_keys.store_key(db, nurse_id, prepared, at, "new profile")
        if first:
            new = Access(Role.ADMINISTRATOR, True)
            access.record(db, nurse_id, new, by=None, reason=FIRST_PROFILE_REASON, at=at)
        else:
            access.record(db, nurse_id, Access(Role.NURSE, True), by=authorised_by, reason="new profile", at=at)
    return Nurse(id=nurse_id, name=profile.name, credentials=profile.credentials, staff_id=profile.staff_id)


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
    out (the attempt is not even checked), DeactivatedError for a deactivated profile, ValidationError on the
    `secret` field when it is wrong.

    Attempts made where the database cannot be written (open read-only: in use by another IVIG Desktop, or on a
    read-only drive) go to the sign-in ledger beside it (store/sign_in_ledger.py); the lockout counts both."""
    if not access.access_of(db, nurse_id).active:
        raise DeactivatedError()
    sign_ins = _sign_in_ledger(db)
    until = locked_until(_all_attempts(db, nurse_id, sign_ins), at, policy)
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
        with write_transaction(db):
            ledger.insert(
                db,
                "sign_in_attempts",
                {"nurse_id": nurse_id, "at": to_iso(at), "succeeded": int(ok), "purpose": purpose},
            )
        if ok and not signing_keys.has_key(db, nurse_id):
            # A profile older than signing keys: her password is known now, so her key is made now.
            prepared = signing_keys.prepare_key(secret)
            with write_transaction(db):
                signing_keys.store_key(db, nurse_id, prepared, at, "new key at sign-in: the profile had none")
    elif sign_ins is not None:
        sign_ins.record(nurse_id, at, ok, purpose)
    if ok:
        return
    until = locked_until(_all_attempts(db, nurse_id, sign_ins), at, policy)
    if until is not None:
        raise LockedOutError(until)
    raise ValidationError.one("secret", "Wrong password or PIN.")


def _sign_in_ledger(db: Database) -> Ledger | None:
    path = getattr(db, "path", None)
    return Ledger(Path(path)) if path is not None else None


def _all_attempts(db: Database, nurse_id: int, sign_ins: Ledger | None) -> list[Attempt]:
    """What the lockout counts: the database's attempts from the last success on, and the ledger's."""
    found = recent_attempts(db, nurse_id)
    if sign_ins is not None:
        found += sign_ins.attempts(nurse_id)
    return sorted(found, key=lambda attempt: attempt.at)
