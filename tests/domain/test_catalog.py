"""The bundled catalog: every US IVIG product of issue 11, each label row encoded faithfully, its labelled
indications, its at-risk statement, its vial sizes and dose limits, each with a source."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ivig_desktop.domain.catalog import (
    AsTolerated,
    Doubling,
    Increment,
    Indication,
    RateBound,
    RateList,
    default_catalog,
    load_catalog,
    parse_indication,
)
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.units import RateUnit
from ivig_desktop.paths import resources_dir

D = Decimal
ORIGINAL_IDS = [
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
ADDED_IDS = ["gammagard-sd", "yimmugo", "alyglo"]  # ivig-domain.md, Corrections (2026-12-01)


def test_every_product_of_the_issue_is_in_the_catalog() -> None:
    assert list(default_catalog().ids) == ORIGINAL_IDS + ADDED_IDS


def test_the_bundled_file_loads_from_a_path_and_from_text() -> None:
    path = resources_dir() / "products.toml"
    assert load_catalog(path) == load_catalog(path.read_text(encoding="utf-8"))


# One row per label row: product, indication, unit, start, start duration, rule kind, max (in the label's unit)
LABEL_ROWS = [
    ("gamunex-c", "PI", "mg/kg/min", "1", 30, "as_tolerated", "8"),
    ("gamunex-c", "ITP", "mg/kg/min", "1", 30, "as_tolerated", "8"),
    ("gamunex-c", "CIDP", "mg/kg/min", "2", 30, "as_tolerated", "8"),  # "the first 30 minutes": all indications
    ("gammaked", "CIDP", "mg/kg/min", "2", 30, "as_tolerated", "8"),
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
    ("panzyga", "ITP", "mg/kg/min", "1", 30, "as_tolerated", "8"),  # "the first 30 minutes": all indications
    ("panzyga", "CIDP", "mg/kg/min", "1", 30, "as_tolerated", "12"),
    ("bivigam", "PI", "mg/kg/min", "0.5", 10, "increment", "6"),
    ("asceniv", "PI", "mg/kg/min", "0.5", 15, "as_tolerated", "8"),
    ("carimune-nf", "PI", "mg/kg/min", "0.5", 30, "list", "3"),
    ("carimune-nf", "ITP", "mg/kg/min", "0.5", 30, "list", "3"),
    ("gammagard-sd", "CLL", "mL/kg/h", "0.5", None, "as_tolerated", "4"),
    ("yimmugo", "PI", "mg/kg/min", "0.5", 30, "as_tolerated", "4"),
    ("alyglo", "PI", "mg/kg/min", "0.5", 30, "as_tolerated", "4"),
]


@pytest.mark.parametrize(("product_id", "indication", "unit", "start", "duration", "kind", "maximum"), LABEL_ROWS)
def test_label_rows_are_encoded_faithfully(
    product_id: str, indication: str, unit: str, start: str, duration: int | None, kind: str, maximum: str
) -> None:
    match = default_catalog().get(product_id).protocol_for(Indication(indication))
    assert not match.fallback
    protocol = match.protocol
    assert protocol.unit == RateUnit(unit)
    assert protocol.start == D(start)
    assert protocol.start_duration_min == duration
    assert protocol.rule.kind == kind
    assert protocol.max == D(maximum)


def test_step_rules() -> None:
    catalog = default_catalog()
    gammaplex = catalog.get("gammaplex-10").protocol_for(Indication.PI).protocol
    assert gammaplex.rule == RateList(tuple(D(r) for r in ("0.005", "0.01", "0.02", "0.04", "0.06", "0.08")), 15, False)
    bivigam = catalog.get("bivigam").protocol_for(Indication.PI).protocol
    assert bivigam.rule == Increment(D("0.8"), 20)
    octagam = catalog.get("octagam-10").protocol_for(Indication.ITP).protocol
    assert octagam.rule == Doubling(30)
    panzyga = catalog.get("panzyga").protocol_for(Indication.PI).protocol
    assert panzyga.rule == AsTolerated(None, (15, 30))


def test_gammaplex_10_starts_every_infusion_at_the_fda_tables_rate() -> None:
    """The FDA table starts every infusion at 0.005 mL/kg/min; 0.01 for later infusions was the trial's protocol."""
    catalog = default_catalog()
    for indication in (Indication.PI, Indication.ITP):
        protocol = catalog.get("gammaplex-10").protocol_for(indication).protocol
        assert protocol.maintenance_start is None
        assert protocol.start == D("0.005") and protocol.start_duration_min == 15
    assert any("FDA label" in source for source in catalog.get("gammaplex-10").sources)


LABELLED = {
    "gamunex-c": "PI ITP CIDP",
    "gammaked": "PI ITP CIDP",
    "gammagard-liquid": "PI MMN CIDP",
    "privigen": "PI ITP CIDP",
    "octagam-5": "PI",
    "octagam-10": "ITP DM",
    "flebogamma-5-dif": "PI",
    "flebogamma-10-dif": "PI ITP",
    "gammaplex-5": "PI ITP",
    "gammaplex-10": "PI ITP",
    "panzyga": "PI ITP CIDP",
    "bivigam": "PI",
    "asceniv": "PI",
    "carimune-nf": "PI ITP",
    "gammagard-sd": "PI CLL ITP KD",
    "yimmugo": "PI",
    "alyglo": "PI",
}


def test_labelled_indications() -> None:
    for product in default_catalog():
        assert " ".join(i.value for i in product.indications) == LABELLED[product.id], product.id
        assert not product.on_label(Indication.GBS) and not product.on_label(Indication.OTHER)


# Item 1: the boxed warning of every product says "minimum infusion rate practicable"; some labels add a number.
LABEL_CEILINGS: dict[str, tuple[str, RateBound] | None] = {
    "gamunex-c": ("8", RateBound.BELOW),
    "gammaked": None,
    "gammagard-liquid": None,
    "privigen": None,
    "octagam-5": ("3.3", RateBound.BELOW),
    "octagam-10": ("3.3", RateBound.AT_MOST),
    "flebogamma-5-dif": None,
    "flebogamma-10-dif": None,
    "gammaplex-5": None,
    "gammaplex-10": None,
    "panzyga": ("3.3", RateBound.AT_MOST),
    "bivigam": None,  # the current boxed warning has no number (the older label's < 2 is gone)
    "asceniv": None,
    "carimune-nf": ("2", RateBound.BELOW),
    "gammagard-sd": None,
    "yimmugo": None,
    "alyglo": None,
}


@pytest.mark.parametrize("product_id", list(LABEL_CEILINGS))
def test_every_product_says_minimum_practicable_with_its_source(product_id: str) -> None:
    statement = default_catalog().get(product_id).at_risk
    assert statement is not None and statement.minimum_practicable and statement.source
    ceiling = LABEL_CEILINGS[product_id]
    if ceiling is None:
        assert statement.rate is None
    else:
        assert (statement.rate, statement.bound) == (D(ceiling[0]), ceiling[1])
    # confirmed from a stored copy of the product's own label, or of the class warning that names it
    assert statement.confirmed is (product_id not in ("yimmugo", "alyglo"))


def test_vial_sizes_are_confirmed_with_their_source() -> None:
    """A warning that is always there teaches nurses to ignore warnings: only the sizes that could not be
    confirmed are flagged."""
    catalog = default_catalog()
    flagged = {product.id for product in catalog if "vial_sizes_g" in product.unconfirmed_fields}
    assert flagged == {"carimune-nf", "gammagard-sd"}
    for product in catalog:
        assert product.vial_sizes_source, product.id
    assert catalog.get("yimmugo").vial_sizes_g == (D(5), D(10), D(20))
    assert catalog.get("alyglo").vial_sizes_g == (D(5), D(10), D(20))
    assert catalog.get("asceniv").vial_sizes_g == (D(5),)


def test_added_products() -> None:
    catalog = default_catalog()
    sd = catalog.get("gammagard-sd")
    assert sd.form == "lyophilised" and sd.concentration_choices_percent == (D(5), D(10))
    assert not sd.protocols[0].confirmed
    for product_id in ("yimmugo", "alyglo"):
        product = catalog.get(product_id)
        assert product.concentration_percent == 10
        assert not product.protocols[0].confirmed
        assert "placeholder" in product.protocols[0].unconfirmed_reason
        assert {"protocols", "indications"} <= set(product.unconfirmed_fields)


def test_carimune_first_infusion_rule() -> None:
    rule = default_catalog().get("carimune-nf").first_infusion
    assert rule is not None
    assert rule.max_concentration_percent == 3 and rule.indications == (Indication.PI,)
    assert "3%" in rule.text and rule.source


def test_dose_limits_by_indication_with_sources() -> None:
    catalog = default_catalog()
    defaults = {i.value: limit for limit in catalog.dose_limits for i in limit.indications}
    assert set(defaults) == {"PI", "ITP", "CIDP", "KD", "GBS", "MMN", "DM"}
    assert (defaults["MMN"].max_course_g_per_kg, defaults["MMN"].period) == (D("2.4"), "per month, in divided doses")
    assert (defaults["ITP"].max_day_g_per_kg, defaults["ITP"].max_course_g_per_kg) == (D(1), D(2))
    gammagard = catalog.get("gammagard-liquid")
    mmn = catalog.dose_limit(gammagard, Indication.MMN)
    assert mmn is not None and mmn in gammagard.dose_limits and mmn.max_course_g_per_kg == D("2.4")
    # a product without its own row falls back to the indication's default
    assert catalog.dose_limit(catalog.get("privigen"), Indication.PI) is defaults["PI"]
    assert catalog.dose_limit(catalog.get("privigen"), Indication.OTHER) is None
    for limit in (*catalog.dose_limits, *(row for product in catalog for row in product.dose_limits)):
        assert limit.source and limit.text


def test_unconfirmed_values_are_marked() -> None:
    catalog = default_catalog()
    gammaked = catalog.get("gammaked")
    assert gammaked.same_as == "gamunex-c"
    assert all(not protocol.confirmed for protocol in gammaked.protocols)
    assert "protocols" in gammaked.unconfirmed_fields
    for product in catalog:
        assert product.sources


def test_notes() -> None:
    catalog = default_catalog()

    def confirmed_notes(product_id: str) -> str:
        return " ".join(note.text for note in catalog.get(product_id).notes if note.confirmed)

    assert "D5W" in confirmed_notes("gamunex-c")
    assert "GDH-PQQ" in confirmed_notes("octagam-5")
    assert "sorbitol" in confirmed_notes("flebogamma-5-dif")
    assert "sorbitol" in confirmed_notes("flebogamma-10-dif")
    assert "IgA less than 1" in confirmed_notes("gammagard-sd")


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
        carimune.concentration_for(D(5))
    assert carimune.concentration_for(D(6)) == 6
    privigen = default_catalog().get("privigen")
    assert privigen.concentration_for(None) == 10
    with pytest.raises(ValidationError, match="10% only"):
        privigen.concentration_for(D(5))


def test_unknown_product_and_indication_name_the_choices() -> None:
    with pytest.raises(ValidationError, match="Valid products: gamunex-c, gammaked"):
        default_catalog().get("nope")
    with pytest.raises(ValidationError, match="Valid indications: PI, ITP, CIDP, MMN, DM, KD, GBS, CLL, OTHER"):
        parse_indication("XYZ")
    assert parse_indication(" cidp ") is Indication.CIDP
