"""What happened after a reaction (its outcome, the resume, a prescriber notified): an update event naming it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ivig_desktop.domain.clock import to_iso
from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.reactions.fields import (
    NAME_MAX_CHARS,
    NOTES_MAX_CHARS,
    ReactionOutcome,
    blank,
    clean_text,
    outcome_time,
    parse_rate,
    provider_notified,
    rate_limits,
)
from ivig_desktop.domain.reactions.grading import Grade
from ivig_desktop.domain.reactions.records import reaction_record
from ivig_desktop.domain.reactions.response import ResponseAction, less_cautious
from ivig_desktop.domain.session import Session, amend

msg = messages(__name__)


@dataclass(frozen=True)
class ReactionUpdateInput:
    """What happened after a reaction: its outcome, a resume of the infusion at a rate, a prescriber notified."""

    reaction_id: int
    outcome: ReactionOutcome | None = None
    resolved_at: datetime | None = None
    resume_rate_ml_per_h: str | Decimal = ""
    deviation_reason: str = ""
    provider_name: str = ""
    provider_notified_at: datetime | None = None
    notes: str = ""


def update_payload(session: Session, update: ReactionUpdateInput, now: datetime) -> dict[str, JsonValue]:
    reaction = reaction_record(session, update.reaction_id)
    errors = FieldErrors()
    onset = reaction.onset_at
    resolved = outcome_time(session, update.outcome, update.resolved_at, onset, now, errors)

    resume: Decimal | None = None
    if not blank(update.resume_rate_ml_per_h):
        try:
            resume = parse_rate(
                update.resume_rate_ml_per_h,
                "resume_rate_ml_per_h",
                msg("Resume rate"),
                rate_limits(session),
                to_set=True,
            )
        except ValidationError as error:
            errors.capture(error)
        if reaction.rate_at_onset_ml_per_h is None:
            errors.add("resume_rate_ml_per_h", msg("No infusion was running at the onset: there is nothing to resume."))
        elif reaction.response_action not in (ResponseAction.PAUSE, ResponseAction.STOP):
            errors.add("resume_rate_ml_per_h", msg("The infusion was not paused or stopped, so it cannot resume."))
        elif reaction.resumed_rate_ml_per_h is not None:
            errors.add(
                "resume_rate_ml_per_h",
                msg(
                    "The infusion already resumed after this reaction, at {resumed_rate_ml_per_h} mL/h.",
                    resumed_rate_ml_per_h=reaction.resumed_rate_ml_per_h,
                ),
            )

    provider_name = clean_text(
        update.provider_name, "provider_name", msg("The prescriber's name"), NAME_MAX_CHARS, errors
    )
    provider = provider_notified(session, provider_name, update.provider_notified_at, onset, now, errors)

    reason = clean_text(
        update.deviation_reason, "deviation_reason", msg("The reason"), NOTES_MAX_CHARS, errors, multiline=True
    )
    needs_order = reaction.response_action is ResponseAction.STOP or reaction.assessed_grade >= Grade.SEVERE
    serious = reaction.assessment is not None and reaction.assessment.serious
    if resume is not None and reaction.provider_notified is None and not provider_name:
        if needs_order:
            errors.add(
                "provider_name",
                msg(
                    "After a stop or a grade 3-4 reaction the infusion restarts only on the prescriber's order: "
                    "record the prescriber notified."
                ),
            )
        elif serious:
            errors.add(
                "provider_name",
                msg(
                    "After hypotension, breathing difficulty, chest tightness or a falling SpO2 the infusion resumes "
                    "only on the prescriber's order, never at a lower rate alone: record the prescriber notified."
                ),
            )
    if resume is not None and reaction.proposal is not None:
        why = less_cautious(reaction.proposal, ResponseAction.RESUME, resume, resuming=True)
        if why is not None and not reason:
            errors.add("deviation_reason", msg("The resume rate differs from the proposal ({why}); say why.", why=why))

    notes = clean_text(update.notes, "notes", msg("Notes"), NOTES_MAX_CHARS, errors, multiline=True)
    if update.outcome is None and blank(update.resume_rate_ml_per_h) and not provider_name and not notes:
        errors.add("outcome", msg("Give the outcome, a resume rate, a prescriber notified, or a note."))
    errors.raise_if_any()
    return {
        "reaction_id": update.reaction_id,
        "outcome": None if update.outcome is None else update.outcome.value,
        "resolved_at": None if resolved is None else to_iso(resolved),
        "resume_rate_ml_per_h": None if resume is None else str(resume),
        "deviation_reason": reason,
        "provider_notified": provider,
        "notes": notes,
    }


def update_reaction(session: Session, update: ReactionUpdateInput, *, now: datetime) -> NewEvent:
    """What happened after a reaction, timed now. Payload: reaction_id, outcome, resolved_at, resume_rate_ml_per_h,
    deviation_reason, provider_notified {name, at} or null, notes."""
    return NewEvent(EventType.REACTION_UPDATED, occurred_at=now, payload=update_payload(session, update, now))


def amend_reaction_update(
    session: Session, event_id: int, *, reason: str, now: datetime, update: ReactionUpdateInput
) -> NewEvent:
    """Correct an outcome entry. (Its resume is checked against the reaction as if this update were not there.)"""
    entry = session.entry(event_id)
    if entry.event.type is not EventType.REACTION_UPDATED:
        raise DomainError(msg("Only a reaction outcome can be corrected here."))
    if update.reaction_id != entry.current_payload.get("reaction_id"):
        raise DomainError(msg("A correction cannot move an outcome to another reaction."))
    without = Session(session.header, tuple(e for e in session.entries if e.event.id != event_id), session.last_seq)
    return amend(session, event_id, reason=reason, now=now, replacement=update_payload(without, update, now))
