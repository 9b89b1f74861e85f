"""Exact numbers typed by a nurse: parsed into Decimal, never float."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ivig_desktop.domain.errors import ValidationError


def parse_decimal(text: str | Decimal | int, field: str, label: str) -> Decimal:
    """Parse a typed number ("72.5" or "72,5") into an exact, finite Decimal.

    `label` names the quantity with its unit for the message, e.g. "Weight (kg)".
    """
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    else:
        cleaned = text.strip().replace(",", ".")
        if not cleaned:
            raise ValidationError.one(field, f"{label} is required.")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValidationError.one(field, f"{label} must be a number, for example 72.5.") from None
    if not value.is_finite():
        raise ValidationError.one(field, f"{label} must be a number, for example 72.5.")
    return value


def in_range(value: Decimal, low: Decimal, high: Decimal, field: str, label: str, unit: str) -> Decimal:
    """Return `value` if low <= value <= high, else raise a message that states the accepted range."""
    if not low <= value <= high:
        raise ValidationError.one(field, f"{label} must be between {low} and {high} {unit}.")
    return value
