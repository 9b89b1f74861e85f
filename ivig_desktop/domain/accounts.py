"""Nurse accounts: the rules for a password or PIN, and the lockout after repeated failed sign-ins.

Hashing (argon2id) is the store's job; here are the decisions that need no I/O: what a good enough secret is,
and whether an account is locked out given its recent attempts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from ivig_desktop.domain.errors import FieldErrors
from ivig_desktop.domain.message import messages

msg = messages(__name__)

PASSWORD_MIN_CHARS = 8
PIN_MIN_DIGITS = 6
SECRET_MAX_CHARS = 128


class SecretKind(StrEnum):
    PASSWORD = "password"
    PIN = "pin"


@dataclass(frozen=True)
class SecurityPolicy:
    """resources/clinic.toml [security]: auto-lock after inactivity, lockout after failed sign-ins."""

    auto_lock_min: int = 10
    max_failed_sign_ins: int = 5
    lockout_min: int = 15


def validate_new_secret(secret: str, confirm: str) -> SecretKind:
    """A PIN (digits only, at least 6) or a password (at least 8 characters, not one character repeated), typed
    twice the same. Returns which it is."""
    errors = FieldErrors()
    kind = SecretKind.PIN if secret.isdigit() else SecretKind.PASSWORD
    if not secret:
        errors.add("secret", msg("Choose a password (8 characters or more) or a PIN (6 digits or more)."))
    elif kind is SecretKind.PIN and len(secret) < PIN_MIN_DIGITS:
        errors.add("secret", msg("A PIN needs at least {pin_min_digits} digits.", pin_min_digits=PIN_MIN_DIGITS))
    elif kind is SecretKind.PASSWORD and len(secret) < PASSWORD_MIN_CHARS:
        errors.add(
            "secret",
            msg("A password needs at least {password_min_chars} characters.", password_min_chars=PASSWORD_MIN_CHARS),
        )
    elif len(set(secret)) == 1:
        errors.add("secret", msg("Not one character repeated: choose something others cannot guess."))
    elif len(secret) > SECRET_MAX_CHARS:
        errors.add("secret", msg("At most {secret_max_chars} characters.", secret_max_chars=SECRET_MAX_CHARS))
    if secret and confirm != secret:
        errors.add("confirm", msg("The two entries differ: type the same password or PIN twice."))
    errors.raise_if_any()
    return kind


@dataclass(frozen=True)
class Attempt:
    at: datetime
    succeeded: bool


def locked_until(attempts: Sequence[Attempt], now: datetime, policy: SecurityPolicy) -> datetime | None:
    """When an account may try again, if it is locked out now: `max_failed_sign_ins` failures in a row (since the
    last success) lock it for `lockout_min` minutes from the last failure. None when it is not locked."""
    failures: list[datetime] = []
    for attempt in sorted(attempts, key=lambda a: a.at):
        if attempt.succeeded:
            failures = []
        else:
            failures.append(attempt.at)
    if len(failures) < policy.max_failed_sign_ins:
        return None
    until = failures[-1] + timedelta(minutes=policy.lockout_min)
    return until if until > now else None


def failures_in_a_row(attempts: Sequence[Attempt]) -> int:
    count = 0
    for attempt in sorted(attempts, key=lambda a: a.at):
        count = 0 if attempt.succeeded else count + 1
    return count
