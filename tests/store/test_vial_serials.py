"""A vial is used once: its GTIN + serial, once recorded in a session, is refused in every other session and a
second time in the same one (unless the earlier entry was marked entered in error), naming where it was recorded;
the look-up reads indexes, never a scan of the events."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlite_utils import Database

from ivig_desktop.domain import times
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.people import Nurse, Patient, new_patient_details
from ivig_desktop.domain.session import Session, amend
from ivig_desktop.domain.vial_entry import Vial
from ivig_desktop.domain.vials import record_vial
from ivig_desktop.store import patients, sessions
from ivig_desktop.store.database import open_database
from ivig_desktop.store.vials import AMENDMENTS_SQL, CANDIDATES_SQL, append_vial, vial_uses

from .conftest import T0

GTIN = "07612345000015"


def vial(serial: str | None, gtin: str | None = GTIN) -> Vial:
    return Vial("privigen", Decimal(20), "P100234", date(2028, 1, 31), gtin, serial, scanned=True)


@pytest.fixture
def other_patient(db: Database, nurse: Nurse) -> Patient:
    details = new_patient_details(
        family_name="Nguyễn",
        given_name="An",
        date_of_birth="1970-01-02",
        mrn="MRN-002",
        sex="M",
        height_cm="",
        weight_kg="80",
        allergies="NKDA",
        today=T0.date(),
    )
    return patients.add_patient(db, details, nurse.id, T0)


def open_at(db: Database, patient: Patient, nurse: Nurse, chair: str, days: int) -> Session:
    return Session(sessions.open_session(db, patient.id, chair, nurse.id, T0 + timedelta(days=days)))


def add(db: Database, session: Session, patient: Patient, nurse: Nurse, item: Vial, days: int = 0) -> Session:
    when = T0 + timedelta(days=days, minutes=10)
    return session.apply(append_vial(db, session.id, patient.id, nurse.id, record_vial(item, when), when))


def count_vials(db: Database) -> int:
    return int(db.execute("SELECT COUNT(*) FROM events WHERE type = 'vial_recorded'").fetchone()[0])


def refusal(db: Database, session: Session, patient: Patient, nurse: Nurse, item: Vial) -> str:
    before = count_vials(db)
    with pytest.raises(ValidationError) as caught:
        add(db, session, patient, nurse, item, days=30)
    assert count_vials(db) == before  # nothing stored
    assert set(caught.value.errors) == {"serial"}
    return caught.value.errors["serial"]


def test_the_same_vial_for_another_patient_is_refused_naming_where_it_was_recorded(
    db: Database, nurse: Nurse, patient: Patient, other_patient: Patient
) -> None:
    first = open_at(db, patient, nurse, "Chair 3", 0)
    add(db, first, patient, nurse, vial("SN0001"))
    second = open_at(db, other_patient, nurse, "Chair 5", 28)
    message = refusal(db, second, other_patient, nurse, vial("SN0001"))
    day = times.display().day_of(T0).isoformat()  # the clinic's day
    assert message == (
        f"This vial (GTIN {GTIN}, serial SN0001) was already recorded in session {first.id} (Chair 3, {day}), "
        "for another patient. A vial is used once: take another vial; if that entry was wrong, mark it entered in "
        "error there first."
    )
    assert "Doe" not in message and "Jane" not in message  # the other patient is not named
    # Another serial, or the same serial of another GTIN, is another vial.
    second = add(db, second, other_patient, nurse, vial("SN0002"))
    add(db, second, other_patient, nurse, vial("SN0001", gtin="07612345000022"))


def test_the_same_patient_in_another_session_and_twice_in_one_session(
    db: Database, nurse: Nurse, patient: Patient
) -> None:
    first = open_at(db, patient, nurse, "Chair 3", 0)
    first = add(db, first, patient, nurse, vial("SN0001"))
    assert refusal(db, first, patient, nurse, vial("SN0001")) == (
        f"This vial (GTIN {GTIN}, serial SN0001) is already recorded in this session. A vial is used once: take "
        "another vial."
    )
    later = open_at(db, patient, nurse, "Home", 28)
    assert "for this patient" in refusal(db, later, patient, nurse, vial("SN0001"))


def test_an_entry_marked_entered_in_error_frees_the_vial(
    db: Database, nurse: Nurse, patient: Patient, other_patient: Patient
) -> None:
    first = open_at(db, patient, nurse, "Chair 3", 0)
    first = add(db, first, patient, nurse, vial("SN0001"))
    (entry,) = first.effective_events(EventType.VIAL_RECORDED)
    strike = amend(first, entry.event.id, reason="scanned the wrong box", now=T0, entered_in_error=True)
    sessions.append(db, first.id, nurse.id, strike, T0)
    assert vial_uses(db, GTIN, "SN0001") == []
    second = open_at(db, other_patient, nurse, "Chair 5", 1)
    add(db, second, other_patient, nurse, vial("SN0001"), days=1)
    assert [use.session_id for use in vial_uses(db, GTIN, "SN0001")] == [second.id]


def test_a_corrected_vial_counts_with_its_corrected_serial(
    db: Database, nurse: Nurse, patient: Patient, other_patient: Patient
) -> None:
    first = open_at(db, patient, nurse, "Chair 3", 0)
    first = add(db, first, patient, nurse, vial("SN0001"))
    (entry,) = first.effective_events(EventType.VIAL_RECORDED)
    corrected = dict(entry.payload, serial="SN0009")
    fix = amend(first, entry.event.id, reason="typed the serial wrong", now=T0, replacement=corrected)
    sessions.append(db, first.id, nurse.id, fix, T0)
    assert vial_uses(db, GTIN, "SN0001") == []  # the original serial is free again
    assert [use.session_id for use in vial_uses(db, GTIN, "SN0009")] == [first.id]
    second = open_at(db, other_patient, nurse, "Chair 5", 1)
    assert "was already recorded in session" in refusal(db, second, other_patient, nurse, vial("SN0009"))
    add(db, second, other_patient, nurse, vial("SN0001"), days=1)


def test_vials_without_a_serial_are_not_looked_up(db: Database, nurse: Nurse, patient: Patient) -> None:
    first = open_at(db, patient, nurse, "Chair 3", 0)
    for item in (vial(None), vial(None), vial(None, gtin=None)):
        first = add(db, first, patient, nurse, item)
    assert count_vials(db) == 3


def test_the_look_up_reads_the_indexes_not_the_events(db: Database) -> None:
    plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + CANDIDATES_SQL, {"gtin": GTIN, "serial": "S"})]
    assert any(step.startswith("SEARCH e USING INDEX events_vial_serial (") for step in plan), plan
    assert any(step.startswith("SEARCH a USING INDEX events_vial_serial_corrected (") for step in plan), plan
    assert not any(step.startswith("SCAN") for step in plan), plan
    amendments = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + AMENDMENTS_SQL, [1])]
    assert any("USING INDEX events_amends" in step for step in amendments), amendments
    assert not any(step.startswith("SCAN") for step in amendments), amendments


def test_an_upgraded_record_keeps_its_earlier_duplicates_and_refuses_new_ones(tmp_path: Path) -> None:
    """The v6 fixture holds a vial recorded in two sessions (as before m006), the second marked entered in error."""
    copy = tmp_path / "ivig.db"
    shutil.copyfile(Path(__file__).with_name("fixtures") / "schema-v6.db", copy)
    db = open_database(copy)
    try:
        (use,) = vial_uses(db, GTIN, "SN0042", patient_id=1)
        assert (use.session_id, use.location, use.same_patient) == (6, "Chair 2", True)
        header = sessions.get_header(db, 7)
        session = sessions.load(db, 7)
        new = record_vial(vial("SN0042"), T0)
        with pytest.raises(ValidationError, match="already recorded in session 6 \\(Chair 2, "):
            append_vial(db, session.id, header.patient_id, 1, new, T0)
    finally:
        db.close()
