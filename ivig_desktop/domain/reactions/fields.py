"""The vocabulary of a reaction entry (dose units, routes, outcomes) and the checks its fields share."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from ivig_desktop.domain.clock import to_iso
from ivig_desktop.domain.entry_time import validate_entry_time
from ivig_desktop.domain.errors import FieldErrors, ValidationError
from ivig_desktop.domain.events import JsonValue
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.numbers import parse_decimal
from ivig_desktop.domain.session import Session
from ivig_desktop.domain.snapshot import RateLimits

msg = messages(__name__)

OTHER_SYMPTOMS_MAX_CHARS = 500
NOTES_MAX_CHARS = 2000
NAME_MAX_CHARS = 100
DOSE_MAX = Decimal(100000)


class DoseUnit(StrEnum):
    MG = "mg"
    MCG = "mcg"
    G = "g"
    ML = "mL"
    UNITS = "units"


class Route(StrEnum):
    PO = "PO"
    IV = "IV"
    IM = "IM"
    SC = "SC"
    INHALED = "inhaled"

    @property
    def label(self) -> str:
        return _ROUTE_LABELS[self]


_ROUTE_LABELS = {
    Route.PO: msg("PO (by mouth)"),
    Route.IV: "IV",
    Route.IM: "IM",
    Route.SC: "SC",
    Route.INHALED: msg("Inhaled"),
}


class ReactionOutcome(StrEnum):
    RESOLVED = "resolved"
    IMPROVING = "improving"
    NOT_RESOLVED = "not_resolved"
    TRANSFERRED = "transferred"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    ReactionOutcome.RESOLVED: msg("Resolved"),
    ReactionOutcome.IMPROVING: msg("Improving"),
    ReactionOutcome.NOT_RESOLVED: msg("Not resolved"),
    ReactionOutcome.TRANSFERRED: msg("Transferred to emergency or hospital care"),
}


def blank(value: str | Decimal) -> bool:
    return isinstance(value, str) and not value.strip()


def rate_limits(session: Session) -> RateLimits:
    """The rule a reaction's rates are checked by: the confirmed plan's `RateLimits` (its pump's resolution and
    maximum, its hard limit), the one rule for every pump rate; without a plan, the fixed bounds of a plan without a
    pump recorded (0.1 mL/h steps, 999.9 mL/h)."""
    plan = session.infusion.plan
    return plan.limits if plan is not None else RateLimits.unrecorded()


def parse_rate(value: str | Decimal, field: str, label: str, limits: RateLimits, *, to_set: bool = False) -> Decimal:
    """A pump rate in mL/h that the pump (`limits`) can run: above 0, a multiple of its resolution, at most its
    maximum; `to_set` (a rate the pump is to be set to: slowed to, resumed at) also at most the hard limit.
    Returned with the resolution's places (e.g. '60.0' at 0.1 mL/h)."""
    rate = parse_decimal(value, field, label)
    limits.check_pump(rate, field, label)
    if to_set:
        limits.check_hard(rate, field)
    return limits.floor(rate)


def clean_text(value: str, field: str, label: str, limit: int, errors: FieldErrors, *, multiline: bool = False) -> str:
    """Cleaned text: spaces collapsed (multi-line text only stripped), at most `limit` characters."""
    text = value.strip() if multiline else " ".join(value.split())
    if len(text) > limit:
        errors.add(field, msg("{label} must be at most {limit} characters.", label=label, limit=limit))
    return text


def to_minute(when: datetime) -> datetime:
    return when.replace(second=0, microsecond=0)


def after_onset(
    session: Session, when: datetime, onset: datetime | None, now: datetime, field: str, what: str
) -> datetime:
    moment = validate_entry_time(session, when, now, field, what)
    if onset is not None and moment < to_minute(onset):
        raise ValidationError.one(field, msg("{what} is before the onset; check the time.", what=what))
    return moment


def provider_notified(
    session: Session, name: str, at: datetime | None, onset: datetime | None, now: datetime, errors: FieldErrors
) -> dict[str, JsonValue] | None:
    """{name, at} when both are given and the time is valid; a name needs a time and a time needs a name."""
    if name and at is None:
        errors.add("provider_notified_at", msg("Give the time the prescriber was notified."))
    elif at is not None and not name:
        errors.add("provider_name", msg("Name the prescriber who was notified."))
    elif name and at is not None:
        try:
            moment = after_onset(session, at, onset, now, "provider_notified_at", msg("The time notified"))
        except ValidationError as error:
            errors.capture(error)
        else:
            return {"name": name, "at": to_iso(moment)}
    return None


def outcome_time(
    session: Session,
    outcome: ReactionOutcome | None,
    resolved_at: datetime | None,
    onset: datetime | None,
    now: datetime,
    errors: FieldErrors,
) -> datetime | None:
    if outcome is ReactionOutcome.RESOLVED and resolved_at is None:
        errors.add("resolved_at", msg("Give the time the reaction resolved."))
        return None
    if resolved_at is not None and outcome is not ReactionOutcome.RESOLVED:
        errors.add("resolved_at", msg("A time resolved goes with the outcome 'Resolved'."))
        return None
    if resolved_at is None:
        return None
    try:
        return after_onset(session, resolved_at, onset, now, "resolved_at", msg("The time resolved"))
    except ValidationError as error:
        errors.capture(error)
        return None
