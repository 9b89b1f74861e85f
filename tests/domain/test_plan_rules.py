"""The plan's rules: at-risk caps, start rules, personal plans, limits, ladders, clinic policy, vials, inputs and
the working behind every number."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivig_desktop.domain.body import DosingWeightMethod, Sex
from ivig_desktop.domain.catalog import Indication, load_catalog
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.plan import (
    InfusionKind,
    LimitExceededError,
    PersonalPlan,
    PlanRequest,
    StepOrigin,
    choose_vials,
    make_plan,
)
from ivig_desktop.domain.policy import ClinicPolicy, PerKgWeight, VialRounding
from ivig_desktop.domain.units import RoundingPolicy
from tests.domain.plan_helpers import plan_for, schedule

D = Decimal
MINIMAL_PRODUCT = """
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


# --- start rules, personal plans, limits ---------------------------------------------------------------


def test_a_labelled_indication_without_its_own_row_uses_the_general_protocol_and_says_so() -> None:
    catalog = load_catalog(
        MINIMAL_PRODUCT.replace('general_indication = "PI"', 'general_indication = "PI"\nindications = ["PI", "KD"]')
    )
    plan = make_plan(PlanRequest("test-ig", Indication.KD, D(70)), catalog=catalog)
    assert plan.protocol_fallback and plan.off_label is None
    assert schedule(plan)[-1] == (120, "336.0")  # the PI maximum, 8 mg/kg/min
    assert any("no label protocol for KD" in warning for warning in plan.warnings)


def test_a_labels_maintenance_start_is_used_for_maintenance_infusions() -> None:
    """A label that gives a start for later infusions (none of the bundled ones does since Gammaplex 10%'s trial
    protocol was taken out): maintenance within 8 weeks starts there, 1 x 0.6 x 70 = 42 mL/h."""
    text = MINIMAL_PRODUCT.replace(
        "max = 8\n", 'max = 8\nmaintenance_start = 1\nmaintenance_start_note = "label: later infusions"\n', 1
    )
    request = PlanRequest("test-ig", Indication.PI, D(70), infusion=InfusionKind.MAINTENANCE, weeks_since_last=D(4))
    plan = make_plan(request, catalog=load_catalog(text))
    assert schedule(plan)[0] == (0, "42.0")
    assert "maintenance start" in plan.start_rule


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ({"weeks_since_last": D(9)}, "9 weeks since the last infusion"),
        ({"weeks_since_last": D(2), "previous_product_id": "privigen"}, "product switch (from privigen)"),
    ],
)
def test_long_gap_or_switch_restarts_at_the_lowest_rate(options: dict[str, object], reason: str) -> None:
    plan = plan_for("gammaplex-10", "PI", "70", infusion=InfusionKind.MAINTENANCE, **options)
    assert schedule(plan)[0] == (0, "21.0")
    assert reason in plan.start_rule


def test_personal_plan_start_and_maximum() -> None:
    """Privigen PI, personal start 2 and maximum 4 mg/kg/min: 2 x 0.6 x 70 = 84 mL/h, then 168 mL/h held."""
    personal = PersonalPlan(D(2), D(4), "infusions of 2026-09 and 2026-10")
    plan = plan_for("privigen", "PI", "70", infusion=InfusionKind.MAINTENANCE, weeks_since_last=D(4), personal=personal)
    assert schedule(plan) == [(0, "84.0"), (30, "168.0")]
    assert plan.steps[0].origin is StepOrigin.PERSONAL
    assert plan.steps[-1].capped_by == "personal maximum"
    assert [(limit.kind.value, limit.origin.value) for limit in plan.limits] == [
        ("hard", "label"),
        ("hard", "pump"),
        ("soft", "personal"),
    ]


def test_personal_start_between_label_steps_keeps_that_steps_time() -> None:
    personal = PersonalPlan(D(3), None)
    plan = plan_for("privigen", "PI", "70", infusion=InfusionKind.MAINTENANCE, weeks_since_last=D(3), personal=personal)
    assert schedule(plan) == [(0, "126.0"), (30, "168.0"), (60, "336.0")]


def test_first_infusion_ignores_the_personal_start() -> None:
    plan = plan_for("privigen", "PI", "70", personal=PersonalPlan(D(2), None))
    assert schedule(plan)[0] == (0, "21.0")
    assert any("personal start step is not used" in warning for warning in plan.warnings)


def test_personal_rates_above_the_label_maximum_are_refused() -> None:
    with pytest.raises(LimitExceededError, match="label maximum 4 mg/kg/min"):
        plan_for("privigen", "ITP", "70", personal=PersonalPlan(D(5), D(5)), infusion=InfusionKind.MAINTENANCE)


def test_a_personal_maximum_above_todays_at_risk_cap_gives_way_to_the_cap() -> None:
    """A risk found at this visit caps the rate below the patient's usual maximum: the cap governs today."""
    plan = plan_for("octagam-10", "ITP", "70", at_risk=True, personal=PersonalPlan(None, D(8)))
    assert plan.hard_limit.name == "at-risk cap"
    assert all(step.exact_mg_per_kg_min <= Fraction(33, 10) for step in plan.steps)
    assert any("personal maximum (8 mg/kg/min) is above today's at-risk cap" in w for w in plan.warnings)


def test_requested_maximum_above_the_label_is_refused() -> None:
    with pytest.raises(LimitExceededError, match="Refused: the requested maximum 9 mg/kg/min"):
        plan_for("privigen", "PI", "70", requested_max_rate_mg_per_kg_min=D(9))
    with pytest.raises(LimitExceededError, match=r"Use a rate at most 0\.5 mg/kg/min"):
        plan_for("bivigam", "PI", "70", at_risk=True, requested_max_rate_mg_per_kg_min=D(1))


def test_above_the_personal_maximum_needs_a_reason_and_is_recorded() -> None:
    personal = PersonalPlan(None, D(2))
    with pytest.raises(LimitExceededError) as caught:
        plan_for("privigen", "PI", "70", personal=personal, requested_max_rate_mg_per_kg_min=D(4))
    assert set(caught.value.errors) == {"override_reason"}
    plan = plan_for(
        "privigen",
        "PI",
        "70",
        personal=personal,
        requested_max_rate_mg_per_kg_min=D(4),
        override_reason="tolerated 4 mg/kg/min at the other clinic",
    )
    assert schedule(plan) == [(0, "21.0"), (30, "42.0"), (60, "84.0"), (90, "168.0")]
    assert len(plan.overrides) == 1
    assert plan.overrides[0].reason == "tolerated 4 mg/kg/min at the other clinic"
    assert plan.to_dict()["overrides"] == [
        {
            "field": "max_mg_per_kg_min",
            "limit": "personal maximum",
            "limit_mg_per_kg_min": D(2),
            "requested_mg_per_kg_min": D(4),
            "reason": "tolerated 4 mg/kg/min at the other clinic",
        }
    ]


# --- policy, vials, inputs ------------------------------------------------------------------------------


def test_per_kg_rates_can_use_the_dosing_weight() -> None:
    """120 kg, 165 cm, F: adjusted weight 82.146 kg; Privigen 0.5 x 0.6 x 82.146 = 24.64 -> 24.6 mL/h."""
    policy = ClinicPolicy(per_kg_weight=PerKgWeight.DOSING)
    request = PlanRequest("privigen", Indication.PI, D(120), D(165), Sex.F, DosingWeightMethod.AUTO)
    plan = make_plan(request, policy=policy)
    assert plan.steps[0].rate_ml_per_h == D("24.6")
    assert "dosing weight (adjusted)" in plan.steps[0].working.text
    assert make_plan(request).steps[0].rate_ml_per_h == 36  # actual weight by default: 0.3 x 120


def test_pump_resolution_is_a_policy() -> None:
    policy = ClinicPolicy(rounding=RoundingPolicy(pump_resolution_ml_per_h=D(1)))
    plan = make_plan(PlanRequest("gammagard-liquid", Indication.PI, D("72.5")), policy=policy)
    assert schedule(plan)[:2] == [(0, "36"), (30, "73")]  # 36.25 -> 36; 72.5 -> 73 (half-up)


def test_vials_not_below() -> None:
    sizes = (D(5), D(10), D(20))
    result = choose_vials(Fraction(31), sizes, VialRounding.NOT_BELOW, RoundingPolicy())
    assert result.total_g == 35
    assert result.vials == ((D(20), 1), (D(10), 1), (D(5), 1))
    # a tie on the total is broken by the fewest vials: 40 g = 2 x 20 rather than 4 x 10
    assert choose_vials(Fraction(40), sizes, VialRounding.NOT_BELOW, RoundingPolicy()).vial_count == 2


def test_vials_nearest_5g() -> None:
    sizes = (D(1), D("2.5"), D(5), D(10), D(20))
    policy = RoundingPolicy()
    assert choose_vials(Fraction(29), sizes, VialRounding.NEAREST_5G, policy).total_g == 30
    assert choose_vials(Fraction(27), sizes, VialRounding.NEAREST_5G, policy).total_g == 25  # rounds down
    assert choose_vials(Fraction("27.5"), sizes, VialRounding.NEAREST_5G, policy).total_g == 30  # half-up
    # 2 g rounds to 0 g: fall back to the smallest total not below the order
    assert choose_vials(Fraction(2), sizes, VialRounding.NEAREST_5G, policy).total_g == 2
    # 25 g cannot be made from 3/6/12 g vials: the smallest total above it, 27 g
    carimune = (D(3), D(6), D(12))
    assert choose_vials(Fraction(24), carimune, VialRounding.NEAREST_5G, policy).total_g == 27


@settings(deadline=None)
@given(
    ordered=st.fractions(min_value=Fraction(1, 10), max_value=Fraction(700), max_denominator=100),
    sizes=st.lists(st.sampled_from([D("0.5"), D(1), D("2.5"), D(3), D(5), D(10), D(20)]), min_size=1, unique=True),
)
def test_vials_are_never_below_the_order_and_minimal(ordered: Fraction, sizes: list[Decimal]) -> None:
    result = choose_vials(ordered, tuple(sizes), VialRounding.NOT_BELOW, RoundingPolicy())
    assert result.total_g >= ordered
    assert sum(Fraction(size) * count for size, count in result.vials) == result.total_g
    assert result.total_g - ordered < Fraction(max(sizes))  # no whole vial could be left out


def test_carimune_needs_its_concentration() -> None:
    with pytest.raises(ValidationError) as caught:
        plan_for("carimune-nf", "PI", "50")
    assert set(caught.value.errors) == {"concentration_percent"}


def test_bad_inputs_are_collected_per_field() -> None:
    with pytest.raises(ValidationError) as caught:
        make_plan(
            PlanRequest(
                "nope",
                Indication.PI,
                D(400),
                height_cm=D(20),
                ladder_id="fast",
                dose_g_per_kg=D(5),
            )
        )
    assert set(caught.value.errors) == {"product", "weight_kg", "height_cm", "ladder", "dose_g_per_kg"}
    assert "between 2 and 350 kg" in caught.value.errors["weight_kg"]


def test_ideal_weight_needs_height() -> None:
    with pytest.raises(ValidationError, match="Height"):
        plan_for("privigen", "PI", "70", dosing_weight_method=DosingWeightMethod.IDEAL)


def test_every_number_has_its_working() -> None:
    plan = plan_for("privigen", "PI", "70", dose_g_per_kg=D("0.5"), at_risk=True)
    data = plan.to_dict()
    working = data["working"]
    assert isinstance(working, dict)
    assert set(working) == {
        "dosing_weight_kg",
        "max_ml_per_h",
        "dose_limit",
        "split",
        "dose_g",
        "vials",
        "volume_ml",
        "estimated_minutes",
    }
    steps = data["steps"]
    assert isinstance(steps, list)
    for step in steps:
        assert step["working"]["source"]
        assert step["working"]["arithmetic"]
    limits = data["limits"]
    assert isinstance(limits, list)
    assert all(limit["working"]["formula"] for limit in limits)
