"""A session's view of the patient's other sessions is folded once, and again only when their record changes."""

from __future__ import annotations

import pytest

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.people import new_patient_details
from ivig_desktop.domain.session import Session
from ivig_desktop.store import sessions
from ivig_desktop.store.sql import Database

from .conftest import MakeWindow
from .helpers import PASSWORD


def test_previous_sessions_follow_the_record_without_folding_it_at_every_save(
    make_window: MakeWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    workstation = make_window().workstation
    workstation.sign_in(workstation.create_nurse("Ana Lima", "RN", PASSWORD, PASSWORD))
    details = new_patient_details(
        family_name="Doe", given_name="Jane", date_of_birth="1956-03-12", mrn="", sex="F",
        height_cm="165", weight_kg="72.5", allergies="NKDA", today=clock.now().date(),
    )  # fmt: skip
    patient = workstation.create_patient(details)
    earlier = workstation.open_session(patient.id, "Chair 1")
    today = workstation.open_session(patient.id, "Chair 2")
    loads: list[int] = []
    real = sessions.patient_sessions

    def counting(db: Database, patient_id: int) -> list[Session]:
        loads.append(patient_id)
        return real(db, patient_id)

    monkeypatch.setattr(sessions, "patient_sessions", counting)
    assert [s.id for s in today.previous_sessions()] == [earlier.session_id]
    today.add_note("today's note")
    today.previous_sessions()
    assert len(loads) == 1  # this session's own saves do not fold the others again
    earlier.add_note("written in the earlier session")
    [again] = today.previous_sessions()
    assert len(loads) == 2  # their record changed: folded again
    assert again == sessions.load(workstation.db, earlier.session_id)
