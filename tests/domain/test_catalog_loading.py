"""Loading and validating the TOML resources: every problem named with its file, product and field; the ladders;
the clinic policy (pump, chair time, at-risk rule, monitoring)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from ivig_desktop.domain.catalog import (
    CatalogError,
    Indication,
    default_clinic_policy,
    default_ladders,
    load_catalog,
    load_clinic_policy,
    load_ladders,
)
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.policy import PerKgWeight, VialRounding
from ivig_desktop.paths import resources_dir

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


LABELLED_ROWS = """
indications = ["PI", "ITP"]
vial_sizes_source = "example.org/how-supplied"

[products.first_infusion]
max_concentration_percent = 10
indications = ["PI"]
text = "first infusion at most 10%"
source = "example.org/label"

[[products.dose_limits]]
indications = ["PI"]
max_day_g_per_kg = 0.8
max_course_g_per_kg = 0.8
min_course_g_per_kg = 0.3
period = "every 3-4 weeks"
text = "PI 300-800 mg/kg"
source = "example.org/label"
"""


def labelled() -> str:
    """MINIMAL with the product-level fields of issue 11 (inserted before its first protocol)."""
    return MINIMAL.replace("\n[[products.protocols]]", LABELLED_ROWS + "\n[[products.protocols]]", 1)


def test_labelled_indications_dose_limits_and_first_infusion_load() -> None:
    product = load_catalog(labelled()).get("test-ig")
    assert product.indications == (Indication.PI, Indication.ITP)
    assert product.vial_sizes_source == "example.org/how-supplied"
    assert product.dose_limits[0].max_course_g_per_kg == Decimal("0.8")
    assert product.first_infusion is not None and product.first_infusion.max_concentration_percent == 10
    # without an `indications` list, the protocols' indications are the labelled ones (older catalogs)
    assert load_catalog(MINIMAL).get("test-ig").indications == (Indication.PI,)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('indications = ["PI", "ITP"]', 'indications = ["ITP"]', "PI has a protocol but is not listed as labelled"),
        ('indications = ["PI", "ITP"]', 'indications = ["PI", "PI"]', "PI is listed twice"),
        ("max_day_g_per_kg = 0.8", "max_day_g_per_kg = 1", "must not be above max_course_g_per_kg"),
        ("min_course_g_per_kg = 0.3", "min_course_g_per_kg = 1", "min_course_g_per_kg"),
        ('period = "every 3-4 weeks"', "", "field 'period'"),
        ('text = "PI 300-800 mg/kg"\nsource = "example.org/label"', 'text = "PI 300-800 mg/kg"', "field 'source'"),
        ("max_concentration_percent = 10", "max_concentration_percent = 6", "the product's concentration choices"),
    ],
)
def test_issue_11_fields_are_validated(old: str, new: str, message: str) -> None:
    text = labelled()
    if "max_concentration_percent" in old:  # a liquid product: its one concentration is the only choice
        text = text.replace("concentration_percent = 10\n", "concentration_choices_percent = [3, 12]\n", 1)
    with pytest.raises(CatalogError) as caught:
        assert old in text
        load_catalog(text.replace(old, new, 1))
    assert message in str(caught.value)


def test_catalog_default_dose_limits() -> None:
    text = MINIMAL + (
        '\n[[dose_limits]]\nindications = ["GBS"]\nmax_day_g_per_kg = 0.4\nmax_course_g_per_kg = 2\n'
        'period = "per course"\ntext = "GBS 0.4 g/kg/day x 5"\nsource = "ivig-domain.md, Dosing"\n'
    )
    catalog = load_catalog(text)
    product = catalog.get("test-ig")
    limit = catalog.dose_limit(product, Indication.GBS)
    assert limit is not None and limit.max_day_g_per_kg == Decimal("0.4")
    with pytest.raises(CatalogError, match="GBS already has a dose limit"):
        load_catalog(text + text[text.index("\n[[dose_limits]]") :])


def test_clinic_pump_and_chair_sections() -> None:
    bundled = load_clinic_policy(resources_dir() / "clinic.toml")
    assert bundled.pump.max_ml_per_h == Decimal("999.9") and "set your model" in bundled.pump.name
    assert bundled.max_chair_minutes == 480 and bundled.max_split_days == 5
    custom = load_clinic_policy(
        '[pump]\nname = "Pump Q"\nmax_ml_per_h = 500\nresolution_ml_per_h = 1\n[chair]\nmax_hours = 7.5\n'
        "max_split_days = 3\n"
    )
    assert (custom.pump.name, custom.pump.max_ml_per_h, custom.rounding.pump_resolution_ml_per_h) == (
        "Pump Q",
        Decimal(500),
        Decimal(1),
    )
    assert custom.max_chair_minutes == 450 and custom.max_split_days == 3
    assert 'minimum_practicable_mg_per_kg_min = "label_start"' in bundled.minimum_practicable_rule


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[pump]\nmax_ml_per_h = 500.5\nresolution_ml_per_h = 1\n", "must be a multiple of the resolution"),
        ("[pump]\nmax_ml_per_h = 0\n", "[pump], field 'max_ml_per_h'"),
        ('[pump]\nname = ""\n', "[pump], field 'name'"),
        ("[chair]\nmax_hours = 7.505\n", "whole number of minutes"),
        ("[chair]\nmax_split_days = 0\n", "[chair], field 'max_split_days'"),
    ],
)
def test_clinic_pump_and_chair_problems(text: str, message: str) -> None:
    with pytest.raises(CatalogError) as caught:
        load_clinic_policy(text)
    assert message in str(caught.value)
