"""A fixed mL/h ladder checked against the patient (issue 11, item 7) before the plan follows it.

A ladder's mL/h means a different per-kg rate for every weight, so for this patient: the weight must be in the
ladder's band; no rung may be above the per-kg plan's rate for the same place in the escalation (its step with the
same number: the label's rates, or the clinic's escalation where the label says "as tolerated"); no rung may rise
by a larger factor than the per-kg plan's own largest step; and the ladder may not step faster than an interval the
label states. If any fails, the plan follows the per-kg protocol instead, and a warning says why.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.catalog import AsTolerated, Ladder
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.plan.context import PlanContext, Rung
from ivig_desktop.domain.plan.rungs import label_rungs, ladder_rungs
from ivig_desktop.domain.units import show
from ivig_desktop.domain.working import parenthesised

msg = messages(__name__)


def fit_ladder(context: PlanContext, ladder: Ladder, lowest: bool, warnings: list[str]) -> list[Rung] | None:
    """The ladder's rungs for this patient, or None (a warning says why) when the per-kg plan must be used."""
    reason = _misfit(context, ladder, lowest)
    if reason is not None:
        warnings.append(
            msg(
                "Ladder {id} is not used for this patient: {reason}. The per-kg label plan is used.",
                id=ladder.id,
                reason=reason,
            )
        )
        return None
    return ladder_rungs(context, ladder, lowest, warnings)


def _misfit(context: PlanContext, ladder: Ladder, lowest: bool) -> str | None:
    weight = context.per_kg_weight
    if ladder.weight_band_kg is not None:
        low, high = ladder.weight_band_kg
        if not units.exact(low) <= weight <= units.exact(high):
            return msg(
                "it is meant for {low} to {high} kg {weight_band_source} and this patient's per-kg weight is "
                "{weight} kg ({basis})",
                low=show(low),
                high=show(high),
                weight_band_source=parenthesised(ladder.weight_band_source),
                weight=show(weight, 2),
                basis=context.basis,
            )
    stated = _stated_interval(context)
    if stated is not None and ladder.interval_min < stated:
        return msg(
            "it steps every {interval_min} min, faster than the {display_name} label's every {stated} min",
            interval_min=ladder.interval_min,
            display_name=context.product.display_name,
            stated=stated,
        )
    label = [rung.rate for rung in label_rungs(context)]
    largest = max((later / earlier for earlier, later in itertools.pairwise(label)), default=Fraction(1))
    rungs = ladder_rungs(context, ladder, lowest, [])
    for index, rung in enumerate(rungs):
        place = min(index, len(label) - 1)
        allowed = label[place]
        if rung.rate > allowed:
            return msg(
                "its step {value} ({ml_per_h} mL/h = {rate} mg/kg/min at {weight} kg) is above step {value2} of the "
                "per-kg plan ({allowed} mg/kg/min = {ml_per_h2} mL/h)",
                value=index + 1,
                ml_per_h=show(context.ml_per_h(rung.rate), 1),
                rate=show(rung.rate, 4),
                weight=show(weight, 2),
                value2=place + 1,
                allowed=show(allowed, 4),
                ml_per_h2=show(context.ml_per_h(allowed), 1),
            )
        if index and rung.rate / rungs[index - 1].rate > largest:
            factor = rung.rate / rungs[index - 1].rate
            return msg(
                "its step {value} rises x{factor} ({ml_per_h} -> {ml_per_h2} mL/h), more than the per-kg plan's "
                "largest step, x{largest}",
                value=index + 1,
                factor=show(factor, 2),
                ml_per_h=show(context.ml_per_h(rungs[index - 1].rate), 1),
                ml_per_h2=show(context.ml_per_h(rung.rate), 1),
                largest=show(largest, 2),
            )
    return None


def _stated_interval(context: PlanContext) -> int | None:
    """The shortest interval the label itself states between steps, if it states one."""
    rule = context.protocol.rule
    if isinstance(rule, AsTolerated):
        if rule.interval_min is not None:
            return rule.interval_min
        return rule.interval_range_min[0] if rule.interval_range_min is not None else None
    return rule.interval_min
