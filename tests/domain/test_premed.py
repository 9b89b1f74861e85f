from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.premed import Route, premed_ready_at, premeds_given, record_premed, validate_drug

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


def test_premedication_is_recorded_with_who_and_when() -> None:
    drug = validate_drug(" Acetaminophen ", "650", "mg", "PO")
    assert drug.text == "Acetaminophen 650 mg PO"
    event = record_premed(drug, given_at=T0, given_by="Ana Lima, RN", now=T0 + timedelta(minutes=1), opened_at=T0)
    [given] = premeds_given([(event.occurred_at, event.payload)])
    assert given.drug == drug and given.given_by == "Ana Lima, RN"


def test_the_wait_ends_after_the_last_premedication() -> None:
    a = validate_drug("Acetaminophen", "650", "mg", "PO")
    b = validate_drug("Diphenhydramine", "25", "mg", Route.PO)
    events = [
        record_premed(a, given_at=T0, given_by="A", now=T0, opened_at=T0),
        record_premed(b, given_at=T0 + timedelta(minutes=4), given_by="A", now=T0 + timedelta(minutes=4), opened_at=T0),
    ]
    given = premeds_given([(e.occurred_at, e.payload) for e in events])
    assert premed_ready_at(given, timedelta(minutes=30)) == T0 + timedelta(minutes=34)
    assert premed_ready_at((), timedelta(minutes=30)) is None


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("", "650", "mg", "PO"), "drug"),
        (("A", "0", "mg", "PO"), "dose"),
        (("A", "x", "mg", "PO"), "dose"),
        (("A", "650", "tablets", "PO"), "unit"),
        (("A", "650", "mg", "rectal"), "route"),
    ],
)
def test_bad_drug_fields(args: tuple[str, str, str, str], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_drug(*args)
    assert set(caught.value.errors) == {field}


def test_time_given_cannot_be_in_the_future_or_long_before() -> None:
    drug = validate_drug("A", Decimal(1), "g", "IV")
    with pytest.raises(ValidationError, match="future"):
        record_premed(drug, given_at=T0 + timedelta(minutes=3), given_by="A", now=T0, opened_at=T0)
    with pytest.raises(ValidationError, match="12 hours"):
        record_premed(drug, given_at=T0 - timedelta(hours=13), given_by="A", now=T0, opened_at=T0)
    with pytest.raises(ValidationError, match="who gave it"):
        record_premed(drug, given_at=T0, given_by=" ", now=T0, opened_at=T0)
