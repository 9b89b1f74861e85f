"""What the engine's steps share: a rung before pump rounding, the plan's ceiling, and the conversion
context (product, protocol, concentration, per-kg weight, policy) with its written-out working."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar

from ivig_desktop.domain import units
from ivig_desktop.domain.catalog import Product, Protocol
from ivig_desktop.domain.errors import FieldErrors, ValidationError
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.plan.model import LIMIT_RULE, Limit, LimitKind, StepOrigin
from ivig_desktop.domain.policy import ClinicPolicy
from ivig_desktop.domain.units import RateUnit, show
from ivig_desktop.domain.working import Term, Working, parenthesised

msg = messages(__name__)

_T = TypeVar("_T")


@dataclass(frozen=True)
class Rung:
    """A step before pump rounding: exact rate, duration (None: the last), origin and how the rate arose."""

    rate: Fraction
    duration: int | None
    origin: StepOrigin
    derivation: str
    source: str
    capped_by: str | None = None
    exclusive_cap: bool = False


@dataclass(frozen=True)
class Ceiling:
    rate: Fraction
    inclusive: bool
    origin: StepOrigin
    name: str
    source: str


def capture(errors: FieldErrors, compute: Callable[[], _T]) -> _T | None:
    try:
        return compute()
    except ValidationError as error:
        errors.capture(error)
        return None


@dataclass(frozen=True)
class PlanContext:
    """What every conversion of this plan needs: product, protocol, concentration, per-kg weight, policy."""

    product: Product
    protocol: Protocol
    concentration: Decimal
    per_kg_weight: Fraction
    basis: str
    policy: ClinicPolicy

    @property
    def mg_per_ml(self) -> Fraction:
        return units.concentration_mg_per_ml(self.concentration)

    @property
    def vial_sizes_source(self) -> str:
        product = self.product
        return msg(
            "{display_name} vial sizes {value}",
            display_name=product.display_name,
            value=parenthesised(product.vial_sizes_source or product.citation),
        )

    @property
    def label_source(self) -> str:
        return msg("{citation}; row: {label_text}", citation=self.product.citation, label_text=self.protocol.label_text)

    def ml_per_h(self, rate_mg_per_kg_min: Fraction) -> Fraction:
        return units.mg_per_kg_min_to_ml_per_h(rate_mg_per_kg_min, self.concentration, self.per_kg_weight)

    def stated(self, value: Decimal, unit: RateUnit) -> str:
        """A label figure in its own unit, with its mg/kg/min equivalent when the unit differs."""
        text = f"{show(value)} {unit.value}"
        if unit is RateUnit.MG_PER_KG_MIN:
            return text
        return msg(
            "{text} = {to_mg_per_kg_min} mg/kg/min",
            text=text,
            to_mg_per_kg_min=show(units.to_mg_per_kg_min(value, unit, self.concentration), 4),
        )

    def conversion(self, rate_mg_per_kg_min: Fraction) -> str:
        """mg/kg/min -> mL/kg/h -> mL/h (exact), written out."""
        ml_per_kg_h = units.mg_per_kg_min_to_ml_per_kg_h(rate_mg_per_kg_min, self.concentration)
        return msg(
            "{rate_mg_per_kg_min} mg/kg/min x 60 / {mg_per_ml} mg/mL = {ml_per_kg_h} mL/kg/h; {ml_per_kg_h} mL/kg/h "
            "x {per_kg_weight} kg ({basis}) = {ml_per_h} mL/h",
            rate_mg_per_kg_min=show(rate_mg_per_kg_min, 4),
            mg_per_ml=show(self.mg_per_ml),
            ml_per_kg_h=show(ml_per_kg_h, 4),
            per_kg_weight=show(self.per_kg_weight, 2),
            basis=self.basis,
            ml_per_h=show(self.ml_per_h(rate_mg_per_kg_min), 4),
        )

    def inputs(self, rate_mg_per_kg_min: Fraction) -> tuple[Term, ...]:
        return (
            Term("rate", show(rate_mg_per_kg_min, 4), "mg/kg/min"),
            Term("concentration", f"{show(self.concentration)}% = {show(self.mg_per_ml)}", "mg/mL"),
            Term(msg("per-kg weight ({basis})", basis=self.basis), show(self.per_kg_weight, 2), "kg"),
        )

    def limit(
        self,
        kind: LimitKind,
        name: str,
        rate_mg_per_kg_min: Fraction,
        inclusive: bool,
        origin: StepOrigin,
        source: str,
        *,
        stated: tuple[Decimal, RateUnit] | None = None,
        notes: tuple[str, ...] = (),
    ) -> Limit:
        ml_per_h = self.ml_per_h(rate_mg_per_kg_min)
        relation = "" if inclusive else "< "
        arithmetic = self.conversion(rate_mg_per_kg_min)
        if stated is not None and stated[1] is not RateUnit.MG_PER_KG_MIN:
            arithmetic = f"{self.stated(*stated)}; {arithmetic}"
        return Limit(
            kind=kind,
            name=name,
            rate_mg_per_kg_min=rate_mg_per_kg_min,
            inclusive=inclusive,
            origin=origin,
            source=source,
            rate_ml_per_h=ml_per_h,
            working=Working(
                quantity=msg("{value} limit: {name}", value=kind.value, name=name),
                result=(
                    msg(
                        "{relation}{rate_mg_per_kg_min} mg/kg/min = {relation}{ml_per_h} mL/h",
                        relation=relation,
                        rate_mg_per_kg_min=show(rate_mg_per_kg_min, 4),
                        ml_per_h=show(ml_per_h, 4),
                    )
                ),
                formula=msg("mL/h = mg/kg/min x 60 / concentration (mg/mL) x per-kg weight (kg)"),
                arithmetic=arithmetic,
                source=source,
                inputs=self.inputs(rate_mg_per_kg_min),
                notes=(*notes, LIMIT_RULE[kind]),
            ),
        )


def held_last(rungs: list[Rung]) -> list[Rung]:
    """The last rung has no duration: it runs until the volume is infused."""
    if rungs and rungs[-1].duration is not None:
        rungs = [*rungs[:-1], replace(rungs[-1], duration=None)]
    return rungs
