"""Adverse reactions: symptoms, CTCAE grades, the proposed response, and the record of what was done.

**The proposal** (`propose_response`), for a reaction during an infusion running at rate R mL/h:
- Grades 1-2: pause the infusion; when the symptoms settle, resume at the lower of half of R and the previous
  step's rate (when there is one), rounded *down* to the pump resolution, 0.1 mL/h (never upwards).
  For example R = 120, previous step 90: half = 60, lower of 60 and 90 = 60, so resume at 60.0 mL/h.
- Grades 3-4: stop the infusion and notify the prescriber now; it restarts only on the prescriber's order.
  Grade 4 adds: call emergency services.
- Signs of anaphylaxis: the grade 4 response, whatever grade is chosen, with epinephrine (adrenaline) IM per the
  anaphylaxis protocol.
- With no infusion running (a reaction during observation) there is no rate to change: treat the symptoms;
  grades 3-4 notify the prescriber, grade 4 calls emergency services.

**The nurse's choice** (continue, slow to a rate, pause with a planned resume rate, stop) is recorded with the
proposal it answered. A choice less cautious than the proposal (for instance continuing when the proposal is to
pause, or resuming above the proposed rate) needs a reason, which is recorded.

**Events.** `REACTION_RECORDED` holds the reaction (see `record_reaction` for the payload). What happens later
(the outcome, the time it resolved, the rate the infusion resumed at, a prescriber notified afterwards) is a
separate `REACTION_UPDATED` event that names the reaction: it is new information, not a correction, so it must
not strike anything through. A wrong reaction or update is corrected by an amendment like any other entry.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import ROUND_FLOOR, Decimal
from enum import IntEnum, StrEnum

from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.domain.entry_time import validate_entry_time
from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent, Payload
from ivig_desktop.domain.numbers import parse_decimal
from ivig_desktop.domain.session import Session, amend

PUMP_RESOLUTION_ML_PER_H = Decimal("0.1")
RATE_MAX_ML_PER_H = Decimal("999.9")
OTHER_SYMPTOMS_MAX_CHARS = 500
NOTES_MAX_CHARS = 2000
NAME_MAX_CHARS = 100
DOSE_MAX = Decimal(100000)


class Symptom(StrEnum):
    HEADACHE = "headache"
    FLUSHING = "flushing"
    CHILLS = "chills"
    FEVER = "fever"
    MYALGIA = "myalgia"
    NAUSEA_VOMITING = "nausea_vomiting"
    BACK_PAIN = "back_pain"
    CHEST_TIGHTNESS = "chest_tightness"
    DYSPNOEA = "dyspnoea"
    RASH_URTICARIA = "rash_urticaria"
    HYPOTENSION = "hypotension"
    ANAPHYLAXIS_SIGNS = "anaphylaxis_signs"

    @property
    def label(self) -> str:
        return _SYMPTOM_LABELS[self]


_SYMPTOM_LABELS = {
    Symptom.HEADACHE: "Headache",
    Symptom.FLUSHING: "Flushing",
    Symptom.CHILLS: "Chills",
    Symptom.FEVER: "Fever",
    Symptom.MYALGIA: "Myalgia (muscle aches)",
    Symptom.NAUSEA_VOMITING: "Nausea or vomiting",
    Symptom.BACK_PAIN: "Back pain",
    Symptom.CHEST_TIGHTNESS: "Chest tightness",
    Symptom.DYSPNOEA: "Dyspnoea (short of breath)",
    Symptom.RASH_URTICARIA: "Rash or urticaria (hives)",
    Symptom.HYPOTENSION: "Hypotension",
    Symptom.ANAPHYLAXIS_SIGNS: "Signs of anaphylaxis (throat or tongue swelling, wheeze or stridor, collapse)",
}


class Grade(IntEnum):
    """CTCAE v5 infusion-related reaction grades 1-4."""

    MILD = 1
    MODERATE = 2
    SEVERE = 3
    LIFE_THREATENING = 4

    @property
    def title(self) -> str:
        return f"Grade {self.value}: {_GRADE_TEXT[self][0]}"

    @property
    def meaning(self) -> str:
        """The CTCAE meaning, shown beside the choice."""
        return _GRADE_TEXT[self][1]


_GRADE_TEXT = {
    Grade.MILD: ("mild", "Mild, transient reaction; infusion interruption not indicated; intervention not indicated."),
    Grade.MODERATE: (
        "moderate",
        "Infusion interruption indicated, but responds promptly to symptomatic treatment "
        "(e.g. antihistamines, NSAIDs, IV fluids).",
    ),
    Grade.SEVERE: (
        "severe",
        "Prolonged (not rapidly responsive to symptomatic medication or a brief interruption); symptoms recur after "
        "initial improvement; hospitalisation indicated.",
    ),
    Grade.LIFE_THREATENING: ("life-threatening", "Life-threatening consequences; urgent intervention indicated."),
}


class ResponseAction(StrEnum):
    CONTINUE = "continue"
    SLOW = "slow"
    PAUSE = "pause"
    STOP = "stop"
    RESUME = "resume"  # only after a reaction, in an update

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    ResponseAction.CONTINUE: "Continue at the same rate",
    ResponseAction.SLOW: "Slow to a lower rate",
    ResponseAction.PAUSE: "Pause",
    ResponseAction.STOP: "Stop",
    ResponseAction.RESUME: "Resume",
}

# How cautious a response is: a choice below the proposal's level needs a reason. Slowing and pausing rank
# together; between them, the rate decides (a rate above the proposed resume rate also needs a reason).
_CAUTION = {ResponseAction.CONTINUE: 0, ResponseAction.SLOW: 1, ResponseAction.PAUSE: 1, ResponseAction.STOP: 2}


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
    Route.PO: "PO (by mouth)",
    Route.IV: "IV",
    Route.IM: "IM",
    Route.SC: "SC",
    Route.INHALED: "Inhaled",
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
    ReactionOutcome.RESOLVED: "Resolved",
    ReactionOutcome.IMPROVING: "Improving",
    ReactionOutcome.NOT_RESOLVED: "Not resolved",
    ReactionOutcome.TRANSFERRED: "Transferred to emergency or hospital care",
}


# --- the proposal -------------------------------------------------------------------------------------------


def _show_rate(rate: Decimal) -> str:
    return f"{rate.normalize():f} mL/h"


def _pump(rate: Decimal) -> Decimal:
    """Rounded down (never upwards) to the pump resolution."""
    return rate.quantize(PUMP_RESOLUTION_ML_PER_H, rounding=ROUND_FLOOR)


@dataclass(frozen=True)
class Proposal:
    """What the app proposes for a reaction, with the rule and its working."""

    grade: Grade
    action: ResponseAction | None
    resume_rate_ml_per_h: Decimal | None
    notify_provider: bool
    call_emergency_services: bool
    give_epinephrine: bool
    steps: tuple[str, ...]
    working: tuple[str, ...]

    @property
    def summary(self) -> str:
        return " ".join(self.steps)

    def to_payload(self) -> dict[str, JsonValue]:
        return {
            "grade": int(self.grade),
            "action": None if self.action is None else self.action.value,
            "resume_rate_ml_per_h": None if self.resume_rate_ml_per_h is None else str(self.resume_rate_ml_per_h),
            "notify_provider": self.notify_provider,
            "call_emergency_services": self.call_emergency_services,
            "give_epinephrine": self.give_epinephrine,
        }


def propose_response(
    grade: Grade | int,
    current_rate_ml_per_h: Decimal | None,
    previous_step_rate_ml_per_h: Decimal | None = None,
    *,
    anaphylaxis_signs: bool = False,
) -> Proposal:
    """The response for a reaction of `grade` with the infusion at `current_rate_ml_per_h` (None: not running).
    See the module docstring for the rule; `working` shows every number."""
    chosen = Grade(grade)
    for name, rate in (("current", current_rate_ml_per_h), ("previous step", previous_step_rate_ml_per_h)):
        if rate is not None and not (rate.is_finite() and rate > 0):
            raise ValueError(f"the {name} rate must be a positive number of mL/h, not {rate}")
    effective = Grade.LIFE_THREATENING if anaphylaxis_signs else chosen
    working: list[str] = []
    steps: list[str] = []
    if anaphylaxis_signs and chosen is not Grade.LIFE_THREATENING:
        working.append(f"Signs of anaphylaxis: the grade 4 response applies (grade {int(chosen)} was chosen).")
    if anaphylaxis_signs:
        steps.append("Give epinephrine (adrenaline) IM per the anaphylaxis protocol.")

    if effective >= Grade.SEVERE:
        working.append(
            "Rule for grades 3-4: stop the infusion and notify the prescriber; grade 4 also calls emergency."
        )
        if current_rate_ml_per_h is not None:
            steps.append("Stop the infusion; restart only on the prescriber's order.")
        else:
            working.append("No infusion is running, so there is no rate to change.")
        steps.append("Notify the prescriber now.")
        if effective is Grade.LIFE_THREATENING:
            steps.append("Call emergency services.")
        return Proposal(
            grade=effective,
            action=ResponseAction.STOP if current_rate_ml_per_h is not None else None,
            resume_rate_ml_per_h=None,
            notify_provider=True,
            call_emergency_services=effective is Grade.LIFE_THREATENING,
            give_epinephrine=anaphylaxis_signs,
            steps=tuple(steps),
            working=tuple(working),
        )

    if current_rate_ml_per_h is None:
        working.append("No infusion is running, so there is no rate to change.")
        steps.append("Treat the symptoms as ordered and keep observing.")
        return Proposal(effective, None, None, False, False, False, tuple(steps), tuple(working))

    rate = current_rate_ml_per_h
    half = rate / 2
    working.append(
        "Rule for grades 1-2: pause, then resume at the lower of half the current rate and the previous step's rate, "
        "rounded down to the pump's 0.1 mL/h."
    )
    working.append(f"Half the current rate: {_show_rate(rate)} ÷ 2 = {_show_rate(half)}.")
    lower = half
    if previous_step_rate_ml_per_h is None:
        working.append("No previous step: half the current rate it is.")
    else:
        lower = min(half, previous_step_rate_ml_per_h)
        working.append(
            f"Previous step: {_show_rate(previous_step_rate_ml_per_h)}. Lower of the two: {_show_rate(lower)}."
        )
    resume = _pump(lower)
    working.append(f"Rounded down to 0.1 mL/h: {resume} mL/h.")
    steps.append("Pause the infusion.")
    steps.append("Treat the symptoms as ordered and recheck vital signs.")
    if resume > 0:
        steps.append(f"When the symptoms settle, resume at {resume} mL/h.")
        resume_rate: Decimal | None = resume
    else:
        working.append("That is below the pump's lowest rate: keep paused and ask the prescriber.")
        steps.append("Keep the infusion paused and ask the prescriber how to continue.")
        resume_rate = None
    return Proposal(effective, ResponseAction.PAUSE, resume_rate, False, False, False, tuple(steps), tuple(working))


# --- input and validation -----------------------------------------------------------------------------------


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


def _blank(value: str | Decimal) -> bool:
    return isinstance(value, str) and not value.strip()


def parse_rate(value: str | Decimal, field: str, label: str) -> Decimal:
    """A pump rate in mL/h: above 0, at most 999.9, at most one decimal; returned at 0.1 (e.g. '60.0')."""
    rate = parse_decimal(value, field, label)
    if not Decimal(0) < rate <= RATE_MAX_ML_PER_H:
        raise ValidationError.one(field, f"{label} must be above 0 and at most {RATE_MAX_ML_PER_H} mL/h.")
    if rate != rate.quantize(PUMP_RESOLUTION_ML_PER_H):
        raise ValidationError.one(field, f"{label} must have at most one decimal (the pump's 0.1 mL/h).")
    return rate.quantize(PUMP_RESOLUTION_ML_PER_H)


def _text(value: str, field: str, label: str, limit: int, errors: FieldErrors, *, multiline: bool = False) -> str:
    """Cleaned text: spaces collapsed (multi-line text only stripped), at most `limit` characters."""
    text = value.strip() if multiline else " ".join(value.split())
    if len(text) > limit:
        errors.add(field, f"{label} must be at most {limit} characters.")
    return text


def _minute(when: datetime) -> datetime:
    return when.replace(second=0, microsecond=0)


def _after_onset(
    session: Session, when: datetime, onset: datetime | None, now: datetime, field: str, what: str
) -> datetime:
    moment = validate_entry_time(session, when, now, field, what)
    if onset is not None and moment < _minute(onset):
        raise ValidationError.one(field, f"{what} is before the onset; check the time.")
    return moment


def _medication(
    session: Session,
    index: int,
    medication: MedicationInput,
    onset: datetime | None,
    now: datetime,
    errors: FieldErrors,
) -> dict[str, JsonValue] | None:
    """One medication given for the reaction; messages on `medications.<index>.<field>`."""
    key = f"medications.{index}"
    name = " ".join(medication.name.split())
    if not name:
        errors.add(f"{key}.name", "Name the medication.")
    elif len(name) > NAME_MAX_CHARS:
        errors.add(f"{key}.name", f"The medication name must be at most {NAME_MAX_CHARS} characters.")
    dose: Decimal | None = None
    try:
        dose = parse_decimal(medication.dose, f"{key}.dose", "Dose")
        if not Decimal(0) < dose < DOSE_MAX:
            raise ValidationError.one(f"{key}.dose", f"The dose must be above 0 and below {DOSE_MAX}.")
        if dose != dose.quantize(Decimal("0.001")):
            raise ValidationError.one(f"{key}.dose", "The dose must have at most 3 decimals.")
    except ValidationError as error:
        errors.capture(error)
        dose = None
    unit = medication.unit if medication.unit in {u.value for u in DoseUnit} else None
    if unit is None:
        errors.add(f"{key}.unit", "Choose the dose unit (" + ", ".join(u.value for u in DoseUnit) + ").")
    route = medication.route if medication.route in {r.value for r in Route} else None
    if route is None:
        errors.add(f"{key}.route", "Choose the route (" + ", ".join(r.value for r in Route) + ").")
    given: datetime | None = None
    if medication.given_at is None:
        errors.add(f"{key}.given_at", "Give the time the medication was given.")
    else:
        try:
            given = _after_onset(session, medication.given_at, onset, now, f"{key}.given_at", "The time given")
        except ValidationError as error:
            errors.capture(error)
    if not (name and dose is not None and unit and route and given is not None):
        return None
    return {"name": name, "dose": f"{dose.normalize():f}", "unit": unit, "route": route, "given_at": to_iso(given)}


def _provider_notified(
    session: Session, name: str, at: datetime | None, onset: datetime | None, now: datetime, errors: FieldErrors
) -> dict[str, JsonValue] | None:
    """{name, at} when both are given and the time is valid; a name needs a time and a time needs a name."""
    if name and at is None:
        errors.add("provider_notified_at", "Give the time the prescriber was notified.")
    elif at is not None and not name:
        errors.add("provider_name", "Name the prescriber who was notified.")
    elif name and at is not None:
        try:
            moment = _after_onset(session, at, onset, now, "provider_notified_at", "The time notified")
        except ValidationError as error:
            errors.capture(error)
        else:
            return {"name": name, "at": to_iso(moment)}
    return None


def _less_cautious(
    proposal: Proposal, action: ResponseAction | None, rate: Decimal | None, *, resuming: bool = False
) -> str | None:
    """Why a choice is less cautious than the proposal (a reason is then required), or None."""
    if resuming:
        if proposal.resume_rate_ml_per_h is None:
            return "the proposal was not to resume without the prescriber"
        if rate is not None and rate > proposal.resume_rate_ml_per_h:
            return f"{rate} mL/h is above the proposed {proposal.resume_rate_ml_per_h} mL/h"
        return None
    if proposal.action is None or action is None or action not in _CAUTION:
        return None
    if _CAUTION[action] < _CAUTION[proposal.action]:
        return f"'{action.label.lower()}' is less cautious than the proposal to {proposal.action.label.lower()}"
    if action in (ResponseAction.SLOW, ResponseAction.PAUSE) and rate is not None:
        if proposal.resume_rate_ml_per_h is None:
            return "the proposal was to stay paused until the prescriber decides"
        if rate > proposal.resume_rate_ml_per_h:
            return f"{rate} mL/h is above the proposed {proposal.resume_rate_ml_per_h} mL/h"
    return None


def _reaction_payload(session: Session, entry: ReactionInput, now: datetime) -> dict[str, JsonValue]:
    """Validate every field of a reaction; raise one ValidationError with a message per bad field."""
    errors = FieldErrors()

    onset: datetime | None = None
    try:
        onset = validate_entry_time(session, entry.onset_at, now, "onset_at", "The onset time")
    except ValidationError as error:
        errors.capture(error)

    symptoms = [s for s in Symptom if s in set(entry.symptoms)]
    other = _text(entry.other_symptoms, "other_symptoms", "Other symptoms", OTHER_SYMPTOMS_MAX_CHARS, errors)
    if not symptoms and not other:
        errors.add("symptoms", "Tick at least one symptom, or describe it under Other.")

    grade: Grade | None = None
    if entry.grade is None:
        errors.add("grade", "Choose the grade (1-4).")
    else:
        try:
            grade = Grade(entry.grade)
        except ValueError:
            errors.add("grade", "The grade must be 1, 2, 3 or 4.")

    rate_at_onset: Decimal | None = None
    previous_step: Decimal | None = None
    if not _blank(entry.rate_at_onset_ml_per_h):
        try:
            rate_at_onset = parse_rate(entry.rate_at_onset_ml_per_h, "rate_at_onset_ml_per_h", "Rate at onset")
        except ValidationError as error:
            errors.capture(error)
    if not _blank(entry.previous_step_rate_ml_per_h):
        try:
            previous_step = parse_rate(
                entry.previous_step_rate_ml_per_h, "previous_step_rate_ml_per_h", "Previous step rate"
            )
        except ValidationError as error:
            errors.capture(error)
        else:
            if _blank(entry.rate_at_onset_ml_per_h):
                errors.add("previous_step_rate_ml_per_h", "Give the rate at onset first.")
            elif rate_at_onset is not None and not previous_step < rate_at_onset:
                errors.add(
                    "previous_step_rate_ml_per_h",
                    f"The previous step must be below the rate at onset ({rate_at_onset} mL/h).",
                )

    infusing = not _blank(entry.rate_at_onset_ml_per_h)
    action = entry.response
    response_rate: Decimal | None = None
    if action is ResponseAction.RESUME:
        errors.add("response", "Resuming is recorded as an outcome, after the reaction.")
    elif action is not None and not infusing:
        errors.add("response", "No rate at onset was given (no infusion running), so there is no rate to change.")
    elif action is None and infusing:
        errors.add("response", "Choose what was done with the infusion.")
    if action in (ResponseAction.SLOW, ResponseAction.PAUSE):
        label = "New rate" if action is ResponseAction.SLOW else "Resume rate"
        if _blank(entry.response_rate_ml_per_h):
            if action is ResponseAction.SLOW:
                errors.add("response_rate_ml_per_h", "Give the rate the infusion was slowed to.")
        else:
            try:
                response_rate = parse_rate(entry.response_rate_ml_per_h, "response_rate_ml_per_h", label)
            except ValidationError as error:
                errors.capture(error)
            else:
                if rate_at_onset is not None and not response_rate < rate_at_onset:
                    errors.add(
                        "response_rate_ml_per_h", f"{label} must be below the rate at onset ({rate_at_onset} mL/h)."
                    )
    elif action is not None and not _blank(entry.response_rate_ml_per_h):
        errors.add("response_rate_ml_per_h", f"No rate goes with '{action.label.lower()}'; clear the rate.")

    proposal: Proposal | None = None
    reason = _text(entry.deviation_reason, "deviation_reason", "The reason", NOTES_MAX_CHARS, errors, multiline=True)
    if grade is not None and (rate_at_onset is not None or not infusing):
        proposal = propose_response(
            grade, rate_at_onset, previous_step, anaphylaxis_signs=Symptom.ANAPHYLAXIS_SIGNS in symptoms
        )
        why = _less_cautious(proposal, action, response_rate)
        if why is not None and not reason:
            errors.add("deviation_reason", f"The choice differs from the proposal ({why}); say why.")

    medications: list[JsonValue] = []
    for index, medication in enumerate(entry.medications):
        checked = _medication(session, index, medication, onset, now, errors)
        if checked is not None:
            medications.append(checked)

    provider_name = _text(entry.provider_name, "provider_name", "The prescriber's name", NAME_MAX_CHARS, errors)
    provider = _provider_notified(session, provider_name, entry.provider_notified_at, onset, now, errors)

    emergency: str | None = None
    if entry.emergency_services_called_at is not None:
        try:
            emergency = to_iso(
                _after_onset(
                    session, entry.emergency_services_called_at, onset, now, "emergency_services_called_at", "The call"
                )
            )
        except ValidationError as error:
            errors.capture(error)

    resolved = _outcome(session, entry.outcome, entry.resolved_at, onset, now, errors)
    notes = _text(entry.notes, "notes", "Notes", NOTES_MAX_CHARS, errors, multiline=True)

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
        "response": response,
        "deviation_reason": reason,
        "medications": medications,
        "provider_notified": provider,
        "emergency_services_called_at": emergency,
        "outcome": None if entry.outcome is None else entry.outcome.value,
        "resolved_at": None if resolved is None else to_iso(resolved),
        "notes": notes,
    }


def _outcome(
    session: Session,
    outcome: ReactionOutcome | None,
    resolved_at: datetime | None,
    onset: datetime | None,
    now: datetime,
    errors: FieldErrors,
) -> datetime | None:
    if outcome is ReactionOutcome.RESOLVED and resolved_at is None:
        errors.add("resolved_at", "Give the time the reaction resolved.")
        return None
    if resolved_at is not None and outcome is not ReactionOutcome.RESOLVED:
        errors.add("resolved_at", "A time resolved goes with the outcome 'Resolved'.")
        return None
    if resolved_at is None:
        return None
    try:
        return _after_onset(session, resolved_at, onset, now, "resolved_at", "The time resolved")
    except ValidationError as error:
        errors.capture(error)
        return None


def record_reaction(session: Session, entry: ReactionInput, *, now: datetime) -> NewEvent:
    """A reaction, timed at its onset. Payload:

    onset_at (ISO), symptoms (list of `Symptom` values), other_symptoms, grade (1-4), rate_at_onset_ml_per_h and
    previous_step_rate_ml_per_h (decimal strings or null), proposal {grade, action, resume_rate_ml_per_h,
    notify_provider, call_emergency_services, give_epinephrine} (what the app proposed; null if it could not),
    response {action, rate_ml_per_h} or null, deviation_reason, medications [{name, dose, unit, route, given_at}],
    provider_notified {name, at} or null, emergency_services_called_at, outcome, resolved_at, notes.
    """
    payload = _reaction_payload(session, entry, now)
    return NewEvent(EventType.REACTION_RECORDED, occurred_at=from_iso(str(payload["onset_at"])), payload=payload)


def amend_reaction(session: Session, event_id: int, *, reason: str, now: datetime, entry: ReactionInput) -> NewEvent:
    """Correct a reaction (validated as a new entry; the original stays visible). A correction changes the record,
    not the infusion: it proposes no rate change."""
    if session.entry(event_id).event.type is not EventType.REACTION_RECORDED:
        raise DomainError("Only a reaction can be corrected here.")
    return amend(session, event_id, reason=reason, now=now, replacement=_reaction_payload(session, entry, now))


# --- later: the outcome, the resume -------------------------------------------------------------------------


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


def _update_payload(session: Session, update: ReactionUpdateInput, now: datetime) -> dict[str, JsonValue]:
    reaction = reaction_record(session, update.reaction_id)
    errors = FieldErrors()
    onset = reaction.onset_at
    resolved = _outcome(session, update.outcome, update.resolved_at, onset, now, errors)

    resume: Decimal | None = None
    if not _blank(update.resume_rate_ml_per_h):
        try:
            resume = parse_rate(update.resume_rate_ml_per_h, "resume_rate_ml_per_h", "Resume rate")
        except ValidationError as error:
            errors.capture(error)
        if reaction.rate_at_onset_ml_per_h is None:
            errors.add("resume_rate_ml_per_h", "No infusion was running at the onset: there is nothing to resume.")
        elif reaction.response_action not in (ResponseAction.PAUSE, ResponseAction.STOP):
            errors.add("resume_rate_ml_per_h", "The infusion was not paused or stopped, so it cannot resume.")
        elif reaction.resumed_rate_ml_per_h is not None:
            errors.add(
                "resume_rate_ml_per_h",
                f"The infusion already resumed after this reaction, at {reaction.resumed_rate_ml_per_h} mL/h.",
            )

    provider_name = _text(update.provider_name, "provider_name", "The prescriber's name", NAME_MAX_CHARS, errors)
    provider = _provider_notified(session, provider_name, update.provider_notified_at, onset, now, errors)

    reason = _text(update.deviation_reason, "deviation_reason", "The reason", NOTES_MAX_CHARS, errors, multiline=True)
    needs_order = reaction.response_action is ResponseAction.STOP or reaction.grade >= Grade.SEVERE
    if resume is not None and needs_order and reaction.provider_notified is None and not provider_name:
        errors.add(
            "provider_name",
            "After a stop or a grade 3-4 reaction the infusion restarts only on the prescriber's order: "
            "record the prescriber notified.",
        )
    if resume is not None and reaction.proposal is not None:
        why = _less_cautious(reaction.proposal, ResponseAction.RESUME, resume, resuming=True)
        if why is not None and not reason:
            errors.add("deviation_reason", f"The resume rate differs from the proposal ({why}); say why.")

    notes = _text(update.notes, "notes", "Notes", NOTES_MAX_CHARS, errors, multiline=True)
    if update.outcome is None and _blank(update.resume_rate_ml_per_h) and not provider_name and not notes:
        errors.add("outcome", "Give the outcome, a resume rate, a prescriber notified, or a note.")
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
    return NewEvent(EventType.REACTION_UPDATED, occurred_at=now, payload=_update_payload(session, update, now))


def amend_reaction_update(
    session: Session, event_id: int, *, reason: str, now: datetime, update: ReactionUpdateInput
) -> NewEvent:
    """Correct an outcome entry. (Its resume is checked against the reaction as if this update were not there.)"""
    entry = session.entry(event_id)
    if entry.event.type is not EventType.REACTION_UPDATED:
        raise DomainError("Only a reaction outcome can be corrected here.")
    if update.reaction_id != entry.current_payload.get("reaction_id"):
        raise DomainError("A correction cannot move an outcome to another reaction.")
    without = Session(session.header, tuple(e for e in session.entries if e.event.id != event_id), session.last_seq)
    return amend(session, event_id, reason=reason, now=now, replacement=_update_payload(without, update, now))


# --- the reactions as they now stand ------------------------------------------------------------------------


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
    def symptom_text(self) -> str:
        names = [s.label for s in self.symptoms]
        if self.other_symptoms:
            names.append(self.other_symptoms)
        return ", ".join(names)


def _decimal(value: JsonValue) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _time(value: JsonValue) -> datetime | None:
    return None if value is None else from_iso(str(value))


def _provider(value: JsonValue) -> ProviderNotified | None:
    if not isinstance(value, dict):
        return None
    return ProviderNotified(str(value["name"]), from_iso(str(value["at"])))


def _proposal(payload: Payload) -> Proposal | None:
    """The stored proposal: its steps and working recomputed from the stored facts, its action and resume rate as
    stored (what the nurse was shown)."""
    stored = payload.get("proposal")
    if not isinstance(stored, dict):
        return None
    symptoms = payload.get("symptoms")
    anaphylaxis = isinstance(symptoms, list) and Symptom.ANAPHYLAXIS_SIGNS.value in symptoms
    recomputed = propose_response(
        Grade(int(str(payload["grade"]))),
        _decimal(payload.get("rate_at_onset_ml_per_h")),
        _decimal(payload.get("previous_step_rate_ml_per_h")),
        anaphylaxis_signs=anaphylaxis,
    )
    action = stored.get("action")
    return replace(
        recomputed,
        action=None if action is None else ResponseAction(str(action)),
        resume_rate_ml_per_h=_decimal(stored.get("resume_rate_ml_per_h")),
    )


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
        raise DomainError(f"Reaction {event_id} is damaged: it has no onset time.")
    return ReactionRecord(
        event_id=event_id,
        onset_at=onset,
        symptoms=tuple(Symptom(str(s)) for s in (symptoms if isinstance(symptoms, list) else [])),
        other_symptoms=str(payload.get("other_symptoms") or ""),
        grade=Grade(int(str(payload["grade"]))),
        rate_at_onset_ml_per_h=_decimal(payload.get("rate_at_onset_ml_per_h")),
        previous_step_rate_ml_per_h=_decimal(payload.get("previous_step_rate_ml_per_h")),
        proposal=_proposal(payload),
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
    raise DomainError("That reaction is not in this session's record (or was marked entered in error).")


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
