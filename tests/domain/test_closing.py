from __future__ import annotations

from datetime import timedelta

import pytest

from ivig_desktop.domain.closing import (
    DischargeStatus,
    record_discharge,
    record_flush,
    sign_off,
    signoff_blockers,
)
from ivig_desktop.domain.due import MonitoringPolicy
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import EventType, NewEvent
from ivig_desktop.domain.infusion import Outcome, end_infusion, start_infusion
from ivig_desktop.domain.people import Nurse
from ivig_desktop.domain.session import Session, Stage

from .test_infusion import T0, D, plan
from .test_session import HEADER, Recorder

POLICY = MonitoringPolicy()
VITALS = {
    "systolic_mmhg": "128",
    "diastolic_mmhg": "76",
    "heart_rate_per_min": "72",
    "respiratory_rate_per_min": "16",
    "temperature_c": "36.8",
    "spo2_percent": "98",
    "pain_score": "0",
}
NURSE = Nurse(name="Ana Lima", credentials="RN", id=2)


def run_session() -> tuple[Session, Recorder]:
    recorder = Recorder()
    session = Session(HEADER)
    for new in (
        NewEvent(EventType.PLAN_CONFIRMED, T0, {"plan": plan(rates=("100",), volume="50").to_payload()}),
        NewEvent(EventType.VITALS_RECORDED, T0, VITALS),
    ):
        session = session.apply(recorder.record(new))
    session = session.apply(recorder.record(start_infusion(session.infusion, D(100), T0)))
    return session, recorder


def test_the_whole_closing_sequence() -> None:
    session, recorder = run_session()
    with pytest.raises(DomainError, match="after the infusion has ended"):
        record_flush(session, "20", T0)
    assert signoff_blockers(session, T0, POLICY) == ["end the infusion"]
    end = T0 + timedelta(minutes=30)
    session = session.apply(recorder.record(end_infusion(session.infusion, end, Outcome.COMPLETED)))
    with pytest.raises(ValidationError, match="between 1 and 250 mL"):
        record_flush(session, "0", end)
    session = session.apply(recorder.record(record_flush(session, "20", end)))
    assert signoff_blockers(session, end, POLICY) == [
        f"observation runs until {(end + timedelta(minutes=30)).astimezone().strftime('%H:%M')}",
        "record post-infusion vitals",
        "record the discharge",
    ]
    later = end + timedelta(minutes=30)
    session = session.apply(recorder.record(NewEvent(EventType.VITALS_RECORDED, later, VITALS)))
    session = session.apply(recorder.record(record_discharge(session, DischargeStatus.HOME_WELL, "", later)))
    assert signoff_blockers(session, later, POLICY) == []
    with pytest.raises(ValidationError, match="Tick the statement"):
        sign_off(session, NURSE, later, POLICY, attested=False)
    session = session.apply(recorder.record(sign_off(session, NURSE, later, POLICY, attested=True)))
    assert session.stage is Stage.SIGNED
    assert signoff_blockers(session, later, POLICY) == ["the session is already signed"]


def test_a_session_without_an_infusion_closes_as_not_infused_with_a_reason() -> None:
    session = Session(HEADER)
    with pytest.raises(ValidationError, match="choose 'Not infused'"):
        record_discharge(session, DischargeStatus.HOME_WELL, "", T0)
    with pytest.raises(ValidationError, match="Say why"):
        record_discharge(session, DischargeStatus.NOT_INFUSED, " ", T0)
    event = record_discharge(session, DischargeStatus.NOT_INFUSED, "IV access failed twice; rebooked", T0)
    assert event.payload["status"] == "not_infused"


def test_a_transfer_does_not_wait_for_the_observation() -> None:
    session, recorder = run_session()
    end = T0 + timedelta(minutes=10)
    session = session.apply(recorder.record(end_infusion(session.infusion, end, Outcome.STOPPED, "anaphylaxis")))
    session = session.apply(recorder.record(NewEvent(EventType.VITALS_RECORDED, end, VITALS)))
    session = session.apply(
        recorder.record(record_discharge(session, DischargeStatus.TRANSFERRED, "to ED by ambulance", end))
    )
    assert signoff_blockers(session, end, POLICY) == []
