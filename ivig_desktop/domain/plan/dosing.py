"""Dose, whole vials, volume and the estimated duration."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.body import DosingWeight
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.plan.context import PlanContext
from ivig_desktop.domain.plan.model import DosePlan, PlanStep, VialSelection
from ivig_desktop.domain.policy import VialRounding
from ivig_desktop.domain.units import show
from ivig_desktop.domain.working import Term, Working, parenthesised

msg = messages(__name__)


def choose_vials(
    ordered_g: Fraction,
    vial_sizes_g: tuple[Decimal, ...],
    rule: VialRounding,
    rounding: units.RoundingPolicy,
    sizes_source: str = "the catalog",
) -> VialSelection:
    """Whole vials for an order of `ordered_g` grams.

    `not_below`: the smallest total not below the order; on a tie, the fewest vials.
    `nearest_5g`: the order rounded half-up to the nearest 5 g (at least 5 g), made exactly with the fewest
    vials if possible, else the smallest total not below that target.
    """
    if ordered_g <= 0 or not vial_sizes_g:
        raise ValueError("an order needs a positive amount and at least one vial size")
    sizes = sorted((units.exact(size) for size in vial_sizes_g), reverse=True)
    scale = math.lcm(*(size.denominator for size in sizes))
    int_sizes = [int(size * scale) for size in sizes]
    notes: list[str] = []
    target = ordered_g
    if rule is VialRounding.NEAREST_5G:
        nearest = 5 * math.floor(ordered_g / 5 + Fraction(1, 2))
        if nearest == 0:
            notes.append(msg("the nearest 5 g would be 0 g, so the smallest total not below the order is used"))
        else:
            target = Fraction(nearest)
            notes.append(
                msg(
                    "order {ordered_g} g rounded to the nearest 5 g = {nearest} g",
                    ordered_g=show(ordered_g, rounding.dose_places),
                    nearest=nearest,
                )
            )
    need = math.ceil(target * scale)
    limit = need + max(int_sizes)
    fewest: list[int | None] = [0] + [None] * limit
    choice: list[int] = [0] * (limit + 1)
    for total in range(1, limit + 1):
        for size in int_sizes:  # largest first: among equally few vials, prefer larger ones
            if size <= total and (previous := fewest[total - size]) is not None:
                count = previous + 1
                best = fewest[total]
                if best is None or count < best:
                    fewest[total] = count
                    choice[total] = size
    total = next(t for t in range(need, limit + 1) if fewest[t] is not None)
    if rule is VialRounding.NEAREST_5G and target != ordered_g and total != need:
        notes.append(
            msg(
                "{target} g cannot be made with whole vials, so the smallest total above it is used",
                target=show(target),
            )
        )
    counts: dict[int, int] = {}
    remaining = total
    while remaining:
        counts[choice[remaining]] = counts.get(choice[remaining], 0) + 1
        remaining -= choice[remaining]
    vials = tuple((units.trimmed(Fraction(size, scale), 4), counts[size]) for size in sorted(counts, reverse=True))
    total_g = Fraction(total, scale)
    difference = (total_g - ordered_g) / ordered_g * 100
    sizes_text = ", ".join(show(size) for size in sorted(vial_sizes_g))
    combination = " + ".join(f"{count} x {units.plain(size)} g" for size, count in vials)
    rule_text = (
        msg("smallest total of whole vials not below the order; on a tie, the fewest vials")
        if rule is VialRounding.NOT_BELOW
        else msg("order rounded to the nearest 5 g, then made with whole vials (fewest vials)")
    )
    return VialSelection(
        rule=rule,
        ordered_g=ordered_g,
        target_g=target,
        vials=vials,
        total_g=total_g,
        working=Working(
            quantity=msg("whole vials"),
            result=f"{show(total_g)} g = {combination}",
            formula=msg("vial rounding '{value}': {rule_text}", value=rule.value, rule_text=rule_text),
            arithmetic=(
                msg(
                    "order {ordered_g} g; vial sizes {sizes_text} g -> {combination} = {total_g} g "
                    "({value}{difference}% of the order)",
                    ordered_g=show(ordered_g, rounding.dose_places),
                    sizes_text=sizes_text,
                    combination=combination,
                    total_g=show(total_g),
                    value="+" if difference >= 0 else "",
                    difference=show(difference, 1),
                )
            ),
            source=msg("clinic policy (vial rounding); vial sizes: {sizes_source}", sizes_source=sizes_source),
            inputs=(
                Term("order", show(ordered_g, rounding.dose_places), "g"),
                Term(msg("vial sizes"), sizes_text, "g"),
            ),
            notes=tuple(notes),
        ),
    )


@dataclass(frozen=True)
class Followed:
    """A volume infused following the plan's steps: the steps used (each with its volume), the working lines, and
    the exact minute the volume is in."""

    steps: tuple[PlanStep, ...]
    lines: tuple[str, ...]
    end_min: Fraction


def follow_steps(volume_ml: Fraction, steps: tuple[PlanStep, ...]) -> Followed:
    """Each step runs for its duration at its programmed mL/h until the volume is infused; the plan ends in the
    step where it is (that step then runs until the volume is in)."""
    remaining = volume_ml
    lines: list[str] = []
    out: list[PlanStep] = []
    end = Fraction(0)
    for step in steps:
        rate = units.exact(step.rate_ml_per_h)
        if step.duration_min is not None:
            in_step = units.ml_infused(rate, step.duration_min)
            if in_step < remaining:
                remaining -= in_step
                out.append(replace(step, volume_ml=in_step))
                lines.append(
                    msg(
                        "step {number}: {rate_ml_per_h} mL/h x {duration_min} min / 60 = {in_step} mL",
                        number=step.number,
                        rate_ml_per_h=units.plain(step.rate_ml_per_h),
                        duration_min=step.duration_min,
                        in_step=show(in_step, 2),
                    )
                )
                continue
        minutes = units.minutes_to_infuse(remaining, rate)
        end = step.start_min + minutes
        finishing = replace(step, duration_min=None, volume_ml=remaining)
        if step.duration_min is not None:
            finishing = replace(
                finishing,
                working=replace(
                    step.working,
                    notes=(
                        f"from minute {step.start_min} until the volume is infused, within this step's "
                        f"{step.duration_min} min, so the plan ends here",
                        *step.working.notes[1:],
                    ),
                ),
            )
        out.append(finishing)
        lines.append(
            msg(
                "step {number}: remaining {remaining} mL at {rate_ml_per_h} mL/h = {remaining} x 60 / "
                "{rate_ml_per_h} = {minutes} min",
                number=step.number,
                remaining=show(remaining, 2),
                rate_ml_per_h=units.plain(step.rate_ml_per_h),
                minutes=show(minutes, 2),
            )
        )
        break
    return Followed(tuple(out), tuple(lines), end)


def dose_plan(
    context: PlanContext, dose_g_per_kg: Decimal, body: DosingWeight, steps: tuple[PlanStep, ...]
) -> tuple[DosePlan, tuple[PlanStep, ...]]:
    policy, rounding = context.policy, context.policy.rounding
    ordered = units.exact(dose_g_per_kg) * body.weight_kg
    ordered_working = Working(
        quantity=msg("dose ordered"),
        result=f"{show(ordered, rounding.dose_places)} g",
        formula=msg("dose (g) = dose (g/kg) x dosing weight (kg)"),
        arithmetic=(
            msg(
                "{dose_g_per_kg} g/kg x {weight_kg} kg ({value} weight) = {ordered} g",
                dose_g_per_kg=show(dose_g_per_kg),
                weight_kg=show(body.weight_kg, rounding.weight_places),
                value=body.used.value,
                ordered=show(ordered, rounding.dose_places),
            )
        ),
        source=msg("prescription (g/kg); dosing weight as worked out"),
        inputs=(
            Term("dose", show(dose_g_per_kg), "g/kg"),
            Term(
                msg("dosing weight ({value})", value=body.used.value),
                show(body.weight_kg, rounding.weight_places),
                "kg",
            ),
        ),
    )
    vials = choose_vials(
        ordered, context.product.vial_sizes_g, policy.vial_rounding, rounding, context.vial_sizes_source
    )
    dose_g = vials.total_g
    volume = units.grams_to_ml(dose_g, context.concentration)
    volume_working = Working(
        quantity="volume",
        result=msg("{volume} mL", volume=show(volume, rounding.volume_places)),
        formula=msg("volume (mL) = dose (g) x 1000 / concentration (mg/mL)"),
        arithmetic=(
            msg(
                "{dose_g} g x 1000 / {mg_per_ml} mg/mL = {volume} mL",
                dose_g=show(dose_g),
                mg_per_ml=show(context.mg_per_ml),
                volume=show(volume, rounding.volume_places),
            )
        ),
        source=msg(
            "{display_name} concentration {citation}",
            display_name=context.product.display_name,
            citation=parenthesised(context.product.citation),
        ),
        inputs=(
            Term(msg("dose (whole vials)"), show(dose_g), "g"),
            Term("concentration", f"{show(context.concentration)}% = {show(context.mg_per_ml)}", "mg/mL"),
        ),
    )
    followed = follow_steps(volume, steps)
    out, lines, end = followed.steps, followed.lines, followed.end_min
    estimated = units.round_up_minutes(end)
    notes = [
        msg("each step runs for its duration at its programmed mL/h; the last runs until the volume is infused"),
        msg("{end} min rounded up to the whole minute", end=show(end, 2)),
    ]
    if len(out) < len(steps):
        notes.append(
            msg(
                "the volume is infused before the plan reaches step {number} ({rate_ml_per_h} mL/h); later steps are "
                "not needed",
                number=steps[-1].number,
                rate_ml_per_h=units.plain(steps[-1].rate_ml_per_h),
            )
        )
    hours, minutes_part = divmod(estimated, 60)
    duration_working = Working(
        quantity=msg("estimated duration"),
        result=msg(
            "{estimated} min ({hours} h {minutes_part} min)",
            estimated=estimated,
            hours=hours,
            minutes_part=minutes_part,
        ),
        formula=msg("sum over steps of the time at each programmed rate until the volume is infused"),
        arithmetic="; ".join(lines) + msg("; total = {end} min", end=show(end, 2)),
        source=msg("the plan's steps and volume"),
        inputs=(Term("volume", show(volume, rounding.volume_places), "mL"),),
        notes=tuple(notes),
    )
    return (
        DosePlan(
            dose_g_per_kg=dose_g_per_kg,
            ordered_g=ordered,
            vials=vials,
            dose_g=dose_g,
            volume_ml=volume,
            estimated_minutes_exact=end,
            estimated_minutes=estimated,
            ordered_working=ordered_working,
            volume_working=volume_working,
            duration_working=duration_working,
        ),
        out,
    )
