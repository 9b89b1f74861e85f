"""Every record table that matters is pushed and pulled (docs/administrator-guide.md, The clinic hub): the record
tables of the branches that came after the hub was designed, one test each, on a real PostgreSQL.

- d-faults: a nurse's deactivation (`nurse_access`), and corrections of a nurse's or a patient's details
  (`nurse_amendments`, `patient_amendments`);
- e-records: the clinic's settings (`clinic_settings`: its time zone);
- b-vitals: a vial (GTIN + serial) used once: recorded on two workstations while apart, both entries are kept and
  each session flags the other use;
- a-plan: an off-label order with its prescriber and a course's dosing, in the patient's regimen (`regimens`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from ivig_desktop.domain.access import Access, Role
from ivig_desktop.domain.body import DosingWeightMethod
from ivig_desktop.domain.catalog.indications import Indication
from ivig_desktop.domain.clinic import ClinicIdentity
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent
from ivig_desktop.domain.people import NurseProfile, PatientDetails, Sex, new_nurse_profile
from ivig_desktop.domain.regimen import Regimen
from ivig_desktop.store import access, accounts, clinic, nurses, patients, regimens, sessions, vials
from ivig_desktop.store.verification import verify_record
from tests.hub.conftest import Hub
from tests.hub.stations import Station

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


@pytest.fixture
def pair(hub: Hub, tmp_path: Path) -> Iterator[tuple[Station, Station]]:
    front = Station("Front", tmp_path / "front.db", FakeClock(T0))
    back = Station("Back", tmp_path / "back.db", FakeClock(T0))
    for station in (front, back):
        station.join(hub.url())
    yield front, back
    front.close()
    back.close()


def exchange(*stations: Station) -> None:
    """Everyone sends, then everyone receives what the others sent."""
    for station in stations:
        station.sync()
    for station in stations:
        station.sync()


def local_id(here: Station, there: Station, table: str, there_id: int) -> int:
    """The id here of a row written there (the same global id)."""
    gid = there.db.execute(
        "SELECT gid FROM record_chain WHERE table_name = ? AND row_id = ?", [table, there_id]
    ).fetchone()[0]
    row = here.db.execute("SELECT row_id FROM record_chain WHERE table_name = ? AND gid = ?", [table, gid]).fetchone()
    assert row is not None, f"{table} {gid} did not reach {here.name}"
    return int(row[0])


def sound(*stations: Station) -> None:
    for station in stations:
        report = verify_record(station.db)
        assert report.chained and report.sound, report.problems[:3]


def test_a_nurse_deactivated_on_one_workstation_is_deactivated_on_the_others(pair: tuple[Station, Station]) -> None:
    front, back = pair
    nurse = accounts.create_account(
        front.db, new_nurse_profile("Ana Ruiz", "RN"), "ana pass 12", "ana pass 12", front.tick(), front.nurse.id
    )
    exchange(front, back)
    on_back = local_id(back, front, "nurses", nurse.id)
    assert access.access_of(back.db, on_back) == Access(Role.NURSE, True)
    access.change(front.db, nurse.id, "deactivate", by=front.nurse.id, reason="left the clinic", at=front.tick())
    exchange(front, back)
    assert access.access_of(back.db, on_back) == Access(Role.NURSE, False)
    # and each workstation's first profile (no authoriser in its own database) arrived on the other
    first_of_front = local_id(back, front, "nurses", front.nurse.id)
    assert access.access_of(back.db, first_of_front) == Access(Role.ADMINISTRATOR, True)
    sound(front, back)


def test_corrections_of_a_nurse_and_of_a_patient_reach_the_other_workstation(pair: tuple[Station, Station]) -> None:
    front, back = pair
    patient_id = front.new_patient("Doe", "MRN-7")
    exchange(front, back)
    nurses.correct_nurse(
        front.db, front.nurse.id, NurseProfile("Nurse of Front", "RN, CRNI", staff_id="RN-1"), "new", 1, front.tick()
    )
    corrected = PatientDetails(
        family_name="Doe-Smith",
        given_name="Pat",
        date_of_birth=date(1960, 5, 1),
        mrn="MRN-70",
        sex=Sex.FEMALE,
        height_cm=Decimal(170),
        weight_kg=Decimal(70),
        allergies="NKDA",
    )
    patients.correct_patient(front.db, patient_id, corrected, "married name; MRN typo", front.nurse.id, front.tick())
    exchange(front, back)
    nurse_there = nurses.get_nurse(back.db, local_id(back, front, "nurses", front.nurse.id))
    assert (nurse_there.credentials, nurse_there.staff_id) == ("RN, CRNI", "RN-1")
    patient_there = patients.get_patient(back.db, local_id(back, front, "patients", patient_id))
    assert (patient_there.family_name, patient_there.mrn) == ("Doe-Smith", "MRN-70")
    assert [c.reason for c in patients.corrections(back.db, patient_there.id)] == ["married name; MRN typo"]
    sound(front, back)


def test_the_clinic_time_zone_recorded_on_one_workstation_is_in_force_on_the_others(
    pair: tuple[Station, Station],
) -> None:
    front, back = pair
    clinic.record(front.db, ClinicIdentity(time_zone="America/Toronto"), front.tick(), machine_zone="UTC")
    exchange(front, back)
    assert clinic.recorded(back.db)["time_zone"] == "America/Toronto"
    # a workstation whose clinic.toml names no zone takes the recorded one, and records nothing of its own
    assert clinic.in_force(back.db, ClinicIdentity(), machine_zone="Europe/Paris").time_zone == "America/Toronto"
    sound(front, back)


GTIN, SERIAL = "07612345000015", "SN0042"
VIAL: dict[str, JsonValue] = {
    "product_id": "privigen",
    "size_g": "20",
    "lot": "P100234",
    "expiry": "2028-01-31",
    "scanned": True,
    "gtin": GTIN,
    "serial": SERIAL,
}


def test_a_vial_recorded_on_two_workstations_while_apart_is_kept_twice_and_flagged_in_both_sessions(
    pair: tuple[Station, Station],
) -> None:
    front, back = pair
    ames, brook = front.new_patient("Ames", "MRN-1"), back.new_patient("Brook", "MRN-2")
    on_front, on_back = front.open_session(ames, "Chair 1"), back.open_session(brook, "Chair 2")
    for station, session_id, patient_id in ((front, on_front, ames), (back, on_back, brook)):
        at = station.tick()
        new = NewEvent(EventType.VIAL_RECORDED, at, dict(VIAL))
        vials.append_vial(station.db, session_id, patient_id, station.nurse.id, new, at)
    for station, session_id, patient_id in ((front, on_front, ames), (back, on_back, brook)):
        assert (
            vials.used_elsewhere(station.db, session_id, patient_id, sessions.load(station.db, session_id).vials) == []
        )
    exchange(front, back)
    for station in (front, back):
        uses = vials.vial_uses(station.db, GTIN, SERIAL)
        assert sorted(u.location for u in uses) == ["Chair 1", "Chair 2"]
    front_session = sessions.load(front.db, on_front)
    [flag] = vials.used_elsewhere(front.db, on_front, ames, front_session.vials)
    assert "GTIN 07612345000015, serial SN0042 is also recorded in session" in flag
    assert "(Chair 2, 2026-11-24, another patient)" in flag
    back_session_id = local_id(front, back, "sessions", on_back)
    [flag_there] = vials.used_elsewhere(back.db, on_back, brook, sessions.load(back.db, on_back).vials)
    assert "(Chair 1, 2026-11-24, another patient)" in flag_there
    assert back_session_id != on_front
    sound(front, back)


def test_an_off_label_order_and_a_course_reach_the_other_workstation_in_the_regimen(
    pair: tuple[Station, Station],
) -> None:
    front, back = pair
    patient_id = front.new_patient("Moss", "MRN-9")
    order = Regimen(
        product_id="privigen",
        indication=Indication.OTHER,
        dose_g_per_kg=Decimal(1),
        dosing_weight_method=DosingWeightMethod.ACTUAL,
        frequency="every 4 weeks",
        weight_kg=Decimal("72.5"),
        prescriber="Dr A. Moreau",
        course_days=2,
        off_label=True,
    )
    regimens.save_regimen(front.db, patient_id, order, "", front.nurse.id, front.tick())
    exchange(front, back)
    there = regimens.current(back.db, local_id(back, front, "patients", patient_id))
    assert there is not None
    assert there.regimen == order
    assert (there.regimen.off_label_prescriber, there.regimen.course_g_per_kg) == ("Dr A. Moreau", Decimal(2))
    sound(front, back)
