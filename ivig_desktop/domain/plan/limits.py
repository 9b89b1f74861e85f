"""The plan's limits: the label maximum, the at-risk cap, the pump's maximum (hard: refused above), the personal
maximum (soft: a reason above), a maximum requested for this visit, and from them the plan's ceiling."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.catalog import AtRisk, Product, RateBound
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.plan.context import Ceiling, PlanContext
from ivig_desktop.domain.plan.model import Limit, LimitExceededError, LimitKind, Override, PlanRequest, StepOrigin
from ivig_desktop.domain.units import show
from ivig_desktop.domain.working import parenthesised

msg = messages(__name__)


@dataclass(frozen=True)
class Bounds:
    """Every limit of the plan, the binding hard limit, the ceiling the steps stop at, and recorded overrides."""

    limits: tuple[Limit, ...]
    label_max: Limit
    pump: Limit
    hard: Limit
    ceiling: Ceiling
    overrides: tuple[Override, ...]


def lowest(limits: list[Limit]) -> Limit:
    """The binding limit: the lowest rate; at equal rates a 'less than' limit binds before an 'at most' one."""
    return min(limits, key=lambda limit: (limit.rate_mg_per_kg_min, limit.inclusive))


def plan_bounds(context: PlanContext, request: PlanRequest, warnings: list[str]) -> Bounds:
    """The plan's limits and ceiling. Raises LimitExceededError for a personal or requested rate above a hard
    limit, or above the soft limit without a reason."""
    product, protocol = context.product, context.protocol
    label_max = context.limit(
        LimitKind.HARD,
        msg("label maximum"),
        protocol.max_mg_per_kg_min(context.concentration),
        True,
        StepOrigin.LABEL,
        context.label_source,
        stated=(protocol.max, protocol.unit),
    )
    pump = pump_limit(context)
    hard_limits = [label_max]
    if request.at_risk:
        hard_limits.append(at_risk_cap(context, warnings))
    hard_limits.append(pump)
    hard = lowest(hard_limits)
    limits = list(hard_limits)
    personal = request.personal
    soft: Limit | None = None
    if personal is not None and personal.max_rate_mg_per_kg_min is not None:
        soft = context.limit(
            LimitKind.SOFT,
            msg("personal maximum"),
            units.exact(personal.max_rate_mg_per_kg_min),
            True,
            StepOrigin.PERSONAL,
            msg("personal plan {source}", source=parenthesised(personal.source)),
        )
        limits.append(soft)

    # Hard limits refuse; the soft limit needs a reason. A personal rate above the label maximum is a wrong
    # personal plan: refused. One above today's at-risk cap (a risk found at this visit) or the pump's maximum is
    # not refused: that limit governs today, and the plan says so.
    if personal is not None:
        for field, value, what in (
            ("personal_start_mg_per_kg_min", personal.start_rate_mg_per_kg_min, msg("personal start step")),
            ("personal_max_mg_per_kg_min", personal.max_rate_mg_per_kg_min, msg("personal maximum")),
        ):
            if value is not None:
                refuse_above_hard(field, what, units.exact(value), label_max, product)
                if hard is not label_max and hard.exceeded_by(units.exact(value)):
                    warnings.append(
                        msg(
                            "The {what} ({value} mg/kg/min) is above today's {describe}: that limit applies to this "
                            "visit.",
                            what=what,
                            value=show(units.exact(value), 4),
                            describe=hard.describe,
                        )
                    )
    overrides: list[Override] = []
    reason = (request.override_reason or "").strip()
    ceiling = Ceiling(hard.rate_mg_per_kg_min, hard.inclusive, hard.origin, hard.name, hard.source)
    if soft is not None and not hard.exceeded_by(soft.rate_mg_per_kg_min):
        ceiling = Ceiling(soft.rate_mg_per_kg_min, True, StepOrigin.PERSONAL, soft.name, soft.source)
    requested_max = request.requested_max_rate_mg_per_kg_min
    if requested_max is not None:
        requested = units.exact(requested_max)
        refuse_above_hard("max_mg_per_kg_min", msg("requested maximum"), requested, hard, product)
        if soft is not None and soft.exceeded_by(requested):
            if not reason:
                raise LimitExceededError(
                    "override_reason",
                    msg(
                        "The requested maximum {requested} mg/kg/min is above the soft limit: {describe} {source}. "
                        "Give a reason to go above it.",
                        requested=show(requested, 4),
                        describe=soft.describe,
                        source=parenthesised(soft.source),
                    ),
                    soft,
                )
            overrides.append(Override("max_mg_per_kg_min", soft, requested, reason))
        ceiling = Ceiling(
            requested,
            True,
            StepOrigin.PERSONAL,
            msg("maximum requested for this visit"),
            msg("requested for this visit") + (msg(" (override: {reason})", reason=reason) if overrides else ""),
        )
    elif reason:
        warnings.append(msg("An override reason was given, but no rate is above a soft limit: nothing to override."))
    return Bounds(tuple(limits), label_max, pump, hard, ceiling, tuple(overrides))


def pump_limit(context: PlanContext) -> Limit:
    """The pump's maximum as a hard limit for this patient (its mL/h as mg/kg/min at the per-kg weight)."""
    policy = context.policy
    pump = policy.pump
    rate = units.ml_per_h_to_mg_per_kg_min(pump.max_ml_per_h, context.concentration, context.per_kg_weight)
    return context.limit(
        LimitKind.HARD,
        msg("pump maximum {name}", name=parenthesised(pump.name)),
        rate,
        True,
        StepOrigin.PUMP,
        msg(
            "{source} [pump]: {name}, maximum {max_ml_per_h} mL/h",
            source=policy.source,
            name=pump.name,
            max_ml_per_h=units.plain(pump.max_ml_per_h),
        ),
        notes=(
            msg(
                "{max_ml_per_h} mL/h / {per_kg_weight} kg x {mg_per_ml} mg/mL / 60 = {rate} mg/kg/min",
                max_ml_per_h=units.plain(pump.max_ml_per_h),
                per_kg_weight=show(context.per_kg_weight, 2),
                mg_per_ml=show(context.mg_per_ml),
                rate=show(rate, 4),
            ),
        ),
    )


def pump_warning(bounds: Bounds, context: PlanContext) -> str:
    """Why the plan stops at the pump's maximum, naming the pump and what the plan would otherwise reach."""
    pump = context.policy.pump
    others = [limit for limit in bounds.limits if limit.kind is LimitKind.HARD and limit is not bounds.pump]
    above = lowest(others)
    return msg(
        "The plan stops at the pump's maximum: {name} goes up to {max_ml_per_h} mL/h ({rate_mg_per_kg_min} mg/kg/min "
        "at {per_kg_weight} kg), below the {name2} of {rate_ml_per_h} mL/h. Set up a pump that goes higher to reach "
        "it.",
        name=pump.name,
        max_ml_per_h=units.plain(pump.max_ml_per_h),
        rate_mg_per_kg_min=show(bounds.pump.rate_mg_per_kg_min, 4),
        per_kg_weight=show(context.per_kg_weight, 2),
        name2=above.name,
        rate_ml_per_h=show(above.rate_ml_per_h, 1),
    )


def at_risk_cap(context: PlanContext, warnings: list[str]) -> Limit:
    """The one at-risk rule, the same for every product: for a patient at renal or thrombosis risk, the cap is the
    clinic's "minimum infusion rate practicable" (`ClinicPolicy.minimum_practicable_rule`) where the label says
    "minimum practicable", lowered to the label's own number where it gives one; the lower wins. A label statement
    that is missing or unconfirmed gets the clinic's rule, with a warning."""
    product, protocol, policy = context.product, context.protocol, context.policy
    statement: AtRisk | None = protocol.at_risk or product.at_risk
    start = protocol.start_mg_per_kg_min(context.concentration)
    if statement is None:
        warnings.append(
            msg(
                "The catalog has no at-risk statement for {display_name}: the clinic's minimum practicable rate is "
                "used as the at-risk cap.",
                display_name=product.display_name,
            )
        )
    elif not statement.confirmed:
        quoted = f"'{statement.text}'"
        warnings.append(
            msg(
                "UNCONFIRMED at-risk statement for {display_name} {text}: the clinic's minimum practicable rate "
                "is used as the at-risk cap.",
                display_name=product.display_name,
                text=parenthesised(quoted),
            )
        )
    candidates: list[tuple[Fraction, bool, StepOrigin, str]] = []
    label_rate = statement.rate_mg_per_kg_min(context.concentration) if statement else None
    if statement is not None and label_rate is not None and statement.confirmed:
        bound = msg("not to exceed") if statement.bound is RateBound.AT_MOST else msg("less than")
        candidates.append(
            (
                label_rate,
                statement.bound is RateBound.AT_MOST,
                StepOrigin.LABEL,
                msg(
                    "{value}: the label's own ceiling, {bound} {label_rate} mg/kg/min ('{text}'; {condition})",
                    value=statement.source or product.citation,
                    bound=bound,
                    label_rate=show(label_rate, 4),
                    text=statement.text,
                    condition=statement.condition,
                ),
            )
        )
    if statement is None or statement.minimum_practicable or label_rate is None or not statement.confirmed:
        configured = policy.at_risk_minimum_practicable_mg_per_kg_min
        minimum = units.exact(configured) if configured is not None else start
        said = msg("no confirmed label statement")
        if statement is not None and statement.minimum_practicable:
            said = msg(
                "the label says 'minimum infusion rate practicable' {value}",
                value=parenthesised(statement.source or product.citation),
            )
        candidates.append(
            (
                minimum,
                True,
                StepOrigin.CLINIC,
                msg(
                    "{said}; the clinic's minimum practicable rate: {minimum_practicable_rule} = {minimum} mg/kg/min",
                    said=said,
                    minimum_practicable_rule=policy.minimum_practicable_rule,
                    minimum=show(minimum, 4),
                ),
            )
        )
    rate, inclusive, origin, source = min(candidates, key=lambda c: (c[0], c[1]))
    notes = tuple(msg("candidate: {c} mg/kg/min {c2}", c=show(c[0], 4), c2=parenthesised(c[3])) for c in candidates)
    if len(candidates) > 1:
        notes = (
            *notes,
            msg("the at-risk cap is the lower of the clinic's minimum practicable rate and the label's number"),
        )
    return context.limit(LimitKind.HARD, msg("at-risk cap"), rate, inclusive, origin, source, notes=notes)


def refuse_above_hard(field: str, what: str, rate: Fraction, hard: Limit, product: Product) -> None:
    if hard.exceeded_by(rate):
        bound = msg("at most") if hard.inclusive else "below"
        raise LimitExceededError(
            field,
            msg(
                "Refused: the {what} {rate} mg/kg/min for {display_name} is above the hard limit, the {describe} "
                "{source}. Use a rate {bound} {rate_mg_per_kg_min} mg/kg/min.",
                what=what,
                rate=show(rate, 4),
                display_name=product.display_name,
                describe=hard.describe,
                source=parenthesised(hard.source),
                bound=bound,
                rate_mg_per_kg_min=show(hard.rate_mg_per_kg_min, 4),
            ),
            hard,
        )
