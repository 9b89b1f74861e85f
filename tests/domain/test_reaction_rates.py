"""A reaction's rates follow the confirmed plan's RateLimits, the one rule for every pump rate: the pump's resolution
and maximum for every rate typed, the hard limit for a rate the pump is to be set to, and the proposal's resume
rate rounded down to the pump's resolution (not a fixed 0.1 mL/h)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.events import EventType, NewEvent
from ivig_desktop.domain.infusion import PlannedStep, PlanSnapshot, RateLimits, VialCount
from ivig_desktop.domain.reactions import (
    Grade,
    ReactionInput,
    ReactionOutcome,
    ReactionUpdateInput,
    ResponseAction,
    Symptom,
    propose_response,
    rate_limits,
    reactions,
    record_reaction,
    update_reaction,
)

from .recording import T0, Recorder

D = Decimal
ONSET = T0 + timedelta(minutes=50)
NOW = T0 + timedelta(minutes=60)
# A pump set in whole mL/h up to 600 mL/h; the label's hard limit at 300 mL/h.
PUMP = RateLimits(
    D(300), "label maximum 8 mg/kg/min", pump_name="Pump W (1 mL/h steps)", pump_max_ml_per_h=D(600),
    resolution_ml_per_h=D(1),
)  # fmt: skip


def planned(limits: RateLimits = PUMP) -> Recorder:
    """A session whose confirmed plan names the pump and its limits."""
    snapshot = PlanSnapshot(
        product_id="privigen",
        product_name="Privigen 10%",
        concentration_percent=D(10),
        dose_g=D(30),
        volume_ml=D(300),
        steps=(PlannedStep(1, D(30), 30, "label"), PlannedStep(2, D(121), None, "label")),
        limits=limits,
        vials=(VialCount(D(10), 3),),
        vial_sizes_g=(D(10),),
    )
    recorder = Recorder()
    recorder.record(NewEvent(EventType.PLAN_CONFIRMED, T0, {"plan": snapshot.to_payload()}))
    return recorder


GRADE_1 = ReactionInput(
    onset_at=ONSET,
    symptoms=[Symptom.HEADACHE],
    grade=1,
    rate_at_onset_ml_per_h="121",
    response=ResponseAction.PAUSE,
    response_rate_ml_per_h="60",
)


def errors_of(entry: ReactionInput, recorder: Recorder) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        record_reaction(recorder.session, entry, now=NOW)
    return caught.value.errors


def test_the_session_gives_its_plans_limits() -> None:
    assert rate_limits(planned().session) == PUMP
    assert rate_limits(Recorder().session) == RateLimits.unrecorded()


def test_every_rate_of_a_reaction_is_one_the_pump_can_run() -> None:
    recorder = planned()
    half_step = "cannot be set on Pump W (1 mL/h steps): it takes multiples of 1 mL/h."
    assert errors_of(replace(GRADE_1, rate_at_onset_ml_per_h="120.5"), recorder) == {
        "rate_at_onset_ml_per_h": f"120.5 mL/h {half_step}"
    }
    assert errors_of(replace(GRADE_1, previous_step_rate_ml_per_h="30.5"), recorder) == {
        "previous_step_rate_ml_per_h": f"30.5 mL/h {half_step}"
    }
    slowed = replace(GRADE_1, response=ResponseAction.SLOW, response_rate_ml_per_h="60.5")
    assert errors_of(slowed, recorder) == {"response_rate_ml_per_h": f"60.5 mL/h {half_step}"}
    # Above the pump's maximum (600), whatever the limits.
    assert errors_of(replace(GRADE_1, rate_at_onset_ml_per_h="601"), recorder)["rate_at_onset_ml_per_h"] == (
        "601 mL/h is above the maximum of Pump W (1 mL/h steps), 600 mL/h; it cannot be used."
    )
    # The same half steps are a pump's rates on a plan with 0.1 mL/h steps.
    fine = planned(replace(PUMP, resolution_ml_per_h=D("0.1")))
    payload = record_reaction(fine.session, replace(slowed, response_rate_ml_per_h="60.5"), now=NOW).payload
    assert payload["response"] == {"action": "slow", "rate_ml_per_h": "60.5"}


def test_a_rate_the_pump_is_set_to_is_within_the_hard_limit() -> None:
    """The rate at onset is what the pump ran; a slowed-to or resume rate is what it will run: the hard limit."""
    recorder = planned(replace(PUMP, hard_max_ml_per_h=D(100)))
    slowed = replace(GRADE_1, rate_at_onset_ml_per_h="121", response=ResponseAction.SLOW, response_rate_ml_per_h="110")
    assert errors_of(slowed, recorder) == {
        "response_rate_ml_per_h": "110 mL/h is above the hard limit of 100 mL/h (label maximum 8 mg/kg/min); "
        "it cannot be used."
    }


def test_the_proposal_rounds_down_to_the_plans_pump() -> None:
    """121 mL/h halved is 60.5: on a pump of whole mL/h the proposal is to resume at 60, the working says so."""
    recorder = planned()
    new = record_reaction(recorder.session, GRADE_1, now=NOW)
    proposal = new.payload["proposal"]
    assert isinstance(proposal, dict)
    assert proposal["resume_rate_ml_per_h"] == "60"
    working = proposal["working"]
    assert isinstance(working, list)
    assert "rounded down to the pump's 1 mL/h." in str(working[0])
    assert "Rounded down to 1 mL/h: 60 mL/h." in working
    # A resume above the proposal needs a reason; at the proposal it does not.
    recorder.record(new)
    (reaction,) = reactions(recorder.session)
    update = ReactionUpdateInput(
        reaction.event_id, outcome=ReactionOutcome.RESOLVED, resolved_at=NOW, resume_rate_ml_per_h="61"
    )
    with pytest.raises(ValidationError) as caught:
        update_reaction(recorder.session, update, now=NOW)
    assert "deviation_reason" in caught.value.errors
    assert update_reaction(recorder.session, replace(update, resume_rate_ml_per_h="60"), now=NOW).payload


def test_a_resume_rate_is_checked_by_the_plans_pump() -> None:
    recorder = planned()
    recorder.record(record_reaction(recorder.session, GRADE_1, now=NOW))
    (reaction,) = reactions(recorder.session)
    update = ReactionUpdateInput(reaction.event_id, resume_rate_ml_per_h="59.5")
    with pytest.raises(ValidationError) as caught:
        update_reaction(recorder.session, update, now=NOW)
    assert caught.value.errors["resume_rate_ml_per_h"] == (
        "59.5 mL/h cannot be set on Pump W (1 mL/h steps): it takes multiples of 1 mL/h."
    )


@given(
    rate=st.decimals(min_value=D("0.01"), max_value=D(600), places=2),
    previous=st.one_of(st.none(), st.decimals(min_value=D("0.01"), max_value=D(600), places=2)),
    resolution=st.sampled_from([D("0.01"), D("0.1"), D("0.5"), D(1), D(5)]),
    grade=st.sampled_from([Grade.MILD, Grade.MODERATE]),
)
def test_a_proposed_resume_rate_is_always_one_the_pump_can_run(
    rate: Decimal, previous: Decimal | None, resolution: Decimal, grade: Grade
) -> None:
    limits = replace(PUMP, resolution_ml_per_h=resolution, hard_max_ml_per_h=D(600))
    proposal = propose_response(grade, rate, previous, limits=limits)
    resume = proposal.resume_rate_ml_per_h
    lower = min(rate / 2, previous if previous is not None else rate)
    if resume is None:
        assert lower < resolution  # below the pump's lowest rate: stay paused, ask the prescriber
        return
    limits.check(resume)  # the pump runs it, within the limits
    assert resume <= lower < resume + resolution  # rounded down, by less than one of the pump's steps
