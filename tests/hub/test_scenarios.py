"""Workstations and one hub, on a real PostgreSQL: apart, then together."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.store.verification import verify_record
from tests.hub.conftest import Hub
from tests.hub.stations import Station

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
RECORD_TABLES = ("nurses", "nurse_secrets", "patients", "sessions", "events")


@pytest.fixture
def stations(hub: Hub, tmp_path: Path) -> Iterator[list[Station]]:
    made = [Station(name, tmp_path / f"{name}.db", FakeClock(T0)) for name in ("Front", "Back", "Laptop")]
    for station in made:
        station.join(hub.url())
    yield made
    for station in made:
        station.close()


def test_workstations_apart_then_synced_show_the_same_board_and_every_entry_once(stations: list[Station]) -> None:
    front, back, laptop = stations
    a = front.new_patient("Ames", "MRN-1")
    b = back.new_patient("Brook", "MRN-2")
    sa = front.open_session(a, "Chair 1")
    sb = back.open_session(b, "Chair 2")
    for i in range(3):
        front.note(sa, f"front {i}")
        back.note(sb, f"back {i}")
    first = front.sync()
    assert first.pushed > 0
    assert first.waiting == 0
    back.sync()
    laptop.sync()
    front.sync()  # brings Back's and the laptop's rows to Front
    back.sync()  # and the laptop's to Back
    boards = [s.board() for s in stations]
    assert boards[0] == {("Ames", "Chair 1"), ("Brook", "Chair 2")}
    assert boards[1] == boards[0] == boards[2]
    for table in RECORD_TABLES:
        assert front.gids(table) == back.gids(table) == laptop.gids(table), table
        assert len(set(front.gids(table))) == len(front.gids(table))
    assert (
        front.notes()
        == back.notes()
        == laptop.notes()
        == {
            "Chair 1": ["front 0", "front 1", "front 2"],
            "Chair 2": ["back 0", "back 1", "back 2"],
        }
    )
    for station in stations:
        report = verify_record(station.db)
        assert report.sound, report.problems[:3]
    again = [s.sync() for s in stations]
    assert [(r.pushed, r.pulled) for r in again] == [(0, 0)] * 3


def test_a_take_over_by_a_stale_workstation_keeps_both_sets_of_entries_and_flags_the_session(
    stations: list[Station],
) -> None:
    front, back, _ = stations
    session = front.open_session(front.new_patient("Ames", "MRN-1"), "Chair 1")
    front.note(session, "started")
    front.sync()
    back.sync()
    assert back.holder("Chair 1") == "Front"
    assert front.holder("Chair 1") == "Front"
    # The network goes: Back takes the chair over (Front seems frozen), Front goes on writing all the same.
    back.take_over("Chair 1", "Front desk PC froze")
    back.note(back.session("Chair 1").id, "back: vitals fine")
    front.note(session, "front: still here")
    assert back.holder("Chair 1") == "Back"
    assert front.holder("Chair 1") == "Front"  # it has not heard of the take-over yet
    for station in (front, back, front):
        station.sync()
    for station in (front, back):
        record = station.session("Chair 1")
        assert station.holder("Chair 1") == "Back"
        assert record.needs_review
        texts = [str(e.event.payload.get("text", e.event.type.value)) for e in record.entries]
        assert texts == ["started", "handed_over", "front: still here", "back: vitals fine"]
        assert verify_record(station.db).sound
    handover = next(e for e in back.session("Chair 1").entries if e.event.type.value == "handed_over")
    assert handover.event.payload["reason"] == "Front desk PC froze"
    assert handover.event.payload["from"] == {"workstation": _id(front), "name": "Front"}
    back.review("Chair 1", "Both sets checked with the patient's nurse")
    back.sync()
    front.sync()
    assert not front.session("Chair 1").needs_review


def _id(station: Station) -> str:
    from ivig_desktop.store import hub_link

    return hub_link.workstation_id(station.db)


def test_patients_made_apart_with_one_mrn_are_flagged_then_linked_never_merged(stations: list[Station]) -> None:
    from ivig_desktop.domain.errors import ValidationError
    from ivig_desktop.store import duplicates

    front, _, laptop = stations
    front.new_patient("Okafor", "MRN-7")
    laptop.new_patient("Okafor", "MRN-7")
    with pytest.raises(ValidationError, match="already has MRN MRN-7"):
        front.new_patient("Someone", "MRN-7")  # on one workstation the MRN stays unique
    front.sync()
    laptop.sync()
    front.sync()
    for station in (front, laptop):
        [pair] = duplicates.possible_duplicates(station.db)
        assert pair.mrn == "MRN-7"
        assert station.db.execute("SELECT COUNT(*) FROM patients WHERE mrn = 'MRN-7'").fetchone()[0] == 2
    a, b = duplicates.possible_duplicates(front.db)[0].patient_ids
    duplicates.link(front.db, a, b, same=True, reason="Same DOB and address", nurse_id=front.nurse.id, at=front.tick())
    front.sync()
    laptop.sync()
    assert duplicates.possible_duplicates(laptop.db) == []
    here, there = (int(r[0]) for r in laptop.db.execute("SELECT id FROM patients WHERE mrn = 'MRN-7' ORDER BY id"))
    assert duplicates.same_person(laptop.db, here) == [there]
    assert verify_record(laptop.db).sound


def test_a_laptop_offline_for_a_week_catches_up_with_histories_and_nurses(stations: list[Station]) -> None:
    """The agency: the laptop takes the day's patients' histories out, works a week offline, then sends it all."""
    from datetime import timedelta

    from ivig_desktop.domain.accounts import SecurityPolicy
    from ivig_desktop.store import accounts, sessions

    front, _, laptop = stations
    patient = front.new_patient("Ames", "MRN-1")
    earlier = front.open_session(patient, "Chair 1")
    front.note(earlier, "tolerated 4 mL/kg/h, mild headache")
    front.sync()
    laptop.sync()  # before leaving: the day's patients' histories
    [(ames,)] = laptop.db.execute("SELECT id FROM patients WHERE mrn = 'MRN-1'").fetchall()
    history = sessions.patient_sessions(laptop.db, int(ames))
    assert [str(e.event.payload["text"]) for e in history[0].notes] == ["tolerated 4 mL/kg/h, mild headache"]
    # A week apart: the laptop visits at home, the clinic goes on.
    for day in range(7):
        laptop.clock.advance(timedelta(days=1))
        front.clock.advance(timedelta(days=1))
        visit = laptop.open_session(int(ames), f"Home visit {day}")
        laptop.note(visit, f"home day {day}")
        clinic = front.open_session(front.new_patient(f"Day{day}", f"MRN-D{day}"), f"Chair {day + 2}")
        front.note(clinic, f"clinic day {day}")
        front.sync()
    report = laptop.sync()
    assert report.pulled > 0
    assert report.waiting == 0
    front.sync()
    assert front.notes() == laptop.notes()
    assert len(front.notes()) == 1 + 7 + 7
    # The clinic's nurse signs in on the laptop with her own password: her profile and hash came with the record.
    [(nurse_here,)] = laptop.db.execute("SELECT id FROM nurses WHERE name = 'Nurse of Front'").fetchall()
    accounts.check_secret(laptop.db, int(nurse_here), "station pass 1", laptop.tick(), SecurityPolicy())
    assert verify_record(laptop.db).sound


def test_the_workstations_role_is_refused_an_update_of_the_record_on_the_hub(hub: Hub, stations: list[Station]) -> None:
    import psycopg

    front = stations[0]
    front.note(front.open_session(front.new_patient("Ames", "MRN-1"), "Chair 1"), "36.8")
    front.sync()
    with psycopg.connect(hub.url()) as conn:
        assert conn.execute("SELECT count(*) FROM ivig_hub.entries").fetchone() != (0,)
        for statement in (
            "UPDATE ivig_hub.entries SET content = replace(content, '36.8', '39.4')",
            "DELETE FROM ivig_hub.entries",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement.encode())
            conn.rollback()
