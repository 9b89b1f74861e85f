"""`make_plan`: validate the request, then build the plan from its parts."""

from __future__ import annotations

from decimal import Decimal

from ivig_desktop.domain import units
from ivig_desktop.domain.body import dosing_weight, validate_height_cm, validate_weight_kg
from ivig_desktop.domain.catalog import (
    INDICATION_NAMES,
    Catalog,
    Ladders,
    default_catalog,
    default_clinic_policy,
    default_ladders,
)
from ivig_desktop.domain.errors import FieldErrors
from ivig_desktop.domain.numbers import in_range
from ivig_desktop.domain.plan.context import Ceiling, PlanContext, capture
from ivig_desktop.domain.plan.dosing import dose_plan
from ivig_desktop.domain.plan.limits import at_risk_cap, refuse_above_hard
from ivig_desktop.domain.plan.model import (
    DOSE_G_PER_KG_MAX,
    DOSE_G_PER_KG_MIN,
    NL_FIRST_INFUSION_MAX_ML_PER_KG_MIN,
    NL_SOURCE,
    WEEKS_SINCE_LAST_MAX,
    DosePlan,
    Limit,
    LimitExceededError,
    LimitKind,
    Override,
    PlanRequest,
    StepOrigin,
)
from ivig_desktop.domain.plan.protocol import choose_start
from ivig_desktop.domain.plan.result import Plan
from ivig_desktop.domain.plan.rungs import label_rungs, ladder_rungs, start_maintenance
from ivig_desktop.domain.plan.steps import apply_ceiling, pump_steps
from ivig_desktop.domain.policy import ClinicPolicy, PerKgWeight
from ivig_desktop.domain.units import RateUnit, show
from ivig_desktop.domain.working import Working


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

    # -- inputs
    errors = FieldErrors()
    product = capture(errors, lambda: catalog.get(request.product_id))
    weight = capture(errors, lambda: validate_weight_kg(request.weight_kg))
    height_input, ladder_id = request.height_cm, request.ladder_id
    height = capture(errors, lambda: validate_height_cm(height_input)) if height_input is not None else None
    ladder = capture(errors, lambda: ladders.get(ladder_id)) if ladder_id else None
    concentration = (
        capture(errors, lambda: product.concentration_for(request.concentration_percent)) if product else None
    )
    if request.dose_g_per_kg is not None:
        dose_value = request.dose_g_per_kg
        capture(
            errors,
            lambda: in_range(dose_value, DOSE_G_PER_KG_MIN, DOSE_G_PER_KG_MAX, "dose_g_per_kg", "Dose", "g/kg"),
        )
    if request.weeks_since_last is not None:
        weeks = request.weeks_since_last
        capture(
            errors,
            lambda: in_range(
                weeks,
                Decimal(0),
                WEEKS_SINCE_LAST_MAX,
                "weeks_since_last",
                "Weeks since the last infusion",
                "weeks",
            ),
        )
    personal = request.personal
    if personal is not None:
        for field, value in (
            ("personal_start_mg_per_kg_min", personal.start_rate_mg_per_kg_min),
            ("personal_max_mg_per_kg_min", personal.max_rate_mg_per_kg_min),
        ):
            if value is not None and (not value.is_finite() or value <= 0):
                errors.add(field, "A personal rate must be a positive number of mg/kg/min.")
        start, top = personal.start_rate_mg_per_kg_min, personal.max_rate_mg_per_kg_min
        if start is not None and top is not None and start > top:
            errors.add(
                "personal_start_mg_per_kg_min",
                f"The personal start step ({show(start)} mg/kg/min) is above the personal maximum "
                f"({show(top)} mg/kg/min).",
            )
    requested_max = request.requested_max_rate_mg_per_kg_min
    if requested_max is not None and (not requested_max.is_finite() or requested_max <= 0):
        errors.add("max_mg_per_kg_min", "The requested maximum must be a positive number of mg/kg/min.")
    errors.raise_if_any()
    assert product is not None and weight is not None and concentration is not None

    warnings: list[str] = []
    match = product.protocol_for(request.indication)
    protocol = match.protocol
    if match.fallback:
        warnings.append(
            f"{product.display_name} has no label protocol for {request.indication.value} "
            f"({INDICATION_NAMES[request.indication]}): the product's general "
            f"({product.general_indication.value}) protocol is used."
        )
    if not protocol.confirmed:
        warnings.append(f"UNCONFIRMED protocol: {protocol.unconfirmed_reason}")
    unconfirmed = product.unconfirmed_fields
    relevant = ["protocols", "sources", "concentration_choices_percent"]
    if request.at_risk:
        relevant.append("at_risk")
    if request.dose_g_per_kg is not None:
        relevant.append("vial_sizes_g")
    for field in relevant:
        if field in unconfirmed and not (field == "protocols" and not protocol.confirmed):
            warnings.append(f"UNCONFIRMED {field}: {unconfirmed[field]}")

    # -- weights
    body = dosing_weight(weight, height, request.sex, request.dosing_weight_method, rounding)
    warnings.extend(body.warnings)
    if policy.per_kg_weight is PerKgWeight.DOSING:
        per_kg_weight = body.weight_kg
        basis = f"dosing weight ({body.used.value}), by clinic policy"
    else:
        per_kg_weight = units.exact(weight)
        basis = "actual weight"
    context = PlanContext(product, protocol, concentration, per_kg_weight, basis, policy)

    # -- limits
    label_max = context.limit(
        LimitKind.HARD,
        "label maximum",
        protocol.max_mg_per_kg_min(concentration),
        True,
        StepOrigin.LABEL,
        f"{product.citation}; row: {protocol.label_text}",
        stated=(protocol.max, protocol.unit),
    )
    limits = [label_max]
    hard = label_max
    if request.at_risk:
        at_risk = at_risk_cap(context, warnings)
        limits.append(at_risk)
        if at_risk.rate_mg_per_kg_min < hard.rate_mg_per_kg_min or (
            at_risk.rate_mg_per_kg_min == hard.rate_mg_per_kg_min and not at_risk.inclusive
        ):
            hard = at_risk
    soft: Limit | None = None
    if personal is not None and personal.max_rate_mg_per_kg_min is not None:
        soft = context.limit(
            LimitKind.SOFT,
            "personal maximum",
            units.exact(personal.max_rate_mg_per_kg_min),
            True,
            StepOrigin.PERSONAL,
            f"personal plan ({personal.source})",
        )
        limits.append(soft)

    # Hard limits refuse; the soft limit needs a reason. A personal rate above the label maximum is a wrong
    # personal plan: refused. One above today's at-risk cap (a risk found at this visit) is not refused: the cap
    # governs today, and the plan says so.
    if personal is not None:
        for field, value, what in (
            ("personal_start_mg_per_kg_min", personal.start_rate_mg_per_kg_min, "personal start step"),
            ("personal_max_mg_per_kg_min", personal.max_rate_mg_per_kg_min, "personal maximum"),
        ):
            if value is not None:
                refuse_above_hard(field, what, units.exact(value), label_max, product)
                if hard is not label_max and hard.exceeded_by(units.exact(value)):
                    warnings.append(
                        f"The {what} ({show(units.exact(value), 4)} mg/kg/min) is above today's {hard.describe}: "
                        "the cap applies to this visit."
                    )
    overrides: list[Override] = []
    reason = (request.override_reason or "").strip()
    ceiling = Ceiling(hard.rate_mg_per_kg_min, hard.inclusive, hard.origin, hard.name, hard.source)
    if soft is not None and not hard.exceeded_by(soft.rate_mg_per_kg_min):
        ceiling = Ceiling(soft.rate_mg_per_kg_min, True, StepOrigin.PERSONAL, soft.name, soft.source)
    if requested_max is not None:
        requested = units.exact(requested_max)
        refuse_above_hard("max_mg_per_kg_min", "requested maximum", requested, hard, product)
        if soft is not None and soft.exceeded_by(requested):
            if not reason:
                raise LimitExceededError(
                    "override_reason",
                    f"The requested maximum {show(requested, 4)} mg/kg/min is above the soft limit: "
                    f"{soft.describe} ({soft.source}). Give a reason to go above it.",
                    soft,
                )
            overrides.append(Override("max_mg_per_kg_min", soft, requested, reason))
        ceiling = Ceiling(
            requested,
            True,
            StepOrigin.PERSONAL,
            "maximum requested for this visit",
            "requested for this visit" + (f" (override: {reason})" if overrides else ""),
        )
    elif reason:
        warnings.append("An override reason was given, but no rate is above a soft limit: nothing to override.")

    # -- the rate sequence
    lowest, start_rule = choose_start(request, product, policy, warnings)
    rungs = ladder_rungs(context, ladder, lowest, warnings) if ladder else label_rungs(context)
    if not lowest:
        rungs, start_rule = start_maintenance(context, rungs, request, start_rule, ladder is not None)
    elif personal is not None and personal.start_rate_mg_per_kg_min is not None:
        warnings.append(f"The personal start step is not used: {start_rule}.")
    rungs = apply_ceiling(rungs, ceiling)

    # -- pump rates
    steps = pump_steps(context, rungs, ceiling)
    if (
        lowest
        and units.from_mg_per_kg_min(steps[-1].exact_mg_per_kg_min, RateUnit.ML_PER_KG_MIN, concentration)
        > NL_FIRST_INFUSION_MAX_ML_PER_KG_MIN
    ):
        warnings.append(
            f"The plan goes above 0.08 mL/kg/min, the maximum the {NL_SOURCE} recommend for a first "
            "infusion: the prescriber must confirm rates above it."
        )

    # -- dose, volume and duration
    dose: DosePlan | None = None
    if request.dose_g_per_kg is not None:
        dose, steps = dose_plan(context, request.dose_g_per_kg, body, steps)

    highest = max(steps, key=lambda step: step.rate_ml_per_h)
    max_working = Working(
        quantity="maximum pump rate",
        result=f"{units.plain(highest.rate_ml_per_h)} mL/h",
        formula="the highest pump rate of the plan's steps",
        arithmetic=f"step {highest.number}: {units.plain(highest.rate_ml_per_h)} mL/h",
        source=highest.working.source,
        notes=(f"the plan's ceiling: {ceiling.name}, {show(ceiling.rate, 4)} mg/kg/min",),
    )
    return Plan(
        request=request,
        product=product,
        protocol=protocol,
        protocol_fallback=match.fallback,
        concentration_percent=concentration,
        weight_kg=weight,
        height_cm=height,
        dosing_weight=body,
        per_kg_weight_kg=per_kg_weight,
        per_kg_weight_basis=basis,
        start_rule=start_rule,
        ladder=ladder,
        steps=steps,
        limits=tuple(limits),
        hard_limit=hard,
        ceiling_name=ceiling.name,
        overrides=tuple(overrides),
        max_ml_per_h=highest.rate_ml_per_h,
        max_working=max_working,
        dose=dose,
        warnings=tuple(warnings),
        notes=product.notes,
        policy=policy,
    )
