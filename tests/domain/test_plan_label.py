"""Label details (issue 11, item 2), product by product: the start rate's stated duration whatever the clinic's step
interval; Gammaplex 10% starting every infusion where the FDA table does; Carimune NF's first infusion at 3% only;
the products added (Gammagard S/D, Yimmugo, Alyglo); vial sizes warned about only where unconfirmed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ivig_desktop.domain.catalog import Indication, default_catalog
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.plan import InfusionKind, PlanRequest, make_plan
from ivig_desktop.domain.policy import ClinicPolicy
from ivig_desktop.domain.working import parenthesised
from tests.domain.plan_helpers import plan_for, schedule

D = Decimal
CATALOG = default_catalog()

# Labels that say the start rate is for "the first 30 minutes" (Gamunex-C and Panzyga: all indications).
THIRTY_MINUTE_STARTS = [
    ("gamunex-c", "PI"),
    ("gamunex-c", "ITP"),
    ("gamunex-c", "CIDP"),
    ("gammaked", "PI"),
    ("gammaked", "ITP"),
    ("gammaked", "CIDP"),
    ("panzyga", "PI"),
    ("panzyga", "ITP"),
    ("panzyga", "CIDP"),
]


@pytest.mark.parametrize(("product_id", "indication"), THIRTY_MINUTE_STARTS)
@pytest.mark.parametrize("interval", [15, 20, 45])
def test_the_start_rate_runs_for_the_labels_30_minutes_whatever_the_clinic_interval(
    product_id: str, indication: str, interval: int
) -> None:
    policy = ClinicPolicy(escalation_interval_min=interval)
    for infusion in InfusionKind:
        request = PlanRequest(product_id, Indication(indication), D(70), infusion=infusion, weeks_since_last=D(3))
        plan = make_plan(request, policy=policy)
        assert plan.steps[0].duration_min == 30
        assert plan.steps[1].start_min == 30
        assert "for 30 min (label)" in plan.steps[0].working.text


def test_a_label_without_a_start_duration_uses_the_clinic_interval() -> None:
    plan = make_plan(PlanRequest("privigen", Indication.PI, D(70)), policy=ClinicPolicy(escalation_interval_min=15))
    assert plan.steps[0].duration_min == 15
    assert "the label gives no start duration" in plan.steps[0].working.text


@pytest.mark.parametrize("indication", ["PI", "ITP"])
def test_gammaplex_10_starts_every_infusion_at_0_005_ml_per_kg_min(indication: str) -> None:
    """The FDA table: 0.005 mL/kg/min (0.5 mg/kg/min) for 15 minutes, every infusion: 0.005 x 60 x 70 = 21 mL/h.
    (The pivotal trial let later infusions start at 0.01 mL/kg/min = 42 mL/h: not the label.)"""
    for infusion in InfusionKind:
        plan = plan_for("gammaplex-10", indication, "70", infusion=infusion, weeks_since_last=D(4))
        assert schedule(plan)[:2] == [(0, "21.0"), (15, "42.0")]
        assert plan.steps[0].duration_min == 15


def test_carimune_first_infusion_of_an_untreated_patient_is_refused_above_3_percent() -> None:
    for percent in ("6", "9", "12"):
        with pytest.raises(ValidationError) as caught:
            plan_for("carimune-nf", "PI", "50", concentration_percent=D(percent))
        message = caught.value.errors["concentration_percent"]
        assert message.startswith(f"Refused: {percent}% for the first infusion of a previously untreated patient")
        assert "must be given as a 3% immunoglobulin solution" in message and "Use the 3% solution" in message
    plan = plan_for("carimune-nf", "PI", "50", concentration_percent=D(3), dose_g_per_kg=D("0.4"))
    assert plan.first_infusion_rule is not None and "3%" in plan.first_infusion_rule
    assert plan.dose is not None and plan.first_infusion_rule in plan.dose.volume_working.notes  # in the working
    # 0.5 mg/kg/min at 3% (30 mg/mL): 0.5 x 60 / 30 x 50 = 50 mL/h
    assert schedule(plan)[0] == (0, "50.0")
    # later infusions may be more concentrated; the label's rule is for PI (hypogammaglobulinaemic patients)
    maintenance = plan_for(
        "carimune-nf", "PI", "50", concentration_percent=D(6), infusion=InfusionKind.MAINTENANCE, weeks_since_last=D(3)
    )
    assert maintenance.first_infusion_rule is None
    assert plan_for("carimune-nf", "ITP", "50", concentration_percent=D(6)).first_infusion_rule is None


def test_gammagard_sd_at_5_and_10_percent() -> None:
    """Gammagard S/D (UNCONFIRMED rates): 0.5 mL/kg/h = 35 mL/h at 70 kg whatever the concentration; as tolerated,
    doubling every 30 min to 4 mL/kg/h = 280 mL/h (the 5% solution's maximum, also used for 10%)."""
    for percent in (5, 10):
        plan = plan_for("gammagard-sd", "PI", "70", concentration_percent=D(percent))
        assert schedule(plan) == [(0, "35.0"), (30, "70.0"), (60, "140.0"), (90, "280.0")]
        assert any(w.startswith("UNCONFIRMED protocol: Gammagard S/D's rate table") for w in plan.warnings)
    cll = plan_for("gammagard-sd", "CLL", "70", concentration_percent=D(5), dose_g_per_kg=D("0.4"))
    assert cll.off_label is None and cll.dose is not None and cll.dose.dose_g == 30  # 28 g -> 2 x 10 + 2 x 5 g


@pytest.mark.parametrize("product_id", ["yimmugo", "alyglo"])
def test_yimmugo_and_alyglo_plan_with_a_conservative_placeholder_and_say_so(product_id: str) -> None:
    """0.5 mg/kg/min x 0.6 x 70 = 21 mL/h for 30 min, doubling to 4 mg/kg/min = 168 mL/h."""
    plan = plan_for(product_id, "PI", "70", dose_g_per_kg=D("0.4"))
    assert schedule(plan)[0] == (0, "21.0") and plan.steps[0].duration_min == 30
    assert plan.hard_limit.rate_mg_per_kg_min == 4
    assert any(w.startswith("UNCONFIRMED protocol:") and "placeholder" in w for w in plan.warnings)
    assert any(w.startswith("UNCONFIRMED indications:") for w in plan.warnings)
    assert not any("vial_sizes_g" in w for w in plan.warnings)


@pytest.mark.parametrize("product_id", CATALOG.ids)
def test_unconfirmed_vial_sizes_are_the_only_vial_warning(product_id: str) -> None:
    """Every plan used to warn "UNCONFIRMED vial_sizes_g"; now only the products whose sizes could not be confirmed
    do, and the vial working cites where the sizes come from."""
    item = CATALOG.get(product_id)
    concentration = item.concentration_choices_percent[0] if item.concentration_percent is None else None
    indication = item.general_indication
    plan = make_plan(
        PlanRequest(item.id, indication, D(70), dose_g_per_kg=D("0.4"), concentration_percent=concentration)
    )
    warned = any("UNCONFIRMED vial_sizes_g" in warning for warning in plan.warnings)
    assert warned is (item.id in ("carimune-nf", "gammagard-sd"))
    assert plan.dose is not None
    assert parenthesised(item.vial_sizes_source) in plan.dose.vials.working.source  # cited, its own notes in [ ]
