"""Start-up check: a damaged file is reported with what to do and never written to; the whole file is read
(quick_check) when the last writer did not close it or the file changed since (store/startup_check.py)."""

from __future__ import annotations

import subprocess
import sys
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


# Proportionate: the whole file is read only when something could have damaged it since the last check.


def whole_file_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record each quick_check of the whole file that open_database makes."""
    from ivig_desktop.store import startup_check
    from ivig_desktop.store.database import check_file as real

    checked: list[Path] = []

    def spy(path: Path, passphrase: str | None = None) -> None:
        checked.append(path)
        real(path, passphrase)

    monkeypatch.setattr(startup_check, "check_file", spy)
    return checked


def end_without_closing(path: Path) -> None:
    """A process opens the database, writes, and ends without closing it (as a crash or kill -9 would)."""
    script = (
        "import os, sys\n"
        "from ivig_desktop.store.database import open_database\n"
        "db = open_database(sys.argv[1])\n"
        "db.execute(\"INSERT INTO nurses (name, credentials, created_at) VALUES ('Ben', 'RN', 'x')\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=120)


def test_after_a_clean_close_the_start_reads_only_the_header_and_schema(
    closed_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = whole_file_checks(monkeypatch)
    for _ in range(2):
        open_database(closed_db).close()
    assert checked == []


def test_after_an_unclean_end_the_whole_file_is_checked_once(closed_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checked = whole_file_checks(monkeypatch)
    end_without_closing(closed_db)
    db = open_database(closed_db)
    assert db.execute("SELECT COUNT(*) FROM nurses WHERE name = 'Ben'").fetchone() == (1,)  # its commit is kept
    db.close()
    open_database(closed_db).close()
    assert checked == [closed_db]  # once: the second start follows a clean close


def test_damage_after_an_unclean_end_is_found_at_start(closed_db: Path) -> None:
    end_without_closing(closed_db)
    damaged = damage(closed_db)  # as a power cut in the middle of a write might leave it
    with pytest.raises(DatabaseDamagedError):
        open_database(closed_db)
    assert closed_db.read_bytes() == damaged


def test_a_file_changed_since_the_clean_close_is_checked_whole(
    closed_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program wrote to it, or a copy was put in its place: the start cannot vouch for it."""
    checked = whole_file_checks(monkeypatch)
    original = closed_db.read_bytes()
    closed_db.unlink()
    closed_db.write_bytes(original)  # the same bytes, another file: checked all the same
    open_database(closed_db).close()
    assert checked == [closed_db]


def test_a_failed_start_is_not_taken_for_a_clean_close(closed_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damage(closed_db)
    for _ in range(2):  # the second start checks the whole file again, and refuses it again
        with pytest.raises(DatabaseDamagedError):
            open_database(closed_db)


def test_the_header_and_schema_are_read_at_every_start(closed_db: Path) -> None:
    data = bytearray(closed_db.read_bytes())
    data[100:200] = b"\xff" * 100  # the first page's b-tree: the schema
    closed_db.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamagedError):
        open_database(closed_db)
