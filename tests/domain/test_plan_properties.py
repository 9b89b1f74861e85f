"""Properties every plan keeps, whatever the request and the clinic policy."""

from __future__ import annotations

import itertools
from decimal import Decimal
from fractions import Fraction

from hypothesis import HealthCheck, given, settings

from ivig_desktop.domain import units
from ivig_desktop.domain.catalog import Indication
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.plan import (
    LimitExceededError,
    PlanRequest,
    make_plan,
)
from ivig_desktop.domain.policy import ClinicPolicy, VialRounding
from ivig_desktop.domain.units import RoundingPolicy
from tests.domain.plan_helpers import plan_requests, policies, schedule

D = Decimal


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(request=plan_requests(), policy=policies)
def test_plan_properties(request: PlanRequest, policy: ClinicPolicy) -> None:
    try:
        plan = make_plan(request, policy=policy)
    except LimitExceededError as error:  # a personal rate above a hard limit: refused, naming the limit
        assert "Refused" in str(error)
        return
    except DomainError as error:  # only a rate below a coarse pump resolution for a tiny patient
        assert "pump resolution" in str(error)
        return
    steps = plan.steps
    resolution = Fraction(policy.rounding.pump_resolution_ml_per_h)
    hard = plan.hard_limit
    assert steps and steps[0].start_min == 0
    for earlier, later in itertools.pairwise(steps):
        # steps never go back in time, follow on without gaps, and never go down in rate
        assert earlier.duration_min is not None and earlier.duration_min > 0
        assert later.start_min == earlier.start_min + earlier.duration_min
        assert later.rate_ml_per_h >= earlier.rate_ml_per_h
        assert later.exact_mg_per_kg_min >= earlier.exact_mg_per_kg_min
    assert steps[-1].duration_min is None
    for step in steps:
        programmed = Fraction(step.rate_ml_per_h)
        # no step exceeds its hard limit, in mg/kg/min or in pump mL/h
        assert not hard.exceeded_by(step.exact_mg_per_kg_min)
        assert programmed <= hard.rate_ml_per_h if hard.inclusive else programmed < hard.rate_ml_per_h
        assert programmed > 0 and (programmed / resolution).denominator == 1
        # ... and never above the clinic's pump
        assert step.rate_ml_per_h <= policy.pump.max_ml_per_h
    if request.personal and request.personal.max_rate_mg_per_kg_min is not None:
        assert all(step.exact_mg_per_kg_min <= request.personal.max_rate_mg_per_kg_min for step in steps)
    if plan.start_rule.startswith(("first", "product switch")) or "weeks since" in plan.start_rule:
        label_start = plan.protocol.start_mg_per_kg_min(plan.concentration_percent)
        assert steps[0].exact_mg_per_kg_min <= label_start
    assert plan.max_ml_per_h == max(step.rate_ml_per_h for step in steps)
    if plan.dose is not None:
        # volume and duration agree: the pump rates integrated over the estimated time give the volume
        dose = plan.dose
        infused = sum(
            (units.ml_infused(step.rate_ml_per_h, step.duration_min or 0) for step in steps[:-1]), Fraction(0)
        ) + units.ml_infused(steps[-1].rate_ml_per_h, dose.estimated_minutes_exact - steps[-1].start_min)
        assert infused == dose.volume_ml
        assert sum((step.volume_ml or Fraction(0) for step in steps), Fraction(0)) == dose.volume_ml
        assert dose.estimated_minutes == units.round_up_minutes(dose.estimated_minutes_exact)
        assert steps[-1].start_min < dose.estimated_minutes_exact
        assert dose.dose_g >= dose.ordered_g or policy.vial_rounding is VialRounding.NEAREST_5G
        assert dose.volume_ml == units.grams_to_ml(dose.dose_g, plan.concentration_percent)
    else:
        assert plan.estimated_minutes is None


def test_steps_with_the_same_pump_rate_are_merged() -> None:
    """Found by the property test: Octagam 5% for 2 kg at risk (< 3.3 mg/kg/min = < 7.92 mL/h), pump
    resolution 1 mL/h, escalation x1.5 every 15 min. The 3 mg/kg/min step (7.2 -> 7 mL/h) and the capped step
    (highest rate below 7.92 -> 7 mL/h) program the same pump rate, so they are one step, held to the end."""
    policy = ClinicPolicy(
        escalation_factor=D("1.5"),
        escalation_interval_min=15,
        rounding=RoundingPolicy(pump_resolution_ml_per_h=D(1)),
    )
    plan = make_plan(PlanRequest("octagam-5", Indication.PI, D(2), at_risk=True), policy=policy)
    assert schedule(plan) == [(0, "1"), (30, "2"), (60, "5"), (90, "7")]
    assert plan.steps[-1].duration_min is None
    assert plan.steps[-1].capped_by == "at-risk cap"
    assert "merged into this step" in plan.steps[-1].working.text
