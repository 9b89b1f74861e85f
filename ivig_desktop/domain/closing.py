"""After the infusion: flush, observation, discharge, and the nurse's signature that closes the session.

The signature shows the printed name, credentials, the time and its meaning (21 CFR 11.50 as a design
benchmark), and is linked to its record by being an event of it and by the digest of the session's content it
signs (store/signing.py). A signed session is closed: it leaves the board and takes no more entries
(domain/recording.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from ivig_desktop.domain import times
from ivig_desktop.domain.due import MonitoringPolicy
from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.numbers import in_range, parse_decimal
from ivig_desktop.domain.people import Nurse
from ivig_desktop.domain.session import Session

msg = messages(__name__)

SIGNATURE_MEANING = msg("I attest that this record of the IVIG session is complete and accurate.")
NOTES_MAX_CHARS = 1000
FLUSH_ML_MAX = Decimal(250)


class DischargeStatus(StrEnum):
    HOME_WELL = "home_well"
    HOME_INSTRUCTIONS = "home_instructions"
    TRANSFERRED = "transferred"
    NOT_INFUSED = "not_infused"

    @property
    def label(self) -> str:
        return {
            DischargeStatus.HOME_WELL: msg("Discharged home, well"),
            DischargeStatus.HOME_INSTRUCTIONS: msg("Discharged home with instructions (symptoms to watch for)"),
            DischargeStatus.TRANSFERRED: msg("Transferred (emergency department or admission)"),
            DischargeStatus.NOT_INFUSED: msg("Not infused (session ended without an infusion)"),
        }[self]


def record_flush(session: Session, volume_ml: str | Decimal, now: datetime) -> NewEvent:
    """The line flushed after the infusion (mL of the compatible diluent)."""
    if not session.infusion.ended:
        raise DomainError(msg("Flush the line after the infusion has ended."))
    volume = in_range(
        parse_decimal(volume_ml, "volume_ml", msg("Flush volume (mL)")),
        Decimal(1),
        FLUSH_ML_MAX,
        "volume_ml",
        msg("Flush volume"),
        "mL",
    )
    return NewEvent(EventType.FLUSH_GIVEN, occurred_at=now, payload={"volume_ml": str(volume)})


def record_discharge(session: Session, status: DischargeStatus, notes: str, now: datetime) -> NewEvent:
    if session.infusion.running:
        raise DomainError(msg("End the infusion before the discharge."))
    clean = " ".join(notes.split())
    if len(clean) > NOTES_MAX_CHARS:
        raise ValidationError.one(
            "notes", msg("Notes must be at most {notes_max_chars} characters.", notes_max_chars=NOTES_MAX_CHARS)
        )
    if status is DischargeStatus.NOT_INFUSED and session.infusion.started:
        raise ValidationError.one("status", msg("The infusion was started: choose how the patient left."))
    if status is not DischargeStatus.NOT_INFUSED and not session.infusion.started:
        raise ValidationError.one(
            "status", msg("No infusion was given: choose 'Not infused' and say why in the notes.")
        )
    if status in (DischargeStatus.NOT_INFUSED, DischargeStatus.TRANSFERRED) and not clean:
        raise ValidationError.one("notes", msg("Say why (and where the patient went)."))
    payload: dict[str, JsonValue] = {"status": status.value, "notes": clean}
    return NewEvent(EventType.DISCHARGED, occurred_at=now, payload=payload)


@dataclass(frozen=True)
class Closing:
    """What the record says about the end of the session."""

    flush_ml: Decimal | None
    discharge: DischargeStatus | None
    discharge_notes: str
    signed_at: datetime | None
    signed_by: str

    @classmethod
    def of(cls, session: Session) -> Closing:
        flush = session.effective_events(EventType.FLUSH_GIVEN)
        discharge = session.effective_events(EventType.DISCHARGED)
        signed = session.effective_events(EventType.SIGNED_OFF)
        return cls(
            flush_ml=Decimal(str(flush[-1].payload["volume_ml"])) if flush else None,
            discharge=DischargeStatus(str(discharge[-1].payload["status"])) if discharge else None,
            discharge_notes=str(discharge[-1].payload.get("notes", "")) if discharge else "",
            signed_at=signed[-1].occurred_at if signed else None,
            signed_by=str(signed[-1].payload.get("name", "")) if signed else "",
        )


def observation_ends_at(session: Session, policy: MonitoringPolicy) -> datetime | None:
    run = session.infusion
    if run.ended_at is None or run.plan is None:
        return None
    return run.ended_at + policy.observation(run.plan.first_infusion)


def signoff_blockers(session: Session, now: datetime, policy: MonitoringPolicy) -> list[str]:
    """What must be done before the nurse signs (empty when she may sign)."""
    run = session.infusion
    closing = Closing.of(session)
    if closing.signed_at is not None:
        return [msg("the session is already signed")]
    if run.running:
        return [msg("end the infusion")]
    blockers = []
    if run.started:
        ends = observation_ends_at(session, policy)
        discharged_early = closing.discharge is DischargeStatus.TRANSFERRED
        if ends is not None and now < ends and not discharged_early:
            blockers.append(msg("observation runs until {at}", at=times.display().at(ends, now)))
        if run.ended_at is not None and not any(t >= run.ended_at for t in session.vitals_times):
            blockers.append(msg("record post-infusion vitals"))
    if closing.discharge is None:
        blockers.append(msg("record the discharge"))
    return blockers


def sign_off(session: Session, nurse: Nurse, now: datetime, policy: MonitoringPolicy, *, attested: bool) -> NewEvent:
    """The signature that closes the session: printed name, credentials, time, meaning."""
    blockers = signoff_blockers(session, now, policy)
    errors = FieldErrors()
    if blockers:
        raise DomainError(msg("Before signing: ") + "; ".join(blockers) + ".")
    if not attested:
        errors.add("attested", msg("Tick the statement to sign: it is what your signature means."))
    errors.raise_if_any()
    return NewEvent(
        EventType.SIGNED_OFF,
        occurred_at=now,
        payload={"name": nurse.name, "credentials": nurse.credentials, "meaning": SIGNATURE_MEANING},
    )


def observation_remaining(session: Session, now: datetime, policy: MonitoringPolicy) -> timedelta | None:
    ends = observation_ends_at(session, policy)
    return None if ends is None else ends - now
