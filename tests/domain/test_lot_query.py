"""A recall look-up reads a scanned barcode as the vial scan does (issue 12 item 2): its lot is searched, and what
was searched is said; a typed lot stays a lot, even one that looks like an element string."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.vials import GS, LOT_MAX_CHARS, clean_lot, lot_query, parse_scan

GTIN = "09512345678901"


@pytest.mark.parametrize(
    "code",
    [
        f"01{GTIN}17261031" + "10A1" + GS + "21SN0001",
        f"]d201{GTIN}17261031" + "10A1" + GS + "21SN0001",
        f"(01){GTIN}(17)261031(10)A1(21)SN0001",
        f"01{GTIN}10A1" + GS + "17261031",
    ],
)
def test_a_scanned_code_searches_its_lot_as_the_vial_scan_reads_it(code: str) -> None:
    query = lot_query(code)
    assert query.lot == "A1"
    assert query.lot == clean_lot(parse_scan(code).lot or "")  # one parser: the vial scan's
    assert query.scan is not None and query.scan.gtin == GTIN
    assert query.describe().startswith("lot A1 from the scanned code (01)09512345678901")
    assert "(10)A1" in query.describe()


@pytest.mark.parametrize(("typed", "lot"), [(" p100 234", "P100234"), ("10ABC", "10ABC"), ("12345", "12345")])
def test_a_typed_lot_is_a_lot(typed: str, lot: str) -> None:
    query = lot_query(typed)
    assert (query.lot, query.scan) == (lot, None)
    assert query.describe() == f"lot {lot}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("  ", "Type or scan a lot number."),
        (f"01{GTIN}17261031", "has no lot number (10)"),
        ("(01)123(10)", "not a GS1 code"),
        ("X" * (LOT_MAX_CHARS + 1), "is neither a lot number"),
    ],
)
def test_what_cannot_be_searched_says_why(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        lot_query(text)
    assert message in caught.value.errors["lot" if "lot" in caught.value.errors else "scan"]


@given(st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", min_size=1, max_size=LOT_MAX_CHARS))
def test_every_lot_printed_on_a_vial_is_found_typed_or_scanned(lot: str) -> None:
    assert lot_query(lot).lot == lot or lot_query(lot).scan is not None
    assert lot_query(f"01{GTIN}10{lot}" + GS + "17261031").lot == lot
