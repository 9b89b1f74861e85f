from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain.reactions import Grade, ReactionInput, ResponseAction, Symptom, record_reaction
from ivig_desktop.domain.tolerance import (
    ReactionAtRate,
    SessionTolerance,
    reactions_at_rate,
    suggest_personal_maximum,
)

from .recording import T0, Recorder


def d(text: str) -> Decimal:
    return Decimal(text)


def test_nothing_known_suggests_nothing() -> None:
    result = suggest_personal_maximum([])
    assert result.rate_ml_per_h is None and not result.prescriber_review
    assert suggest_personal_maximum([SessionTolerance("1 Nov", None)]).rate_ml_per_h is None


def test_no_reaction_suggests_the_highest_tolerated_rate() -> None:
    result = suggest_personal_maximum(
        [SessionTolerance("3 Oct", d("90")), SessionTolerance("1 Nov", d("150")), SessionTolerance("24 Nov", d("120"))]
    )
    assert result.rate_ml_per_h == d("150.0")
    assert result.working == (
        "Highest rate tolerated without a reaction: 150 mL/h (1 Nov).",
        "No reaction: the suggested personal maximum is 150 mL/h.",
    )


def test_a_reaction_caps_at_the_lower_of_half_and_the_step_below() -> None:
    result = suggest_personal_maximum(
        [
            SessionTolerance("1 Nov", d("150")),
            SessionTolerance("24 Nov", d("90"), (ReactionAtRate(Grade.MODERATE, d("120"), d("90")),)),
        ]
    )
    assert result.rate_ml_per_h == d("60.0")
    assert not result.prescriber_review
    assert result.working[1] == (
        "Reaction grade 2 at 120 mL/h (24 Nov): cap = the lower of half (60 mL/h) and the step below (90 mL/h), "
        "rounded down = 60.0 mL/h."
    )
    assert result.working[-1] == "Suggested personal maximum: the lower of 150 mL/h and the cap 60.0 mL/h = 60.0 mL/h."


def test_step_below_lower_than_half_and_unknown_step() -> None:
    assert ReactionAtRate(Grade.MILD, d("120"), d("30")).cap_ml_per_h == d("30.0")
    assert ReactionAtRate(Grade.MILD, d("125.5")).cap_ml_per_h == d("62.7")  # 62.75 rounded down
    only_reaction = suggest_personal_maximum([SessionTolerance("24 Nov", None, (ReactionAtRate(Grade(1), d("80")),))])
    assert only_reaction.rate_ml_per_h == d("40.0")


def test_a_grade_3_reaction_asks_for_the_prescriber() -> None:
    result = suggest_personal_maximum([SessionTolerance("24 Nov", d("60"), (ReactionAtRate(Grade(3), d("200")),))])
    assert result.rate_ml_per_h == d("60.0")
    assert result.prescriber_review
    assert "prescriber reviews" in result.working[-1]


def test_a_cap_below_the_pump_resolution_asks_the_prescriber() -> None:
    result = suggest_personal_maximum([SessionTolerance("24 Nov", None, (ReactionAtRate(Grade(1), d("0.1")),))])
    assert result.rate_ml_per_h is None and result.prescriber_review


def test_bad_facts_are_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        ReactionAtRate(Grade(1), d("0"))
    with pytest.raises(ValueError, match="positive"):
        SessionTolerance("x", d("-5"))


def test_facts_come_from_the_sessions_reactions() -> None:
    recorder = Recorder()
    onset = T0 + timedelta(minutes=40)
    entry = ReactionInput(
        onset_at=onset,
        symptoms=[Symptom.FLUSHING],
        grade=2,
        rate_at_onset_ml_per_h="120",
        previous_step_rate_ml_per_h="90",
        response=ResponseAction.STOP,
    )
    recorder.record(record_reaction(recorder.session, entry, now=onset))
    observation = ReactionInput(onset_at=onset, symptoms=[Symptom.HEADACHE], grade=1)
    recorder.record(record_reaction(recorder.session, observation, now=onset))
    assert reactions_at_rate(recorder.session) == (ReactionAtRate(Grade(2), d("120.0"), d("90.0")),)


rates = st.decimals(min_value=d("0.1"), max_value=d("999.9"), places=1)
reaction_facts = st.builds(ReactionAtRate, st.sampled_from(list(Grade)), rates, st.one_of(st.none(), rates))
session_facts = st.builds(
    SessionTolerance,
    st.just("s"),
    st.one_of(st.none(), rates),
    st.lists(reaction_facts, max_size=3).map(tuple),
)


@given(st.lists(session_facts, max_size=5))
def test_never_above_a_cap_or_the_tolerated_rate(history: list[SessionTolerance]) -> None:
    result = suggest_personal_maximum(history)
    caps = [r.cap_ml_per_h for s in history for r in s.reactions]
    tolerated = [s.highest_tolerated_rate_ml_per_h for s in history if s.highest_tolerated_rate_ml_per_h]
    if result.rate_ml_per_h is None:
        assert (not caps and not tolerated) or (caps and min(caps) <= 0)
        return
    assert result.rate_ml_per_h > 0
    assert all(result.rate_ml_per_h <= cap for cap in caps)
    assert not tolerated or result.rate_ml_per_h <= max(tolerated)
    assert result.prescriber_review == any(r.grade >= Grade.SEVERE for s in history for r in s.reactions)
    assert result.working


@given(st.lists(session_facts, min_size=1, max_size=4), reaction_facts)
def test_another_reaction_never_raises_the_suggestion(history: list[SessionTolerance], extra: ReactionAtRate) -> None:
    before = suggest_personal_maximum(history).rate_ml_per_h
    last = history[-1]
    more = [*history[:-1], SessionTolerance(last.label, last.highest_tolerated_rate_ml_per_h, (*last.reactions, extra))]
    after = suggest_personal_maximum(more).rate_ml_per_h
    if before is not None and after is not None:
        assert after <= before
