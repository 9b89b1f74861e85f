"""Nurse passwords and PINs, hashed with argon2id, and every sign-in attempt.

A password is never stored, logged or compared in clear: only its argon2id hash (with its own salt and cost
parameters in the encoded string). Every attempt, good or bad, is recorded; the lockout is computed from them.
Each nurse's signing key (store/signing.py) is sealed by her password: made with the profile, sealed again with a
new password, and made at the next sign-in for a profile older than signing keys.
"""

from __future__ import annotations

from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlite_utils import Database

from ivig_desktop.domain.accounts import Attempt, SecretKind, SecurityPolicy, locked_until, validate_new_secret
from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.people import Nurse, NurseProfile
from ivig_desktop.store import signing
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.database import write_transaction

# argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile: t=3, m=64 MiB, p=4). Tests swap in a cheap one.
HASHER = PasswordHasher()


class LockedOutError(DomainError):
    def __init__(self, until: datetime) -> None:
        super().__init__(
            "Too many wrong passwords or PINs: this profile can try again at "
            f"{until.astimezone().strftime('%H:%M')}. Another nurse can sign in meanwhile."
        )
        self.until = until


def set_secret(
    db: Database, nurse_id: int, secret: str, confirm: str, at: datetime, *, old_secret: str | None = None
) -> SecretKind:
    """Set (or change) a nurse's password or PIN, and seal her signing key with it: the same key when
    `old_secret` opens it, else a new key pair (signatures made before keep verifying with the key they name)."""
    kind = validate_new_secret(secret, confirm)
    digest = HASHER.hash(secret)
    had_key = signing.has_key(db, nurse_id)
    prepared = signing.prepare_for_new_secret(db, nurse_id, secret, old_secret)
    if prepared.reused_public:
        reason = "sealed again with a new password"
    elif had_key:
        reason = "new key: a new password was set without the old one"
    else:
        reason = "new key with the profile's first password"
    with write_transaction(db):
        _insert_secret(db, nurse_id, kind, digest, at)
        signing.store_key(db, nurse_id, prepared, at, reason)
    return kind


def _insert_secret(db: Database, nurse_id: int, kind: SecretKind, digest: str, at: datetime) -> None:
    ledger.insert(
        db, "nurse_secrets", {"nurse_id": nurse_id, "created_at": to_iso(at), "kind": kind.value, "hash": digest}
    )


def create_account(db: Database, profile: NurseProfile, secret: str, confirm: str, at: datetime) -> Nurse:
    """A new nurse profile with its password or PIN, in one transaction (both or neither)."""
    kind = validate_new_secret(secret, confirm)
    digest = HASHER.hash(secret)
    prepared = signing.prepare_key(secret)
    with write_transaction(db):
        nurse_id = ledger.insert(
            db, "nurses", {"name": profile.name, "credentials": profile.credentials, "created_at": to_iso(at)}
        )
        _insert_secret(db, nurse_id, kind, digest, at)
        signing.store_key(db, nurse_id, prepared, at, "new profile")
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
    out (the attempt is not even checked), ValidationError on the `secret` field when it is wrong."""
    until = locked_until(attempts(db, nurse_id), at, policy)
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
        # A database open read-only (in use by another IVIG Desktop) can be read after a good password, but its
        # attempts cannot be recorded there; the instance that holds it keeps the count.
        with write_transaction(db):
            ledger.insert(
                db,
                "sign_in_attempts",
                {"nurse_id": nurse_id, "at": to_iso(at), "succeeded": int(ok), "purpose": purpose},
            )
        if ok and not signing.has_key(db, nurse_id):
            # A profile older than signing keys: her password is known now, so her key is made now.
            prepared = signing.prepare_key(secret)
            with write_transaction(db):
                signing.store_key(db, nurse_id, prepared, at, "new key at sign-in: the profile had none")
    if ok:
        return
    until = locked_until(attempts(db, nurse_id), at, policy)
    if until is not None:
        raise LockedOutError(until)
    raise ValidationError.one("secret", "Wrong password or PIN.")
