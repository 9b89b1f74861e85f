"""Faults while writing: each gives the nurse a clear sentence, stores nothing partial, and once the fault is
gone the same entry saves. The faults are real conditions (see tests/faults.py for how each is made)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from ivig_desktop.domain.people import Nurse, Patient
from ivig_desktop.domain.session import NOTE_MAX_CHARS, Session, add_note
from ivig_desktop.store import sessions
from ivig_desktop.store.database import IvigDatabase, StoreError, describe_failure, open_database
from tests.faults import disk_full, failing_writes, vanished, write_lock_held_elsewhere

from .conftest import T0

LONG_NOTE = "Observed " + "x" * (NOTE_MAX_CHARS - 9)  # needs a new page: a full disk refuses it

DISK_FULL = "The disk is full. Nothing was saved; free some space (or ask IT to), then try again."
BUSY = (
    "The database is busy: another program is using it. Nothing was saved; try again in a moment "
    "(if it stays busy, close other programs that use the database file)."
)
IO_ERROR = "The disk could not be written (was a drive removed?). Nothing was saved; check it, then try again."


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "drive" / "ivig.db"


@pytest.fixture
def session(db: IvigDatabase, nurse: Nurse, patient: Patient) -> Session:
    header = sessions.open_session(db, patient.id, "Chair 3", nurse.id, T0)
    sessions.append(db, header.id, nurse.id, add_note(Session(header), "first", T0), T0)
    return Session(header)


Fault = Callable[[IvigDatabase], AbstractContextManager[object]]


def _disk_full(db: IvigDatabase) -> AbstractContextManager[object]:
    return disk_full(db.conn)


def _locked(db: IvigDatabase) -> AbstractContextManager[object]:
    db.execute("PRAGMA busy_timeout = 0")  # give up at once instead of waiting 5 s for the other process
    return write_lock_held_elsewhere(db.path)


def _vanished(db: IvigDatabase) -> AbstractContextManager[object]:
    return vanished(db.path.parent)


def _io_error(db: IvigDatabase) -> AbstractContextManager[object]:
    return failing_writes(db.path)


FAULTS: dict[str, tuple[Fault, str | None]] = {
    "disk full": (_disk_full, DISK_FULL),
    "locked by another process": (_locked, BUSY),
    "drive vanished": (_vanished, None),  # the message names the file: checked below
    "write I/O error": (_io_error, IO_ERROR),
}


@pytest.fixture(params=list(FAULTS))
def fault(request: pytest.FixtureRequest) -> Iterator[tuple[str, Fault, str | None]]:
    name = request.param
    inject, message = FAULTS[name]
    yield name, inject, message


def stored_texts(db: IvigDatabase, session: Session) -> list[object]:
    return [e.payload["text"] for e in sessions.events(db, session.id)]


def test_a_fault_refuses_the_write_with_a_clear_message_then_it_saves(
    db: IvigDatabase, session: Session, nurse: Nurse, fault: tuple[str, Fault, str | None]
) -> None:
    name, inject, message = fault
    with inject(db):
        with pytest.raises(StoreError) as caught:
            sessions.append(db, session.id, nurse.id, add_note(session, LONG_NOTE, T0), T0)
        expected = message or (
            f"The database file {db.path} can no longer be found (was a drive removed, or the folder moved or "
            "renamed?). Nothing was saved; put it back, then try again."
        )
        assert str(caught.value) == expected, name
        assert not db.conn.in_transaction
    assert stored_texts(db, session) == ["first"], f"{name}: something partial was stored"
    saved = sessions.append(db, session.id, nurse.id, add_note(session, LONG_NOTE, T0), T0)
    assert saved.seq == 2
    assert stored_texts(db, session) == ["first", LONG_NOTE]
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_after_a_fault_the_file_reopens_sound(db: IvigDatabase, session: Session, nurse: Nurse) -> None:
    with failing_writes(db.path), pytest.raises(StoreError):
        sessions.append(db, session.id, nurse.id, add_note(session, "lost?", T0), T0)
    db.close()
    again = open_database(db.path)
    assert stored_texts(again, session) == ["first"]
    again.close()


def test_nothing_reaches_a_vanished_file_even_when_the_folder_comes_back_later(
    db: IvigDatabase, session: Session, nurse: Nurse
) -> None:
    """Without the check, SQLite would write to the unlinked file and report success: a note lost on close."""
    with vanished(db.path.parent) as away:
        with pytest.raises(StoreError, match="can no longer be found"):
            sessions.append(db, session.id, nurse.id, add_note(session, "into the void", T0), T0)
        conn = sqlite3.connect(away / db.path.name)
        assert conn.execute("SELECT COUNT(*) FROM events").fetchone() == (1,)
        conn.close()


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (sqlite3.OperationalError("database is locked"), "The database is busy"),
        (sqlite3.OperationalError("database or disk is full"), "The disk is full."),
        (sqlite3.OperationalError("attempt to write a readonly database"), "The database file is read-only."),
        (sqlite3.OperationalError("disk I/O error"), "The disk could not be written (was a drive removed?)."),
        (sqlite3.OperationalError("unable to open database file"), "The disk could not be written"),
        (sqlite3.DatabaseError("database disk image is malformed"), "The database file is damaged."),
        (sqlite3.OperationalError("something new"), "The database could not save this (something new)."),
    ],
)
def test_every_failure_sentence_says_nothing_was_saved(error: sqlite3.Error, words: str) -> None:
    text = describe_failure(error)
    assert text.startswith(words)
    assert "Nothing was saved" in text
