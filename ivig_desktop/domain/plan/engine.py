"""`make_plan`: validate the request, then build the plan from its parts."""

from __future__ import annotations

from dataclasses import replace

from ivig_desktop.domain import units
from ivig_desktop.domain.body import dosing_weight
from ivig_desktop.domain.catalog import (
    Catalog,
    Ladders,
    default_catalog,
    default_clinic_policy,
    default_ladders,
)
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.plan.context import PlanContext
from ivig_desktop.domain.plan.doses import DoseCheck, check_dose
from ivig_desktop.domain.plan.dosing import dose_plan
from ivig_desktop.domain.plan.inputs import validate
from ivig_desktop.domain.plan.ladder_fit import fit_ladder
from ivig_desktop.domain.plan.limits import plan_bounds, pump_warning
from ivig_desktop.domain.plan.model import (
    NL_FIRST_INFUSION_MAX_ML_PER_KG_MIN,
    NL_SOURCE,
    DosePlan,
    PlanRequest,
)
from ivig_desktop.domain.plan.practical import Split, propose_split, split_warning
from ivig_desktop.domain.plan.protocol import check_first_infusion, choose_protocol, choose_start
from ivig_desktop.domain.plan.result import Plan
from ivig_desktop.domain.plan.rungs import label_rungs, start_maintenance
from ivig_desktop.domain.plan.steps import apply_ceiling, pump_steps
from ivig_desktop.domain.policy import ClinicPolicy, PerKgWeight
from ivig_desktop.domain.units import RateUnit, show
from ivig_desktop.domain.working import Working

msg = messages(__name__)


def make_plan(
    request: PlanRequest,
    *,
    catalog: Catalog | None = None,
    ladders: Ladders | None = None,
    policy: ClinicPolicy | None = None,
) -> Plan:
    """Build the plan.

    Raises ValidationError (field -> message) for input that cannot be planned, and LimitExceededError (a
    ValidationError) for a rate above a hard limit, or above the soft limit without a reason.
    """
    catalog = catalog if catalog is not None else default_catalog()
    ladders = ladders if ladders is not None else default_ladders()
    policy = policy if policy is not None else default_clinic_policy()
    rounding = policy.rounding

    inputs = validate(request, catalog, ladders)
    product, weight, height, ladder = inputs.product, inputs.weight_kg, inputs.height_cm, inputs.ladder
    concentration = inputs.concentration_percent
    personal = request.personal

    warnings: list[str] = []
    choice = choose_protocol(product, request, warnings)
    protocol = choice.protocol
    first_rule = check_first_infusion(product, request, concentration)
    dose_check: DoseCheck | None = None
    if request.dose_g_per_kg is not None:
        dose_check = check_dose(catalog, product, request.indication, request.dose_g_per_kg, request.course_days)
        warnings.extend(dose_check.warnings)

    # -- weights
    body = dosing_weight(weight, height, request.sex, request.dosing_weight_method, rounding)
    warnings.extend(body.warnings)
    if policy.per_kg_weight is PerKgWeight.DOSING:
        per_kg_weight = body.weight_kg
        basis = msg("dosing weight ({value}), by clinic policy", value=body.used.value)
    else:
        per_kg_weight = units.exact(weight)
        basis = msg("actual weight")
    context = PlanContext(product, protocol, concentration, per_kg_weight, basis, policy)

    # -- limits
    bounds = plan_bounds(context, request, warnings)
    ceiling = bounds.ceiling

    # -- the rate sequence
    lowest, start_rule = choose_start(request, product, policy, warnings)
    ladder_requested: str | None = None
    fitted = fit_ladder(context, ladder, lowest, warnings) if ladder else None
    if ladder is not None and fitted is None:
        ladder_requested, ladder = ladder.id, None
    rungs = fitted if fitted is not None else label_rungs(context)
    if not lowest:
        rungs, start_rule = start_maintenance(context, rungs, request, start_rule, ladder is not None)
    elif personal is not None and personal.start_rate_mg_per_kg_min is not None:
        warnings.append(msg("The personal start step is not used: {start_rule}.", start_rule=start_rule))
    rungs = apply_ceiling(rungs, ceiling)
    if any(rung.capped_by == bounds.pump.name for rung in rungs):
        warnings.append(pump_warning(bounds, context))

    # -- pump rates
    steps = pump_steps(context, rungs, ceiling)
    if (
        lowest
        and units.from_mg_per_kg_min(steps[-1].exact_mg_per_kg_min, RateUnit.ML_PER_KG_MIN, concentration)
        > NL_FIRST_INFUSION_MAX_ML_PER_KG_MIN
    ):
        warnings.append(
            msg(
                "The plan goes above 0.08 mL/kg/min, the maximum the {nl_source} recommend for a first infusion: the "
                "prescriber must confirm rates above it.",
                nl_source=NL_SOURCE,
            )
        )

    # -- dose, volume and duration
    dose: DosePlan | None = None
    split: Split | None = None
    if request.dose_g_per_kg is not None:
        full_steps = steps
        dose, steps = dose_plan(context, request.dose_g_per_kg, body, full_steps)
        if first_rule is not None:  # the concentration the volume depends on, and the label's rule it keeps
            dose = replace(dose, volume_working=replace(dose.volume_working, notes=(first_rule,)))
        split = propose_split(context, dose, full_steps)
        if split is not None:
            warnings.append(split_warning(dose, split, policy.max_chair_minutes))

    highest = max(steps, key=lambda step: step.rate_ml_per_h)
    max_working = Working(
        quantity=msg("maximum pump rate"),
        result=msg("{rate_ml_per_h} mL/h", rate_ml_per_h=units.plain(highest.rate_ml_per_h)),
        formula=msg("the highest pump rate of the plan's steps"),
        arithmetic=msg(
            "step {number}: {rate_ml_per_h} mL/h",
            number=highest.number,
            rate_ml_per_h=units.plain(highest.rate_ml_per_h),
        ),
        source=highest.working.source,
        notes=(msg("the plan's ceiling: {name}, {rate} mg/kg/min", name=ceiling.name, rate=show(ceiling.rate, 4)),),
    )
    return Plan(
        request=request,
        product=product,
        protocol=protocol,
        protocol_fallback=choice.fallback,
        concentration_percent=concentration,
        weight_kg=weight,
        height_cm=height,
        dosing_weight=body,
        per_kg_weight_kg=per_kg_weight,
        per_kg_weight_basis=basis,
        start_rule=start_rule,
        ladder=ladder,
        steps=steps,
        limits=bounds.limits,
        hard_limit=bounds.hard,
        ceiling_name=ceiling.name,
        overrides=bounds.overrides,
        max_ml_per_h=highest.rate_ml_per_h,
        max_working=max_working,
        dose=dose,
        warnings=tuple(warnings),
        notes=product.notes,
        policy=policy,
        off_label=choice.off_label,
        dose_check=dose_check,
        split=split,
        first_infusion_rule=first_rule,
        ladder_requested=ladder_requested,
    )
