"""One writer: a second IVIG Desktop on the same database opens it read-only, is told by whom it is in use,
and cannot change it. The lock dies with its process, so a crash never leaves the database blocked."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
from pathlib import Path

import pytest

from ivig_desktop.domain.people import Nurse, Patient
from ivig_desktop.domain.session import Session, add_note
from ivig_desktop.store import sessions
from ivig_desktop.store.database import IvigDatabase, StoreError, open_database
from ivig_desktop.store.lock import lock_path_for
from tests.faults import other_instance, read_only_file

from .conftest import T0


def event_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def session(db: IvigDatabase, nurse: Nurse, patient: Patient) -> Session:
    header = sessions.open_session(db, patient.id, "Chair 3", nurse.id, T0)
    sessions.append(db, header.id, nurse.id, add_note(Session(header), "first", T0), T0)
    return Session(header)


def test_a_second_instance_opens_read_only_and_is_told_who_has_it(
    db: IvigDatabase, session: Session, nurse: Nurse
) -> None:
    path = db.path
    db.close()
    other = other_instance(path)
    try:
        second = open_database(path)
        reason = second.read_only_reason
        assert reason is not None
        assert reason.startswith(
            f"It is in use by another IVIG Desktop (on {socket.gethostname()}, process {other.pid}, since "
        )
        assert reason.endswith("Close that one, then open this one again.")
        # It can read the record...
        assert [e.payload for e in sessions.events(second, session.id)] == [{"text": "first"}]
        # ...but not add to it: refused with the reason, and nothing is stored.
        with pytest.raises(StoreError) as caught:
            sessions.append(second, session.id, nurse.id, add_note(session, "second", T0), T0)
        assert str(caught.value) == "Nothing was saved: this database is open read-only. " + reason
        assert event_count(path) == 1
        # SQLite itself refuses writes on this connection, whatever the caller does.
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            second.execute("INSERT INTO nurses (name, credentials, created_at) VALUES ('x', 'RN', 't')")
        second.close()
    finally:
        other.stop()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()


def test_when_the_other_one_closes_the_database_is_writable_again(db: IvigDatabase) -> None:
    path = db.path
    db.close()
    other = other_instance(path)
    other.stop()
    again = open_database(path)
    assert again.read_only_reason is None
    again.close()


def test_a_crashed_instance_does_not_block_the_next(db: IvigDatabase) -> None:
    path = db.path
    db.close()
    other = other_instance(path)
    other.kill()  # SIGKILL: no clean-up of any kind
    assert lock_path_for(path).exists()  # the file stays; the lock on it died with the process
    again = open_database(path)
    assert again.read_only_reason is None
    again.close()


def test_one_process_may_open_its_database_twice(db: IvigDatabase, session: Session, nurse: Nurse) -> None:
    second = open_database(db.path)
    assert second.read_only_reason is None
    sessions.append(second, session.id, nurse.id, add_note(session, "from the second connection", T0), T0)
    db.close()
    second.close()
    other = other_instance(db.path)  # the lock was shared, and released with the last connection
    other.stop()


def test_the_lock_file_says_who_holds_it_and_is_owner_only(db: IvigDatabase) -> None:
    text = lock_path_for(db.path).read_text(encoding="utf-8")
    assert f'"pid": {os.getpid()}' in text
    assert oct(lock_path_for(db.path).stat().st_mode & 0o777) == "0o600"


def test_a_read_only_file_opens_read_only(db: IvigDatabase, session: Session, nurse: Nurse) -> None:
    path = db.path
    db.close()
    with read_only_file(path):
        # The fault is real: SQLite on its own cannot write the file.
        raw = sqlite3.connect(path)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            raw.execute("INSERT INTO nurses (name, credentials, created_at) VALUES ('x', 'RN', 't')")
        raw.close()
        ro = open_database(path)
        assert ro.read_only_reason == (
            f"The file {path} is read-only; ask for its permissions to be fixed, then open it again."
        )
        with pytest.raises(StoreError, match=r"^Nothing was saved: this database is open read-only\. The file"):
            sessions.append(ro, session.id, nurse.id, add_note(session, "second", T0), T0)
        assert [e.payload for e in sessions.events(ro, session.id)] == [{"text": "first"}]
        ro.close()
    writable = open_database(path)
    assert writable.read_only_reason is None
    writable.close()


def test_a_read_only_database_cannot_be_upgraded_and_says_why(tmp_path: Path) -> None:
    old = tmp_path / "old" / "v1.db"
    old.parent.mkdir()
    shutil.copyfile(
        Path(__file__).parent / "fixtures" / "schema-v1.db", old
    )  # written by the first release: it needs upgrading
    with read_only_file(old), pytest.raises(StoreError, match=r"needs upgrading .* The file .* is read-only"):
        open_database(old)
