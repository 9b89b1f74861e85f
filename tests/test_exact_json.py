"""JSON with exact numbers: Decimals keep exactly their digits, floats and Fractions are refused."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.exact_json import dumps


def test_decimals_keep_their_digits() -> None:
    text = dumps({"ml_per_h": Decimal("348.0"), "mg_per_kg_min": Decimal("0.8333"), "big": Decimal("1E+2")})
    assert '"ml_per_h": 348.0' in text
    assert '"mg_per_kg_min": 0.8333' in text
    assert '"big": 100' in text
    assert json.loads(text, parse_float=Decimal) == {
        "ml_per_h": Decimal("348.0"),
        "mg_per_kg_min": Decimal("0.8333"),
        "big": 100,
    }


def test_other_values() -> None:
    value: dict[str, object] = {"a": [1, None, True, 'x"y', []], "b": {}, "c": ("é",)}
    assert json.loads(dumps(value)) == {"a": [1, None, True, 'x"y', []], "b": {}, "c": ["é"]}


@pytest.mark.parametrize("bad", [0.1, Fraction(1, 3), Decimal("NaN"), object()])
def test_inexact_or_unknown_values_are_refused(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        dumps({"x": bad})


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-(10**9), max_value=10**9))
def test_round_trip(value: Decimal) -> None:
    assert json.loads(dumps([value]), parse_float=Decimal)[0] == value
