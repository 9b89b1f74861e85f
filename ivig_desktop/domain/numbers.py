"""Exact numbers typed by a nurse: parsed into Decimal, never float."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.message import messages

msg = messages(__name__)

MAX_DIGITS = 20  # significant digits of a typed number (no clinical quantity needs more)
MIN_EXPONENT = -20  # the smallest step a typed number may have: 1e-20
MAX_EXPONENT = 12  # and the largest power of ten it may be written with: 1e12


def parse_decimal(text: str | Decimal | int, field: str, label: str) -> Decimal:
    """Parse a typed number ("72.5" or "72,5") into an exact, finite Decimal.

    `label` names the quantity with its unit for the message, e.g. "Weight (kg)". A number with more than
    MAX_DIGITS digits, or written with a power of ten beyond 1e-20..1e12 ("1e999999999"), is refused: every
    quantity is far inside these bounds, and such a number would take for ever to show in full.
    """
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    else:
        cleaned = text.strip().replace(",", ".")
        if not cleaned:
            raise ValidationError.one(field, msg("{label} is required.", label=label))
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValidationError.one(field, msg("{label} must be a number, for example 72.5.", label=label)) from None
    if not value.is_finite():
        raise ValidationError.one(field, msg("{label} must be a number, for example 72.5.", label=label))
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite
    if len(digits) > MAX_DIGITS or not MIN_EXPONENT <= exponent <= MAX_EXPONENT:
        raise ValidationError.one(
            field,
            msg(
                "{label} must be a number of at most {max_digits} digits, for example 72.5.",
                label=label,
                max_digits=MAX_DIGITS,
            ),
        )
    return value


def in_range(value: Decimal, low: Decimal, high: Decimal, field: str, label: str, unit: str) -> Decimal:
    """Return `value` if low <= value <= high, else raise a message that states the accepted range."""
    if not low <= value <= high:
        raise ValidationError.one(
            field, msg("{label} must be between {low} and {high} {unit}.", label=label, low=low, high=high, unit=unit)
        )
    return value
