"""Shared helpers for the plan tests: build a plan by product id, read its schedule, and the hypothesis strategies
for requests and clinic policies that the property tests draw from."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from hypothesis import strategies as st

from ivig_desktop.domain import units
from ivig_desktop.domain.body import DosingWeightMethod, Sex
from ivig_desktop.domain.catalog import Indication, default_catalog
from ivig_desktop.domain.plan import (
    InfusionKind,
    PersonalPlan,
    Plan,
    PlanRequest,
    make_plan,
)
from ivig_desktop.domain.policy import ClinicPolicy, PerKgWeight, Pump, VialRounding
from ivig_desktop.domain.units import RoundingPolicy

D = Decimal
CATALOG = default_catalog()


def plan_for(product: str, indication: str, weight: str, **options: object) -> Plan:
    return make_plan(PlanRequest(product, Indication(indication), D(weight), **options))  # type: ignore[arg-type]


def schedule(plan: Plan) -> list[tuple[int, str]]:
    """(start minute, pump mL/h) for each step."""
    return [(step.start_min, units.plain(step.rate_ml_per_h)) for step in plan.steps]


def origins(plan: Plan) -> list[str]:
    return [step.origin.value for step in plan.steps]


@st.composite
def plan_requests(draw: st.DrawFn) -> PlanRequest:
    """A request the engine should plan: a labelled indication, or another one ordered off-label; a day's dose
    within the label's limits for the course drawn; Carimune NF's first infusion at its 3%."""
    product = draw(st.sampled_from(CATALOG.products))
    prescriber = None
    if draw(st.integers(0, 7)) == 0:
        indication = draw(st.sampled_from([i for i in Indication if not product.on_label(i)]))
        prescriber = "Dr Off-Label"
    else:
        indication = draw(st.sampled_from(product.indications))
    infusion = draw(st.sampled_from(list(InfusionKind)))
    concentration = (
        draw(st.sampled_from(product.concentration_choices_percent)) if product.concentration_percent is None else None
    )
    rule = product.first_infusion
    if rule is not None and infusion is InfusionKind.FIRST and indication in rule.indications:
        concentration = rule.max_concentration_percent
    course_days = draw(st.integers(1, 5))
    limit = CATALOG.dose_limit(product, indication)
    highest = D(2)
    if limit is not None:
        highest = min(highest, limit.max_day_g_per_kg, limit.max_course_g_per_kg / course_days)
    highest = highest.quantize(D("0.01"), rounding=ROUND_DOWN)
    dose = (
        None if highest < D("0.1") else draw(st.none() | st.decimals(min_value=D("0.1"), max_value=highest, places=2))
    )
    height = draw(st.none() | st.decimals(min_value=D(120), max_value=D(210), places=0))
    personal = None
    if draw(st.booleans()):
        low = draw(st.decimals(min_value=D("0.5"), max_value=D(4), places=1))
        personal = PersonalPlan(
            draw(st.none() | st.just(low)),
            draw(st.none() | st.decimals(min_value=low, max_value=D(6), places=1)),
        )
    return PlanRequest(
        product_id=product.id,
        indication=indication,
        weight_kg=draw(st.decimals(min_value=D(2), max_value=D(350), places=1)),
        height_cm=height,
        sex=draw(st.none() | st.sampled_from(list(Sex))),
        dosing_weight_method=draw(st.sampled_from([DosingWeightMethod.ACTUAL, DosingWeightMethod.AUTO])),
        dose_g_per_kg=dose,
        infusion=infusion,
        weeks_since_last=draw(st.none() | st.decimals(min_value=D(0), max_value=D(20), places=0)),
        at_risk=draw(st.booleans()),
        ladder_id=draw(st.none() | st.sampled_from(["home-30-60-90", "home-20-40-60-80"])),
        concentration_percent=concentration,
        personal=personal,
        off_label_prescriber=prescriber,
        course_day=draw(st.integers(1, course_days)),
        course_days=course_days,
    )


policies = st.builds(
    ClinicPolicy,
    escalation_factor=st.sampled_from([D("1.5"), D(2)]),
    escalation_interval_min=st.sampled_from([15, 30]),
    rounding=st.builds(RoundingPolicy, pump_resolution_ml_per_h=st.sampled_from([D("0.1"), D("0.01"), D(1)])),
    vial_rounding=st.sampled_from(list(VialRounding)),
    per_kg_weight=st.sampled_from(list(PerKgWeight)),
    max_chair_minutes=st.sampled_from([480, 120]),
    max_split_days=st.sampled_from([1, 3, 5]),
    pump=st.builds(
        Pump,
        name=st.just("Test pump"),
        max_ml_per_h=st.sampled_from([Decimal("999.9"), Decimal(300), Decimal("120.5")]),
    ),
)
