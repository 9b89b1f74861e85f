"""The rate sequence before pump rounding: the label's rule, a fixed mL/h ladder, the maintenance start."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.catalog import AsTolerated, Doubling, Increment, Ladder, RateList
from ivig_desktop.domain.plan.context import PlanContext, Rung, held_last
from ivig_desktop.domain.plan.model import PlanRequest, StepOrigin
from ivig_desktop.domain.policy import ClinicPolicy
from ivig_desktop.domain.units import show
from ivig_desktop.domain.working import parenthesised

_MAX_STEPS = 100


def step_interval(rule: RateList | Increment | Doubling | AsTolerated, policy: ClinicPolicy) -> tuple[int, str]:
    if isinstance(rule, AsTolerated):
        if rule.interval_min is not None:
            return rule.interval_min, f"every {rule.interval_min} min, the label's interval"
        if rule.interval_range_min is not None:
            low, high = rule.interval_range_min
            chosen = min(max(policy.escalation_interval_min, low), high)
            return chosen, (
                f"every {chosen} min, the clinic's interval of {policy.escalation_interval_min} min within "
                f"the label's {low}-{high} min"
            )
        return policy.escalation_interval_min, (
            f"every {policy.escalation_interval_min} min, the clinic's interval, the label giving none"
        )
    return rule.interval_min, f"every {rule.interval_min} min, the label's interval"


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
                derivation += f"; lowered to the label maximum {show(maximum, 4)} mg/kg/min"
            rungs.append(
                Rung(
                    maximum,
                    interval,
                    StepOrigin.LABEL if capped else origin,
                    derivation,
                    label_source if capped else source,
                    capped_by="label maximum" if capped else None,
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
    start_text = f"{context.product.display_name} label start {context.stated(protocol.start, protocol.unit)}"
    if protocol.start_duration_min is None:
        start_text += f" (the label gives no start duration: {interval} min, the step interval)"
    else:
        start_text += f" for {protocol.start_duration_min} min (label)"
    rungs = [Rung(start, first_duration, StepOrigin.LABEL, start_text, label_source)]
    factor = units.exact(policy.escalation_factor)
    factor_text = show(policy.escalation_factor)
    clinic_source = (
        f"{policy.source}: escalation x{factor_text} {interval_text}, because the label says "
        f"'as tolerated' up to its maximum"
    )

    label_max = context.stated(protocol.max, protocol.unit)

    def clinic_step(rate: Fraction, _count: int) -> tuple[Fraction, str]:
        new = rate * factor
        return new, (
            f"{show(rate, 4)} x {factor_text} = {show(new, 4)} mg/kg/min (clinic escalation x{factor_text} "
            f"{interval_text}; the label says as tolerated up to {label_max})"
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
                    f"label step {context.stated(value, protocol.unit)} ({interval_text})",
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
                f"{show(start, 4)} + {count} x {show(increment, 4)} = {show(new, 4)} mg/kg/min "
                f"(label: +{context.stated(rule.increment, protocol.unit)} {interval_text})"
            )

        escalate(rungs, start, add, maximum, interval, StepOrigin.LABEL, label_source, label_source)
    elif isinstance(rule, Doubling):

        def double(rate: Fraction, _count: int) -> tuple[Fraction, str]:
            return (
                rate * 2,
                f"{show(rate, 4)} x 2 = {show(rate * 2, 4)} mg/kg/min (label: doubling {interval_text})",
            )

        escalate(rungs, start, double, maximum, interval, StepOrigin.LABEL, label_source, label_source)
    else:
        escalate(rungs, start, clinic_step, maximum, interval, StepOrigin.CLINIC, clinic_source, label_source)
    return held_last(rungs)


def ladder_rungs(context: PlanContext, ladder: Ladder, lowest: bool, warnings: list[str]) -> list[Rung]:
    """A fixed mL/h ladder as per-kg rates for this patient (capped later by the plan's ceiling)."""
    source = f"ladder {ladder.id}: {ladder.name} {parenthesised(ladder.source)}"
    rungs = []
    for rate_ml_per_h in ladder.rates_ml_per_h:
        rate = units.ml_per_h_to_mg_per_kg_min(rate_ml_per_h, context.concentration, context.per_kg_weight)
        derivation = (
            f"ladder {ladder.id} rung {show(rate_ml_per_h)} mL/h ({ladder.interval_min} min each): "
            f"{show(rate_ml_per_h)} mL/h / {show(context.per_kg_weight, 2)} kg x "
            f"{show(context.mg_per_ml)} mg/mL / 60 = {show(rate, 4)} mg/kg/min"
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
            f"{context.product.display_name} label start {context.stated(protocol.start, protocol.unit)} "
            f"for {duration} min (the plan must start at the label's lowest rate)",
            context.label_source,
        )
        warnings.append(
            f"The first rung of ladder {ladder.id} ({show(ladder.rates_ml_per_h[0])} mL/h = "
            f"{show(rungs[0].rate, 4)} mg/kg/min) is above the label's lowest rate "
            f"({show(start, 4)} mg/kg/min = {show(context.ml_per_h(start), 2)} mL/h): the plan starts at the "
            f"label's lowest rate for {duration} min, then follows the ladder's higher rungs."
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
        source = f"personal plan {parenthesised(personal.source)}"
        derivation = f"personal start step {show(rate, 4)} mg/kg/min {parenthesised(personal.source)}"
        text = f"{start_rule}: start at the personal start step, {show(rate, 4)} mg/kg/min"
    elif protocol.maintenance_start is not None and not has_ladder:
        rate = units.to_mg_per_kg_min(protocol.maintenance_start, protocol.unit, context.concentration)
        origin = StepOrigin.LABEL
        source = context.label_source
        derivation = (
            f"label maintenance start {context.stated(protocol.maintenance_start, protocol.unit)} "
            f"({protocol.maintenance_start_note})"
        )
        text = f"{start_rule}: start at the label's maintenance start, {show(rate, 4)} mg/kg/min"
    else:
        what = "the ladder's first rung" if has_ladder else "the label start"
        return rungs, f"{start_rule}: no personal start step recorded, so {what}"
    # The start replaces the step it falls in (keeping that step's duration); lower steps are skipped.
    index = max((i for i, rung in enumerate(rungs) if rung.rate <= rate), default=0)
    replaced = rungs[index]
    first = Rung(rate, replaced.duration, origin, derivation, source)
    return held_last([first, *rungs[index + 1 :]]), text
