"""The day's backup off the main thread: a snapshot copied in steps while the app goes on saving, verified like
every backup, cancellable without leaving anything behind."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from ivig_desktop.domain.people import Nurse, Patient
from ivig_desktop.domain.session import Session, add_note
from ivig_desktop.store import daily_backup, sessions
from ivig_desktop.store.backup import DAILY, KEEP_DAILY, list_backups, verify_backup
from ivig_desktop.store.cancel import Cancel, CancelledError
from ivig_desktop.store.check import check_database
from ivig_desktop.store.database import IvigDatabase, StoreError, backup_dir_for

from .conftest import T0


@pytest.fixture
def busy(db: IvigDatabase, nurse: Nurse, patient: Patient) -> tuple[IvigDatabase, Session]:
    """A database of a few hundred pages: a backup of it takes several steps."""
    header = sessions.open_session(db, patient.id, "Chair 3", nurse.id, T0)
    session = Session(header)
    for n in range(400):
        sessions.append(db, header.id, nurse.id, add_note(session, f"note {n} " + "x" * 400, T0), T0)
    return db, session


def notes(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])
    finally:
        conn.close()


def test_due_once_a_day(busy: tuple[IvigDatabase, Session]) -> None:
    db, _ = busy
    assert daily_backup.due(db.path, T0)
    taken = daily_backup.take(db.path, passphrase=None, now=T0)
    assert [(b.path, b.reason, b.taken_at) for b in list_backups(db.path)] == [(taken, DAILY, T0)]
    assert not daily_backup.due(db.path, T0 + timedelta(hours=16))
    assert daily_backup.due(db.path, T0 + timedelta(days=1))
    verify_backup(taken)  # the same verification as every backup


def test_a_backup_in_steps_is_the_snapshot_of_its_start_while_saves_go_on(
    busy: tuple[IvigDatabase, Session], nurse: Nurse
) -> None:
    db, session = busy
    steps: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        if len(steps) <= 3:  # the app saves between two steps, on its own connection: never blocked
            sessions.append(db, session.id, nurse.id, add_note(session, "saved meanwhile", T0), T0)

    taken = daily_backup.take(db.path, passphrase=None, now=T0, progress=progress, pages_per_step=8, pause_s=0)
    assert len(steps) > 3, "a backup in several steps"
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)  # never started again
    assert steps[-1][0] == steps[-1][1]
    assert notes(taken) == 400  # as it was when the backup began
    assert notes(db.path) == 403  # and every save of the meantime is in the database


def test_a_cancelled_backup_leaves_nothing(busy: tuple[IvigDatabase, Session]) -> None:
    db, _ = busy
    cancel = Cancel()

    def progress(done: int, total: int) -> None:
        cancel.cancel()  # the app is closing

    with pytest.raises(CancelledError):
        daily_backup.take(
            db.path, passphrase=None, now=T0, progress=progress, cancel=cancel, pages_per_step=8, pause_s=0
        )
    assert list(backup_dir_for(db.path).iterdir()) == []
    assert daily_backup.due(db.path, T0)


def test_a_backup_that_cannot_be_written_says_why(busy: tuple[IvigDatabase, Session]) -> None:
    db, _ = busy
    backup_dir_for(db.path).write_text("a file where the folder should be")
    with pytest.raises(StoreError, match="The backup folder"):
        daily_backup.take(db.path, passphrase=None, now=T0)


def test_daily_backups_are_rotated(busy: tuple[IvigDatabase, Session]) -> None:
    db, _ = busy
    for day in range(KEEP_DAILY + 2):
        daily_backup.take(db.path, passphrase=None, now=T0 + timedelta(days=day))
    assert len(list_backups(db.path)) == KEEP_DAILY


def test_cancel_stops_a_check_before_it_starts(busy: tuple[IvigDatabase, Session]) -> None:
    db, _ = busy
    cancel = Cancel()
    cancel.cancel()
    with pytest.raises(CancelledError):
        check_database(db.path, None, cancel)


def test_cancel_interrupts_a_query_running_in_another_thread(busy: tuple[IvigDatabase, Session]) -> None:
    db, _ = busy
    conn = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True, check_same_thread=False)
    running = threading.Event()

    def started() -> int:
        running.set()
        return 0  # go on

    conn.set_progress_handler(started, 1000)
    cancel = Cancel()
    cancel.attach(conn)
    outcome: list[BaseException] = []

    def endless() -> None:
        try:
            conn.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n")
        except sqlite3.OperationalError as error:
            outcome.append(error)

    thread = threading.Thread(target=endless)
    thread.start()
    assert running.wait(30)
    cancel.cancel()
    thread.join(30)
    assert not thread.is_alive()
    assert outcome and "interrupted" in str(outcome[0])
    conn.close()
