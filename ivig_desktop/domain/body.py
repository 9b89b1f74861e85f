"""The patient's body: plausible weight and height."""

from __future__ import annotations

from decimal import Decimal

from ivig_desktop.domain.numbers import in_range, parse_decimal

WEIGHT_KG_MIN = Decimal("2")
WEIGHT_KG_MAX = Decimal("350")
HEIGHT_CM_MIN = Decimal("40")
HEIGHT_CM_MAX = Decimal("250")


def validate_weight_kg(value: str | Decimal | int, field: str = "weight_kg") -> Decimal:
    """A plausible body weight in kg (2 to 350), exact."""
    weight = parse_decimal(value, field, "Weight")
    return in_range(weight, WEIGHT_KG_MIN, WEIGHT_KG_MAX, field, "Weight", "kg")


def validate_height_cm(value: str | Decimal | int, field: str = "height_cm") -> Decimal:
    """A plausible body height in cm (40 to 250), exact."""
    height = parse_decimal(value, field, "Height")
    return in_range(height, HEIGHT_CM_MIN, HEIGHT_CM_MAX, field, "Height", "cm")
