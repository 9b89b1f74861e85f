from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ivig_desktop.domain.accounts import (
    Attempt,
    SecretKind,
    SecurityPolicy,
    failures_in_a_row,
    locked_until,
    validate_new_secret,
)
from ivig_desktop.domain.errors import ValidationError

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
POLICY = SecurityPolicy(max_failed_sign_ins=5, lockout_min=15)


@pytest.mark.parametrize(
    ("secret", "kind"),
    [("123456", SecretKind.PIN), ("correct horse", SecretKind.PASSWORD), ("abcdefgh", SecretKind.PASSWORD)],
)
def test_good_secrets(secret: str, kind: SecretKind) -> None:
    assert validate_new_secret(secret, secret) is kind


@pytest.mark.parametrize(
    ("secret", "confirm", "field", "message"),
    [
        ("", "", "secret", "Choose a password"),
        ("12345", "12345", "secret", "A PIN needs at least 6 digits."),
        ("abc1234", "abc1234", "secret", "A password needs at least 8 characters."),
        ("aaaaaaaa", "aaaaaaaa", "secret", "Not one character repeated"),
        ("111111", "111111", "secret", "Not one character repeated"),
        ("correct horse", "correct hose", "confirm", "The two entries differ"),
    ],
)
def test_weak_or_mistyped_secrets_are_refused(secret: str, confirm: str, field: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_new_secret(secret, confirm)
    assert message in caught.value.errors[field]


def attempts(*results: bool, step: timedelta = timedelta(seconds=10)) -> list[Attempt]:
    return [Attempt(T0 + i * step, ok) for i, ok in enumerate(results)]


def test_five_failures_in_a_row_lock_for_fifteen_minutes_from_the_last() -> None:
    four = attempts(False, False, False, False)
    assert locked_until(four, T0, POLICY) is None
    five = attempts(False, False, False, False, False)
    last = five[-1].at
    assert locked_until(five, last, POLICY) == last + timedelta(minutes=15)
    assert locked_until(five, last + timedelta(minutes=15), POLICY) is None
    assert failures_in_a_row(five) == 5


def test_a_success_resets_the_count() -> None:
    mixed = attempts(False, False, False, False, True, False, False)
    assert locked_until(mixed, T0, POLICY) is None
    assert failures_in_a_row(mixed) == 2
