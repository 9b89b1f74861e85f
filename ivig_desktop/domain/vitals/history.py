"""Recording and correcting a vitals set, and the session's vitals history (baseline, latest, flags)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ivig_desktop.domain.entry_time import validate_entry_time
from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import EventType, NewEvent
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.session import Session, amend
from ivig_desktop.domain.vitals.alerts import VitalsFlag, flags_for
from ivig_desktop.domain.vitals.config import VitalsConfig
from ivig_desktop.domain.vitals.signs import VitalSign
from ivig_desktop.domain.vitals.values import Vitals, VitalsInput, validate_vitals

msg = messages(__name__)

OCCURRED_AT_FIELD = "occurred_at"


def record_vitals(
    session: Session, values: VitalsInput, *, occurred_at: datetime, now: datetime, config: VitalsConfig
) -> NewEvent:
    """A vitals set taken at `occurred_at` (now, or earlier for a late entry; never in the future, never before
    the session opened). Values past an alert threshold are stored; `vitals_history` flags them."""
    errors = FieldErrors()
    vitals: Vitals | None = None
    when: datetime | None = None
    try:
        vitals = validate_vitals(values, config)
    except ValidationError as error:
        errors.capture(error)
    try:
        when = validate_entry_time(session, occurred_at, now, OCCURRED_AT_FIELD, msg("The time the vitals were taken"))
    except ValidationError as error:
        errors.capture(error)
    errors.raise_if_any()
    assert vitals is not None and when is not None
    return NewEvent(EventType.VITALS_RECORDED, occurred_at=when, payload=vitals.to_payload())


def amend_vitals(
    session: Session, event_id: int, *, reason: str, now: datetime, values: VitalsInput, config: VitalsConfig
) -> NewEvent:
    """Correct a vitals set's values (validated as a new entry). The original stays in the record."""
    entry = session.entry(event_id)
    if entry.event.type is not EventType.VITALS_RECORDED:
        raise DomainError(msg("Only a vitals set's values can be corrected here."))
    vitals = validate_vitals(values, config)
    payload = vitals.to_payload()
    if payload == dict(entry.current_payload):
        raise ValidationError.one("replacement", msg("The corrected values are the same as the values recorded."))
    return amend(session, event_id, reason=reason, now=now, replacement=payload)


@dataclass(frozen=True)
class VitalsReading:
    """A vitals set as it now stands in the record, with its flags."""

    event_id: int
    occurred_at: datetime
    recorded_at: datetime
    nurse_id: int
    vitals: Vitals
    flags: tuple[VitalsFlag, ...]
    is_baseline: bool
    is_late_entry: bool
    is_corrected: bool

    @property
    def flagged_signs(self) -> frozenset[VitalSign]:
        return frozenset(flag.sign for flag in self.flags)


@dataclass(frozen=True)
class Comparison:
    """One row of the baseline-against-latest summary."""

    sign: VitalSign
    baseline: Decimal | None
    latest: Decimal | None

    @property
    def change(self) -> Decimal | None:
        if self.baseline is None or self.latest is None:
            return None
        return self.latest - self.baseline


@dataclass(frozen=True)
class VitalsHistory:
    """The session's vitals sets in the order they were taken, the baseline, the latest, and every flag."""

    readings: tuple[VitalsReading, ...] = ()
    baseline_before_infusion: bool | None = None

    @property
    def baseline(self) -> VitalsReading | None:
        return self.readings[0] if self.readings else None

    @property
    def latest(self) -> VitalsReading | None:
        return self.readings[-1] if self.readings else None

    def reading(self, event_id: int) -> VitalsReading:
        for reading in self.readings:
            if reading.event_id == event_id:
                return reading
        raise DomainError(msg("No vitals set {event_id} in this session.", event_id=event_id))

    def comparison(self) -> tuple[Comparison, ...]:
        """Baseline against latest for every sign (weight only if measured)."""
        baseline, latest = self.baseline, self.latest
        rows = []
        for sign in VitalSign:
            before = baseline.vitals.value(sign) if baseline else None
            after = latest.vitals.value(sign) if latest else None
            if sign is VitalSign.WEIGHT and before is None and after is None:
                continue
            rows.append(Comparison(sign, before, after))
        return tuple(rows)


def vitals_history(
    session: Session, config: VitalsConfig, infusion_started_at: datetime | None = None
) -> VitalsHistory:
    """The vitals sets as they now stand (amendments applied, sets entered in error left out), ordered by the time
    they were taken (ties: the order written). The first is the baseline; each set is flagged against it.
    `infusion_started_at` (from the infusion, when there is one) only sets `baseline_before_infusion`."""
    effective = sorted(
        session.effective_events(EventType.VITALS_RECORDED),
        key=lambda e: (e.occurred_at, e.event.seq),
    )
    entries = {entry.event.id: entry for entry in session.entries}
    readings: list[VitalsReading] = []
    baseline: Vitals | None = None
    for position, item in enumerate(effective):
        vitals = Vitals.from_payload(item.payload)
        if position == 0:
            baseline = vitals
        readings.append(
            VitalsReading(
                event_id=item.event.id,
                occurred_at=item.occurred_at,
                recorded_at=item.event.recorded_at,
                nurse_id=item.event.nurse_id,
                vitals=vitals,
                flags=flags_for(vitals, None if position == 0 else baseline, config),
                is_baseline=position == 0,
                is_late_entry=item.event.is_late_entry,
                is_corrected=entries[item.event.id].is_amended,
            )
        )
    before: bool | None = None
    if readings and infusion_started_at is not None:
        before = readings[0].occurred_at <= infusion_started_at
    return VitalsHistory(tuple(readings), before)
