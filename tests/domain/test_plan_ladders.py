"""Fixed mL/h ladders checked against the patient's weight (issue 11, item 7): the weight band, each rung against
the per-kg plan's step with the same number, the largest step, the label's interval; otherwise the per-kg plan is
used and a warning says why."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ivig_desktop.domain.catalog import Indication
from ivig_desktop.domain.plan import InfusionKind, PlanRequest, StepOrigin, make_plan
from ivig_desktop.domain.policy import ClinicPolicy
from tests.domain.plan_helpers import origins, plan_for, schedule

D = Decimal
MAINTENANCE = {"infusion": InfusionKind.MAINTENANCE, "weeks_since_last": D(4)}


def refusal(plan_warnings: tuple[str, ...], ladder_id: str) -> str:
    return next(w for w in plan_warnings if w.startswith(f"Ladder {ladder_id} is not used for this patient"))


def test_a_ladder_that_fits_is_followed_after_the_label_start() -> None:
    """Privigen 70 kg, first infusion, ladder 30/60/90/120 mL/h: 21 mL/h (label start 0.5 mg/kg/min) for 30 min,
    then 30, 60, 90, 120 mL/h = 0.71, 1.43, 2.14, 2.86 mg/kg/min, each below the per-kg plan's step with the same
    number (1, 2, 4, 8) and rising at most x2 (the clinic's doubling)."""
    plan = plan_for("privigen", "PI", "70", ladder_id="home-30-60-90")
    assert schedule(plan) == [(0, "21.0"), (30, "30.0"), (60, "60.0"), (90, "90.0"), (120, "120.0")]
    assert origins(plan) == ["label", "ladder", "ladder", "ladder", "ladder"]
    assert plan.ladder is not None and plan.ladder_requested is None


@pytest.mark.parametrize("weight", ["8", "39.9", "130.1", "150"])
def test_a_patient_outside_the_ladders_weight_band_gets_the_per_kg_plan(weight: str) -> None:
    plan = plan_for("gamunex-c", "PI", weight, ladder_id="home-30-60-90")
    assert plan.ladder is None and plan.ladder_requested == "home-30-60-90"
    assert set(origins(plan)) <= {"label", "clinic", "pump"}
    why = refusal(plan.warnings, "home-30-60-90")
    assert "it is meant for 40 to 130 kg" in why and f"per-kg weight is {weight}" in why
    assert why.endswith("The per-kg label plan is used.")
    assert plan.to_dict()["ladder"] is None and plan.to_dict()["ladder_requested"] == "home-30-60-90"


def test_a_rung_above_the_per_kg_plans_step_is_refused() -> None:
    """Privigen 45 kg: the per-kg plan's step 2 is 1 mg/kg/min = 27 mL/h; the ladder's step 2 (after the label start
    of 13.5 mL/h) is 30 mL/h = 1.1111 mg/kg/min."""
    plan = plan_for("privigen", "PI", "45", ladder_id="home-30-60-90")
    assert plan.ladder is None
    why = refusal(plan.warnings, "home-30-60-90")
    assert "its step 2 (30 mL/h = ~1.1111 mg/kg/min at 45 kg) is above step 2 of the per-kg plan" in why
    assert "(1 mg/kg/min = 27 mL/h)" in why
    assert schedule(plan)[:2] == [(0, "13.5"), (30, "27.0")]


def test_a_rung_that_jumps_more_than_the_labels_largest_step_is_refused() -> None:
    """Gamunex-C 70 kg maintenance with a clinic escalation of x1.5 (the label says 'gradually'): the per-kg plan's
    largest step is x1.5; the ladder's 20 -> 40 mL/h is x2."""
    policy = ClinicPolicy(escalation_factor=D("1.5"))
    request = PlanRequest("gamunex-c", Indication.PI, D(70), ladder_id="home-20-40-60-80", **MAINTENANCE)  # type: ignore[arg-type]
    plan = make_plan(request, policy=policy)
    assert plan.ladder is None
    assert "its step 2 rises x2 (20 -> 40 mL/h), more than the per-kg plan's largest step, x1.5" in refusal(
        plan.warnings, "home-20-40-60-80"
    )
    # with the clinic's doubling the same ladder fits: 20, 40, 60, 80, 100 mL/h every 15 min
    followed = make_plan(request)
    assert followed.ladder is not None
    assert schedule(followed) == [(0, "20.0"), (15, "40.0"), (30, "60.0"), (45, "80.0"), (60, "100.0")]


def test_a_ladder_faster_than_the_labels_interval_is_refused() -> None:
    """Octagam 10% chronic ITP doubles every 30 minutes (label): a ladder stepping every 15 minutes is too fast."""
    plan = plan_for("octagam-10", "ITP", "70", ladder_id="home-20-40-60-80", **MAINTENANCE)
    assert plan.ladder is None
    assert "it steps every 15 min, faster than the Octagam 10% label's every 30 min" in refusal(
        plan.warnings, "home-20-40-60-80"
    )


def test_a_ladder_is_still_capped_by_the_plans_hard_limits() -> None:
    """Gamunex-C 70 kg at risk: the cap is the label start, 1 mg/kg/min = 42 mL/h: 20, 40, then 42 mL/h held."""
    plan = plan_for("gamunex-c", "PI", "70", ladder_id="home-20-40-60-80", at_risk=True, **MAINTENANCE)
    assert schedule(plan) == [(0, "20.0"), (15, "40.0"), (30, "42.0")]
    assert plan.steps[-1].capped_by == "at-risk cap" and plan.steps[-1].origin is StepOrigin.CLINIC
