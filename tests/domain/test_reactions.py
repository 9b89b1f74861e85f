from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import AMENDABLE_TYPES, EventType
from ivig_desktop.domain.reactions import (
    Grade,
    MedicationInput,
    ReactionInput,
    ReactionOutcome,
    ReactionResponse,
    ReactionUpdateInput,
    ResponseAction,
    Symptom,
    amend_reaction,
    amend_reaction_update,
    propose_response,
    reaction_record,
    reactions,
    record_reaction,
    response_of,
    update_reaction,
)
from ivig_desktop.domain.session import Session, amend

from .recording import T0, Recorder

ONSET = T0 + timedelta(minutes=50)
NOW = ONSET + timedelta(minutes=5)


def d(text: str) -> Decimal:
    return Decimal(text)


# --- grades and the proposal --------------------------------------------------------------------------------


def test_grades_carry_the_ctcae_meanings() -> None:
    assert Grade(1).title == "Grade 1: mild"
    assert "interruption not indicated" in Grade(1).meaning
    assert "responds promptly to symptomatic treatment" in Grade(2).meaning
    assert "hospitalisation indicated" in Grade(3).meaning
    assert "recur" in Grade(3).meaning
    assert Grade(4).meaning == "Life-threatening consequences; urgent intervention indicated."
    assert len(Symptom) == 17


def test_grade_2_pauses_then_resumes_at_the_lower_of_half_and_previous_step() -> None:
    proposal = propose_response(2, d("120"), d("90"))
    assert proposal.action is ResponseAction.PAUSE
    assert proposal.resume_rate_ml_per_h == d("60.0")
    assert proposal.notify_provider and not proposal.call_emergency_services  # grade 2 and above: notify
    assert proposal.steps == (
        "Pause the infusion.",
        "Treat the symptoms as ordered and recheck vital signs.",
        "When the symptoms settle, resume at 60.0 mL/h.",
        "Notify the prescriber.",
    )
    assert proposal.working[0] == "Rule for grade 2 and above, and for serious findings: notify the prescriber."
    assert proposal.working[2:] == (
        "Half the current rate: 120 mL/h ÷ 2 = 60 mL/h.",
        "Previous step: 90 mL/h. Lower of the two: 60 mL/h.",
        "Rounded down to 0.1 mL/h: 60.0 mL/h.",
    )


def test_previous_step_below_half_wins() -> None:
    proposal = propose_response(1, d("120"), d("30"))
    assert proposal.resume_rate_ml_per_h == d("30.0")
    assert proposal.working[2] == "Previous step: 30 mL/h. Lower of the two: 30 mL/h."


def test_half_is_rounded_down_never_up() -> None:
    assert propose_response(2, d("100.3"), None).resume_rate_ml_per_h == d("50.1")  # 50.15 -> 50.1
    assert propose_response(2, d("0.3"), None).resume_rate_ml_per_h == d("0.1")  # 0.15 -> 0.1
    assert propose_response(2, d("125"), None).resume_rate_ml_per_h == d("62.5")
    tiny = propose_response(2, d("0.1"), None)  # 0.05 -> 0.0: below the pump's lowest rate
    assert tiny.action is ResponseAction.PAUSE and tiny.resume_rate_ml_per_h is None
    assert "ask the prescriber" in tiny.summary


@pytest.mark.parametrize("grade", [3, 4])
def test_grades_3_and_4_stop_and_notify(grade: int) -> None:
    proposal = propose_response(grade, d("120"), d("90"))
    assert proposal.action is ResponseAction.STOP
    assert proposal.resume_rate_ml_per_h is None
    assert proposal.notify_provider
    assert proposal.call_emergency_services is (grade == 4)
    assert "Notify the prescriber now." in proposal.steps
    assert ("Call emergency services." in proposal.steps) is (grade == 4)


def test_anaphylaxis_signs_get_the_grade_4_response_with_epinephrine() -> None:
    proposal = propose_response(2, d("120"), None, anaphylaxis_signs=True)
    assert proposal.grade is Grade.LIFE_THREATENING
    assert proposal.action is ResponseAction.STOP
    assert proposal.give_epinephrine and proposal.call_emergency_services and proposal.notify_provider
    assert proposal.steps[:3] == (
        "Stop the infusion; restart only on the prescriber's order.",
        "Give epinephrine (adrenaline) 1 mg/mL IM, 0.01 mg/kg (at most 0.5 mg for an adult, 0.3 mg for a child), "
        "into the mid-outer thigh; repeat every 5-15 minutes if the symptoms persist or return.",
        "Call emergency services.",
    )
    assert proposal.working[:2] == (
        "Anaphylaxis: signs of anaphylaxis are ticked.",
        "Grade 2 was chosen; the picture calls for grade 4: it decides.",
    )


def test_no_infusion_running_means_no_rate_change() -> None:
    mild = propose_response(2, None)
    assert mild.action is None and mild.resume_rate_ml_per_h is None
    assert mild.steps == ("Treat the symptoms as ordered and keep observing.", "Notify the prescriber.")
    assert mild.notify_provider
    assert not propose_response(1, None).notify_provider
    severe = propose_response(4, None)
    assert severe.action is None and severe.notify_provider and severe.call_emergency_services


def test_bad_rates_are_programming_errors() -> None:
    with pytest.raises(ValueError, match="positive"):
        propose_response(2, d("0"))
    with pytest.raises(ValueError, match="positive"):
        propose_response(2, d("60"), d("-1"))
    with pytest.raises(ValueError, match="is not a valid Grade"):
        propose_response(5, d("60"))


@given(
    st.integers(1, 4),
    st.decimals(min_value=d("0.1"), max_value=d("999.9"), places=1),
    st.one_of(st.none(), st.decimals(min_value=d("0.1"), max_value=d("999.9"), places=1)),
    st.booleans(),
)
def test_proposal_never_resumes_above_half_or_the_previous_step(
    grade: int, rate: Decimal, previous: Decimal | None, anaphylaxis: bool
) -> None:
    proposal = propose_response(grade, rate, previous, anaphylaxis_signs=anaphylaxis)
    if grade >= 3 or anaphylaxis:
        assert proposal.action is ResponseAction.STOP and proposal.resume_rate_ml_per_h is None
        return
    assert proposal.action is ResponseAction.PAUSE
    resume = proposal.resume_rate_ml_per_h
    if resume is None:
        assert rate / 2 < d("0.1")
        return
    assert d("0.1") <= resume <= rate / 2
    assert previous is None or resume <= previous
    assert resume == resume.quantize(d("0.1"))
    assert resume + d("0.1") > min(rate / 2, previous or rate)  # rounded down by less than one pump step


# --- recording ----------------------------------------------------------------------------------------------

GRADE_2 = ReactionInput(
    onset_at=ONSET,
    symptoms=[Symptom.HEADACHE, Symptom.CHILLS],
    other_symptoms="  feels  cold ",
    grade=2,
    rate_at_onset_ml_per_h="120",
    previous_step_rate_ml_per_h="90",
    response=ResponseAction.PAUSE,
    response_rate_ml_per_h="60",
    medications=[MedicationInput("Diphenhydramine", "25", "mg", "IV", ONSET + timedelta(minutes=3))],
)


def errors_of(entry: ReactionInput, recorder: Recorder | None = None) -> dict[str, str]:
    session = (recorder or Recorder()).session
    with pytest.raises(ValidationError) as caught:
        record_reaction(session, entry, now=NOW)
    return caught.value.errors


def test_a_grade_2_reaction_payload() -> None:
    new = record_reaction(Recorder().session, GRADE_2, now=NOW)
    assert new.type is EventType.REACTION_RECORDED
    assert new.occurred_at == ONSET
    assert new.payload == {
        "onset_at": "2026-11-24T07:50:00.000Z",
        "symptoms": ["headache", "chills"],
        "other_symptoms": "feels cold",
        "grade": 2,
        "rate_at_onset_ml_per_h": "120.0",
        "previous_step_rate_ml_per_h": "90.0",
        "proposal": {
            "grade": 2,
            "action": "pause",
            "resume_rate_ml_per_h": "60.0",
            "notify_provider": True,
            "call_emergency_services": False,
            "give_epinephrine": False,
            "resume_needs_prescriber": False,
            "steps": [
                "Pause the infusion.",
                "Treat the symptoms as ordered and recheck vital signs.",
                "When the symptoms settle, resume at 60.0 mL/h.",
                "Notify the prescriber.",
            ],
            "working": [
                "Rule for grade 2 and above, and for serious findings: notify the prescriber.",
                "Rule for grades 1-2: pause, then resume at the lower of half the current rate and the previous "
                "step's rate, rounded down to the pump's 0.1 mL/h.",
                "Half the current rate: 120 mL/h ÷ 2 = 60 mL/h.",
                "Previous step: 90 mL/h. Lower of the two: 60 mL/h.",
                "Rounded down to 0.1 mL/h: 60.0 mL/h.",
            ],
        },
        "assessment": {
            "anaphylaxis": False,
            "criterion": None,
            "findings": [],
            "picture_grade": None,
            "disagreement": None,
            "epinephrine": None,
            "hint": None,
        },
        "response": {"action": "pause", "rate_ml_per_h": "60.0"},
        "deviation_reason": "",
        "medications": [
            {
                "name": "Diphenhydramine",
                "dose": "25",
                "unit": "mg",
                "route": "IV",
                "given_at": "2026-11-24T07:53:00.000Z",
            }
        ],
        "provider_notified": None,
        "emergency_services_called_at": None,
        "outcome": None,
        "resolved_at": None,
        "notes": "",
    }
    assert response_of(100, new.payload) == ReactionResponse(100, ResponseAction.PAUSE, d("60.0"))
    assert {EventType.REACTION_RECORDED, EventType.REACTION_UPDATED, EventType.VITALS_RECORDED} <= AMENDABLE_TYPES


def test_required_fields() -> None:
    errors = errors_of(ReactionInput(onset_at=ONSET, rate_at_onset_ml_per_h="120"))
    assert errors == {
        "symptoms": "Tick at least one symptom, or describe it under Other.",
        "grade": "Choose the grade (1-4).",
        "response": "Choose what was done with the infusion.",
    }
    assert errors_of(replace(GRADE_2, grade=5))["grade"] == "The grade must be 1, 2, 3 or 4."


def test_rates_and_response_rules() -> None:
    # Without a confirmed plan, the bounds of a plan without a pump recorded (RateLimits.unrecorded()).
    assert errors_of(replace(GRADE_2, rate_at_onset_ml_per_h="0")) == {
        "rate_at_onset_ml_per_h": "Rate at onset must be above 0."
    }
    assert errors_of(replace(GRADE_2, rate_at_onset_ml_per_h="1000"))["rate_at_onset_ml_per_h"] == (
        "1000 mL/h is above the maximum of the pump (not recorded with this plan), 999.9 mL/h; it cannot be used."
    )
    assert errors_of(replace(GRADE_2, rate_at_onset_ml_per_h="120.05"))["rate_at_onset_ml_per_h"].endswith(
        "it takes multiples of 0.1 mL/h."
    )
    assert errors_of(replace(GRADE_2, previous_step_rate_ml_per_h="120")) == {
        "previous_step_rate_ml_per_h": "The previous step must be below the rate at onset (120.0 mL/h)."
    }
    slow_no_rate = replace(GRADE_2, response=ResponseAction.SLOW, response_rate_ml_per_h="")
    assert errors_of(slow_no_rate) == {"response_rate_ml_per_h": "Give the rate the infusion was slowed to."}
    slow_up = replace(GRADE_2, response=ResponseAction.SLOW, response_rate_ml_per_h="120")
    assert errors_of(slow_up)["response_rate_ml_per_h"] == "New rate must be below the rate at onset (120.0 mL/h)."
    stop_with_rate = replace(GRADE_2, response=ResponseAction.STOP, response_rate_ml_per_h="10")
    assert errors_of(stop_with_rate) == {"response_rate_ml_per_h": "No rate goes with 'stop'; clear the rate."}
    not_infusing = replace(GRADE_2, rate_at_onset_ml_per_h="", previous_step_rate_ml_per_h="")
    assert errors_of(not_infusing)["response"].startswith("No rate at onset was given")
    resume = replace(GRADE_2, response=ResponseAction.RESUME)
    assert errors_of(resume)["response"] == "Resuming is recorded as an outcome, after the reaction."
    step_without_rate = replace(GRADE_2, rate_at_onset_ml_per_h="", response=None, response_rate_ml_per_h="")
    assert errors_of(step_without_rate) == {"previous_step_rate_ml_per_h": "Give the rate at onset first."}


def test_a_choice_less_cautious_than_the_proposal_needs_a_reason() -> None:
    cont = replace(GRADE_2, response=ResponseAction.CONTINUE, response_rate_ml_per_h="")
    assert errors_of(cont) == {
        "deviation_reason": "The choice differs from the proposal ('continue at the same rate' is less cautious "
        "than the proposal to pause); say why."
    }
    higher = replace(GRADE_2, response_rate_ml_per_h="90")
    assert "90.0 mL/h is above the proposed 60.0 mL/h" in errors_of(higher)["deviation_reason"]
    grade_3_paused = replace(GRADE_2, grade=3)
    assert "less cautious than the proposal to stop" in errors_of(grade_3_paused)["deviation_reason"]
    # Slowing to the proposed rate (or below), pausing, or stopping needs no reason.
    for ok in (
        replace(GRADE_2, response=ResponseAction.SLOW, response_rate_ml_per_h="60"),
        replace(GRADE_2, response=ResponseAction.SLOW, response_rate_ml_per_h="45"),
        replace(GRADE_2, response=ResponseAction.PAUSE, response_rate_ml_per_h=""),
        replace(GRADE_2, response=ResponseAction.STOP, response_rate_ml_per_h=""),
    ):
        record_reaction(Recorder().session, ok, now=NOW)
    with_reason = replace(cont, deviation_reason="Symptoms gone after acetaminophen; prescriber agreed")
    payload = record_reaction(Recorder().session, with_reason, now=NOW).payload
    assert payload["deviation_reason"] == "Symptoms gone after acetaminophen; prescriber agreed"


def test_times_medications_provider_and_outcome() -> None:
    late_onset = replace(GRADE_2, onset_at=NOW + timedelta(minutes=3))
    assert "in the future" in errors_of(late_onset)["onset_at"]
    before = replace(GRADE_2, onset_at=T0 - timedelta(minutes=1))
    assert "before this session was opened" in errors_of(before)["onset_at"]
    bad_med = replace(
        GRADE_2,
        medications=[MedicationInput("", "-1", "drops", "rectal", ONSET - timedelta(minutes=5))],
    )
    assert errors_of(bad_med) == {
        "medications.0.name": "Name the medication.",
        "medications.0.dose": "The dose must be above 0 and below 100000.",
        "medications.0.unit": "Choose the dose unit (mg, mcg, g, mL, units).",
        "medications.0.route": "Choose the route (PO, IV, IM, SC, inhaled).",
        "medications.0.given_at": "The time given is before the onset; check the time.",
    }
    no_time = replace(GRADE_2, medications=[MedicationInput("Acetaminophen", "650", "mg", "PO", None)])
    assert errors_of(no_time) == {"medications.0.given_at": "Give the time the medication was given."}
    assert errors_of(replace(GRADE_2, provider_name="Dr Patel")) == {
        "provider_notified_at": "Give the time the prescriber was notified."
    }
    assert errors_of(replace(GRADE_2, provider_notified_at=NOW)) == {
        "provider_name": "Name the prescriber who was notified."
    }
    assert errors_of(replace(GRADE_2, outcome=ReactionOutcome.RESOLVED)) == {
        "resolved_at": "Give the time the reaction resolved."
    }
    assert errors_of(replace(GRADE_2, outcome=ReactionOutcome.IMPROVING, resolved_at=NOW)) == {
        "resolved_at": "A time resolved goes with the outcome 'Resolved'."
    }
    full = replace(
        GRADE_2,
        grade=4,
        symptoms=[Symptom.ANAPHYLAXIS_SIGNS, Symptom.DYSPNOEA],
        response=ResponseAction.STOP,
        response_rate_ml_per_h="",
        medications=[MedicationInput("Epinephrine", "0.5", "mg", "IM", ONSET + timedelta(minutes=1))],
        provider_name="Dr Patel",
        provider_notified_at=ONSET + timedelta(minutes=2),
        emergency_services_called_at=ONSET + timedelta(minutes=2),
        outcome=ReactionOutcome.TRANSFERRED,
        notes="Handed over to paramedics.",
    )
    payload = record_reaction(Recorder().session, full, now=NOW).payload
    assert payload["provider_notified"] == {"name": "Dr Patel", "at": "2026-11-24T07:52:00.000Z"}
    assert payload["emergency_services_called_at"] == "2026-11-24T07:52:00.000Z"
    assert payload["symptoms"] == ["dyspnoea", "anaphylaxis_signs"]
    assert response_of(1, payload) == ReactionResponse(1, ResponseAction.STOP, None)


# --- later: outcome and resume; corrections -----------------------------------------------------------------


def recorded(entry: ReactionInput = GRADE_2) -> tuple[Recorder, int]:
    recorder = Recorder()
    event = recorder.record(record_reaction(recorder.session, entry, now=NOW), recorded_at=NOW)
    return recorder, event.id


def test_outcome_and_resume_at_the_proposed_rate() -> None:
    recorder, reaction_id = recorded()
    later = NOW + timedelta(minutes=25)
    update = ReactionUpdateInput(
        reaction_id, outcome=ReactionOutcome.RESOLVED, resolved_at=later, resume_rate_ml_per_h="60"
    )
    new = update_reaction(recorder.session, update, now=later)
    assert new.type is EventType.REACTION_UPDATED
    assert new.payload == {
        "reaction_id": reaction_id,
        "outcome": "resolved",
        "resolved_at": "2026-11-24T08:20:00.000Z",
        "resume_rate_ml_per_h": "60.0",
        "deviation_reason": "",
        "provider_notified": None,
        "notes": "",
    }
    assert response_of(999, new.payload) == ReactionResponse(reaction_id, ResponseAction.RESUME, d("60.0"))
    recorder.record(new, recorded_at=later)
    (record,) = reactions(recorder.session)
    assert record.outcome is ReactionOutcome.RESOLVED
    assert record.resolved_at == later
    assert record.resumed_rate_ml_per_h == d("60.0")
    assert record.symptom_text == "Headache, Chills, feels cold"
    assert record.proposal is not None and record.proposal.resume_rate_ml_per_h == d("60.0")
    with pytest.raises(ValidationError, match=r"already resumed after this reaction, at 60\.0 mL/h"):
        update_reaction(recorder.session, ReactionUpdateInput(reaction_id, resume_rate_ml_per_h="30"), now=later)


def test_update_rules() -> None:
    recorder, reaction_id = recorded()
    with pytest.raises(ValidationError) as empty:
        update_reaction(recorder.session, ReactionUpdateInput(reaction_id), now=NOW)
    assert empty.value.errors == {"outcome": "Give the outcome, a resume rate, a prescriber notified, or a note."}
    with pytest.raises(ValidationError) as higher:
        update_reaction(recorder.session, ReactionUpdateInput(reaction_id, resume_rate_ml_per_h="90"), now=NOW)
    assert "90.0 mL/h is above the proposed 60.0 mL/h" in higher.value.errors["deviation_reason"]
    reasoned = ReactionUpdateInput(reaction_id, resume_rate_ml_per_h="90", deviation_reason="Prescriber's order")
    assert update_reaction(recorder.session, reasoned, now=NOW).payload["resume_rate_ml_per_h"] == "90.0"
    with pytest.raises(DomainError, match="not in this session"):
        update_reaction(recorder.session, ReactionUpdateInput(999, notes="x"), now=NOW)

    stopped, stopped_id = recorded(replace(GRADE_2, grade=3, response=ResponseAction.STOP, response_rate_ml_per_h=""))
    with pytest.raises(ValidationError) as order:
        update_reaction(stopped.session, ReactionUpdateInput(stopped_id, resume_rate_ml_per_h="30"), now=NOW)
    assert order.value.errors["provider_name"].startswith("After a stop or a grade 3-4 reaction")
    assert "not to resume without the prescriber" in order.value.errors["deviation_reason"]
    ordered = ReactionUpdateInput(
        stopped_id,
        resume_rate_ml_per_h="30",
        provider_name="Dr Patel",
        provider_notified_at=NOW,
        deviation_reason="Dr Patel ordered a restart at 30 mL/h",
    )
    assert update_reaction(stopped.session, ordered, now=NOW).payload["provider_notified"] == {
        "name": "Dr Patel",
        "at": "2026-11-24T07:55:00.000Z",
    }

    slowed, slowed_id = recorded(replace(GRADE_2, response=ResponseAction.SLOW, response_rate_ml_per_h="60"))
    with pytest.raises(ValidationError, match="not paused or stopped"):
        update_reaction(slowed.session, ReactionUpdateInput(slowed_id, resume_rate_ml_per_h="60"), now=NOW)


def test_a_reaction_and_its_update_can_be_corrected() -> None:
    recorder, reaction_id = recorded()
    later = NOW + timedelta(minutes=10)
    fix = amend_reaction(
        recorder.session, reaction_id, reason="It was grade 1", now=later, entry=replace(GRADE_2, grade=1)
    )
    recorder.record(fix, recorded_at=later)
    record = reaction_record(recorder.session, reaction_id)
    assert record.grade is Grade.MILD and record.is_corrected
    assert recorder.session.entry(reaction_id).event.payload["grade"] == 2  # the original stays
    assert response_of(fix.amends or 0, fix.payload) is None  # a correction asks the infusion for nothing

    update = update_reaction(recorder.session, ReactionUpdateInput(reaction_id, resume_rate_ml_per_h="60"), now=later)
    update_id = recorder.record(update, recorded_at=later).id
    changed = ReactionUpdateInput(reaction_id, resume_rate_ml_per_h="50")
    correction = amend_reaction_update(recorder.session, update_id, reason="Pump set to 50", now=later, update=changed)
    recorder.record(correction, recorded_at=later)
    assert reaction_record(recorder.session, reaction_id).resumed_rate_ml_per_h == d("50.0")
    with pytest.raises(DomainError, match="another reaction"):
        amend_reaction_update(
            recorder.session, update_id, reason="r", now=later, update=ReactionUpdateInput(1, notes="x")
        )
    with pytest.raises(DomainError, match="Only a reaction outcome"):
        amend_reaction_update(recorder.session, reaction_id, reason="r", now=later, update=changed)
    with pytest.raises(DomainError, match="Only a reaction can"):
        amend_reaction(recorder.session, update_id, reason="r", now=later, entry=GRADE_2)

    recorder.record(amend(recorder.session, reaction_id, reason="Wrong patient", now=later, entered_in_error=True))
    assert reactions(recorder.session) == ()


_rate_text = st.one_of(
    st.just(""),
    st.text(max_size=8),
    st.decimals(min_value=d("-5"), max_value=d("1200"), places=2).map(str),
    st.sampled_from(["NaN", "1e999999", "0", "0.05", "999.9", "1000"]),
)


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(list(Symptom)), max_size=4),
    st.one_of(st.none(), st.integers(-1, 6)),
    _rate_text,
    _rate_text,
    st.one_of(st.none(), st.sampled_from(list(ResponseAction))),
    _rate_text,
    st.text(max_size=5),
)
def test_random_reactions_never_crash_and_never_give_an_invalid_payload(
    symptoms: list[Symptom],
    grade: int | None,
    rate: str,
    previous: str,
    action: ResponseAction | None,
    response_rate: str,
    reason: str,
) -> None:
    entry = ReactionInput(
        onset_at=ONSET,
        symptoms=symptoms,
        grade=grade,
        rate_at_onset_ml_per_h=rate,
        previous_step_rate_ml_per_h=previous,
        response=action,
        response_rate_ml_per_h=response_rate,
        deviation_reason=reason,
    )
    try:
        payload = record_reaction(Recorder().session, entry, now=NOW).payload
    except ValidationError as error:
        assert all(isinstance(m, str) and m for m in error.errors.values())
        return
    assert payload["grade"] in (1, 2, 3, 4)
    assert payload["symptoms"]
    at_onset = payload["rate_at_onset_ml_per_h"]
    response = payload["response"]
    if at_onset is None:
        assert response is None
    else:
        onset_rate = Decimal(str(at_onset))
        assert d("0.1") <= onset_rate <= d("999.9")
        assert isinstance(response, dict)
        chosen = response["rate_ml_per_h"]
        if chosen is not None:
            assert d("0.1") <= Decimal(str(chosen)) < onset_rate
    (record,) = reactions(_recorded_payload(payload))
    assert record.grade == payload["grade"]


def _recorded_payload(payload: object) -> Session:
    from ivig_desktop.domain.events import NewEvent

    recorder = Recorder()
    assert isinstance(payload, dict)
    recorder.record(NewEvent(EventType.REACTION_RECORDED, ONSET, payload))
    return recorder.session
