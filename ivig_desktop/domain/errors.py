"""Errors the domain raises. Their messages are written for the nurse and shown next to the field."""

from __future__ import annotations

from collections.abc import Mapping


class DomainError(Exception):
    """A rule of the domain refused something. `str(error)` is a sentence a nurse can act on."""


class ValidationError(DomainError):
    """Input that cannot be accepted, with one message per offending field.

    `errors` maps a field name (the same name as the value's attribute, e.g. `weight_kg`) to its message.
    """

    def __init__(self, errors: Mapping[str, str]) -> None:
        if not errors:
            raise ValueError("a ValidationError needs at least one field message")
        self.errors: dict[str, str] = dict(errors)
        super().__init__(" ".join(self.errors.values()))

    @classmethod
    def one(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})


class FieldErrors:
    """Collects field messages while validating a whole form, then raises them together."""

    def __init__(self) -> None:
        self._errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self._errors.setdefault(field, message)

    def capture(self, error: ValidationError) -> None:
        for field, message in error.errors.items():
            self.add(field, message)

    def raise_if_any(self) -> None:
        if self._errors:
            raise ValidationError(self._errors)
