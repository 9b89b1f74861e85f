"""The rate sequence before pump rounding: the label's rule, a fixed mL/h ladder, the maintenance start."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.catalog import AsTolerated, Doubling, Increment, Ladder, RateList
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.plan.context import PlanContext, Rung, held_last
from ivig_desktop.domain.plan.model import PlanRequest, StepOrigin
from ivig_desktop.domain.policy import ClinicPolicy
from ivig_desktop.domain.units import show
from ivig_desktop.domain.working import parenthesised

msg = messages(__name__)

_MAX_STEPS = 100


def step_interval(rule: RateList | Increment | Doubling | AsTolerated, policy: ClinicPolicy) -> tuple[int, str]:
    if isinstance(rule, AsTolerated):
        if rule.interval_min is not None:
            return rule.interval_min, msg(
                "every {interval_min} min, the label's interval", interval_min=rule.interval_min
            )
        if rule.interval_range_min is not None:
            low, high = rule.interval_range_min
            chosen = min(max(policy.escalation_interval_min, low), high)
            return chosen, (
                msg(
                    "every {chosen} min, the clinic's interval of {escalation_interval_min} min within the label's "
                    "{low}-{high} min",
                    chosen=chosen,
                    escalation_interval_min=policy.escalation_interval_min,
                    low=low,
                    high=high,
                )
            )
        return policy.escalation_interval_min, (
            msg(
                "every {escalation_interval_min} min, the clinic's interval, the label giving none",
                escalation_interval_min=policy.escalation_interval_min,
            )
        )
    return rule.interval_min, msg("every {interval_min} min, the label's interval", interval_min=rule.interval_min)


def escalate(
    rungs: list[Rung],
    rate: Fraction,
    next_rate: Callable[[Fraction, int], tuple[Fraction, str]],
    maximum: Fraction,
    interval: int,
    origin: StepOrigin,
    source: str,
    label_source: str,
) -> None:
    """Append rungs from `rate` using `next_rate` until the label maximum is reached (the last is capped)."""
    count = 1
    while rate < maximum and len(rungs) < _MAX_STEPS:
        rate, derivation = next_rate(rate, count)
        count += 1
        if rate >= maximum:
            capped = rate > maximum
            if capped:
                derivation += msg("; lowered to the label maximum {maximum} mg/kg/min", maximum=show(maximum, 4))
            rungs.append(
                Rung(
                    maximum,
                    interval,
                    StepOrigin.LABEL if capped else origin,
                    derivation,
                    label_source if capped else source,
                    capped_by=msg("label maximum") if capped else None,
                )
            )
            return
        rungs.append(Rung(rate, interval, origin, derivation, source))


def label_rungs(context: PlanContext) -> list[Rung]:
    """The label's sequence of rates (mg/kg/min), from its start rate up to its maximum."""
    protocol, policy, c = context.protocol, context.policy, context.concentration
    rule = protocol.rule
    start = protocol.start_mg_per_kg_min(c)
    maximum = protocol.max_mg_per_kg_min(c)
    interval, interval_text = step_interval(rule, policy)
    label_source = context.label_source
    first_duration = protocol.start_duration_min or interval
    start_text = msg(
        "{display_name} label start {stated}",
        display_name=context.product.display_name,
        stated=context.stated(protocol.start, protocol.unit),
    )
    if protocol.start_duration_min is None:
        start_text += msg(" (the label gives no start duration: {interval} min, the step interval)", interval=interval)
    else:
        start_text += msg(" for {start_duration_min} min (label)", start_duration_min=protocol.start_duration_min)
    rungs = [Rung(start, first_duration, StepOrigin.LABEL, start_text, label_source)]
    factor = units.exact(policy.escalation_factor)
    factor_text = show(policy.escalation_factor)
    clinic_source = msg(
        "{source}: escalation x{factor_text} {interval_text}, because the label says 'as tolerated' up to its maximum",
        source=policy.source,
        factor_text=factor_text,
        interval_text=interval_text,
    )

    label_max = context.stated(protocol.max, protocol.unit)

    def clinic_step(rate: Fraction, _count: int) -> tuple[Fraction, str]:
        new = rate * factor
        return new, (
            msg(
                "{rate} x {factor_text} = {new} mg/kg/min (clinic escalation x{factor_text} {interval_text}; the "
                "label says as tolerated up to {label_max})",
                rate=show(rate, 4),
                factor_text=factor_text,
                new=show(new, 4),
                interval_text=interval_text,
                label_max=label_max,
            )
        )

    if isinstance(rule, RateList):
        last = start
        for value in rule.rates[1:]:
            last = units.to_mg_per_kg_min(value, protocol.unit, c)
            rungs.append(
                Rung(
                    last,
                    rule.interval_min,
                    StepOrigin.LABEL,
                    msg(
                        "label step {stated} ({interval_text})",
                        stated=context.stated(value, protocol.unit),
                        interval_text=interval_text,
                    ),
                    label_source,
                )
            )
        if rule.then_as_tolerated:
            escalate(rungs, last, clinic_step, maximum, interval, StepOrigin.CLINIC, clinic_source, label_source)
    elif isinstance(rule, Increment):
        increment = units.to_mg_per_kg_min(rule.increment, protocol.unit, c)

        def add(rate: Fraction, count: int) -> tuple[Fraction, str]:
            new = start + count * increment
            return new, (
                msg(
                    "{start} + {count} x {increment} = {new} mg/kg/min (label: +{stated} {interval_text})",
                    start=show(start, 4),
                    count=count,
                    increment=show(increment, 4),
                    new=show(new, 4),
                    stated=context.stated(rule.increment, protocol.unit),
                    interval_text=interval_text,
                )
            )

        escalate(rungs, start, add, maximum, interval, StepOrigin.LABEL, label_source, label_source)
    elif isinstance(rule, Doubling):

        def double(rate: Fraction, _count: int) -> tuple[Fraction, str]:
            return (
                rate * 2,
                msg(
                    "{rate} x 2 = {value} mg/kg/min (label: doubling {interval_text})",
                    rate=show(rate, 4),
                    value=show(rate * 2, 4),
                    interval_text=interval_text,
                ),
            )

        escalate(rungs, start, double, maximum, interval, StepOrigin.LABEL, label_source, label_source)
    else:
        escalate(rungs, start, clinic_step, maximum, interval, StepOrigin.CLINIC, clinic_source, label_source)
    return held_last(rungs)


def ladder_rungs(context: PlanContext, ladder: Ladder, lowest: bool, warnings: list[str]) -> list[Rung]:
    """A fixed mL/h ladder as per-kg rates for this patient (capped later by the plan's ceiling)."""
    source = msg("ladder {id}: {name} {source}", id=ladder.id, name=ladder.name, source=parenthesised(ladder.source))
    rungs = []
    for rate_ml_per_h in ladder.rates_ml_per_h:
        rate = units.ml_per_h_to_mg_per_kg_min(rate_ml_per_h, context.concentration, context.per_kg_weight)
        derivation = msg(
            "ladder {id} rung {rate_ml_per_h} mL/h ({interval_min} min each): {rate_ml_per_h} mL/h / {per_kg_weight} "
            "kg x {mg_per_ml} mg/mL / 60 = {rate} mg/kg/min",
            id=ladder.id,
            rate_ml_per_h=show(rate_ml_per_h),
            interval_min=ladder.interval_min,
            per_kg_weight=show(context.per_kg_weight, 2),
            mg_per_ml=show(context.mg_per_ml),
            rate=show(rate, 4),
        )
        rungs.append(Rung(rate, ladder.interval_min, StepOrigin.LADDER, derivation, source))
    protocol = context.protocol
    start = protocol.start_mg_per_kg_min(context.concentration)
    if lowest and rungs[0].rate > start:
        duration = protocol.start_duration_min or ladder.interval_min
        first = Rung(
            start,
            duration,
            StepOrigin.LABEL,
            msg(
                "{display_name} label start {stated} for {duration} min (the plan must start at the label's lowest "
                "rate)",
                display_name=context.product.display_name,
                stated=context.stated(protocol.start, protocol.unit),
                duration=duration,
            ),
            context.label_source,
        )
        warnings.append(
            msg(
                "The first rung of ladder {id} ({rates_ml_per_h} mL/h = {rate} mg/kg/min) is above the label's "
                "lowest rate ({start} mg/kg/min = {ml_per_h} mL/h): the plan starts at the label's lowest rate for "
                "{duration} min, then follows the ladder's higher rungs.",
                id=ladder.id,
                rates_ml_per_h=show(ladder.rates_ml_per_h[0]),
                rate=show(rungs[0].rate, 4),
                start=show(start, 4),
                ml_per_h=show(context.ml_per_h(start), 2),
                duration=duration,
            )
        )
        rungs = [first, *(rung for rung in rungs if rung.rate > start)]
    return held_last(rungs)


def start_maintenance(
    context: PlanContext, rungs: list[Rung], request: PlanRequest, start_rule: str, has_ladder: bool
) -> tuple[list[Rung], str]:
    """Start a maintenance infusion at the personal start step, else at the label's maintenance start."""
    personal = request.personal
    protocol = context.protocol
    if personal is not None and personal.start_rate_mg_per_kg_min is not None:
        rate = units.exact(personal.start_rate_mg_per_kg_min)
        origin = StepOrigin.PERSONAL
        source = msg("personal plan {source}", source=parenthesised(personal.source))
        derivation = msg(
            "personal start step {rate} mg/kg/min {source}", rate=show(rate, 4), source=parenthesised(personal.source)
        )
        text = msg(
            "{start_rule}: start at the personal start step, {rate} mg/kg/min",
            start_rule=start_rule,
            rate=show(rate, 4),
        )
    elif protocol.maintenance_start is not None and not has_ladder:
        rate = units.to_mg_per_kg_min(protocol.maintenance_start, protocol.unit, context.concentration)
        origin = StepOrigin.LABEL
        source = context.label_source
        derivation = msg(
            "label maintenance start {stated} ({maintenance_start_note})",
            stated=context.stated(protocol.maintenance_start, protocol.unit),
            maintenance_start_note=protocol.maintenance_start_note,
        )
        text = msg(
            "{start_rule}: start at the label's maintenance start, {rate} mg/kg/min",
            start_rule=start_rule,
            rate=show(rate, 4),
        )
    else:
        what = msg("the ladder's first rung") if has_ladder else msg("the label start")
        return rungs, msg("{start_rule}: no personal start step recorded, so {what}", start_rule=start_rule, what=what)
    # The start replaces the step it falls in (keeping that step's duration); lower steps are skipped.
    index = max((i for i, rung in enumerate(rungs) if rung.rate <= rate), default=0)
    replaced = rungs[index]
    first = Rung(rate, replaced.duration, origin, derivation, source)
    return held_last([first, *rungs[index + 1 :]]), text
