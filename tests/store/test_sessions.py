from __future__ import annotations

import sqlite3
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.events import EventType, NewEvent
from ivig_desktop.domain.people import Nurse, Patient, new_patient_details
from ivig_desktop.domain.session import Session, add_note, amend_note
from ivig_desktop.store import patients, sessions
from ivig_desktop.store.database import open_database
from ivig_desktop.store.sql import Database

from .conftest import T0


@pytest.fixture
def session(db: Database, patient: Patient, nurse: Nurse) -> Session:
    header = sessions.open_session(db, patient.id, "Chair 3", nurse.id, T0)
    return Session(header)


def test_append_returns_the_stored_event_after_commit(
    db: Database, db_path: Path, session: Session, nurse: Nurse
) -> None:
    event = sessions.append(db, session.id, nurse.id, add_note(session, "Left arm", T0), T0 + timedelta(seconds=3))
    assert not db.conn.in_transaction
    assert (event.seq, event.type, event.payload, event.nurse_id) == (1, EventType.NOTE, {"text": "Left arm"}, nurse.id)
    assert event.recorded_at == T0 + timedelta(seconds=3)
    # Another connection sees it the moment append returns: it is committed.
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT payload FROM events WHERE id = ?", [event.id]).fetchone() == ('{"text":"Left arm"}',)
    other.close()


def test_a_session_and_its_notes_survive_reopening(
    db: Database, db_path: Path, session: Session, nurse: Nurse, patient: Patient
) -> None:
    live = session
    for minute, text in enumerate(["Arrived", "Cannula 22G left forearm", "Tolerating well"]):
        new = add_note(live, text, T0 + timedelta(minutes=minute))
        live = live.apply(sessions.append(db, live.id, nurse.id, new, T0 + timedelta(minutes=minute)))
    fix = amend_note(
        live, live.entries[0].event.id, reason="typo", now=T0 + timedelta(minutes=9), new_text="Arrived 07:00"
    )
    live = live.apply(sessions.append(db, live.id, nurse.id, fix, T0 + timedelta(minutes=9)))
    db.close()

    reopened_db = open_database(db_path)
    reopened = sessions.load(reopened_db, session.id)
    assert reopened == live
    assert [h.id for h in sessions.active_headers(reopened_db)] == [session.id]
    assert patients.get_patient(reopened_db, patient.id) == patient
    assert reopened.entries[0].current_payload == {"text": "Arrived 07:00"}
    assert reopened.entries[0].event.payload == {"text": "Arrived"}


@pytest.mark.parametrize(
    ("statement", "table"),
    [
        ("UPDATE events SET type = 'x'", "events"),
        ("DELETE FROM events", "events"),
        ("UPDATE sessions SET location = 'x'", "sessions"),
        ("DELETE FROM sessions", "sessions"),
        ("UPDATE patients SET weight_kg = '1'", "patients"),
        ("DELETE FROM patients", "patients"),
        ("UPDATE nurses SET name = 'x'", "nurses"),
        ("DELETE FROM nurses", "nurses"),
    ],
)
def test_clinical_rows_are_append_only(
    db: Database, session: Session, nurse: Nurse, statement: str, table: str
) -> None:
    sessions.append(db, session.id, nurse.id, add_note(session, "x", T0), T0)
    with pytest.raises(sqlite3.IntegrityError, match=f"{table} are append-only"):
        db.execute(statement)
    db.conn.rollback()
    assert sessions.load(db, session.id).notes[0].event.payload == {"text": "x"}


def test_events_must_follow_in_sequence(db: Database, session: Session, nurse: Nurse) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="seq must follow"):
        db.execute(
            "INSERT INTO events (session_id, seq, type, occurred_at, recorded_at, nurse_id, payload) "
            "VALUES (?, 5, 'note', 't', 't', ?, '{}')",
            [session.id, nurse.id],
        )


def test_an_amendment_must_name_an_event_of_its_own_session(
    db: Database, session: Session, nurse: Nurse, patient: Patient
) -> None:
    note = sessions.append(db, session.id, nurse.id, add_note(session, "x", T0), T0)
    other = sessions.open_session(db, patient.id, "Chair 4", nurse.id, T0)
    stray = NewEvent(EventType.AMENDMENT, T0, {"reason": "r", "entered_in_error": True}, amends=note.id)
    with pytest.raises(sqlite3.IntegrityError, match="same session"):
        sessions.append(db, other.id, nurse.id, stray, T0)
    assert sessions.events(db, other.id) == []


def test_payload_must_be_a_json_object(db: Database, session: Session, nurse: Nurse) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute(
            "INSERT INTO events (session_id, seq, type, occurred_at, recorded_at, nurse_id, payload) "
            "VALUES (?, 1, 'note', 't', 't', ?, '[1]')",
            [session.id, nurse.id],
        )


def test_duplicate_mrn_is_refused_on_the_mrn_field(db: Database, patient: Patient, nurse: Nurse) -> None:
    twin = new_patient_details(
        family_name="Roe",
        given_name="Rick",
        date_of_birth="1970-01-01",
        mrn=patient.mrn or "",
        sex="M",
        height_cm=None,
        weight_kg="80",
        allergies="NKDA",
        today=T0.date(),
    )
    with pytest.raises(ValidationError) as caught:
        patients.add_patient(db, twin, nurse.id, T0)
    assert caught.value.errors == {"mrn": "Another patient already has MRN MRN-001."}
    assert len(patients.find_patients(db)) == 1


def test_find_patients_by_name_mrn_or_birth_date(db: Database, patient: Patient) -> None:
    assert patients.find_patients(db, "doe") == [patient]
    assert patients.find_patients(db, "Jane Doe") == [patient]
    assert patients.find_patients(db, "DOE, Ja") == [patient]
    assert patients.find_patients(db, "mrn-0") == [patient]
    assert patients.find_patients(db, "1956-03") == [patient]
    assert patients.find_patients(db, "03-12") == []
    assert patients.find_patients(db, "%") == []


def test_regimen_versions_are_append_only_and_need_a_reason(db: Database, patient: Patient, nurse: Nurse) -> None:
    from ivig_desktop.domain.config import load_clinic_config
    from ivig_desktop.domain.premed import validate_drug
    from ivig_desktop.domain.regimen import new_regimen
    from ivig_desktop.paths import resources_dir
    from ivig_desktop.store import regimens

    config = load_clinic_config(resources_dir())

    def regimen(dose: str) -> object:
        return new_regimen(
            catalog=config.catalog,
            ladders=config.ladders,
            product_id="privigen",
            indication="PI",
            dose_g_per_kg=dose,
            dosing_weight_method="auto",
            frequency="every 4 weeks",
            weight_kg="72.5",
            premeds=[validate_drug("Acetaminophen", "650", "mg", "PO")],
            personal_max_mg_per_kg_min="4",
        )

    assert regimens.current(db, patient.id) is None
    first = regimens.save_regimen(db, patient.id, regimen("0.4"), "", nurse.id, T0)  # type: ignore[arg-type]
    assert (first.version, first.reason) == (1, "New regimen")
    with pytest.raises(ValidationError, match="Say why the regimen is changing"):
        regimens.save_regimen(db, patient.id, regimen("0.5"), " ", nurse.id, T0)  # type: ignore[arg-type]
    second = regimens.save_regimen(db, patient.id, regimen("0.5"), "dose increased by Dr Ray", nurse.id, T0)  # type: ignore[arg-type]
    assert [v.version for v in regimens.versions(db, patient.id)] == [1, 2]
    assert regimens.current(db, patient.id) == second
    assert second.regimen.dose_g_per_kg == Decimal("0.5") and first.regimen.dose_g_per_kg == Decimal("0.4")
    assert second.regimen.premeds[0].text == "Acetaminophen 650 mg PO"
    with pytest.raises(sqlite3.IntegrityError, match="regimens are append-only"):
        db.execute("UPDATE regimens SET reason = 'x'")


def test_appended_events_are_returned_exactly_as_reading_them_back_gives_them(
    db: Database, session: Session, nurse: Nurse
) -> None:
    """(append builds what it returns from the values written, without reading them back.)"""
    at = T0 + timedelta(microseconds=123_456)  # stored to the millisecond
    news = [
        NewEvent(EventType.NOTE, at, {"text": "Tolérance ok · µg · 日本", "z": 1, "a": [True, None]}),
        NewEvent(EventType.NOTE, at + timedelta(minutes=1), {"text": "second"}),
    ]
    returned = sessions.append_all(db, session.id, nurse.id, news, at + timedelta(seconds=2, microseconds=999))
    assert returned == [sessions.get_event(db, event.id) for event in returned]
    assert returned == sessions.events(db, session.id)
