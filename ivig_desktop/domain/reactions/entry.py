"""A reaction as the nurse enters it: validation of every field, the event, and its correction."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.domain.entry_time import validate_entry_time
from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.numbers import parse_decimal
from ivig_desktop.domain.reactions.assessment import (
    Assessment,
    PatientFacts,
    assess,
    assess_reaction,
    checkin_weight_kg,
)
from ivig_desktop.domain.reactions.fields import (
    DOSE_MAX,
    NAME_MAX_CHARS,
    NOTES_MAX_CHARS,
    OTHER_SYMPTOMS_MAX_CHARS,
    DoseUnit,
    ReactionOutcome,
    Route,
    after_onset,
    blank,
    clean_text,
    outcome_time,
    parse_rate,
    provider_notified,
    rate_limits,
)
from ivig_desktop.domain.reactions.grading import Grade
from ivig_desktop.domain.reactions.response import Proposal, ResponseAction, less_cautious, propose_response
from ivig_desktop.domain.reactions.symptoms import Symptom
from ivig_desktop.domain.session import Session, amend
from ivig_desktop.domain.vitals import VitalsConfig

msg = messages(__name__)


@dataclass(frozen=True)
class MedicationInput:
    name: str
    dose: str | Decimal
    unit: str
    route: str
    given_at: datetime | None


@dataclass(frozen=True)
class ReactionInput:
    """A reaction as entered. Rates are text ('' when unknown); `rate_at_onset_ml_per_h` empty means no infusion
    was running. `response_rate_ml_per_h` is the new rate when slowing, or the planned resume rate when pausing."""

    onset_at: datetime
    symptoms: Collection[Symptom] = ()
    other_symptoms: str = ""
    grade: int | None = None
    rate_at_onset_ml_per_h: str | Decimal = ""
    previous_step_rate_ml_per_h: str | Decimal = ""
    response: ResponseAction | None = None
    response_rate_ml_per_h: str | Decimal = ""
    deviation_reason: str = ""
    medications: Sequence[MedicationInput] = ()
    provider_name: str = ""
    provider_notified_at: datetime | None = None
    emergency_services_called_at: datetime | None = None
    outcome: ReactionOutcome | None = None
    resolved_at: datetime | None = None
    notes: str = ""


def medication_payload(
    session: Session,
    index: int,
    medication: MedicationInput,
    onset: datetime | None,
    now: datetime,
    errors: FieldErrors,
) -> dict[str, JsonValue] | None:
    """One medication given for the reaction; messages on `medications.<index>.<field>`."""
    key = msg("medications.{index}", index=index)
    name = " ".join(medication.name.split())
    if not name:
        errors.add(msg("{key}.name", key=key), msg("Name the medication."))
    elif len(name) > NAME_MAX_CHARS:
        errors.add(
            msg("{key}.name", key=key),
            msg("The medication name must be at most {name_max_chars} characters.", name_max_chars=NAME_MAX_CHARS),
        )
    dose: Decimal | None = None
    try:
        dose = parse_decimal(medication.dose, msg("{key}.dose", key=key), msg("Dose"))
        if not Decimal(0) < dose < DOSE_MAX:
            raise ValidationError.one(
                msg("{key}.dose", key=key), msg("The dose must be above 0 and below {dose_max}.", dose_max=DOSE_MAX)
            )
        if dose != dose.quantize(Decimal("0.001")):
            raise ValidationError.one(msg("{key}.dose", key=key), msg("The dose must have at most 3 decimals."))
    except ValidationError as error:
        errors.capture(error)
        dose = None
    unit = medication.unit if medication.unit in {u.value for u in DoseUnit} else None
    if unit is None:
        errors.add(
            msg("{key}.unit", key=key), msg("Choose the dose unit (") + ", ".join(u.value for u in DoseUnit) + ")."
        )
    route = medication.route if medication.route in {r.value for r in Route} else None
    if route is None:
        errors.add(msg("{key}.route", key=key), msg("Choose the route (") + ", ".join(r.value for r in Route) + ").")
    given: datetime | None = None
    if medication.given_at is None:
        errors.add(msg("{key}.given_at", key=key), msg("Give the time the medication was given."))
    else:
        try:
            given = after_onset(
                session, medication.given_at, onset, now, msg("{key}.given_at", key=key), msg("The time given")
            )
        except ValidationError as error:
            errors.capture(error)
    if not (name and dose is not None and unit and route and given is not None):
        return None
    return {"name": name, "dose": f"{dose.normalize():f}", "unit": unit, "route": route, "given_at": to_iso(given)}


@dataclass(frozen=True)
class ReactionContext:
    """What the picture is read with besides the entry: the patient (weight and age, for the epinephrine dose and
    the criteria's blood-pressure limit) and the clinic's vital-sign settings (for the SpO2 findings)."""

    patient: PatientFacts | None = None
    vitals_config: VitalsConfig | None = None

    @classmethod
    def of(
        cls, session: Session, record_weight_kg: Decimal, age_years: int, vitals_config: VitalsConfig
    ) -> ReactionContext:
        """Today's check-in weight when the plan was confirmed (else the patient record's weight), and the age."""
        weight, source = checkin_weight_kg(session), msg("check-in weight today")
        if weight is None:
            weight, source = record_weight_kg, msg("weight in the patient record")
        return cls(PatientFacts(weight, source, age_years), vitals_config)

    def assess(self, session: Session, symptoms: Collection[Symptom], *, onset: datetime, now: datetime) -> Assessment:
        """The picture of a reaction in `session` with these symptoms and this onset, as recording it would read it."""
        config = self.vitals_config or VitalsConfig()
        return assess_reaction(session, symptoms, onset=onset, now=now, patient=self.patient, vitals_config=config)


def reaction_payload(
    session: Session, entry: ReactionInput, now: datetime, context: ReactionContext
) -> dict[str, JsonValue]:
    """Validate every field of a reaction; raise one ValidationError with a message per bad field."""
    errors = FieldErrors()
    limits = rate_limits(session)  # the confirmed plan's pump and limits: the one rule for every rate

    onset: datetime | None = None
    try:
        onset = validate_entry_time(session, entry.onset_at, now, "onset_at", msg("The onset time"))
    except ValidationError as error:
        errors.capture(error)

    symptoms = [s for s in Symptom if s in set(entry.symptoms)]
    other = clean_text(entry.other_symptoms, "other_symptoms", msg("Other symptoms"), OTHER_SYMPTOMS_MAX_CHARS, errors)
    if not symptoms and not other:
        errors.add("symptoms", msg("Tick at least one symptom, or describe it under Other."))

    grade: Grade | None = None
    if entry.grade is None:
        errors.add("grade", msg("Choose the grade (1-4)."))
    else:
        try:
            grade = Grade(entry.grade)
        except ValueError:
            errors.add("grade", msg("The grade must be 1, 2, 3 or 4."))

    rate_at_onset: Decimal | None = None
    previous_step: Decimal | None = None
    if not blank(entry.rate_at_onset_ml_per_h):
        try:
            rate_at_onset = parse_rate(
                entry.rate_at_onset_ml_per_h, "rate_at_onset_ml_per_h", msg("Rate at onset"), limits
            )
        except ValidationError as error:
            errors.capture(error)
    if not blank(entry.previous_step_rate_ml_per_h):
        try:
            previous_step = parse_rate(
                entry.previous_step_rate_ml_per_h, "previous_step_rate_ml_per_h", msg("Previous step rate"), limits
            )
        except ValidationError as error:
            errors.capture(error)
        else:
            if blank(entry.rate_at_onset_ml_per_h):
                errors.add("previous_step_rate_ml_per_h", msg("Give the rate at onset first."))
            elif rate_at_onset is not None and not previous_step < rate_at_onset:
                errors.add(
                    "previous_step_rate_ml_per_h",
                    msg(
                        "The previous step must be below the rate at onset ({rate_at_onset} mL/h).",
                        rate_at_onset=rate_at_onset,
                    ),
                )

    infusing = not blank(entry.rate_at_onset_ml_per_h)
    action = entry.response
    response_rate: Decimal | None = None
    if action is ResponseAction.RESUME:
        errors.add("response", msg("Resuming is recorded as an outcome, after the reaction."))
    elif action is not None and not infusing:
        errors.add("response", msg("No rate at onset was given (no infusion running), so there is no rate to change."))
    elif action is None and infusing:
        errors.add("response", msg("Choose what was done with the infusion."))
    if action in (ResponseAction.SLOW, ResponseAction.PAUSE):
        label = msg("New rate") if action is ResponseAction.SLOW else msg("Resume rate")
        if blank(entry.response_rate_ml_per_h):
            if action is ResponseAction.SLOW:
                errors.add("response_rate_ml_per_h", msg("Give the rate the infusion was slowed to."))
        else:
            try:
                response_rate = parse_rate(
                    entry.response_rate_ml_per_h, "response_rate_ml_per_h", label, limits, to_set=True
                )
            except ValidationError as error:
                errors.capture(error)
            else:
                if rate_at_onset is not None and not response_rate < rate_at_onset:
                    errors.add(
                        "response_rate_ml_per_h",
                        msg(
                            "{label} must be below the rate at onset ({rate_at_onset} mL/h).",
                            label=label,
                            rate_at_onset=rate_at_onset,
                        ),
                    )
    elif action is not None and not blank(entry.response_rate_ml_per_h):
        errors.add(
            "response_rate_ml_per_h", msg("No rate goes with '{label}'; clear the rate.", label=action.label.lower())
        )

    provider_name = clean_text(
        entry.provider_name, "provider_name", msg("The prescriber's name"), NAME_MAX_CHARS, errors
    )
    assessment = assess(symptoms, patient=context.patient)
    if onset is not None:
        assessment = context.assess(session, symptoms, onset=onset, now=now)
    proposal: Proposal | None = None
    reason = clean_text(
        entry.deviation_reason, "deviation_reason", msg("The reason"), NOTES_MAX_CHARS, errors, multiline=True
    )
    if grade is not None and (rate_at_onset is not None or not infusing):
        proposal = propose_response(grade, rate_at_onset, previous_step, assessment=assessment, limits=limits)
        why = less_cautious(proposal, action, response_rate)
        if why is not None and not reason:
            errors.add("deviation_reason", msg("The choice differs from the proposal ({why}); say why.", why=why))
    if assessment.serious and action in (ResponseAction.CONTINUE, ResponseAction.SLOW) and not provider_name:
        cause = "anaphylaxis" if assessment.anaphylaxis else ", ".join(f.text for f in assessment.serious_findings)
        errors.add(
            "provider_name",
            msg(
                "With {cause}, the infusion goes on only on the prescriber's order: name the prescriber notified.",
                cause=cause,
            ),
        )

    medications: list[JsonValue] = []
    for index, medication in enumerate(entry.medications):
        checked = medication_payload(session, index, medication, onset, now, errors)
        if checked is not None:
            medications.append(checked)

    provider = provider_notified(session, provider_name, entry.provider_notified_at, onset, now, errors)

    emergency: str | None = None
    if entry.emergency_services_called_at is not None:
        try:
            emergency = to_iso(
                after_onset(
                    session,
                    entry.emergency_services_called_at,
                    onset,
                    now,
                    "emergency_services_called_at",
                    msg("The call"),
                )
            )
        except ValidationError as error:
            errors.capture(error)

    resolved = outcome_time(session, entry.outcome, entry.resolved_at, onset, now, errors)
    notes = clean_text(entry.notes, "notes", msg("Notes"), NOTES_MAX_CHARS, errors, multiline=True)

    errors.raise_if_any()
    assert onset is not None and grade is not None
    response: dict[str, JsonValue] | None = None
    if action is not None:
        response = {"action": action.value, "rate_ml_per_h": None if response_rate is None else str(response_rate)}
    return {
        "onset_at": to_iso(onset),
        "symptoms": [s.value for s in symptoms],
        "other_symptoms": other,
        "grade": int(grade),
        "rate_at_onset_ml_per_h": None if rate_at_onset is None else str(rate_at_onset),
        "previous_step_rate_ml_per_h": None if previous_step is None else str(previous_step),
        "proposal": None if proposal is None else proposal.to_payload(),
        "assessment": assessment.to_payload(grade),
        "response": response,
        "deviation_reason": reason,
        "medications": medications,
        "provider_notified": provider,
        "emergency_services_called_at": emergency,
        "outcome": None if entry.outcome is None else entry.outcome.value,
        "resolved_at": None if resolved is None else to_iso(resolved),
        "notes": notes,
    }


def record_reaction(
    session: Session, entry: ReactionInput, *, now: datetime, context: ReactionContext | None = None
) -> NewEvent:
    """A reaction, timed at its onset. Payload:

    onset_at (ISO), symptoms (list of `Symptom` values), other_symptoms, grade (1-4, as the nurse picked it),
    rate_at_onset_ml_per_h and previous_step_rate_ml_per_h (decimal strings or null), proposal {grade, action,
    resume_rate_ml_per_h, notify_provider, call_emergency_services, give_epinephrine, resume_needs_prescriber,
    steps, working} (what the app proposed, as shown; null if it could not), assessment {anaphylaxis, criterion,
    findings [{text, system, serious, measured, basis}], picture_grade, disagreement, epinephrine {dose_mg,
    weight_kg, weight_source, age_years} or null, hint} (the picture, beside the grade picked), response {action,
    rate_ml_per_h} or null, deviation_reason, medications [{name, dose, unit, route, given_at}], provider_notified
    {name, at} or null, emergency_services_called_at, outcome, resolved_at, notes.
    """
    payload = reaction_payload(session, entry, now, context or ReactionContext())
    return NewEvent(EventType.REACTION_RECORDED, occurred_at=from_iso(str(payload["onset_at"])), payload=payload)


def amend_reaction(
    session: Session,
    event_id: int,
    *,
    reason: str,
    now: datetime,
    entry: ReactionInput,
    context: ReactionContext | None = None,
) -> NewEvent:
    """Correct a reaction (validated as a new entry, its picture read again; the original stays visible). A
    correction changes the record, not the infusion: it proposes no rate change."""
    if session.entry(event_id).event.type is not EventType.REACTION_RECORDED:
        raise DomainError(msg("Only a reaction can be corrected here."))
    replacement = reaction_payload(session, entry, now, context or ReactionContext())
    return amend(session, event_id, reason=reason, now=now, replacement=replacement)
