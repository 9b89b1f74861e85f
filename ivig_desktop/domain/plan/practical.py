"""Practicality (issue 11, item 5): a plan longer than the clinic's maximum chair time says so and proposes to split
the dose over consecutive days, showing the days, the grams a day (in whole vials) and each day's duration.

The split is a proposal: the prescriber orders it (the regimen becomes a course of that many days). Each day is
estimated with the same steps as today's plan, the conservative choice (a later day of a course may start higher).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.plan.context import PlanContext
from ivig_desktop.domain.plan.dosing import choose_vials, follow_steps
from ivig_desktop.domain.plan.model import DosePlan, PlanStep, VialSelection
from ivig_desktop.domain.units import show
from ivig_desktop.domain.working import Term, Working

msg = messages(__name__)


@dataclass(frozen=True)
class Split:
    """Today's dose over `days` consecutive days: each day `vials` (grams in whole vials) in about `minutes_per_day`.
    `fits` is False when even the most days the clinic allows leave a day longer than the chair time."""

    days: int
    ordered_g_per_day: Fraction
    dose_g_per_kg_per_day: Fraction
    vials: VialSelection
    volume_ml_per_day: Fraction
    minutes_per_day: int
    fits: bool
    working: Working

    @property
    def grams_per_day(self) -> Fraction:
        return self.vials.total_g


def hours(minutes: int) -> str:
    whole, rest = divmod(minutes, 60)
    return msg("{whole} h {rest} min", whole=whole, rest=rest)


def propose_split(context: PlanContext, dose: DosePlan, steps: tuple[PlanStep, ...]) -> Split | None:
    """None when today's plan fits in the chair time; else the fewest days (up to the clinic's maximum) whose daily
    share fits, or the most days allowed with `fits` False."""
    policy, rounding = context.policy, context.policy.rounding
    chair = policy.max_chair_minutes
    if dose.estimated_minutes <= chair:
        return None
    lines = [
        msg(
            "1 day: {dose_g} g -> {volume_ml} mL -> {estimated_minutes}",
            dose_g=show(dose.dose_g),
            volume_ml=show(dose.volume_ml, 1),
            estimated_minutes=hours(dose.estimated_minutes),
        )
    ]
    best: tuple[int, Fraction, VialSelection, Fraction, int, bool] | None = None
    for days in range(2, policy.max_split_days + 1):
        ordered = dose.ordered_g / days
        vials = choose_vials(
            ordered, context.product.vial_sizes_g, policy.vial_rounding, rounding, context.vial_sizes_source
        )
        volume = units.grams_to_ml(vials.total_g, context.concentration)
        minutes = units.round_up_minutes(follow_steps(volume, steps).end_min)
        fits = minutes <= chair
        lines.append(
            msg(
                "{days} days: {ordered} g a day -> {total_g} g in whole vials -> {volume} mL -> {minutes} ({value})",
                days=days,
                ordered=show(ordered, rounding.dose_places),
                total_g=show(vials.total_g),
                volume=show(volume, 1),
                minutes=hours(minutes),
                value="fits" if fits else "longer than the chair time",
            )
        )
        best = (days, ordered, vials, volume, minutes, fits)
        if fits:
            break
    if best is None:  # the clinic allows no split (max_split_days = 1)
        return None
    days, ordered, vials, volume, minutes, fits = best
    combination = " + ".join(f"{count} x {units.plain(size)} g" for size, count in vials.vials)
    working = Working(
        quantity=msg("split over days"),
        result=msg(
            "{days} days: {total_g} g a day ({combination}), about {minutes} a day",
            days=days,
            total_g=show(vials.total_g),
            combination=combination,
            minutes=hours(minutes),
        ),
        formula=(
            msg(
                "the fewest consecutive days whose daily share of the dose, in whole vials, is infused within the "
                "maximum chair time, following the same steps as today's plan"
            )
        ),
        arithmetic="; ".join(lines),
        source=(
            msg(
                "{source} [chair] max_hours = {fraction} h ({chair} min), max_split_days = {max_split_days}",
                source=policy.source,
                fraction=show(Fraction(chair, 60)),
                chair=chair,
                max_split_days=policy.max_split_days,
            )
        ),
        inputs=(
            Term(msg("dose ordered today"), show(dose.ordered_g, rounding.dose_places), "g"),
            Term(msg("maximum chair time"), str(chair), "min"),
        ),
        notes=(msg("the prescriber orders the split: the regimen becomes a course of that many days"),),
    )
    return Split(
        days=days,
        ordered_g_per_day=ordered,
        dose_g_per_kg_per_day=units.exact(dose.dose_g_per_kg) / days,
        vials=vials,
        volume_ml_per_day=volume,
        minutes_per_day=minutes,
        fits=fits,
        working=working,
    )


def split_warning(dose: DosePlan, split: Split, chair_minutes: int) -> str:
    """What the nurse reads: the plan is too long for one chair day, and the split that fits (or that none does)."""
    combination = " + ".join(f"{count} x {units.plain(size)} g" for size, count in split.vials.vials)
    too_long = msg(
        "The estimated duration, {estimated_minutes}, is longer than the clinic's maximum chair time of "
        "{chair_minutes}",
        estimated_minutes=hours(dose.estimated_minutes),
        chair_minutes=hours(chair_minutes),
    )
    share = msg(
        "{grams_per_day} g a day ({combination}, {dose_g_per_kg_per_day} g/kg), about {minutes_per_day} each",
        grams_per_day=show(split.grams_per_day),
        combination=combination,
        dose_g_per_kg_per_day=show(split.dose_g_per_kg_per_day, 4),
        minutes_per_day=hours(split.minutes_per_day),
    )
    if split.fits:
        return msg(
            "{too_long}: split the dose over {days} consecutive days, {share}. The prescriber must order it.",
            too_long=too_long,
            days=split.days,
            share=share,
        )
    return msg(
        "{too_long}, and even over {days} days each day takes longer ({share}): discuss the dose and the rate with "
        "the prescriber.",
        too_long=too_long,
        days=split.days,
        share=share,
    )
