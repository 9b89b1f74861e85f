"""The pump bounds every plan (issue 11, item 4): no step above its maximum, rates on its resolution by the one
rounding policy, and the plan and the infusion screen apply the same rule to every step."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings

from ivig_desktop.domain import checkin
from ivig_desktop.domain.catalog import Indication, default_catalog, default_clinic_policy
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.plan import InfusionKind, LimitExceededError, PlanRequest, StepOrigin, make_plan
from ivig_desktop.domain.policy import ClinicPolicy, Pump
from ivig_desktop.domain.units import RoundingPolicy
from tests.domain.plan_helpers import plan_requests, policies, schedule

D = Decimal


def test_panzyga_pi_maintenance_at_150_kg_stops_at_the_pump_maximum() -> None:
    """Panzyga PI, max 14 mg/kg/min = 14 x 0.6 x 150 = 1260 mL/h, above the pump's 999.9 mL/h. Maintenance
    (1 mg/kg/min, doubling every 30 min): 90, 180, 360, 720 mL/h, then 16 mg/kg/min is lowered to the pump's
    maximum, 999.9 mL/h (= 999.9 / 150 x 100 / 60 = 11.11 mg/kg/min), which the infusion screen accepts."""
    request = PlanRequest(
        "panzyga",
        Indication.PI,
        D(150),
        infusion=InfusionKind.MAINTENANCE,
        weeks_since_last=D(4),
    )
    plan = make_plan(request)
    assert schedule(plan) == [(0, "90.0"), (30, "180.0"), (60, "360.0"), (90, "720.0"), (120, "999.9")]
    assert plan.hard_limit.origin is StepOrigin.PUMP
    assert plan.steps[-1].capped_by == plan.hard_limit.name
    pump = default_clinic_policy().pump.name
    assert any(w.startswith("The plan stops at the pump's maximum") and pump in w for w in plan.warnings)
    limits = checkin.rate_limits(plan)
    assert limits.hard_max_ml_per_h == D("999.9") and limits.pump_max_ml_per_h == D("999.9")
    for step in plan.steps:
        assert limits.check(step.rate_ml_per_h) == ""


def test_the_clinics_pump_is_a_setting() -> None:
    """Privigen PI 70 kg: 21, 42, 84, 168, then 336 mL/h is above a 300 mL/h pump: 300 mL/h, named."""
    policy = ClinicPolicy(pump=Pump("Ward pump Z", D(300)))
    plan = make_plan(PlanRequest("privigen", Indication.PI, D(70)), policy=policy)
    assert schedule(plan) == [(0, "21.0"), (30, "42.0"), (60, "84.0"), (90, "168.0"), (120, "300.0")]
    assert "Ward pump Z" in plan.hard_limit.name
    assert any("Ward pump Z goes up to 300 mL/h" in w for w in plan.warnings)
    assert plan.to_dict()["policy"]["pump"] == {  # type: ignore[index]
        "name": "Ward pump Z",
        "max_ml_per_h": D(300),
        "resolution_ml_per_h": D("0.1"),
    }


def test_a_pump_maximum_off_the_resolution_is_rounded_down_never_up() -> None:
    """A 250.5 mL/h maximum on a 1 mL/h pump: the last step is 250 mL/h, rounded down by the one policy."""
    policy = ClinicPolicy(pump=Pump("Coarse pump", D("250.5")), rounding=RoundingPolicy(D(1)))
    plan = make_plan(PlanRequest("privigen", Indication.PI, D(70)), policy=policy)
    assert plan.steps[-1].rate_ml_per_h == 250
    assert "rounded DOWN" in plan.steps[-1].working.text


def test_a_plan_below_the_pump_maximum_names_no_pump() -> None:
    plan = make_plan(PlanRequest("privigen", Indication.PI, D(70)))
    assert plan.hard_limit.origin is StepOrigin.LABEL
    assert not any("pump's maximum" in w for w in plan.warnings)


def test_a_requested_maximum_above_the_pump_is_refused() -> None:
    request = PlanRequest("panzyga", Indication.PI, D(150), requested_max_rate_mg_per_kg_min=D(12))
    with pytest.raises(LimitExceededError, match="pump maximum"):
        make_plan(request)


CATALOG = default_catalog()
WEIGHTS = [D(w) for w in ("2", "8", "25", "40", "70", "100", "130", "150", "200", "260", "350")]


@pytest.mark.parametrize("weight", WEIGHTS, ids=str)
def test_every_step_of_every_plan_passes_the_infusion_screen(weight: Decimal) -> None:
    """The sweep that found 2,000+ plans ending on a refused step: every product, every labelled indication,
    first and maintenance infusions, at risk or not; each step's pump rate passes the infusion screen's check."""
    checked = 0
    for product in CATALOG:
        concentration = product.concentration_choices_percent[-1] if product.concentration_percent is None else None
        for indication in product.indications:
            for infusion in InfusionKind:
                for at_risk in (False, True):
                    request = PlanRequest(
                        product.id,
                        indication,
                        weight,
                        infusion=infusion,
                        weeks_since_last=D(4),
                        at_risk=at_risk,
                        concentration_percent=concentration,
                    )
                    try:
                        plan = make_plan(request)
                    except ValidationError as error:  # e.g. a first infusion that must be at a lower concentration
                        assert set(error.errors) <= {"concentration_percent"}
                        continue
                    limits = checkin.rate_limits(plan)
                    for step in plan.steps:
                        assert limits.check(step.rate_ml_per_h) == "", (product.id, indication, step)
                    checked += 1
    assert checked > 100


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(request=plan_requests(), policy=policies)
def test_no_plan_proposes_a_step_the_infusion_screen_refuses(request: PlanRequest, policy: ClinicPolicy) -> None:
    try:
        plan = make_plan(request, policy=policy)
    except DomainError as error:  # bad input, a refused personal rate, or a rate below a coarse pump's resolution
        assert isinstance(error, ValidationError) or "pump resolution" in str(error)
        return
    limits = checkin.rate_limits(plan)
    for step in plan.steps:
        assert step.rate_ml_per_h <= policy.pump.max_ml_per_h
        limits.check(step.rate_ml_per_h, "recorded override")
