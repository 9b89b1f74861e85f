"""Practicality (issue 11, item 5): a plan longer than the clinic's maximum chair time says so and proposes to split
the dose over consecutive days, showing the days, the grams a day (in whole vials) and each day's duration.

The split is a proposal: the prescriber orders it (the regimen becomes a course of that many days). Each day is
estimated with the same steps as today's plan, the conservative choice (a later day of a course may start higher).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.plan.context import PlanContext
from ivig_desktop.domain.plan.dosing import choose_vials, follow_steps
from ivig_desktop.domain.plan.model import DosePlan, PlanStep, VialSelection
from ivig_desktop.domain.units import show
from ivig_desktop.domain.working import Term, Working


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
    return f"{whole} h {rest} min"


def propose_split(context: PlanContext, dose: DosePlan, steps: tuple[PlanStep, ...]) -> Split | None:
    """None when today's plan fits in the chair time; else the fewest days (up to the clinic's maximum) whose daily
    share fits, or the most days allowed with `fits` False."""
    policy, rounding = context.policy, context.policy.rounding
    chair = policy.max_chair_minutes
    if dose.estimated_minutes <= chair:
        return None
    lines = [f"1 day: {show(dose.dose_g)} g -> {show(dose.volume_ml, 1)} mL -> {hours(dose.estimated_minutes)}"]
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
            f"{days} days: {show(ordered, rounding.dose_places)} g a day -> {show(vials.total_g)} g in whole vials -> "
            f"{show(volume, 1)} mL -> {hours(minutes)} ({'fits' if fits else 'longer than the chair time'})"
        )
        best = (days, ordered, vials, volume, minutes, fits)
        if fits:
            break
    if best is None:  # the clinic allows no split (max_split_days = 1)
        return None
    days, ordered, vials, volume, minutes, fits = best
    combination = " + ".join(f"{count} x {units.plain(size)} g" for size, count in vials.vials)
    working = Working(
        quantity="split over days",
        result=f"{days} days: {show(vials.total_g)} g a day ({combination}), about {hours(minutes)} a day",
        formula=(
            "the fewest consecutive days whose daily share of the dose, in whole vials, is infused within the "
            "maximum chair time, following the same steps as today's plan"
        ),
        arithmetic="; ".join(lines),
        source=(
            f"{policy.source} [chair] max_hours = {show(Fraction(chair, 60))} h ({chair} min), "
            f"max_split_days = {policy.max_split_days}"
        ),
        inputs=(
            Term("dose ordered today", show(dose.ordered_g, rounding.dose_places), "g"),
            Term("maximum chair time", str(chair), "min"),
        ),
        notes=("the prescriber orders the split: the regimen becomes a course of that many days",),
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
    too_long = (
        f"The estimated duration, {hours(dose.estimated_minutes)}, is longer than the clinic's maximum chair time "
        f"of {hours(chair_minutes)}"
    )
    share = (
        f"{show(split.grams_per_day)} g a day ({combination}, {show(split.dose_g_per_kg_per_day, 4)} g/kg), about "
        f"{hours(split.minutes_per_day)} each"
    )
    if split.fits:
        return f"{too_long}: split the dose over {split.days} consecutive days, {share}. The prescriber must order it."
    return (
        f"{too_long}, and even over {split.days} days each day takes longer ({share}): discuss the dose and the "
        "rate with the prescriber."
    )
