"""The picture, not only the grade: the anaphylaxis criteria (from the symptoms and the session's vital signs), the
epinephrine dose worked from the weight, serious findings that never resume at a lower rate without the prescriber,
grade 2 notifying the prescriber, and the grade picked and the picture's assessment both kept in the record."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.reactions import (
    Assessment,
    BodySystem,
    Criterion,
    Finding,
    Grade,
    PatientFacts,
    ReactionContext,
    ReactionInput,
    ReactionUpdateInput,
    ResponseAction,
    Symptom,
    assess,
    assess_reaction,
    epinephrine_dose,
    low_systolic_limit,
    propose_response,
    reaction_record,
    record_reaction,
    update_reaction,
)
from ivig_desktop.domain.tolerance import reactions_at_rate
from ivig_desktop.domain.vitals import VitalsConfig, VitalsInput, record_vitals

from .recording import T0, Recorder

D = Decimal
ADULT = PatientFacts(D("72.5"), "check-in weight today", 54)
CHILD = PatientFacts(D("23.4"), "check-in weight today", 7)
CONFIG = VitalsConfig()
ONSET = T0 + timedelta(minutes=50)
NOW = ONSET + timedelta(minutes=5)
BASELINE = VitalsInput("131", "82", "76", "16", "36.8", "98", "0")


def vitals(recorder: Recorder, values: VitalsInput, minutes_after_t0: int) -> None:
    taken = T0 + timedelta(minutes=minutes_after_t0)
    recorder.record(record_vitals(recorder.session, values, occurred_at=taken, now=taken, config=CONFIG))


def picture(recorder: Recorder, *symptoms: Symptom, patient: PatientFacts = ADULT) -> Assessment:
    return assess_reaction(recorder.session, symptoms, onset=ONSET, now=NOW, patient=patient, vitals_config=CONFIG)


# --- the criteria -------------------------------------------------------------------------------------------


def test_criterion_1_skin_with_breathing_from_the_ticks() -> None:
    found = assess({Symptom.FLUSHING, Symptom.DYSPNOEA, Symptom.HEADACHE})
    assert found.criterion is Criterion.SKIN_WITH_BREATHING_OR_PRESSURE
    assert [f.text for f in found.basis] == ["Flushing", "Dyspnoea (short of breath)"]
    assert found.picture_grade is Grade.LIFE_THREATENING
    assert found.why == (
        "Anaphylaxis (NIAID/FAAN 2006, WAO 2020), criterion 1: acute skin or mucosal signs with respiratory "
        "compromise or low blood pressure, from:",
        "• skin or mucosal signs: Flushing",
        "• respiratory compromise: Dyspnoea (short of breath)",
    )


def test_criterion_1_from_a_rash_and_a_falling_spo2_recorded_in_the_session() -> None:
    recorder = Recorder()
    vitals(recorder, BASELINE, 5)
    vitals(recorder, replace(BASELINE, spo2_percent="94"), 45)  # 4 points below baseline, 5 min before onset
    found = picture(recorder, Symptom.RASH_URTICARIA)
    assert found.criterion is Criterion.SKIN_WITH_BREATHING_OR_PRESSURE
    assert [f.text for f in found.basis] == [
        "Rash or urticaria (hives)",
        "SpO2 94% is 4 points below baseline 98% (drop ≥ 3 points): hypoxaemia",
    ]
    assert found.basis[1].measured and found.basis[1].system is BodySystem.RESPIRATORY


def test_criterion_2_two_systems_without_skin() -> None:
    found = assess({Symptom.WHEEZE_STRIDOR, Symptom.PERSISTENT_GI})
    assert found.criterion is Criterion.TWO_SYSTEMS
    # Nausea is not the criteria's persistent GI symptom, and flushing with nausea (a common mild IVIG reaction)
    # is no anaphylaxis.
    assert not assess({Symptom.FLUSHING, Symptom.NAUSEA_VOMITING}).anaphylaxis
    # Chest tightness is serious but not one of the criteria's signs.
    tight = assess({Symptom.FLUSHING, Symptom.CHEST_TIGHTNESS})
    assert not tight.anaphylaxis and tight.serious and tight.picture_grade is Grade.MODERATE


def test_criterion_3_low_blood_pressure_alone_measured() -> None:
    recorder = Recorder()
    vitals(recorder, BASELINE, 5)
    vitals(recorder, replace(BASELINE, systolic_mmhg="86", diastolic_mmhg="50"), 52)
    found = picture(recorder, Symptom.HEADACHE)
    assert found.criterion is Criterion.LOW_PRESSURE_ALONE
    assert [f.text for f in found.basis] == [
        "Systolic 86 mmHg < 90 mmHg, low for an adult",
        "Systolic 86 mmHg is 34% below baseline 131 mmHg (a fall of more than 30%)",
    ]
    # The clinic's own 'below 90' and '20% drop' alerts say the same facts: said once, in the criteria's words.
    assert len(found.findings) == 2


def test_a_fall_of_exactly_30_percent_is_not_more_than_30_percent() -> None:
    recorder = Recorder()
    vitals(recorder, replace(BASELINE, systolic_mmhg="140"), 5)
    vitals(recorder, replace(BASELINE, systolic_mmhg="98", diastolic_mmhg="60"), 50)  # exactly 30%
    found = picture(recorder)
    assert not found.anaphylaxis
    assert found.serious  # the clinic's 20% drop alert: serious all the same
    assert [f.text for f in found.findings] == [
        "Systolic 98 mmHg is 30% below baseline 140 mmHg (drop ≥ 20%): blood pressure falling"
    ]
    vitals(recorder, replace(BASELINE, systolic_mmhg="97", diastolic_mmhg="60"), 52)  # 30.7%
    assert picture(recorder).criterion is Criterion.LOW_PRESSURE_ALONE


@pytest.mark.parametrize(
    ("age", "limit"), [(0, 70), (1, 72), (5, 80), (10, 90), (11, 90), (17, 90), (18, 90), (None, 90)]
)
def test_the_low_systolic_limit_is_age_specific_for_children(age: int | None, limit: int) -> None:
    assert low_systolic_limit(age)[0] == limit


def test_a_child_of_5_is_hypotensive_below_80() -> None:
    recorder = Recorder()
    vitals(recorder, replace(BASELINE, systolic_mmhg="100", diastolic_mmhg="60"), 5)
    vitals(recorder, replace(BASELINE, systolic_mmhg="79", diastolic_mmhg="50"), 50)
    five = PatientFacts(D("18"), "check-in weight today", 5)
    found = picture(recorder, patient=five)
    assert found.criterion is Criterion.LOW_PRESSURE_ALONE
    assert found.basis[0].text == "Systolic 79 mmHg < 80 mmHg, low for age 5 (70 + 2 x 5)"


def test_vitals_are_read_from_30_minutes_before_the_onset_to_an_hour_after() -> None:
    recorder = Recorder()
    vitals(recorder, BASELINE, 5)
    vitals(recorder, replace(BASELINE, spo2_percent="90"), 19)  # 31 min before the onset: another moment
    assert picture(recorder).findings == ()
    vitals(recorder, replace(BASELINE, spo2_percent="90"), 21)  # 29 min before
    assert [f.system for f in picture(recorder).findings] == [BodySystem.RESPIRATORY, BodySystem.RESPIRATORY]


def test_hypotension_ticked_without_a_pressure_is_serious_and_asks_for_one() -> None:
    found = assess({Symptom.HYPOTENSION}, patient=ADULT)
    assert not found.anaphylaxis and found.serious
    assert found.hint == (
        "Hypotension is ticked: a systolic below 90 mmHg (an adult) or more than 30% below baseline is anaphylaxis "
        "on its own (criterion 3). Record the blood pressure."
    )


# --- epinephrine --------------------------------------------------------------------------------------------


def test_the_epinephrine_dose_is_worked_from_the_weight_and_capped() -> None:
    adult = epinephrine_dose(D("72.5"), "check-in weight today", 54)
    assert adult.dose_mg == D("0.5") and adult.volume_ml == D("0.5")
    assert adult.working == (
        "Epinephrine 1 mg/mL IM: 0.01 mg/kg x 72.5 kg (check-in weight today) = 0.725 mg.",
        "Maximum for an adult (age 54): 0.5 mg; 0.725 mg is above it, so 0.5 mg.",
        "At 1 mg/mL: 0.5 mg = 0.5 mL.",
        "Into the mid-outer thigh; repeat every 5-15 minutes if the symptoms persist or return.",
    )
    child = epinephrine_dose(D("23.4"), "check-in weight today", 7)
    assert child.dose_mg == D("0.23")
    assert child.working[1:3] == (
        "Maximum for a child (age 7, under 12): 0.3 mg; 0.234 mg is within it.",
        "To the nearest 0.01 mL mark of a 1 mL syringe: 0.23 mg = 0.23 mL of 1 mg/mL.",
    )
    heavy_child = epinephrine_dose(D("41"), "patient record", 11)
    assert heavy_child.dose_mg == D("0.3")  # 0.41 mg, child cap 0.3 mg
    assert epinephrine_dose(D("41"), "patient record", 12).dose_mg == D("0.41")  # 12: the adult cap
    assert epinephrine_dose(None, "", 40).dose_mg is None


@settings(max_examples=300)
@given(st.decimals(min_value=1, max_value=350, places=1), st.one_of(st.none(), st.integers(0, 100)))
def test_the_dose_is_never_above_its_cap_and_within_half_a_mark_of_0_01_mg_per_kg(
    weight: Decimal, age: int | None
) -> None:
    dose = epinephrine_dose(weight, "w", age)
    assert dose.dose_mg is not None
    cap = D("0.3") if age is not None and age < 12 else D("0.5")
    assert dose.dose_mg <= cap
    assert abs(dose.dose_mg - min(weight * D("0.01"), cap)) <= D("0.005")
    assert dose.dose_mg == dose.dose_mg.quantize(D("0.01"))


# --- the proposal reads the picture -------------------------------------------------------------------------


def test_an_anaphylaxis_picture_ticked_grade_1_gets_the_anaphylaxis_response() -> None:
    found = assess({Symptom.FLUSHING, Symptom.DYSPNOEA}, patient=ADULT)
    proposal = propose_response(Grade.MILD, D(120), D(90), assessment=found)
    assert proposal.grade is Grade.LIFE_THREATENING
    assert proposal.action is ResponseAction.STOP and proposal.resume_rate_ml_per_h is None
    assert proposal.give_epinephrine and proposal.call_emergency_services and proposal.notify_provider
    assert proposal.resume_needs_prescriber
    assert proposal.steps == (
        "Stop the infusion; restart only on the prescriber's order.",
        "Give epinephrine (adrenaline) 0.5 mg IM = 0.5 mL of 1 mg/mL, into the mid-outer thigh; repeat every 5-15 "
        "minutes if the symptoms persist or return.",
        "Call emergency services.",
        "Lay the patient flat with the legs raised (sitting up if breathing is hard); give oxygen and IV fluids per "
        "protocol.",
        "Notify the prescriber now.",
    )
    assert "Grade 1 was chosen; the picture calls for grade 4: it decides." in proposal.working
    assert "Epinephrine 1 mg/mL IM: 0.01 mg/kg x 72.5 kg (check-in weight today) = 0.725 mg." in proposal.working
    assert found.disagreement(Grade.MILD).startswith(
        "Grade 1 (mild) was chosen, but the picture is anaphylaxis (criterion 1: acute skin or mucosal signs with "
        "respiratory compromise or low blood pressure): a grade 4 picture."
    )
    assert found.disagreement(Grade.LIFE_THREATENING) == ""


def test_a_child_gets_the_child_dose() -> None:
    found = assess({Symptom.ANGIOEDEMA, Symptom.WHEEZE_STRIDOR}, patient=CHILD)
    proposal = propose_response(Grade.MODERATE, None, assessment=found)
    assert proposal.action is None  # observation: nothing to stop
    assert "0.23 mg IM = 0.23 mL of 1 mg/mL" in proposal.steps[0]
    assert "No infusion is running, so there is no rate to change." in proposal.working


def test_dyspnoea_graded_1_pauses_and_waits_for_the_prescriber() -> None:
    found = assess({Symptom.DYSPNOEA})
    proposal = propose_response(Grade.MILD, D(120), D(90), assessment=found)
    assert proposal.grade is Grade.MODERATE
    assert proposal.action is ResponseAction.PAUSE and proposal.resume_rate_ml_per_h is None
    assert proposal.notify_provider and proposal.resume_needs_prescriber and not proposal.give_epinephrine
    assert proposal.steps == (
        "Pause the infusion.",
        "Treat the symptoms as ordered and recheck vital signs.",
        "Notify the prescriber now; resume only on the prescriber's order.",
    )
    assert found.disagreement(Grade.MILD) == (
        "Grade 1 (mild) was chosen, but the picture (Dyspnoea (short of breath)) calls for interrupting the infusion "
        "(grade 2 or above). The proposal follows grade 2; both the grade chosen and this assessment are recorded."
    )
    assert found.disagreement(Grade.MODERATE) == ""


# --- property tests over symptom sets -----------------------------------------------------------------------

MEASURED = {
    "spo2": Finding("SpO2 90% < 92%: hypoxaemia", BodySystem.RESPIRATORY, serious=True, measured=True),
    "low_bp": Finding("Systolic 84 mmHg < 90 mmHg", BodySystem.LOW_BLOOD_PRESSURE, serious=True, measured=True),
    "bp_falling": Finding("Systolic 104 mmHg is 20% below baseline", None, serious=True, measured=True),
}
RESPIRATORY_OR_HYPOTENSION = {Symptom.HYPOTENSION, Symptom.DYSPNOEA, Symptom.CHEST_TIGHTNESS, Symptom.WHEEZE_STRIDOR}
rates = st.decimals(min_value=D("0.1"), max_value=D("999.9"), places=1)
pictures = st.tuples(
    st.frozensets(st.sampled_from(list(Symptom))),
    st.frozensets(st.sampled_from(sorted(MEASURED))),
    st.sampled_from(list(Grade)),
    st.one_of(st.none(), rates),
    st.one_of(st.none(), rates),
)


@settings(max_examples=600)
@given(pictures)
def test_an_anaphylaxis_picture_never_gets_a_non_stop_response(
    drawn: tuple[frozenset[Symptom], frozenset[str], Grade, Decimal | None, Decimal | None],
) -> None:
    symptoms, measured, grade, rate, previous = drawn
    found = assess(symptoms, [MEASURED[m] for m in measured], ADULT)
    proposal = propose_response(grade, rate, previous, assessment=found)
    if not found.anaphylaxis:
        return
    assert proposal.action is (ResponseAction.STOP if rate is not None else None)
    assert proposal.resume_rate_ml_per_h is None and proposal.resume_needs_prescriber
    assert proposal.give_epinephrine and proposal.call_emergency_services and proposal.notify_provider
    assert proposal.grade is Grade.LIFE_THREATENING
    assert any(step.startswith("Give epinephrine (adrenaline) 0.5 mg IM") for step in proposal.steps)


@settings(max_examples=600)
@given(pictures)
def test_a_respiratory_or_hypotension_finding_never_resumes_lower_without_the_prescriber(
    drawn: tuple[frozenset[Symptom], frozenset[str], Grade, Decimal | None, Decimal | None],
) -> None:
    symptoms, measured, grade, rate, previous = drawn
    found = assess(symptoms, [MEASURED[m] for m in measured], ADULT)
    proposal = propose_response(grade, rate, previous, assessment=found)
    if not (symptoms & RESPIRATORY_OR_HYPOTENSION or measured):
        return
    assert proposal.resume_rate_ml_per_h is None
    assert proposal.resume_needs_prescriber and proposal.notify_provider
    assert proposal.action not in (ResponseAction.CONTINUE, ResponseAction.SLOW)
    assert not any("resume at" in step for step in proposal.steps)
    assert proposal.grade >= Grade.MODERATE


@settings(max_examples=300)
@given(pictures)
def test_grade_2_and_above_always_notifies_the_prescriber(
    drawn: tuple[frozenset[Symptom], frozenset[str], Grade, Decimal | None, Decimal | None],
) -> None:
    symptoms, measured, grade, rate, previous = drawn
    proposal = propose_response(grade, rate, previous, assessment=assess(symptoms, [MEASURED[m] for m in measured]))
    assert proposal.notify_provider is (proposal.grade >= Grade.MODERATE or assess(symptoms).serious or bool(measured))


# --- the record keeps both ----------------------------------------------------------------------------------

MILD_ENTRY = ReactionInput(
    onset_at=ONSET,
    symptoms=[Symptom.RASH_URTICARIA],
    grade=1,
    rate_at_onset_ml_per_h="120",
    previous_step_rate_ml_per_h="90",
    response=ResponseAction.STOP,
)


def test_the_record_keeps_the_grade_picked_and_the_pictures_assessment() -> None:
    recorder = Recorder()
    vitals(recorder, BASELINE, 5)
    vitals(recorder, replace(BASELINE, spo2_percent="93"), 50)
    context = ReactionContext(ADULT, CONFIG)
    event = recorder.record(record_reaction(recorder.session, MILD_ENTRY, now=NOW, context=context))
    payload = event.payload
    assert payload["grade"] == 1  # as picked
    assessment = payload["assessment"]
    assert isinstance(assessment, dict)
    assert assessment["anaphylaxis"] is True and assessment["criterion"] == "1" and assessment["picture_grade"] == 4
    assert str(assessment["disagreement"]).startswith("Grade 1 (mild) was chosen, but the picture is anaphylaxis")
    assert assessment["epinephrine"] == {
        "dose_mg": "0.5",
        "weight_kg": "72.5",
        "weight_source": "check-in weight today",
        "age_years": 54,
    }
    proposal = payload["proposal"]
    assert isinstance(proposal, dict) and proposal["give_epinephrine"] is True and proposal["grade"] == 4
    record = reaction_record(recorder.session, event.id)
    assert record.grade is Grade.MILD and record.assessed_grade is Grade.LIFE_THREATENING
    assert record.assessment is not None and record.assessment.criterion is Criterion.SKIN_WITH_BREATHING_OR_PRESSURE
    assert record.assessment.epinephrine is not None and record.assessment.epinephrine.dose_mg == D("0.5")
    assert record.proposal is not None and record.proposal.steps == tuple(proposal["steps"])  # type: ignore[arg-type]
    # The patient's tolerance history counts the picture's grade: a grade 4 at 120 mL/h.
    assert [r.grade for r in reactions_at_rate(recorder.session)] == [Grade.LIFE_THREATENING]


def test_continuing_or_slowing_after_a_serious_finding_needs_the_prescriber() -> None:
    recorder = Recorder()
    entry = replace(
        MILD_ENTRY,
        symptoms=[Symptom.CHEST_TIGHTNESS],
        response=ResponseAction.SLOW,
        response_rate_ml_per_h="60",
        deviation_reason="Patient settled quickly",
    )
    with pytest.raises(ValidationError) as caught:
        record_reaction(recorder.session, entry, now=NOW)
    assert caught.value.errors == {
        "provider_name": "With Chest tightness, the infusion goes on only on the prescriber's order: name the "
        "prescriber notified."
    }
    ordered = replace(entry, provider_name="Dr Ray", provider_notified_at=NOW)
    assert record_reaction(recorder.session, ordered, now=NOW).payload["response"] == {
        "action": "slow",
        "rate_ml_per_h": "60.0",
    }
    # Without the reason the deviation from the proposal (stay paused) is refused too.
    with pytest.raises(ValidationError) as no_reason:
        record_reaction(recorder.session, replace(ordered, deviation_reason=""), now=NOW)
    assert set(no_reason.value.errors) == {"deviation_reason"}


def test_resuming_after_a_serious_finding_needs_the_prescriber() -> None:
    recorder = Recorder()
    entry = replace(MILD_ENTRY, symptoms=[Symptom.DYSPNOEA], response=ResponseAction.PAUSE)
    reaction = recorder.record(record_reaction(recorder.session, entry, now=NOW))
    later = NOW + timedelta(minutes=20)
    resume = ReactionUpdateInput(reaction.id, resume_rate_ml_per_h="60", deviation_reason="Settled")
    with pytest.raises(ValidationError) as caught:
        update_reaction(recorder.session, resume, now=later)
    assert caught.value.errors["provider_name"].startswith(
        "After hypotension, breathing difficulty, chest tightness or a falling SpO2 the infusion resumes only on "
        "the prescriber's order"
    )
    ordered = replace(resume, provider_name="Dr Ray", provider_notified_at=later)
    assert update_reaction(recorder.session, ordered, now=later).payload["resume_rate_ml_per_h"] == "60.0"


def test_a_reaction_recorded_before_pictures_were_read_still_reads_back() -> None:
    """An older payload: no assessment, a proposal without its steps (recomputed from the stored facts)."""
    recorder = Recorder()
    new = record_reaction(recorder.session, MILD_ENTRY, now=NOW)
    old = dict(new.payload)
    del old["assessment"]
    proposal = dict(old["proposal"])  # type: ignore[arg-type]
    for key in ("steps", "working", "resume_needs_prescriber"):
        del proposal[key]
    old["proposal"] = proposal
    event = recorder.record(replace(new, payload=old))
    record = reaction_record(recorder.session, event.id)
    assert record.assessment is None and record.assessed_grade is Grade.MILD
    assert record.proposal is not None and record.proposal.action is ResponseAction.PAUSE
    assert record.proposal.steps[0] == "Pause the infusion."
    assert record.proposal.resume_needs_prescriber is False  # a resume rate was proposed
