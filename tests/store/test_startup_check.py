"""Start-up check: quick_check on open; a damaged file is reported with what to do and never written to."""

from __future__ import annotations

from pathlib import Path

import pytest

from ivig_desktop.domain.people import Nurse, Patient
from ivig_desktop.domain.session import Session, add_note
from ivig_desktop.store import sessions
from ivig_desktop.store.backup import list_backups
from ivig_desktop.store.database import DatabaseDamagedError, StoreError, backup_dir_for, open_database
from ivig_desktop.store.sql import Database
from tests.faults import damage

from .conftest import T0


@pytest.fixture
def closed_db(db: Database, db_path: Path, nurse: Nurse, patient: Patient) -> Path:
    """A database with a session of 60 notes, closed (so its log is folded into the file)."""
    header = sessions.open_session(db, patient.id, "Chair 3", nurse.id, T0)
    for n in range(60):
        sessions.append(db, header.id, nurse.id, add_note(Session(header), f"note {n} " + "x" * 200, T0), T0)
    db.close()
    assert not Path(f"{db_path}-wal").exists()
    return db_path


def test_a_sound_file_opens(closed_db: Path) -> None:
    db = open_database(closed_db)
    assert db.read_only_reason is None
    db.close()


def test_a_damaged_file_is_reported_with_what_to_do(closed_db: Path) -> None:
    damage(closed_db)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(closed_db)
    message = str(caught.value)
    assert f"The database file {closed_db} is damaged (Page 3:" in message
    assert "It has not been changed." in message
    assert f"copy the newest backup from {backup_dir_for(closed_db)} to {closed_db}" in message
    assert "\n" not in message


def test_a_damaged_file_is_never_written_to(closed_db: Path) -> None:
    damaged = damage(closed_db)
    for _ in range(2):
        with pytest.raises(DatabaseDamagedError):
            open_database(closed_db)
    assert closed_db.read_bytes() == damaged
    assert list_backups(closed_db) == []  # no backup was made of it, none over it


def test_a_file_that_is_not_a_database_is_damaged(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    junk = b"this is not a database\n" * 500
    db_path.write_bytes(junk)
    with pytest.raises(DatabaseDamagedError, match=r"damaged \(file is not a database\)"):
        open_database(db_path)
    assert db_path.read_bytes() == junk


def test_damage_is_a_store_error(closed_db: Path) -> None:
    damage(closed_db)
    with pytest.raises(StoreError):
        open_database(closed_db)


def test_after_a_damaged_open_the_lock_is_free(closed_db: Path) -> None:
    original = closed_db.read_bytes()
    damage(closed_db)
    with pytest.raises(DatabaseDamagedError):
        open_database(closed_db)
    closed_db.write_bytes(original)  # the nurse restores a good copy
    db = open_database(closed_db)
    assert db.read_only_reason is None
    assert db.execute("SELECT COUNT(*) FROM events").fetchone() == (60,)
    db.close()
