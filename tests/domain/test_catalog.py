"""The bundled catalog, ladders and clinic policy, and the validation of their TOML."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from ivig_desktop.domain.catalog import (
    AsTolerated,
    CatalogError,
    Doubling,
    Increment,
    Indication,
    RateBound,
    RateList,
    default_catalog,
    default_clinic_policy,
    default_ladders,
    load_catalog,
    load_clinic_policy,
    load_ladders,
    parse_indication,
)
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.policy import PerKgWeight, VialRounding
from ivig_desktop.domain.units import RateUnit
from ivig_desktop.paths import resources_dir

PRODUCT_IDS = [
    "gamunex-c",
    "gammaked",
    "gammagard-liquid",
    "privigen",
    "octagam-5",
    "octagam-10",
    "flebogamma-5-dif",
    "flebogamma-10-dif",
    "gammaplex-5",
    "gammaplex-10",
    "panzyga",
    "bivigam",
    "asceniv",
    "carimune-nf",
]

MINIMAL = """
[[products]]
id = "test-ig"
name = "Test IG"
concentration_percent = 10
form = "liquid"
vial_sizes_g = [5, 10]
general_indication = "PI"
sources = ["example.org/label"]
verified_on = 2026-11-23

[[products.protocols]]
indications = ["PI"]
label_text = "Test | PI | 0.5 | as tolerated | 8"
unit = "mg/kg/min"
start = 0.5
max = 8
rule = { kind = "as_tolerated" }
"""


def test_every_product_of_the_issue_is_in_the_catalog() -> None:
    assert list(default_catalog().ids) == PRODUCT_IDS


def test_the_bundled_file_loads_from_a_path_and_from_text() -> None:
    path = resources_dir() / "products.toml"
    assert load_catalog(path) == load_catalog(path.read_text(encoding="utf-8"))


# One row per line of the reference table (ivig-domain.md, "Label rate protocols"):
# product, indication, unit, start, start duration, rule kind, max (in the label's unit)
REFERENCE_ROWS = [
    ("gamunex-c", "PI", "mg/kg/min", "1", 30, "as_tolerated", "8"),
    ("gamunex-c", "ITP", "mg/kg/min", "1", 30, "as_tolerated", "8"),
    ("gamunex-c", "CIDP", "mg/kg/min", "2", None, "as_tolerated", "8"),
    ("gammagard-liquid", "PI", "mL/kg/h", "0.5", 30, "as_tolerated", "5"),
    ("gammagard-liquid", "MMN", "mL/kg/h", "0.5", None, "as_tolerated", "5.4"),
    ("gammagard-liquid", "CIDP", "mL/kg/h", "0.5", None, "as_tolerated", "5.4"),
    ("privigen", "PI", "mg/kg/min", "0.5", None, "as_tolerated", "8"),
    ("privigen", "CIDP", "mg/kg/min", "0.5", None, "as_tolerated", "8"),
    ("privigen", "ITP", "mg/kg/min", "0.5", None, "as_tolerated", "4"),
    ("octagam-5", "PI", "mg/kg/h", "30", 30, "list", "200"),
    ("octagam-10", "ITP", "mg/kg/min", "1", 30, "doubling", "12"),
    ("octagam-10", "DM", "mg/kg/min", "1", None, "as_tolerated", "4"),
    ("flebogamma-5-dif", "PI", "mg/kg/min", "0.5", None, "as_tolerated", "5"),
    ("flebogamma-10-dif", "PI", "mg/kg/min", "1", None, "as_tolerated", "8"),
    ("flebogamma-10-dif", "ITP", "mg/kg/min", "1", None, "as_tolerated", "8"),
    ("gammaplex-5", "PI", "mg/kg/min", "0.5", 15, "as_tolerated", "4"),
    ("gammaplex-5", "ITP", "mg/kg/min", "0.5", 15, "as_tolerated", "4"),
    ("gammaplex-10", "PI", "mL/kg/min", "0.005", 15, "list", "0.08"),
    ("gammaplex-10", "ITP", "mL/kg/min", "0.005", 15, "list", "0.08"),
    ("panzyga", "PI", "mg/kg/min", "1", 30, "as_tolerated", "14"),
    ("panzyga", "ITP", "mg/kg/min", "1", None, "as_tolerated", "8"),
    ("panzyga", "CIDP", "mg/kg/min", "1", None, "as_tolerated", "12"),
    ("bivigam", "PI", "mg/kg/min", "0.5", 10, "increment", "6"),
    ("asceniv", "PI", "mg/kg/min", "0.5", 15, "as_tolerated", "8"),
    ("carimune-nf", "PI", "mg/kg/min", "0.5", 30, "list", "3"),
    ("carimune-nf", "ITP", "mg/kg/min", "0.5", 30, "list", "3"),
]


@pytest.mark.parametrize(("product_id", "indication", "unit", "start", "duration", "kind", "maximum"), REFERENCE_ROWS)
def test_reference_rows_are_encoded_faithfully(
    product_id: str, indication: str, unit: str, start: str, duration: int | None, kind: str, maximum: str
) -> None:
    match = default_catalog().get(product_id).protocol_for(Indication(indication))
    assert not match.fallback
    protocol = match.protocol
    assert protocol.unit == RateUnit(unit)
    assert protocol.start == Decimal(start)
    assert protocol.start_duration_min == duration
    assert protocol.rule.kind == kind
    assert protocol.max == Decimal(maximum)


def test_step_rules_of_the_issue() -> None:
    catalog = default_catalog()
    gammaplex = catalog.get("gammaplex-10").protocol_for(Indication.PI).protocol
    assert gammaplex.rule == RateList(
        tuple(Decimal(r) for r in ("0.005", "0.01", "0.02", "0.04", "0.06", "0.08")), 15, False
    )
    assert gammaplex.maintenance_start == Decimal("0.01")
    bivigam = catalog.get("bivigam").protocol_for(Indication.PI).protocol
    assert bivigam.rule == Increment(Decimal("0.8"), 20)
    octagam = catalog.get("octagam-10").protocol_for(Indication.ITP).protocol
    assert octagam.rule == Doubling(30)
    panzyga = catalog.get("panzyga").protocol_for(Indication.PI).protocol
    assert panzyga.rule == AsTolerated(None, (15, 30))


def test_at_risk_statements() -> None:
    catalog = default_catalog()
    gamunex = catalog.get("gamunex-c").at_risk
    assert gamunex is not None and gamunex.minimum_practicable and gamunex.rate == 8
    assert gamunex.bound is RateBound.BELOW
    octagam = catalog.get("octagam-10").at_risk
    assert octagam is not None and octagam.rate == Decimal("3.3") and octagam.bound is RateBound.AT_MOST
    bivigam = catalog.get("bivigam").at_risk
    assert bivigam is not None and bivigam.rate == 2 and bivigam.bound is RateBound.BELOW
    gammagard = catalog.get("gammagard-liquid").at_risk
    assert gammagard is not None and not gammagard.confirmed
    assert catalog.get("flebogamma-10-dif").at_risk is None
    assert catalog.get("gammaplex-10").at_risk is None


def test_unconfirmed_values_are_marked() -> None:
    catalog = default_catalog()
    gammaked = catalog.get("gammaked")
    assert gammaked.same_as == "gamunex-c"
    assert all(not protocol.confirmed for protocol in gammaked.protocols)
    assert "protocols" in gammaked.unconfirmed_fields
    assert "at_risk" in catalog.get("gammagard-liquid").unconfirmed_fields
    for product in catalog:
        assert "vial_sizes_g" in product.unconfirmed_fields  # the reference gives no per-product sizes
        assert product.verified_on == dt.date(2026, 11, 23)
        assert product.sources


def test_notes_from_the_reference() -> None:
    catalog = default_catalog()

    def confirmed_notes(product_id: str) -> str:
        return " ".join(note.text for note in catalog.get(product_id).notes if note.confirmed)

    assert "D5W" in confirmed_notes("gamunex-c")
    assert "GDH-PQQ" in confirmed_notes("octagam-5")
    assert "sorbitol" in confirmed_notes("flebogamma-5-dif")
    assert "sorbitol" in confirmed_notes("flebogamma-10-dif")


def test_general_protocol_fallback() -> None:
    catalog = default_catalog()
    match = catalog.get("privigen").protocol_for(Indication.KD)
    assert match.fallback and Indication.PI in match.protocol.indications
    octagam = catalog.get("octagam-10").protocol_for(Indication.PI)
    assert octagam.fallback and octagam.protocol.indications == (Indication.ITP,)


def test_lyophilised_product_needs_a_concentration() -> None:
    carimune = default_catalog().get("carimune-nf")
    assert carimune.concentration_percent is None
    with pytest.raises(ValidationError, match="choose its concentration, one of 3, 6, 9, 12"):
        carimune.concentration_for(None)
    with pytest.raises(ValidationError, match="one of 3, 6, 9, 12"):
        carimune.concentration_for(Decimal(5))
    assert carimune.concentration_for(Decimal(6)) == 6
    privigen = default_catalog().get("privigen")
    assert privigen.concentration_for(None) == 10
    with pytest.raises(ValidationError, match="10% only"):
        privigen.concentration_for(Decimal(5))


def test_unknown_product_and_indication_name_the_choices() -> None:
    with pytest.raises(ValidationError, match="Valid products: gamunex-c, gammaked"):
        default_catalog().get("nope")
    with pytest.raises(ValidationError, match="Valid indications: PI, ITP, CIDP, MMN, DM, KD, GBS, OTHER"):
        parse_indication("XYZ")
    assert parse_indication(" cidp ") is Indication.CIDP


def test_minimal_catalog_text_loads() -> None:
    catalog = load_catalog(MINIMAL)
    product = catalog.get("test-ig")
    assert product.protocols[0].start_mg_per_kg_min(Decimal(10)) == Fraction(1, 2)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("concentration_percent = 10", 'concentration_percent = "ten"', "field 'concentration_percent'"),
        ("max = 8", "max = 0.1", "field 'max': must not be below the start rate"),
        ('kind = "as_tolerated"', 'kind = "sometimes"', "field 'rule.kind'"),
        ('indications = ["PI"]', 'indications = ["XX"]', "field 'indications[0]'"),
        ("verified_on = 2026-11-23", 'verified_on = "yesterday"', "field 'verified_on'"),
        ('unit = "mg/kg/min"', 'unit = "drops/min"', "field 'unit'"),
        ('general_indication = "PI"', 'general_indication = "CIDP"', "CIDP has no protocol"),
        ("vial_sizes_g = [5, 10]", "vial_sizes_g = [5, 5]", "must not repeat"),
        ('form = "liquid"', 'form = "liquid"\ncolour = "blue"', "field 'colour': unknown field"),
        ("max = 8", "max = 80", "implausibly high"),
    ],
)
def test_catalog_problems_name_product_and_field(old: str, new: str, message: str) -> None:
    with pytest.raises(CatalogError) as caught:
        load_catalog(MINIMAL.replace(old, new, 1))
    text = str(caught.value)
    assert "product 'test-ig'" in text
    assert message in text


def test_every_problem_is_reported_at_once() -> None:
    broken = MINIMAL.replace("concentration_percent = 10", "concentration_percent = -1").replace(
        "vial_sizes_g = [5, 10]", "vial_sizes_g = []"
    )
    with pytest.raises(CatalogError) as caught:
        load_catalog(broken)
    assert len(caught.value.problems) == 2


def test_list_rule_is_checked() -> None:
    text = MINIMAL.replace(
        'rule = { kind = "as_tolerated" }', 'rule = { kind = "list", rates = [0.5, 2, 1], interval_min = 15 }'
    )
    with pytest.raises(CatalogError, match="must increase"):
        load_catalog(text)


def test_duplicate_ids_and_bad_toml() -> None:
    with pytest.raises(CatalogError, match="duplicate product id"):
        load_catalog(MINIMAL + MINIMAL)
    with pytest.raises(CatalogError, match="not valid TOML"):
        load_catalog("[[products]\n")
    with pytest.raises(CatalogError, match="at least one"):
        load_catalog("")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="cannot be read"):
        load_catalog(tmp_path / "missing.toml")


def test_ladders() -> None:
    ladders = default_ladders()
    assert ladders.ids == ("home-30-60-90", "home-20-40-60-80")
    first = ladders.get("home-30-60-90")
    assert first.rates_ml_per_h == tuple(Decimal(r) for r in (30, 60, 90, 120))
    assert first.interval_min == 30
    with pytest.raises(ValidationError, match="Valid ladders: home-30-60-90, home-20-40-60-80"):
        ladders.get("fast")
    with pytest.raises(CatalogError, match="ladder 'x', field 'rates_ml_per_h': must increase"):
        load_ladders('[[ladders]]\nid = "x"\nname = "X"\nrates_ml_per_h = [60, 30]\ninterval_min = 30\nsource = "s"\n')


def test_clinic_policy_defaults_and_overrides() -> None:
    policy = default_clinic_policy()
    assert policy.escalation_factor == 2
    assert policy.escalation_interval_min == 30
    assert policy.rounding.pump_resolution_ml_per_h == Decimal("0.1")
    assert policy.vial_rounding is VialRounding.NOT_BELOW
    assert policy.per_kg_weight is PerKgWeight.ACTUAL
    assert policy.at_risk_minimum_practicable_mg_per_kg_min is None
    assert policy.long_gap_weeks == 8
    custom = load_clinic_policy(
        '[pump]\nresolution_ml_per_h = 1\n[vials]\nrounding = "nearest_5g"\n'
        '[at_risk]\nminimum_practicable_mg_per_kg_min = 0.5\n[rates]\nper_kg_weight = "dosing"\n'
    )
    assert custom.rounding.pump_resolution_ml_per_h == 1
    assert custom.vial_rounding is VialRounding.NEAREST_5G
    assert custom.at_risk_minimum_practicable_mg_per_kg_min == Decimal("0.5")
    assert custom.per_kg_weight is PerKgWeight.DOSING
    assert load_clinic_policy("") == load_clinic_policy("").__class__(source="clinic policy (clinic.toml)")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[escalation]\nfactor = 1\n", "[escalation], field 'factor': must be greater than 1"),
        ("[pump]\nresolution_ml_per_h = 0\n", "[pump], field 'resolution_ml_per_h'"),
        ('[vials]\nrounding = "up"\n', "must be one of not_below, nearest_5g"),
        ("[infusion]\nlong_gap_weeks = 0\n", "[infusion], field 'long_gap_weeks'"),
        ("[pumps]\n", "field 'pumps': unknown field"),
    ],
)
def test_clinic_policy_problems(text: str, message: str) -> None:
    with pytest.raises(CatalogError) as caught:
        load_clinic_policy(text)
    assert message in str(caught.value)


def test_clinic_policy_monitoring_and_double_check_sections() -> None:
    from ivig_desktop.domain.catalog import load_clinic_policy
    from ivig_desktop.domain.policy import DoubleCheckRule

    bundled = load_clinic_policy(resources_dir() / "clinic.toml")
    assert bundled.monitoring.premed_wait_min == 30
    assert bundled.monitoring.observation_first_infusion_min == 60
    assert bundled.double_check is DoubleCheckRule.EITHER
    custom = load_clinic_policy("[monitoring]\nobservation_min = 45\n[checkin]\ndouble_check = 'second_nurse'\n")
    assert custom.monitoring.observation_min == 45 and custom.monitoring.premed_wait_min == 30
    assert custom.double_check is DoubleCheckRule.SECOND_NURSE
    with pytest.raises(CatalogError, match="premed_wait_min"):
        load_clinic_policy("[monitoring]\npremed_wait_min = 0\n")
    with pytest.raises(CatalogError, match="double_check"):
        load_clinic_policy("[checkin]\ndouble_check = 'nobody'\n")
