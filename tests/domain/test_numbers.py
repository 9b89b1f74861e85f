"""Typed numbers: exact, finite, and short enough to show (no number spelled out for ever)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.numbers import MAX_DIGITS, MAX_EXPONENT, MIN_EXPONENT, parse_decimal


@pytest.mark.parametrize("text", ["1e999999999", "-1e999999999", "1e-999999999", "0E-999999999", "1" * 21, "1e13"])
def test_numbers_too_long_to_show_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_decimal(text, "weight_kg", "Weight (kg)")
    assert refused.value.errors == {
        "weight_kg": f"Weight (kg) must be a number of at most {MAX_DIGITS} digits, for example 72.5."
    }


@pytest.mark.parametrize(
    ("text", "value"), [("72.5", "72.5"), ("72,5", "72.5"), ("1e3", "1E+3"), ("0.00001", "0.00001")]
)
def test_ordinary_numbers_are_kept_exactly(text: str, value: str) -> None:
    assert parse_decimal(text, "x", "X") == Decimal(value)


@given(st.text(max_size=40))
def test_any_text_is_a_short_number_or_a_message(text: str) -> None:
    try:
        value = parse_decimal(text, "x", "X")
    except ValidationError as error:
        assert set(error.errors) == {"x"}
        return
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int) and MIN_EXPONENT <= exponent <= MAX_EXPONENT and len(digits) <= MAX_DIGITS
    assert len(f"{value:f}") <= MAX_DIGITS + MAX_EXPONENT - MIN_EXPONENT + 2  # shown in full, quickly
