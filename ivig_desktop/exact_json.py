"""JSON text with exact numbers: a `Decimal` is written as a JSON number with exactly its digits.

The standard `json` module writes numbers through float, whose repr may differ from the rounded figure the
plan shows. Here `Decimal("36.3")` becomes `36.3` and `Decimal("348.0")` becomes `348.0`, never through float.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any


def dumps(value: Any, indent: int = 2) -> str:
    """Serialise dicts, lists, tuples, str, bool, None, int, Decimal and dates; anything else is an error."""
    return _write(value, indent, 0)


def _write(value: Any, indent: int, depth: int) -> str:
    pad, inner = " " * (indent * depth), " " * (indent * (depth + 1))
    if value is None or isinstance(value, bool | str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite number: {value}")
        text = format(value, "f")
        return "0" if text in ("-0", "-0.0") else text
    if isinstance(value, Fraction | float):
        raise TypeError("round Fractions and floats to a Decimal before writing JSON")
    if isinstance(value, dt.date):
        return json.dumps(value.isoformat())
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        items = [
            f"{inner}{json.dumps(str(key), ensure_ascii=False)}: {_write(item, indent, depth + 1)}"
            for key, item in value.items()
        ]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, Sequence):
        if not value:
            return "[]"
        items = [f"{inner}{_write(item, indent, depth + 1)}" for item in value]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
