"""One at-risk rule for every product (issue 11, item 1): for a patient at renal or thrombosis risk the cap is the
clinic's "minimum infusion rate practicable", lowered to the label's own number where it gives one.

Before: an at-risk Octagam 5% plan climbed to its normal maximum (its '< 3.3' was taken instead of the minimum
practicable rule) while an at-risk Privigen plan stayed at its start rate. Each product is checked here, with the
clinic's default rule (the label's start rate) and with a configured rate (4 mg/kg/min), where the label's number
must win whenever it is lower.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from ivig_desktop.domain.catalog import Indication, default_catalog, load_catalog
from ivig_desktop.domain.plan import InfusionKind, LimitKind, PlanRequest, StepOrigin, make_plan
from ivig_desktop.domain.policy import ClinicPolicy
from tests.domain.plan_helpers import plan_for, schedule

D = Decimal
CATALOG = default_catalog()
# product -> (indication, concentration) of the plan checked; the label's own at-risk number, if any
LABEL_NUMBER: dict[str, tuple[Fraction, bool] | None] = {
    "gamunex-c": (Fraction(8), False),  # < 8 mg/kg/min
    "gammaked": None,
    "gammagard-liquid": None,
    "privigen": None,
    "octagam-5": (Fraction(33, 10), False),  # < 3.3
    "octagam-10": (Fraction(33, 10), True),  # not to exceed 3.3
    "flebogamma-5-dif": None,
    "flebogamma-10-dif": None,
    "gammaplex-5": None,
    "gammaplex-10": None,
    "panzyga": (Fraction(33, 10), True),  # do not exceed 3.3
    "bivigam": None,
    "asceniv": None,
    "carimune-nf": (Fraction(2), False),  # < 2
    "gammagard-sd": None,
    "yimmugo": None,
    "alyglo": None,
}


def request_for(product_id: str, **options: object) -> PlanRequest:
    product = CATALOG.get(product_id)
    concentration = None if product.concentration_percent is not None else product.concentration_choices_percent[0]
    return PlanRequest(
        product_id,
        product.general_indication,
        D(70),
        at_risk=True,
        concentration_percent=concentration,
        **options,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("product_id", list(LABEL_NUMBER))
def test_by_default_every_at_risk_plan_holds_the_label_start_rate(product_id: str) -> None:
    """The clinic's default rule: 'minimum practicable' = the protocol's label start rate, held (no escalation)."""
    plan = make_plan(request_for(product_id))
    start = plan.protocol.start_mg_per_kg_min(plan.concentration_percent)
    assert len(plan.steps) == 1 and plan.steps[0].duration_min is None
    assert plan.steps[0].exact_mg_per_kg_min <= start
    cap = plan.hard_limit
    assert (cap.name, cap.kind, cap.origin, cap.rate_mg_per_kg_min) == (
        "at-risk cap",
        LimitKind.HARD,
        StepOrigin.CLINIC,
        start,
    )
    assert "minimum infusion rate practicable" in cap.source or "no confirmed label statement" in cap.source
    assert "label_start" in cap.source  # the working says what the clinic's rule is, and where it is set


@pytest.mark.parametrize("product_id", list(LABEL_NUMBER))
def test_the_cap_is_the_lower_of_the_clinic_rule_and_the_labels_number(product_id: str) -> None:
    policy = ClinicPolicy(at_risk_minimum_practicable_mg_per_kg_min=D(4))
    plan = make_plan(request_for(product_id), policy=policy)
    cap = next(limit for limit in plan.limits if limit.name == "at-risk cap")
    number = LABEL_NUMBER[product_id]
    if number is not None and number[0] < 4:
        assert (cap.rate_mg_per_kg_min, cap.inclusive, cap.origin) == (number[0], number[1], StepOrigin.LABEL)
    else:
        assert (cap.rate_mg_per_kg_min, cap.inclusive, cap.origin) == (Fraction(4), True, StepOrigin.CLINIC)
    assert all(not cap.exceeded_by(step.exact_mg_per_kg_min) for step in plan.steps)
    # the working shows both candidates where the label gives a number
    if number is not None:
        assert sum(note.startswith("candidate:") for note in cap.working.notes) == 2


def test_octagam_5_and_privigen_follow_the_same_rule() -> None:
    """The defect of the issue: Octagam 5% at risk climbed to 240 mL/h (60 kg) while Privigen held 21 mL/h.
    Now both hold their label start: Octagam 5% 30 mg/kg/h = 0.5 mg/kg/min x 1.2 x 60 = 36 mL/h."""
    assert schedule(plan_for("octagam-5", "PI", "60", at_risk=True)) == [(0, "36.0")]
    assert schedule(plan_for("privigen", "PI", "70", at_risk=True)) == [(0, "21.0")]


def test_a_labels_less_than_is_kept_strictly_below() -> None:
    """Carimune NF at 6%, clinic rate 4: the label's '< 2 mg/kg/min' binds: < 2 x 1 mL/kg/h x 50 = < 100 mL/h, so
    99.9 mL/h (rounded down by the one rounding policy)."""
    policy = ClinicPolicy(at_risk_minimum_practicable_mg_per_kg_min=D(4))
    request = PlanRequest(
        "carimune-nf",
        Indication.PI,
        D(50),
        at_risk=True,
        concentration_percent=D(6),
        infusion=InfusionKind.MAINTENANCE,  # a first infusion would have to be at 3%
        weeks_since_last=D(4),
    )
    plan = make_plan(request, policy=policy)
    assert plan.steps[-1].rate_ml_per_h == D("99.9")
    assert plan.steps[-1].exact_mg_per_kg_min < 2
    assert "rounded DOWN" in plan.steps[-1].working.text


def test_octagam_10_dermatomyositis_with_a_clinic_rate_above_the_label_number() -> None:
    """Octagam 10% DM (max 4), clinic rate 4: the label's 3.3 binds: 1 -> 42, 2 -> 84, then 3.3 x 0.6 x 70 =
    138.6 mL/h."""
    policy = ClinicPolicy(at_risk_minimum_practicable_mg_per_kg_min=D(4))
    plan = make_plan(PlanRequest("octagam-10", Indication.DM, D(70), at_risk=True), policy=policy)
    assert schedule(plan) == [(0, "42.0"), (30, "84.0"), (60, "138.6")]
    assert plan.steps[-1].capped_by == "at-risk cap" and plan.steps[-1].origin is StepOrigin.LABEL


def test_a_clinic_rate_below_the_label_start_is_used() -> None:
    policy = ClinicPolicy(at_risk_minimum_practicable_mg_per_kg_min=D("0.5"))
    plan = make_plan(PlanRequest("gamunex-c", Indication.PI, D(70), at_risk=True), policy=policy)
    assert schedule(plan) == [(0, "21.0")]  # below the label start: 0.5 x 0.6 x 70
    assert plan.steps[0].origin is StepOrigin.CLINIC


def test_the_exact_cap_is_rounded_down_not_up() -> None:
    """Gammagard Liquid at risk: cap = label start 0.5 mL/kg/h x 72.5 = 36.25 mL/h exactly; half-up would give
    36.3, above the cap, so the pump rate is rounded down to 36.2 mL/h."""
    plan = plan_for("gammagard-liquid", "PI", "72.5", at_risk=True)
    assert schedule(plan) == [(0, "36.2")]
    assert "rounded DOWN" in plan.steps[0].working.text


def test_an_unconfirmed_or_missing_statement_gets_the_clinic_rule_with_a_warning() -> None:
    yimmugo = plan_for("yimmugo", "PI", "70", at_risk=True)
    assert schedule(yimmugo) == [(0, "21.0")]
    assert any("UNCONFIRMED at-risk statement for Yimmugo" in warning for warning in yimmugo.warnings)
    catalog = load_catalog(
        '[[products]]\nid = "x"\nname = "X"\nconcentration_percent = 10\nform = "liquid"\nvial_sizes_g = [5]\n'
        'general_indication = "PI"\nsources = ["s"]\nverified_on = 2026-12-01\n[[products.protocols]]\n'
        'indications = ["PI"]\nlabel_text = "X"\nunit = "mg/kg/min"\nstart = 1\nmax = 8\n'
        'rule = { kind = "as_tolerated" }\n'
    )
    plan = make_plan(PlanRequest("x", Indication.PI, D(80), at_risk=True), catalog=catalog)
    assert schedule(plan) == [(0, "48.0")]
    assert any("no at-risk statement for X" in warning for warning in plan.warnings)
