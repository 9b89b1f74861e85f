"""The plan's ceiling applied to the rate sequence, and the pump rates (rounded by the one policy)."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.plan.context import Ceiling, PlanContext, Rung, held_last
from ivig_desktop.domain.plan.model import PlanStep
from ivig_desktop.domain.units import show
from ivig_desktop.domain.working import Working

msg = messages(__name__)


def apply_ceiling(rungs: list[Rung], ceiling: Ceiling) -> list[Rung]:
    """Lower the first rung above the ceiling to it and end the sequence there; merge equal neighbours."""
    out: list[Rung] = []
    for rung in rungs:
        above = rung.rate > ceiling.rate if ceiling.inclusive else rung.rate >= ceiling.rate
        if above:
            relation = "" if ceiling.inclusive else "below "
            rung = Rung(
                ceiling.rate,
                None,
                ceiling.origin,
                msg(
                    "{derivation}; lowered to the {name}, {relation}{rate} mg/kg/min",
                    derivation=rung.derivation,
                    name=ceiling.name,
                    relation=relation,
                    rate=show(ceiling.rate, 4),
                ),
                ceiling.source,
                capped_by=ceiling.name,
                exclusive_cap=not ceiling.inclusive,
            )
        if out and out[-1].rate == rung.rate:
            previous = out[-1]
            duration = None if previous.duration is None or rung.duration is None else previous.duration + rung.duration
            out[-1] = replace(
                previous,
                duration=duration,
                capped_by=rung.capped_by,
                derivation=f"{previous.derivation}; held: the next step would be above the {ceiling.name}",
            )
        else:
            out.append(rung)
        if above:
            break
    return held_last(out)


def pump_steps(context: PlanContext, rungs: list[Rung], ceiling: Ceiling) -> tuple[PlanStep, ...]:
    """Round every rung to a pump rate (never across the ceiling), then merge a rung whose pump rate equals
    the previous step's into that step: a step that leaves the pump unchanged is no step."""
    rounding = context.policy.rounding
    ceiling_ml_per_h = context.ml_per_h(ceiling.rate)
    # (rung, pump rate, target mg/kg/min, notes, duration) per pump setting
    settings: list[tuple[Rung, units.PumpRate, Fraction, list[str], int | None]] = []
    for rung in rungs:
        pump = units.round_pump_rate(
            context.ml_per_h(rung.rate),
            rounding,
            ceiling_ml_per_h,
            limit_inclusive=ceiling.inclusive,
            limit_name=ceiling.name,
        )
        target = rung.rate
        notes = [pump.note]
        if rung.exclusive_cap:
            target = units.ml_per_h_to_mg_per_kg_min(pump.rate_ml_per_h, context.concentration, context.per_kg_weight)
            notes.append(
                msg(
                    "the {name} requires less than {rate} mg/kg/min ({ceiling_ml_per_h} mL/h): the highest pump rate "
                    "below it is {rate_ml_per_h} mL/h, which delivers {target} mg/kg/min",
                    name=ceiling.name,
                    rate=show(ceiling.rate, 4),
                    ceiling_ml_per_h=show(ceiling_ml_per_h, 4),
                    rate_ml_per_h=units.plain(pump.rate_ml_per_h),
                    target=show(target, 4),
                )
            )
        if rung.capped_by:
            notes.append(msg("capped by the {capped_by}", capped_by=rung.capped_by))
        if settings and settings[-1][1].rate_ml_per_h == pump.rate_ml_per_h:
            previous, previous_pump, previous_target, previous_notes, previous_duration = settings[-1]
            duration = None if previous_duration is None or rung.duration is None else previous_duration + rung.duration
            previous_notes.append(
                msg(
                    "the next target, {target} mg/kg/min, gives the same pump rate ({rate_ml_per_h} mL/h), so it is "
                    "merged into this step",
                    target=show(target, 4),
                    rate_ml_per_h=units.plain(pump.rate_ml_per_h),
                )
            )
            if rung.capped_by and not previous.capped_by:
                previous = replace(previous, capped_by=rung.capped_by)
            settings[-1] = (previous, previous_pump, previous_target, previous_notes, duration)
            continue
        settings.append((rung, pump, target, notes, rung.duration))

    steps: list[PlanStep] = []
    start_min = 0
    for number, (rung, pump, target, notes, duration) in enumerate(settings, start=1):
        timing = (
            msg("from minute {start_min} for {duration} min", start_min=start_min, duration=duration)
            if duration is not None
            else msg("from minute {start_min} until the infusion ends", start_min=start_min)
        )
        ml_per_kg_h = units.mg_per_kg_min_to_ml_per_kg_h(target, context.concentration)
        working = Working(
            quantity=msg("step {number} pump rate", number=number),
            result=msg("{rate_ml_per_h} mL/h", rate_ml_per_h=units.plain(pump.rate_ml_per_h)),
            formula=(msg("mL/kg/h = mg/kg/min x 60 / concentration (mg/mL); pump mL/h = mL/kg/h x per-kg weight (kg)")),
            arithmetic=(
                msg(
                    "{derivation}; {conversion} -> {rate_ml_per_h} mL/h",
                    derivation=rung.derivation,
                    conversion=context.conversion(rung.rate),
                    rate_ml_per_h=units.plain(pump.rate_ml_per_h),
                )
            ),
            source=rung.source,
            inputs=context.inputs(rung.rate),
            notes=(timing, *notes),
        )
        steps.append(
            PlanStep(
                number=number,
                start_min=start_min,
                duration_min=duration,
                rate_mg_per_kg_min=units.trimmed(target, rounding.per_kg_rate_places),
                rate_ml_per_kg_h=units.trimmed(ml_per_kg_h, rounding.per_kg_rate_places),
                rate_ml_per_h=pump.rate_ml_per_h,
                origin=rung.origin,
                capped_by=rung.capped_by,
                exact_mg_per_kg_min=target,
                volume_ml=None,
                working=working,
            )
        )
        start_min += duration or 0
    return tuple(steps)
