"""The catalog's values: a product as its label describes it, its rate protocols and at-risk statement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.catalog.doses import DoseLimit, FirstInfusionRule
from ivig_desktop.domain.catalog.indications import Indication
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.units import RateUnit
from ivig_desktop.domain.working import parenthesised

msg = messages(__name__)

REFERENCE_NAME = "ivig-domain.md"


class RateBound(StrEnum):
    """How a label states an at-risk rate: 'not to exceed X' (at_most) or 'less than X' (below)."""

    AT_MOST = "at_most"
    BELOW = "below"


@dataclass(frozen=True)
class AtRisk:
    """What a label says about patients at renal or thrombosis risk.

    `rate` (in `unit`) with `bound` is a numeric cap when the label gives one; `minimum_practicable` is True
    when the label says "minimum rate practicable" (the clinic policy turns that into a number);
    `confirmed` is False where the reference marks the statement unconfirmed.
    """

    text: str
    rate: Decimal | None
    unit: RateUnit
    bound: RateBound
    minimum_practicable: bool
    condition: str
    confirmed: bool
    source: str = ""

    def rate_mg_per_kg_min(self, concentration_percent: Decimal) -> Fraction | None:
        if self.rate is None:
            return None
        return units.to_mg_per_kg_min(self.rate, self.unit, concentration_percent)


@dataclass(frozen=True)
class RateList:
    """Label rule: an explicit list of rates, one every `interval_min` (the first is the start rate).

    With `then_as_tolerated`, after the listed rates the clinic escalation continues up to the label maximum.
    """

    rates: tuple[Decimal, ...]
    interval_min: int
    then_as_tolerated: bool = False
    kind: str = "list"


@dataclass(frozen=True)
class Increment:
    """Label rule: start, then + `increment` (in the protocol's unit) every `interval_min`, up to the max."""

    increment: Decimal
    interval_min: int
    kind: str = "increment"


@dataclass(frozen=True)
class Doubling:
    """Label rule: start, then double the rate every `interval_min`, up to the max."""

    interval_min: int
    kind: str = "doubling"


@dataclass(frozen=True)
class AsTolerated:
    """Label rule: 'increase as tolerated up to a maximum'. The steps come from the clinic's escalation.

    The label may state an interval (`interval_min`) or a range of intervals (`interval_range_min`).
    """

    interval_min: int | None = None
    interval_range_min: tuple[int, int] | None = None
    kind: str = "as_tolerated"


StepRule = RateList | Increment | Doubling | AsTolerated


@dataclass(frozen=True)
class Protocol:
    """A label's rate protocol for one or more indications. Rates are in `unit`, as the label states them."""

    indications: tuple[Indication, ...]
    label_text: str
    unit: RateUnit
    start: Decimal
    start_duration_min: int | None
    max: Decimal
    rule: StepRule
    maintenance_start: Decimal | None
    maintenance_start_note: str
    at_risk: AtRisk | None
    confirmed: bool
    unconfirmed_reason: str

    def start_mg_per_kg_min(self, concentration_percent: Decimal) -> Fraction:
        return units.to_mg_per_kg_min(self.start, self.unit, concentration_percent)

    def max_mg_per_kg_min(self, concentration_percent: Decimal) -> Fraction:
        return units.to_mg_per_kg_min(self.max, self.unit, concentration_percent)

    @property
    def indication_codes(self) -> str:
        return ", ".join(indication.value for indication in self.indications)


@dataclass(frozen=True)
class Note:
    """A handling or safety note. `topic`: sugar, sodium, diluent, glucose_meter, iga, handling or other."""

    topic: str
    text: str
    confirmed: bool


@dataclass(frozen=True)
class ProtocolMatch:
    """The protocol the plan uses for an indication, and whether it is the product's general fallback."""

    protocol: Protocol
    fallback: bool


@dataclass(frozen=True)
class Product:
    """An IVIG product as its label describes it, with where the figures came from."""

    id: str
    name: str
    concentration_percent: Decimal | None
    concentration_choices_percent: tuple[Decimal, ...]
    form: str
    vial_sizes_g: tuple[Decimal, ...]
    general_indication: Indication
    protocols: tuple[Protocol, ...]
    at_risk: AtRisk | None
    notes: tuple[Note, ...]
    sources: tuple[str, ...]
    verified_on: dt.date
    unconfirmed: tuple[tuple[str, str], ...]
    same_as: str | None
    label_indications: tuple[Indication, ...] = ()
    vial_sizes_source: str = ""
    dose_limits: tuple[DoseLimit, ...] = ()
    first_infusion: FirstInfusionRule | None = None

    @property
    def display_name(self) -> str:
        if self.concentration_percent is None:
            return self.name
        return f"{self.name} {units.show(self.concentration_percent)}%"

    @property
    def citation(self) -> str:
        return msg(
            "{name} label {items}, catalog verified {verified_on}",
            name=self.name,
            items=parenthesised("; ".join(self.sources)),
            verified_on=self.verified_on.isoformat(),
        )

    @property
    def unconfirmed_fields(self) -> Mapping[str, str]:
        return dict(self.unconfirmed)

    @property
    def indications(self) -> tuple[Indication, ...]:
        """The indications on the product's label (those of its protocols where the catalog lists none)."""
        if self.label_indications:
            return self.label_indications
        return tuple(i for protocol in self.protocols for i in protocol.indications)

    def on_label(self, indication: Indication) -> bool:
        return indication in self.indications

    @property
    def labelled_text(self) -> str:
        """The labelled indications, for a message: 'PI, ITP, CIDP'."""
        return ", ".join(indication.value for indication in self.indications)

    def protocol_for(self, indication: Indication) -> ProtocolMatch:
        """The label protocol for `indication`, else the product's general protocol (`fallback=True`)."""
        for protocol in self.protocols:
            if indication in protocol.indications:
                return ProtocolMatch(protocol, fallback=False)
        for protocol in self.protocols:
            if self.general_indication in protocol.indications:
                return ProtocolMatch(protocol, fallback=True)
        raise AssertionError("validated catalogs always have a general protocol")  # pragma: no cover

    def concentration_for(self, requested_percent: Decimal | None) -> Decimal:
        """The concentration to plan with: the product's own, or (for products prepared at a chosen
        concentration, such as lyophilised ones) the requested one, which must be one of the choices."""
        choices = ", ".join(units.show(c) for c in self.concentration_choices_percent)
        if self.concentration_percent is not None:
            if requested_percent is not None and requested_percent != self.concentration_percent:
                raise ValidationError.one(
                    "concentration_percent",
                    msg(
                        "{name} comes at {concentration_percent}% only.",
                        name=self.name,
                        concentration_percent=units.show(self.concentration_percent),
                    ),
                )
            return self.concentration_percent
        if requested_percent is None:
            raise ValidationError.one(
                "concentration_percent",
                msg(
                    "{name} is reconstituted: choose its concentration, one of {choices} (%).",
                    name=self.name,
                    choices=choices,
                ),
            )
        if requested_percent not in self.concentration_choices_percent:
            raise ValidationError.one(
                "concentration_percent",
                msg("{name} concentration must be one of {choices} (%).", name=self.name, choices=choices),
            )
        return requested_percent


@dataclass(frozen=True)
class Catalog:
    products: tuple[Product, ...]
    dose_limits: tuple[DoseLimit, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(product.id for product in self.products)

    def get(self, product_id: str) -> Product:
        for product in self.products:
            if product.id == product_id:
                return product
        raise ValidationError.one(
            "product",
            msg(
                "Unknown product '{product_id}'. Valid products: {items}.",
                product_id=product_id,
                items=", ".join(self.ids),
            ),
        )

    def __iter__(self) -> Iterator[Product]:
        return iter(self.products)

    def dose_limit(self, product: Product, indication: Indication) -> DoseLimit | None:
        """The label's dose limit for `indication`: the product's own row, else the catalog's default row."""
        for rows in (product.dose_limits, self.dose_limits):
            for row in rows:
                if indication in row.indications:
                    return row
        return None
