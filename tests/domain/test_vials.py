"""Vials: GS1 scans (real element strings with valid check digits) and every refusal."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from ivig_desktop.domain import times
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.vial_entry import PriorUse
from ivig_desktop.domain.vials import (
    GS,
    KnownGtin,
    check_vial,
    load_gtins,
    parse_scan,
    record_vial,
    refuse_reused_vial,
    total_g,
    vials_blocker,
    vials_recorded,
)
from ivig_desktop.paths import resources_dir

from .test_infusion import plan

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
# GTINs made up for tests, with valid check digits; not any real product's.
GTIN_10G = "09512345678901"
GTIN_OTHER = "09512345000016"
KNOWN = {
    GTIN_10G: KnownGtin(GTIN_10G, "privigen", Decimal(10)),
    GTIN_OTHER: KnownGtin(GTIN_OTHER, "gamunex-c", Decimal(10)),
}


def test_scan_with_symbology_identifier_and_fixed_fields() -> None:
    scan = parse_scan("]d2" + "01" + GTIN_10G + "17" + "271231" + "10" + "P100234")
    assert (scan.gtin, scan.expiry, scan.lot, scan.serial) == (GTIN_10G, date(2027, 12, 31), "P100234", None)


def test_scan_with_group_separator_after_a_variable_field() -> None:
    scan = parse_scan("01" + GTIN_10G + "10" + "LOT42" + GS + "21" + "SN0001" + GS + "17" + "270600")
    assert scan.lot == "LOT42" and scan.serial == "SN0001"
    assert scan.expiry == date(2027, 6, 30)  # day 00 is the end of the month


def test_human_readable_form() -> None:
    scan = parse_scan(f"(01){GTIN_10G}(17)270131(10)AB12")
    assert (scan.gtin, scan.expiry, scan.lot) == (GTIN_10G, date(2027, 1, 31), "AB12")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Nothing was scanned"),
        ("hello", "not a GS1 code"),
        ("0109512345678902", "GTIN in this barcode is invalid"),
    ],
)
def test_bad_scans_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_scan(text)


def vial_fields(**overrides: object) -> dict[str, object]:
    fields: dict[str, object] = {
        "product_id": "privigen",
        "size_g": "10",
        "lot": " p100 234 ",
        "expiry": "2027-12-31",
        "today": TODAY,
    }
    fields.update(overrides)
    return fields


def test_a_good_vial_is_cleaned_and_recorded() -> None:
    vial = check_vial(plan(), [], **vial_fields())  # type: ignore[arg-type]
    assert vial.lot == "P100234" and vial.size_g == 10
    event = record_vial(vial, NOW)
    assert vials_recorded([event.payload]) == (vial,)


def test_expiry_today_is_usable_yesterday_is_not() -> None:
    assert check_vial(plan(), [], **vial_fields(expiry=TODAY))  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        check_vial(plan(), [], **vial_fields(expiry="2026-11-23"))  # type: ignore[arg-type]
    assert caught.value.errors["expiry"].startswith("This vial expired on 2026-11-23")


def test_another_product_is_refused_as_brand_mixing() -> None:
    with pytest.raises(ValidationError) as caught:
        check_vial(plan(), [], **vial_fields(product_id="gamunex-c"))  # type: ignore[arg-type]
    assert "brands are never mixed" in caught.value.errors["product_id"]


def test_a_known_gtin_sets_product_and_size_and_catches_the_wrong_product() -> None:
    scan = parse_scan("01" + GTIN_OTHER + "17" + "271231" + "10" + "G77")
    with pytest.raises(ValidationError) as caught:
        check_vial(
            plan(),
            [],
            **vial_fields(product_id="", lot=scan.lot, expiry=scan.expiry, gtin=scan.gtin),  # type: ignore[arg-type]
            known_gtins=KNOWN,
        )
    assert "the plan is Privigen 10%" in caught.value.errors["product_id"]
    good = parse_scan("01" + GTIN_10G + "17" + "271231" + "10" + "P9")
    vial = check_vial(
        plan(),
        [],
        **vial_fields(product_id="", size_g="", lot=good.lot, expiry=good.expiry, gtin=good.gtin, scanned=True),  # type: ignore[arg-type]
        known_gtins=KNOWN,
    )
    assert (vial.product_id, vial.size_g, vial.gtin, vial.scanned) == ("privigen", Decimal(10), GTIN_10G, True)


def test_sizes_totals_and_duplicate_serials() -> None:
    snapshot = plan()  # 50 g planned: 2 x 20 g + 1 x 10 g
    with pytest.raises(ValidationError, match="comes in 5 g, 10 g, 20 g, 40 g vials"):
        check_vial(snapshot, [], **vial_fields(size_g="2.5"))  # type: ignore[arg-type]
    recorded = [check_vial(snapshot, [], **vial_fields(size_g="20", serial="A1", gtin=GTIN_10G))]  # type: ignore[arg-type]
    recorded.append(check_vial(snapshot, recorded, **vial_fields(size_g="20")))  # type: ignore[arg-type]
    assert vials_blocker(snapshot, recorded) == "vials recorded: 40 g of 50 g"
    with pytest.raises(ValidationError, match="total would be 60 g; the plan uses 50 g"):
        check_vial(snapshot, recorded, **vial_fields(size_g="20"))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="serial A1"):
        check_vial(snapshot, recorded, **vial_fields(size_g="10", serial="A1", gtin=GTIN_10G))  # type: ignore[arg-type]
    recorded.append(check_vial(snapshot, recorded, **vial_fields(size_g="10")))  # type: ignore[arg-type]
    assert total_g(recorded) == 50 and vials_blocker(snapshot, recorded) is None


def test_missing_lot_and_expiry_are_named() -> None:
    with pytest.raises(ValidationError) as caught:
        check_vial(plan(), [], **vial_fields(lot="", expiry=""))  # type: ignore[arg-type]
    assert set(caught.value.errors) == {"lot", "expiry"}


def test_the_bundled_gtin_list_is_empty_and_the_loader_checks_entries() -> None:
    assert load_gtins(resources_dir() / "gtins.toml") == {}
    loaded = load_gtins(f'[[vial]]\ngtin = "{GTIN_10G}"\nproduct = "privigen"\nsize_g = 10\n')
    assert loaded[GTIN_10G].size_g == 10


# --- GTIN and serial typed from the label, and a vial used once ---------------------------------------------


def refused(**overrides: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        check_vial(plan(), [], **vial_fields(**overrides))  # type: ignore[arg-type]
    return caught.value.errors


def test_a_typed_gtin_and_serial_are_cleaned_and_checked() -> None:
    vial = check_vial(plan(), [], **vial_fields(gtin=" 0951 2345 678901 ", serial=" Ab-12/x "))  # type: ignore[arg-type]
    assert (vial.gtin, vial.serial) == (GTIN_10G, "Ab-12/x")  # serials keep their case
    # A GTIN-13 (or 12, or 8) is padded to the 14 digits of the element string.
    assert check_vial(plan(), [], **vial_fields(gtin="9512345678901")).gtin == GTIN_10G  # type: ignore[arg-type]
    assert refused(gtin="09512345678902") == {
        "gtin": "GTIN 09512345678902 has a wrong check digit: check the number on the label."
    }
    assert refused(gtin="0951234567890A") == {"gtin": "A GTIN is 14 digits, after (01) on the vial's label."}
    assert refused(gtin="123") == {"gtin": "A GTIN is 14 digits, after (01) on the vial's label."}
    assert refused(gtin=GTIN_10G, serial="S" * 21) == {"serial": "A serial number has at most 20 characters."}
    assert refused(gtin=GTIN_10G, serial="SN 01") == {
        "serial": "A serial number has no spaces: type it as printed after (21) on the label."
    }
    # A serial names a vial only with its GTIN.
    assert refused(serial="SN01") == {
        "gtin": "Give the GTIN with the serial: a serial number identifies a vial only with its GTIN."
    }


def test_the_same_gtin_and_serial_twice_in_one_session_is_refused_beside_the_serial() -> None:
    first = check_vial(plan(), [], **vial_fields(gtin=GTIN_10G, serial="SN01"))  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        check_vial(plan(), [first], **vial_fields(gtin=GTIN_10G, serial="SN01"))  # type: ignore[arg-type]
    assert caught.value.errors == {
        "serial": f"This vial (GTIN {GTIN_10G}, serial SN01) is already recorded in this session. A vial is used "
        "once: take another vial."
    }
    # The same serial under another GTIN is another vial.
    assert check_vial(plan(), [first], **vial_fields(gtin="09512345000016", serial="SN01"))  # type: ignore[arg-type]


def test_a_use_in_another_session_is_named_before_one_in_this_session() -> None:
    here = PriorUse(7, "Chair 1", NOW, same_patient=True)
    there = PriorUse(3, "Home", NOW, same_patient=False)
    refuse_reused_vial(GTIN_10G, "SN01", [], session_id=7)  # no earlier use: nothing to refuse
    refuse_reused_vial(GTIN_10G, None, [there], session_id=7)  # no serial: no vial identity to refuse
    times.use(times.Times.named("America/Los_Angeles"))  # the clinic's day: 07:30 UTC is the evening before there
    with pytest.raises(ValidationError) as caught:
        refuse_reused_vial(GTIN_10G, "SN01", [here, there], session_id=7)
    assert caught.value.errors["serial"] == (
        f"This vial (GTIN {GTIN_10G}, serial SN01) was already recorded in session 3 (Home, 2026-11-23), for another "
        "patient. A vial is used once: take another vial; if that entry was wrong, mark it entered in error there "
        "first."
    )
