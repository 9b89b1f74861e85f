"""Reading TOML exactly (numbers as Decimal) and collecting every problem with the field it concerns."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from ivig_desktop.domain.clinic import CLINIC_FILE as CLINIC_FILE  # one name for it (its [clinic] table is clinic.py's)
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.message import messages

msg = messages(__name__)


class CatalogError(DomainError):
    """A resource file failed validation. `problems` lists every problem, each naming file, item and field."""

    def __init__(self, problems: list[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        count = len(problems)
        super().__init__(
            msg("{count} problem{value}: ", count=count, value="s" if count != 1 else "") + "; ".join(problems)
        )


PRODUCTS_FILE = "products.toml"
LADDERS_FILE = "ladders.toml"


def read_toml(source: Path | str, file_name: str) -> tuple[dict[str, Any], str]:
    """Parse TOML from a Path (read as UTF-8) or from TOML text; numbers with a fraction become Decimal."""
    name = str(source) if isinstance(source, Path) else file_name
    try:
        text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
        return tomllib.loads(text, parse_float=Decimal), name
    except OSError as error:
        raise CatalogError(
            [msg("{name}: cannot be read ({value})", name=name, value=error.strerror or error)]
        ) from error
    except tomllib.TOMLDecodeError as error:
        raise CatalogError([msg("{name}: not valid TOML ({error})", name=name, error=error)]) from error


ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")

_E = TypeVar("_E", bound=StrEnum)


class Checker:
    """Collects problems while reading a table; every message names where it is and which field."""

    def __init__(self, problems: list[str], where: str) -> None:
        self.problems = problems
        self.where = where

    def at(self, where: str) -> Checker:
        return Checker(self.problems, where)

    def problem(self, field: str, message: str) -> None:
        self.problems.append(msg("{where}, field '{field}': {message}", where=self.where, field=field, message=message))

    def table(self, value: object, field: str) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(field, msg("must be a table"))
            return None
        return value

    def known_fields(self, table: Mapping[str, object], allowed: set[str]) -> None:
        for key in sorted(set(table) - allowed):
            self.problem(key, msg("unknown field (expected one of: {items})", items=", ".join(sorted(allowed))))

    def text(self, table: Mapping[str, object], field: str, *, required: bool = True) -> str:
        value = table.get(field)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem(field, msg("must be a non-empty text"))
            return ""
        return value.strip()

    def flag(self, table: Mapping[str, object], field: str, default: bool) -> bool:
        value = table.get(field, default)
        if not isinstance(value, bool):
            self.problem(field, msg("must be true or false"))
            return default
        return value

    def number(
        self,
        table: Mapping[str, object],
        field: str,
        *,
        required: bool = True,
        maximum: Decimal | None = None,
    ) -> Decimal | None:
        value = table.get(field)
        if value is None:
            if required:
                self.problem(field, msg("is required (a positive number)"))
            return None
        return self.positive(value, field, maximum)

    def positive(self, value: object, field: str, maximum: Decimal | None = None) -> Decimal | None:
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            self.problem(field, msg("must be a positive number (got {value})", value=repr(value)))
            return None
        number = Decimal(value)
        if not number.is_finite() or number <= 0:
            self.problem(field, msg("must be a positive number (got {value})", value=value))
            return None
        if maximum is not None and number > maximum:
            self.problem(field, msg("must be at most {maximum} (got {value})", maximum=maximum, value=value))
            return None
        return number

    def minutes(self, table: Mapping[str, object], field: str, *, required: bool) -> int | None:
        value = table.get(field)
        if value is None:
            if required:
                self.problem(field, msg("is required (a whole number of minutes > 0)"))
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            self.problem(field, msg("must be a whole number of minutes > 0 (got {value})", value=repr(value)))
            return None
        return value

    def numbers(self, table: Mapping[str, object], field: str, *, required: bool = True) -> tuple[Decimal, ...]:
        value = table.get(field)
        if value is None and not required:
            return ()
        if not isinstance(value, list) or not value:
            self.problem(field, msg("must be a non-empty list of positive numbers"))
            return ()
        out = [self.positive(item, f"{field}[{index}]") for index, item in enumerate(value)]
        checked = tuple(number for number in out if number is not None)
        if len(set(checked)) != len(checked):
            self.problem(field, msg("must not repeat a value"))
        return checked

    def texts(self, table: Mapping[str, object], field: str) -> tuple[str, ...]:
        value = table.get(field)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            self.problem(field, msg("must be a non-empty list of non-empty texts"))
            return ()
        return tuple(v.strip() for v in value)

    def choice(self, table: Mapping[str, object], field: str, enum: type[_E]) -> _E | None:
        value = table.get(field)
        for member in enum:
            if value == member.value:
                return member
        valid = ", ".join(member.value for member in enum)
        self.problem(field, msg("must be one of {valid} (got {value})", valid=valid, value=repr(value)))
        return None
