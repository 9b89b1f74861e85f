"""Migration m008: the board's projection of open sessions, the lot index and the lockout's recent attempts give
the same answers as reading the whole record did."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ivig_desktop.domain.accounts import Attempt, SecurityPolicy, locked_until
from ivig_desktop.domain.clock import to_iso
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent
from ivig_desktop.domain.people import Nurse, Patient
from ivig_desktop.store import sessions
from ivig_desktop.store.accounts import attempts, recent_attempts
from ivig_desktop.store.check import check_database
from ivig_desktop.store.database import IvigDatabase, open_database, write_transaction
from ivig_desktop.store.lots import lot_uses
from ivig_desktop.store.migrations import migrations

from .conftest import T0

SIGNED = NewEvent(EventType.SIGNED_OFF, T0, {"attested": True})


def open_ids(db: IvigDatabase) -> list[int]:
    return [row[0] for row in db.execute("SELECT session_id FROM open_sessions ORDER BY session_id").fetchall()]


def test_a_session_is_open_from_its_opening_to_its_signature(db: IvigDatabase, nurse: Nurse, patient: Patient) -> None:
    first = sessions.open_session(db, patient.id, "Chair 1", nurse.id, T0)
    second = sessions.open_session(db, patient.id, "Chair 2", nurse.id, T0 + timedelta(minutes=5))
    assert open_ids(db) == [first.id, second.id]
    sessions.append(db, first.id, nurse.id, NewEvent(EventType.NOTE, T0, {"text": "arrived"}), T0)
    sessions.append(db, first.id, nurse.id, SIGNED, T0 + timedelta(hours=4))
    assert open_ids(db) == [second.id]
    assert [h.id for h in sessions.active_headers(db)] == [second.id]
    assert sessions.active_sessions(db) == [sessions.load(db, second.id)]


def test_a_failed_signature_leaves_the_session_open(db: IvigDatabase, nurse: Nurse, patient: Patient) -> None:
    header = sessions.open_session(db, patient.id, "Chair 1", nurse.id, T0)
    try:
        with write_transaction(db):
            db.execute(
                "INSERT INTO events (session_id, seq, type, occurred_at, recorded_at, nurse_id, payload) "
                "VALUES (?, 1, 'signed_off', ?, ?, ?, '{}')",
                [header.id, to_iso(T0), to_iso(T0), nurse.id],
            )
            raise RuntimeError("the disk went away before the commit")
    except RuntimeError:
        pass
    assert open_ids(db) == [header.id]  # the projection is written in the event's transaction, or not at all


def test_active_sessions_fold_like_each_session_loaded_alone(db: IvigDatabase, nurse: Nurse, patient: Patient) -> None:
    opened = [
        sessions.open_session(db, patient.id, f"Chair {n}", nurse.id, T0 + timedelta(minutes=n)) for n in (3, 1, 2)
    ]
    for n, header in enumerate(opened):
        for i in range(n + 1):
            sessions.append(db, header.id, nurse.id, NewEvent(EventType.NOTE, T0, {"text": f"note {i}"}), T0)
    expected = [sessions.load(db, h.id) for h in sorted(opened, key=lambda h: (h.opened_at, h.id))]
    assert sessions.active_sessions(db) == expected


def test_upgrading_fills_the_projection_from_the_record(tmp_path: Path) -> None:
    """A database of the version before m008 (the released schema version 7, whose record is chained and whose
    migrations table is append-only: its rows cannot be written the old way here): its sessions, signed or not,
    are sorted out by the upgrade, and the full check finds the projection agreeing with the record."""
    path = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).with_name("fixtures") / "schema-v7.db", path)
    conn = sqlite3.connect(path)
    signed = {row[0] for row in conn.execute("SELECT session_id FROM events WHERE type = 'signed_off'")}
    every = [row[0] for row in conn.execute("SELECT id FROM sessions ORDER BY id")]
    assert "open_sessions" not in {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert signed and set(every) - signed, "the fixture holds signed and open sessions"
    upgraded = open_database(path)
    try:
        assert migrations.pending_names(upgraded) == []
        assert open_ids(upgraded) == [session_id for session_id in every if session_id not in signed]
    finally:
        upgraded.close()
    assert check_database(path).sound


def test_check_finds_a_projection_changed_behind_the_apps_back(
    db: IvigDatabase, nurse: Nurse, patient: Patient
) -> None:
    header = sessions.open_session(db, patient.id, "Chair 1", nurse.id, T0)
    db.execute("DELETE FROM open_sessions WHERE session_id = ?", [header.id])
    report = check_database(db.path)
    assert not report.sound
    assert report.problem is not None and "open sessions" in report.problem and "1 session" in report.problem


def test_the_lot_look_up_finds_lots_in_any_case_through_its_index(
    db: IvigDatabase, nurse: Nurse, patient: Patient
) -> None:
    header = sessions.open_session(db, patient.id, "Chair 1", nurse.id, T0)
    vial: dict[str, JsonValue] = {
        "lot": "p100234",
        "product_id": "privigen",
        "size_g": "10",
        "expiry": "2028-01-31",
        "scanned": False,
    }
    sessions.append(db, header.id, nurse.id, NewEvent(EventType.VIAL_RECORDED, T0, vial), T0)
    sessions.append(db, header.id, nurse.id, NewEvent(EventType.NOTE, T0, {"lot": "P100234"}), T0)  # not a vial
    assert [u.session_id for u in lot_uses(db, " P100234 ")] == [header.id]
    assert [u.lot for u in lot_uses(db, "P100234")] == ["p100234"]


POLICY = SecurityPolicy(max_failed_sign_ins=3, lockout_min=15)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(min_value=0, max_value=5)), max_size=14))
def test_the_lockout_from_recent_attempts_is_the_lockout_from_all(outcomes: list[tuple[bool, int]]) -> None:
    """Reading only the attempts since the last success decides the lockout exactly as reading all of them."""
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "ivig.db")
        try:
            db.execute(
                f"INSERT INTO nurses (id, name, credentials, created_at) VALUES (1, 'Ana', 'RN', '{to_iso(T0)}')"
            )
            at = T0
            for succeeded, minutes in outcomes:
                at += timedelta(minutes=minutes)  # several attempts may share a minute
                with write_transaction(db):
                    db.execute(
                        "INSERT INTO sign_in_attempts (nurse_id, at, succeeded) VALUES (1, ?, ?)",
                        [to_iso(at), int(succeeded)],
                    )
            everything: list[Attempt] = attempts(db, 1)
            recent = recent_attempts(db, 1)
            assert len(recent) <= len(everything)
            for later in (0, 1, 10, 20):
                now = at + timedelta(minutes=later)
                assert locked_until(recent, now, POLICY) == locked_until(everything, now, POLICY)
        finally:
            db.close()


def test_a_patients_stamp_changes_with_every_row_added_to_their_other_sessions(
    db: IvigDatabase, nurse: Nurse, patient: Patient
) -> None:
    today = sessions.open_session(db, patient.id, "Chair 1", nurse.id, T0)
    assert sessions.patient_stamp(db, patient.id, exclude=today.id) == (0, 0)
    earlier = sessions.open_session(db, patient.id, "Chair 2", nurse.id, T0)
    first = sessions.patient_stamp(db, patient.id, exclude=today.id)
    sessions.append(db, today.id, nurse.id, NewEvent(EventType.NOTE, T0, {"text": "today's"}), T0)
    assert sessions.patient_stamp(db, patient.id, exclude=today.id) == first  # its own session does not count
    sessions.append(db, earlier.id, nurse.id, NewEvent(EventType.NOTE, T0, {"text": "a correction"}), T0)
    assert sessions.patient_stamp(db, patient.id, exclude=today.id) != first
