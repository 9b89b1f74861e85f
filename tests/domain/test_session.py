from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import Event, EventType, NewEvent
from ivig_desktop.domain.session import (
    FoldError,
    Session,
    Stage,
    add_note,
    amend,
    amend_note,
    validate_location,
)
from ivig_desktop.domain.session_entries import SessionHeader

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
HEADER = SessionHeader(id=1, patient_id=7, location="Chair 3", opened_at=T0, opened_by=2)


class Recorder:
    """Stands in for the store: numbers events as the store would."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def record(self, new: NewEvent, nurse_id: int = 2, recorded_at: datetime | None = None) -> Event:
        event = Event(
            id=100 + len(self.events),
            session_id=HEADER.id,
            seq=len(self.events) + 1,
            type=new.type,
            occurred_at=new.occurred_at,
            recorded_at=recorded_at or new.occurred_at,
            nurse_id=nurse_id,
            payload=new.payload,
            amends=new.amends,
        )
        self.events.append(event)
        return event


def test_new_session_is_at_check_in_with_empty_timeline() -> None:
    session = Session.fold(HEADER, [])
    assert session.stage is Stage.CHECK_IN
    assert session.entries == ()
    assert session.stage.label == "Check-in"


def test_note_then_amendment_keeps_the_original_visible() -> None:
    recorder = Recorder()
    session = Session(HEADER)
    note = recorder.record(add_note(session, "  Patient anxious about needles. ", T0))
    session = session.apply(note)
    assert session.notes[0].current_payload == {"text": "Patient anxious about needles."}

    fix = amend_note(session, note.id, reason="Wrong patient's note", now=T0 + timedelta(minutes=5), new_text="Calm.")
    session = session.apply(recorder.record(fix))
    entry = session.entry(note.id)
    assert entry.event.payload == {"text": "Patient anxious about needles."}
    assert entry.current_payload == {"text": "Calm."}
    assert entry.amendments[0].payload["reason"] == "Wrong patient's note"
    assert not entry.entered_in_error

    strike = amend(session, note.id, reason="Duplicate", now=T0, entered_in_error=True)
    session = session.apply(recorder.record(strike))
    assert session.entry(note.id).entered_in_error
    assert len(session.entries) == 1
    assert session.effective_events() == ()
    with pytest.raises(DomainError, match="already marked entered in error"):
        amend(session, note.id, reason="again", now=T0, entered_in_error=True)


def test_amendment_rules() -> None:
    recorder = Recorder()
    session = Session(HEADER)
    note = recorder.record(add_note(session, "x", T0))
    session = session.apply(note)
    with pytest.raises(ValidationError, match="Say why"):
        amend_note(session, note.id, reason=" ", now=T0, new_text="y")
    with pytest.raises(ValidationError, match="same as the current"):
        amend_note(session, note.id, reason="r", now=T0, new_text="x")
    with pytest.raises(DomainError, match="either gives corrected values or marks"):
        amend(session, note.id, reason="r", now=T0)
    with pytest.raises(DomainError, match="No entry 999"):
        amend_note(session, 999, reason="r", now=T0, new_text="y")
    fix = recorder.record(amend_note(session, note.id, reason="r", now=T0, new_text="y"))
    session = session.apply(fix)
    with pytest.raises(DomainError, match="No entry"):
        amend_note(session, fix.id, reason="r", now=T0, new_text="z")


def test_empty_and_long_notes_are_refused() -> None:
    session = Session(HEADER)
    with pytest.raises(ValidationError, match="empty"):
        add_note(session, " \n ", T0)
    with pytest.raises(ValidationError, match="at most 4000"):
        add_note(session, "a" * 4001, T0)


def test_location_is_required_and_cleaned() -> None:
    assert validate_location("  Chair   3 ") == "Chair 3"
    with pytest.raises(ValidationError, match="Chair or location is required"):
        validate_location("")


def test_fold_refuses_gaps_and_foreign_events() -> None:
    recorder = Recorder()
    first = recorder.record(add_note(Session(HEADER), "a", T0))
    second = recorder.record(add_note(Session(HEADER), "b", T0))
    with pytest.raises(FoldError, match="expected 1"):
        Session.fold(HEADER, [second])
    foreign = Event(**{**first.__dict__, "session_id": 9})
    with pytest.raises(FoldError, match="belongs to session 9"):
        Session.fold(HEADER, [foreign])


def test_late_entry_is_labelled() -> None:
    recorder = Recorder()
    on_time = recorder.record(add_note(Session(HEADER), "a", T0), recorded_at=T0 + timedelta(minutes=10))
    late = recorder.record(add_note(Session(HEADER), "b", T0), recorded_at=T0 + timedelta(minutes=10, seconds=1))
    assert not on_time.is_late_entry
    assert late.is_late_entry
    assert late.type is EventType.NOTE


# An action: ("note", text) or ("amend", index of an earlier note, text or None for entered in error).
actions = st.lists(
    st.one_of(
        st.tuples(st.just("note"), st.text(min_size=1, max_size=20).filter(str.strip)),
        st.tuples(st.just("amend"), st.integers(0, 20), st.one_of(st.none(), st.text(min_size=1, max_size=20))),
    ),
    max_size=25,
)


@given(actions)
def test_fold_is_deterministic_and_equals_step_by_step_apply(script: list[tuple[object, ...]]) -> None:
    recorder = Recorder()
    live = Session(HEADER)
    clock = T0
    for action in script:
        clock += timedelta(minutes=1)
        new: NewEvent
        if action[0] == "note":
            new = add_note(live, str(action[1]), clock)
        else:
            notes = live.notes
            if not notes:
                continue
            target = notes[int(str(action[1])) % len(notes)].event.id
            text = action[2]
            try:
                if text is None:
                    new = amend(live, target, reason="r", now=clock, entered_in_error=True)
                else:
                    new = amend_note(live, target, reason="r", now=clock, new_text=str(text))
            except DomainError:  # includes ValidationError: a refused command records nothing
                continue
        live = live.apply(recorder.record(new))
    reopened = Session.fold(HEADER, recorder.events)
    assert reopened == live
    assert Session.fold(HEADER, list(recorder.events)) == reopened
    assert reopened.last_seq == len(recorder.events)
    assert sum(1 + len(e.amendments) for e in reopened.entries) == len(recorder.events)


def test_nothing_is_due_once_the_discharge_is_recorded() -> None:
    """The session fold tells the due rules about the discharge: observation stops escalating once it is recorded."""
    from decimal import Decimal

    from ivig_desktop.domain.closing import DischargeStatus, record_discharge
    from ivig_desktop.domain.due import MonitoringPolicy, Urgency
    from ivig_desktop.domain.infusion import Outcome, end_infusion, start_infusion

    from .test_infusion import plan

    recorder = Recorder()
    session = Session(HEADER)
    confirmed = NewEvent(EventType.PLAN_CONFIRMED, T0, {"plan": plan(rates=("100",), volume="50").to_payload()})
    session = session.apply(recorder.record(confirmed))
    session = session.apply(recorder.record(start_infusion(session.infusion, Decimal(100), T0)))
    end = T0 + timedelta(minutes=30)
    session = session.apply(recorder.record(end_infusion(session.infusion, end, Outcome.COMPLETED)))
    policy = MonitoringPolicy()
    late = end + timedelta(hours=1)
    before = session.due_snapshot(late, policy)
    assert before.worst is Urgency.ESCALATED and before.alerting
    discharge = record_discharge(session, DischargeStatus.TRANSFERRED, "to the emergency department", late)
    session = session.apply(recorder.record(discharge))
    assert session.discharged
    assert session.due_snapshot(late + timedelta(hours=1), policy).items == ()


def test_the_plan_waits_for_the_risk_screens_and_a_later_answer_asks_for_it_again() -> None:
    """Issue 12 item 9: a plan is calculated and confirmed once the risk screens are answered, for the answer they
    give; an answer given or changed after the confirmation blocks the start until the plan is confirmed again,
    in either direction."""
    from ivig_desktop.domain.checklist import Answer, answer_item, load_checklist
    from ivig_desktop.paths import resources_dir

    from .test_infusion import plan

    checklist = load_checklist(resources_dir() / "checklist.toml")
    recorder = Recorder()
    session = Session(HEADER)

    def answer(item: str, value: Answer) -> Session:
        return session.apply(recorder.record(answer_item(checklist, item, value, T0)))

    assert [i.id for i in session.risk_screens_unanswered(checklist)] == ["renal_risk", "thrombosis_risk"]
    assert session.plan_blockers(checklist, plan_at_risk=False) == [
        "answer the renal risk and thrombosis risk screens first: a risk present changes the plan"
    ]
    session = answer("renal_risk", Answer.NO_RISK)
    session = answer("thrombosis_risk", Answer.NO_RISK)
    assert session.plan_blockers(checklist, plan_at_risk=False) == []
    assert session.plan_blockers(checklist, plan_at_risk=True) == [
        "the risk screens changed since this plan was calculated: calculate it again"
    ]
    confirmed = NewEvent(EventType.PLAN_CONFIRMED, T0, {"plan": plan().to_payload()})
    session = session.apply(recorder.record(confirmed))
    assert session.plan_change_by_risk(checklist) is None
    session = answer("thrombosis_risk", Answer.RISK_PRESENT)
    change = "thrombosis risk present: confirm the plan again with the at-risk cap"
    assert session.plan_change_by_risk(checklist) == change
    assert change in session.start_blockers(checklist)
    at_risk = NewEvent(EventType.PLAN_CONFIRMED, T0, {"plan": dataclasses.replace(plan(), at_risk=True).to_payload()})
    session = session.apply(recorder.record(at_risk))
    assert session.plan_change_by_risk(checklist) is None
    session = answer("thrombosis_risk", Answer.NO_RISK)
    assert session.plan_change_by_risk(checklist) == (
        "the risk screens now find no risk: confirm the plan again without the at-risk cap"
    )


def _note(event_id: int, seq: int, minute: int, text: str) -> Event:
    return Event(
        id=event_id,
        session_id=HEADER.id,
        seq=seq,
        type=EventType.NOTE,
        occurred_at=T0 + timedelta(minutes=minute),
        recorded_at=T0 + timedelta(minutes=minute),
        nurse_id=2,
        payload={"text": text},
        amends=None,
    )


def test_entries_two_workstations_numbered_alike_are_all_kept_and_flag_the_session() -> None:
    shared = [_note(1, 1, 0, "arrived")]
    here = [_note(2, 2, 5, "written here"), _note(3, 3, 9, "here again")]
    there = [_note(4, 2, 6, "written there")]
    session = Session.fold(HEADER, sorted([*shared, *here, *there], key=lambda e: (e.seq, e.occurred_at)))
    assert [e.event.payload["text"] for e in session.entries] == [
        "arrived",
        "written here",
        "written there",
        "here again",
    ]
    assert session.parallel_seqs == (2,)
    assert session.needs_review
    assert session.last_seq == 3
    assert not Session.fold(HEADER, [*shared, *here]).needs_review


def test_a_gap_in_the_numbers_is_still_refused() -> None:
    with pytest.raises(FoldError, match="expected 2"):
        Session.fold(HEADER, [_note(1, 1, 0, "a"), _note(2, 3, 1, "c")])
