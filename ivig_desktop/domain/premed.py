"""Premedication: what was given, how much, by which route, when and by whom.

The drugs usually come from the patient's regimen (e.g. acetaminophen 650 mg PO, diphenhydramine 25 mg PO) and
may be typed. The infusion's start counts down to the end of the premedication wait (clinic policy, default
30 minutes after the last premedication given).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from ivig_desktop.domain.errors import FieldErrors, ValidationError
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent, Payload
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.numbers import parse_decimal

msg = messages(__name__)

DRUG_MAX_CHARS = 80
EARLIEST_BEFORE_NOW = timedelta(hours=12)
FUTURE_TOLERANCE = timedelta(minutes=2)


class Route(StrEnum):
    PO = "PO"
    IV = "IV"
    IM = "IM"
    SC = "SC"

    @property
    def label(self) -> str:
        return {Route.PO: msg("PO (by mouth)"), Route.IV: "IV", Route.IM: "IM", Route.SC: "SC"}[self]


DOSE_UNITS = ("mg", "g", "mcg", "mL", "units")


@dataclass(frozen=True)
class PremedDrug:
    """A premedication as ordered (the regimen's set)."""

    name: str
    dose: Decimal
    unit: str
    route: Route

    @property
    def text(self) -> str:
        return f"{self.name} {self.dose.normalize():f} {self.unit} {self.route.value}"

    def to_payload(self) -> dict[str, JsonValue]:
        return {"drug": self.name, "dose": str(self.dose), "unit": self.unit, "route": self.route.value}

    @classmethod
    def from_payload(cls, data: Payload) -> PremedDrug:
        return cls(str(data["drug"]), Decimal(str(data["dose"])), str(data["unit"]), Route(str(data["route"])))


def validate_drug(name: str, dose: str | Decimal, unit: str, route: str | Route) -> PremedDrug:
    errors = FieldErrors()
    clean = " ".join(name.split())
    if not clean:
        errors.add("drug", msg("Drug name is required."))
    elif len(clean) > DRUG_MAX_CHARS:
        errors.add("drug", msg("Drug name must be at most {drug_max_chars} characters.", drug_max_chars=DRUG_MAX_CHARS))
    amount = Decimal(0)
    try:
        amount = parse_decimal(dose, "dose", msg("Dose"))
        if amount <= 0:
            errors.add("dose", msg("Dose must be above 0."))
    except ValidationError as error:
        errors.capture(error)
    if unit not in DOSE_UNITS:
        errors.add("unit", msg("Unit must be one of {items}.", items=", ".join(DOSE_UNITS)))
    try:
        clean_route = Route(route)
    except ValueError:
        clean_route = Route.PO
        errors.add("route", msg("Route must be one of {items}.", items=", ".join(r.value for r in Route)))
    errors.raise_if_any()
    return PremedDrug(clean, amount, unit, clean_route)


@dataclass(frozen=True)
class PremedGiven:
    drug: PremedDrug
    given_at: datetime
    given_by: str


def record_premed(
    drug: PremedDrug, *, given_at: datetime, given_by: str, now: datetime, opened_at: datetime
) -> NewEvent:
    """Premedication given at `given_at` (default now; a past time makes a late entry) by `given_by`."""
    errors = FieldErrors()
    if given_at > now + FUTURE_TOLERANCE:
        errors.add("given_at", msg("The time given cannot be in the future."))
    earliest = min(opened_at, now - EARLIEST_BEFORE_NOW)
    if given_at < earliest:
        errors.add("given_at", msg("The time given is more than 12 hours before this session."))
    by = " ".join(given_by.split())
    if not by:
        errors.add("given_by", msg("Say who gave it."))
    errors.raise_if_any()
    payload = {**drug.to_payload(), "given_by": by}
    return NewEvent(EventType.PREMED_GIVEN, occurred_at=given_at, payload=payload)


def premeds_given(events: Iterable[tuple[datetime, Payload]]) -> tuple[PremedGiven, ...]:
    return tuple(PremedGiven(PremedDrug.from_payload(p), at, str(p.get("given_by", ""))) for at, p in events)


def premed_ready_at(given: Iterable[PremedGiven], wait: timedelta) -> datetime | None:
    """The end of the premedication wait: the last premedication given plus the wait."""
    times = [g.given_at for g in given]
    return max(times) + wait if times else None
