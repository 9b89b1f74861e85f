"""The reactions as they now stand (amendments and updates applied), read back from the record."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal

from ivig_desktop.domain.clock import from_iso
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.events import EventType, JsonValue, Payload
from ivig_desktop.domain.message import join, messages
from ivig_desktop.domain.reactions.assessment import Assessment
from ivig_desktop.domain.reactions.fields import DoseUnit, ReactionOutcome, Route
from ivig_desktop.domain.reactions.grading import Grade
from ivig_desktop.domain.reactions.response import Proposal, ResponseAction, propose_response
from ivig_desktop.domain.reactions.symptoms import Symptom
from ivig_desktop.domain.session import Session

msg = messages(__name__)


@dataclass(frozen=True)
class Medication:
    name: str
    dose: Decimal
    unit: DoseUnit
    route: Route
    given_at: datetime


@dataclass(frozen=True)
class ProviderNotified:
    name: str
    at: datetime


@dataclass(frozen=True)
class ReactionResponse:
    """What the infusion must do after a reaction entry is saved: the hook the infusion listens to.
    PAUSE carries the planned resume rate (or None), SLOW and RESUME the new rate, CONTINUE and STOP none."""

    reaction_id: int
    action: ResponseAction
    rate_ml_per_h: Decimal | None = None


@dataclass(frozen=True)
class ReactionRecord:
    """A reaction as it now stands (amendments applied), with what happened after it (its updates)."""

    event_id: int
    onset_at: datetime
    symptoms: tuple[Symptom, ...]
    other_symptoms: str
    grade: Grade
    rate_at_onset_ml_per_h: Decimal | None
    previous_step_rate_ml_per_h: Decimal | None
    proposal: Proposal | None
    assessment: Assessment | None
    response_action: ResponseAction | None
    response_rate_ml_per_h: Decimal | None
    deviation_reason: str
    medications: tuple[Medication, ...]
    provider_notified: ProviderNotified | None
    emergency_services_called_at: datetime | None
    outcome: ReactionOutcome | None
    resolved_at: datetime | None
    resumed_rate_ml_per_h: Decimal | None
    notes: str
    is_corrected: bool
    update_ids: tuple[int, ...] = field(default=())

    @property
    def assessed_grade(self) -> Grade:
        """The higher of the grade picked and the grade the picture calls for (see `assessment`)."""
        floor = None if self.assessment is None else self.assessment.picture_grade
        return self.grade if floor is None else max(self.grade, floor)

    @property
    def symptom_text(self) -> str:
        names = [s.label for s in self.symptoms]
        if self.other_symptoms:
            names.append(self.other_symptoms)
        return join(", ", names)


def _decimal(value: JsonValue) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _time(value: JsonValue) -> datetime | None:
    return None if value is None else from_iso(str(value))


def _provider(value: JsonValue) -> ProviderNotified | None:
    if not isinstance(value, dict):
        return None
    return ProviderNotified(str(value["name"]), from_iso(str(value["at"])))


def _texts(value: JsonValue) -> tuple[str, ...] | None:
    return tuple(str(v) for v in value) if isinstance(value, list) else None


def _proposal(payload: Payload) -> Proposal | None:
    """The stored proposal, as the nurse was shown it: its decision, steps and working as stored. (A record written
    before the steps were stored has them recomputed from its stored facts.)"""
    stored = payload.get("proposal")
    if not isinstance(stored, dict):
        return None
    steps, working = _texts(stored.get("steps")), _texts(stored.get("working"))
    if steps is None or working is None:
        symptoms = payload.get("symptoms")
        anaphylaxis = isinstance(symptoms, list) and Symptom.ANAPHYLAXIS_SIGNS.value in symptoms
        recomputed = propose_response(
            Grade(int(str(payload["grade"]))),
            _decimal(payload.get("rate_at_onset_ml_per_h")),
            _decimal(payload.get("previous_step_rate_ml_per_h")),
            anaphylaxis_signs=anaphylaxis,
        )
        steps, working = recomputed.steps, recomputed.working
    action = stored.get("action")
    return Proposal(
        grade=Grade(int(str(stored.get("grade", payload["grade"])))),
        action=None if action is None else ResponseAction(str(action)),
        resume_rate_ml_per_h=_decimal(stored.get("resume_rate_ml_per_h")),
        notify_provider=bool(stored.get("notify_provider")),
        call_emergency_services=bool(stored.get("call_emergency_services")),
        give_epinephrine=bool(stored.get("give_epinephrine")),
        steps=steps,
        working=working,
        resume_needs_prescriber=bool(stored.get("resume_needs_prescriber", stored.get("resume_rate_ml_per_h") is None)),
    )


def _assessment(payload: Payload) -> Assessment | None:
    stored = payload.get("assessment")
    return Assessment.from_payload(stored) if isinstance(stored, dict) else None


def picture_words(payload: Payload) -> str:
    """A stored reaction's picture in a few words, and whether it disagreed with the grade picked ('' for a
    reaction whose picture adds nothing, or one recorded before pictures were read)."""
    assessment = _assessment(payload)
    if assessment is None or not assessment.summary:
        return ""
    stored = payload.get("assessment")
    disagreed = isinstance(stored, dict) and bool(stored.get("disagreement"))
    if disagreed:
        return msg("{summary}; the grade picked is lower", summary=assessment.summary)
    return assessment.summary


def _record(event_id: int, payload: Payload, is_corrected: bool) -> ReactionRecord:
    response = payload.get("response")
    meds = payload.get("medications")
    medications = tuple(
        Medication(
            name=str(m["name"]),
            dose=Decimal(str(m["dose"])),
            unit=DoseUnit(str(m["unit"])),
            route=Route(str(m["route"])),
            given_at=from_iso(str(m["given_at"])),
        )
        for m in (meds if isinstance(meds, list) else [])
        if isinstance(m, dict)
    )
    symptoms = payload.get("symptoms")
    outcome = payload.get("outcome")
    onset = _time(payload.get("onset_at"))
    if onset is None:
        raise DomainError(msg("Reaction {event_id} is damaged: it has no onset time.", event_id=event_id))
    return ReactionRecord(
        event_id=event_id,
        onset_at=onset,
        symptoms=tuple(Symptom(str(s)) for s in (symptoms if isinstance(symptoms, list) else [])),
        other_symptoms=str(payload.get("other_symptoms") or ""),
        grade=Grade(int(str(payload["grade"]))),
        rate_at_onset_ml_per_h=_decimal(payload.get("rate_at_onset_ml_per_h")),
        previous_step_rate_ml_per_h=_decimal(payload.get("previous_step_rate_ml_per_h")),
        proposal=_proposal(payload),
        assessment=_assessment(payload),
        response_action=ResponseAction(str(response["action"])) if isinstance(response, dict) else None,
        response_rate_ml_per_h=_decimal(response.get("rate_ml_per_h")) if isinstance(response, dict) else None,
        deviation_reason=str(payload.get("deviation_reason") or ""),
        medications=medications,
        provider_notified=_provider(payload.get("provider_notified")),
        emergency_services_called_at=_time(payload.get("emergency_services_called_at")),
        outcome=None if outcome is None else ReactionOutcome(str(outcome)),
        resolved_at=_time(payload.get("resolved_at")),
        resumed_rate_ml_per_h=None,
        notes=str(payload.get("notes") or ""),
        is_corrected=is_corrected,
    )


def _with_update(record: ReactionRecord, update_id: int, payload: Payload) -> ReactionRecord:
    outcome = payload.get("outcome")
    resume = _decimal(payload.get("resume_rate_ml_per_h"))
    return replace(
        record,
        outcome=ReactionOutcome(str(outcome)) if outcome is not None else record.outcome,
        resolved_at=_time(payload.get("resolved_at")) or record.resolved_at,
        resumed_rate_ml_per_h=resume if resume is not None else record.resumed_rate_ml_per_h,
        provider_notified=record.provider_notified or _provider(payload.get("provider_notified")),
        update_ids=(*record.update_ids, update_id),
    )


def reactions(session: Session) -> tuple[ReactionRecord, ...]:
    """Every reaction as it now stands, in onset order, with its updates applied in the order written.
    Reactions (and updates) entered in error are left out."""
    corrected = {entry.event.id for entry in session.entries if entry.is_amended}
    records: dict[int, ReactionRecord] = {}
    for item in session.effective_events(EventType.REACTION_RECORDED, EventType.REACTION_UPDATED):
        if item.type is EventType.REACTION_RECORDED:
            records[item.event.id] = _record(item.event.id, item.payload, item.event.id in corrected)
        else:
            target = item.payload.get("reaction_id")
            if isinstance(target, int) and target in records:
                records[target] = _with_update(records[target], item.event.id, item.payload)
    return tuple(sorted(records.values(), key=lambda r: (r.onset_at, r.event_id)))


def reaction_record(session: Session, event_id: int) -> ReactionRecord:
    for record in reactions(session):
        if record.event_id == event_id:
            return record
    raise DomainError(msg("That reaction is not in this session's record (or was marked entered in error)."))


def response_of(event_id: int, payload: Payload) -> ReactionResponse | None:
    """The infusion change a stored reaction or update asks for (None when there is none)."""
    if "reaction_id" in payload:
        rate = _decimal(payload.get("resume_rate_ml_per_h"))
        target = payload.get("reaction_id")
        if rate is None or not isinstance(target, int):
            return None
        return ReactionResponse(target, ResponseAction.RESUME, rate)
    response = payload.get("response")
    if not isinstance(response, dict):
        return None
    return ReactionResponse(event_id, ResponseAction(str(response["action"])), _decimal(response.get("rate_ml_per_h")))
