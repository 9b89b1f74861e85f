"""Hard limits beyond the label maximum: the at-risk cap, and the refusal of a rate above a hard limit."""

from __future__ import annotations

from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.catalog import AtRisk, Product, RateBound
from ivig_desktop.domain.plan.context import PlanContext
from ivig_desktop.domain.plan.model import Limit, LimitExceededError, LimitKind, StepOrigin
from ivig_desktop.domain.units import show


def at_risk_cap(context: PlanContext, warnings: list[str]) -> Limit:
    """The hard cap for a patient at renal or thrombosis risk: the label's at-risk rate, or the clinic's
    minimum practicable rate where the label says 'minimum practicable' or gives no rate; the lower wins."""
    product, protocol, policy = context.product, context.protocol, context.policy
    statement: AtRisk | None = protocol.at_risk or product.at_risk
    start = protocol.start_mg_per_kg_min(context.concentration)
    candidates: list[tuple[Fraction, bool, StepOrigin, str]] = []
    if statement is None:
        warnings.append(
            f"The reference gives no at-risk rate for {product.display_name}: the clinic's minimum "
            "practicable rate is used as the at-risk cap."
        )
    elif not statement.confirmed:
        warnings.append(
            f"UNCONFIRMED at-risk statement for {product.display_name} ('{statement.text}'): the clinic's "
            "minimum practicable rate is used as the at-risk cap."
        )
    label_rate = statement.rate_mg_per_kg_min(context.concentration) if statement else None
    if statement is not None and label_rate is not None and statement.confirmed:
        candidates.append(
            (
                label_rate,
                statement.bound is RateBound.AT_MOST,
                StepOrigin.LABEL,
                f"{product.citation}: at-risk rate '{statement.text}' ({statement.condition})",
            )
        )
    if statement is None or statement.minimum_practicable or label_rate is None or not statement.confirmed:
        configured = policy.at_risk_minimum_practicable_mg_per_kg_min
        minimum = units.exact(configured) if configured is not None else start
        what = (
            f"configured as {show(minimum, 4)} mg/kg/min"
            if configured is not None
            else f"the protocol's label start rate, {show(start, 4)} mg/kg/min"
        )
        said = f"; the label says '{statement.text}'" if statement is not None else ""
        candidates.append(
            (minimum, True, StepOrigin.CLINIC, f"{policy.source}: minimum practicable rate = {what}{said}")
        )
    rate, inclusive, origin, source = min(candidates, key=lambda c: (c[0], c[1]))
    return context.limit(LimitKind.HARD, "at-risk cap", rate, inclusive, origin, source)


def refuse_above_hard(field: str, what: str, rate: Fraction, hard: Limit, product: Product) -> None:
    if hard.exceeded_by(rate):
        bound = "at most" if hard.inclusive else "below"
        raise LimitExceededError(
            field,
            f"Refused: the {what} {show(rate, 4)} mg/kg/min for {product.display_name} is above the hard "
            f"limit, the {hard.describe} ({hard.source}). Use a rate {bound} "
            f"{show(hard.rate_mg_per_kg_min, 4)} mg/kg/min.",
            hard,
        )
