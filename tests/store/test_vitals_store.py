"""Vitals and reactions survive the store: what is read back after reopening is what was written."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from ivig_desktop.domain.events import NewEvent
from ivig_desktop.domain.people import Nurse, Patient
from ivig_desktop.domain.reactions import (
    ReactionInput,
    ReactionOutcome,
    ReactionUpdateInput,
    ResponseAction,
    Symptom,
    reactions,
    record_reaction,
    update_reaction,
)
from ivig_desktop.domain.session import Session
from ivig_desktop.domain.vitals import VitalsConfig, VitalsInput, amend_vitals, record_vitals, vitals_history
from ivig_desktop.store import sessions
from ivig_desktop.store.database import open_database
from ivig_desktop.store.sql import Database

from .conftest import T0

CONFIG = VitalsConfig()


def test_vitals_reactions_and_corrections_read_back_the_same(
    db: Database, db_path: Path, nurse: Nurse, patient: Patient
) -> None:
    session = Session(sessions.open_session(db, patient.id, "Chair 3", nurse.id, T0))

    def write(new: NewEvent, at: int) -> int:
        nonlocal session
        event = sessions.append(db, session.id, nurse.id, new, T0 + timedelta(minutes=at))
        session = session.apply(event)
        return event.id

    now = T0 + timedelta(minutes=5)
    first = write(
        record_vitals(
            session,
            VitalsInput("131", "82", "76", "16", "36.8", "98", "0", "72.5"),
            occurred_at=now,
            now=now,
            config=CONFIG,
        ),
        5,
    )
    now = T0 + timedelta(minutes=50)
    write(
        record_vitals(
            session, VitalsInput("102", "64", "124", "22", "38.2", "93", "3"), occurred_at=now, now=now, config=CONFIG
        ),
        50,
    )
    reaction = write(
        record_reaction(
            session,
            ReactionInput(
                onset_at=now,
                symptoms=[Symptom.CHILLS],
                grade=2,
                rate_at_onset_ml_per_h="120",
                response=ResponseAction.PAUSE,
                response_rate_ml_per_h="60",
                # The SpO2 of 93% (5 points down) is serious: a resume rate is the prescriber's to give.
                deviation_reason="Dr Ray: resume at 60 mL/h when settled",
                provider_name="Dr Ray",
                provider_notified_at=now,
            ),
            now=now,
        ),
        51,
    )
    later = T0 + timedelta(minutes=80)
    write(
        update_reaction(
            session,
            ReactionUpdateInput(
                reaction,
                outcome=ReactionOutcome.RESOLVED,
                resolved_at=later,
                resume_rate_ml_per_h="60",
                deviation_reason="On Dr Ray's order",
            ),
            now=later,
        ),
        80,
    )
    write(
        amend_vitals(
            session,
            first,
            reason="Typed 131 for 130",
            now=later,
            values=VitalsInput("130", "82", "76", "16", "36.8", "98", "0", "72.5"),
            config=CONFIG,
        ),
        81,
    )
    db.close()

    again = open_database(db_path)
    try:
        reloaded = sessions.load(again, session.id)
    finally:
        again.close()
    assert reloaded == session
    assert vitals_history(reloaded, CONFIG) == vitals_history(session, CONFIG)
    assert reactions(reloaded) == reactions(session)
    history = vitals_history(reloaded, CONFIG)
    assert history.readings[0].vitals.systolic_mmhg == 130
    assert [flag.kind.value for flag in history.readings[1].flags] == [
        "fever",
        "temperature_rise",
        "systolic_drop",
        "fast_heart_rate",
        "heart_rate_rise",
        "spo2_drop",
        "pain_rise",
    ]
    assert reactions(reloaded)[0].resumed_rate_ml_per_h is not None
