"""Backups: daily and before migrations, verified, owner-only, rotated; restore with a copy taken first."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from ivig_desktop.domain.people import Nurse, Patient
from ivig_desktop.domain.session import Session, add_note
from ivig_desktop.store import backup, sessions
from ivig_desktop.store.backup import (
    DAILY,
    KEEP_DAILY,
    MANUAL,
    PRE_MIGRATION,
    backup_database,
    backup_file,
    ensure_daily,
    list_backups,
    restore_backup,
)
from ivig_desktop.store.database import IvigDatabase, StoreError, backup_dir_for, open_database
from ivig_desktop.store.migrations.base import MigrationSet
from ivig_desktop.store.sql import Database as StoreDatabase
from tests.faults import backup_in_progress, damage

from .conftest import T0


def notes_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT json_extract(payload, '$.text') FROM events ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def live(db: IvigDatabase, nurse: Nurse, patient: Patient) -> Iterator[tuple[IvigDatabase, Session]]:
    header = sessions.open_session(db, patient.id, "Chair 3", nurse.id, T0)
    yield db, Session(header)


def note(db: StoreDatabase, session: Session, nurse: Nurse, text: str) -> None:
    sessions.append(db, session.id, nurse.id, add_note(session, text, T0), T0)


def test_a_new_database_gets_no_backup(db: IvigDatabase, db_path: Path) -> None:
    assert list_backups(db_path) == []


def test_opening_takes_no_daily_backup(live: tuple[IvigDatabase, Session], nurse: Nurse) -> None:
    """The daily backup is the app's work in the background once its window is shown (ui/housekeeping.py),
    never part of opening the database (store/daily_backup.py has its tests)."""
    db, session = live
    note(db, session, nurse, "Arrived")
    path = db.path
    db.close()
    open_database(path, now=T0).close()
    open_database(path, now=T0 + timedelta(days=1)).close()
    assert list_backups(path) == []


def test_backups_are_owner_only_self_contained_and_verified(live: tuple[IvigDatabase, Session]) -> None:
    db, _ = live
    written = backup_database(db, reason=MANUAL, now=T0)
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert stat.S_IMODE(written.parent.stat().st_mode) == 0o700
    conn = sqlite3.connect(written)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert sorted(p.name for p in written.parent.iterdir()) == [written.name]  # no -wal, no .partial


def test_a_backup_made_while_writing_holds_what_was_committed(live: tuple[IvigDatabase, Session], nurse: Nurse) -> None:
    db, session = live
    note(db, session, nurse, "one")
    other = sqlite3.connect(db.path, isolation_level=None)  # a reader in the middle of its own transaction
    other.execute("BEGIN")
    other.execute("SELECT COUNT(*) FROM events").fetchone()
    written = backup_database(db, reason=MANUAL, now=T0)
    other.execute("COMMIT")
    other.close()
    assert notes_in(written) == ["one"]


def test_daily_backups_rotate_and_others_are_kept(live: tuple[IvigDatabase, Session]) -> None:
    db, _ = live
    backup_database(db, reason=PRE_MIGRATION, now=T0 - timedelta(days=100))
    backup_database(db, reason=MANUAL, now=T0 - timedelta(days=90))
    for day in range(KEEP_DAILY + 6):
        assert ensure_daily(db, T0 + timedelta(days=day)) is not None
    kept = list_backups(db.path)
    daily = [b.taken_at for b in kept if b.reason == DAILY]
    assert daily == [T0 + timedelta(days=d) for d in reversed(range(6, KEEP_DAILY + 6))]
    assert {b.reason for b in kept} == {DAILY, PRE_MIGRATION, MANUAL}


def test_two_backups_in_the_same_second_both_exist(live: tuple[IvigDatabase, Session]) -> None:
    db, _ = live
    first = backup_database(db, reason=MANUAL, now=T0)
    second = backup_database(db, reason=MANUAL, now=T0)
    assert first != second
    assert second.name == "ivig-20261124-070000-manual-2.db"
    assert [b.path for b in list_backups(db.path)] == [second, first]


def test_a_backup_cut_short_leaves_no_backup_and_is_cleaned_up(live: tuple[IvigDatabase, Session]) -> None:
    db, _ = live
    folder = backup_dir_for(db.path)
    folder.mkdir(mode=0o700)
    stale = folder / "ivig-20261124-065500-daily.db.partial"
    stale.write_bytes(b"half a backup")
    Path(f"{stale}-journal").write_bytes(b"its journal")
    orphan = folder / "ivig-20261124-065000-manual.db.partial-journal"
    orphan.write_bytes(b"a journal whose backup is gone")
    fresh = folder / "ivig-20261124-065959-manual.db"
    with backup_in_progress(fresh):  # another process is writing this one now
        assert list_backups(db.path) == []  # a .partial is never taken for a backup
        ensure_daily(db, T0)
        assert not stale.exists() and not Path(f"{stale}-journal").exists() and not orphan.exists()
        assert Path(f"{fresh}.partial").exists() and Path(f"{fresh}.partial-journal").exists()
    backup_database(db, reason=MANUAL, now=T0)  # its writer is gone: a leftover now
    assert sorted(p.name for p in folder.iterdir()) == [
        "ivig-20261124-070000-daily.db",
        "ivig-20261124-070000-manual.db",
    ]


def test_a_broken_backup_folder_does_not_stop_the_app(live: tuple[IvigDatabase, Session], nurse: Nurse) -> None:
    db, session = live
    note(db, session, nurse, "one")
    path = db.path
    db.close()
    backup_dir_for(path).write_text("a file where the backup folder should be")
    reopened = open_database(path, now=T0)
    assert reopened.read_only_reason is None and reopened.notices == []
    with pytest.raises(StoreError, match="The backup folder"):
        ensure_daily(reopened, T0)
    reopened.close()


def test_backup_file_reads_only_and_writes_where_asked(live: tuple[IvigDatabase, Session], tmp_path: Path) -> None:
    db, _ = live
    default = backup_file(db.path, now=T0)
    assert default == backup_dir_for(db.path) / "ivig-20261124-070000-manual.db"
    stick = tmp_path / "usb"
    stick.mkdir()
    assert backup_file(db.path, to=stick, now=T0) == stick / "ivig-20261124-070000-manual.db"
    named = tmp_path / "copy.db"
    assert backup_file(db.path, to=named, now=T0) == named
    with pytest.raises(StoreError, match="already exists; choose another name"):
        backup_file(db.path, to=named, now=T0)
    with pytest.raises(FileNotFoundError):
        backup_file(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_a_damaged_database_gives_no_backup(tmp_path: Path, live: tuple[IvigDatabase, Session]) -> None:
    db, _ = live
    db.close()
    damage(db.path)
    target = tmp_path / "copy.db"
    with pytest.raises(StoreError):
        backup_file(db.path, to=target)
    assert not target.exists()
    assert not target.with_name("copy.db.partial").exists()


# Restore


def test_restore_puts_back_the_backup_and_keeps_a_copy_of_what_was_there(
    live: tuple[IvigDatabase, Session], nurse: Nurse
) -> None:
    db, session = live
    note(db, session, nurse, "before the backup")
    chosen = backup_database(db, reason=MANUAL, now=T0)
    note(db, session, nurse, "after the backup")

    before = restore_backup(db, chosen, now=T0 + timedelta(minutes=5))

    assert before.name == "ivig-20261124-070500-before-restore.db"
    assert notes_in(before) == ["before the backup", "after the backup"]
    assert [e.payload["text"] for e in sessions.events(db, session.id)] == ["before the backup"]
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    other = sqlite3.connect(db.path)  # another connection sees the restored record
    assert other.execute("SELECT COUNT(*) FROM events").fetchone() == (1,)
    other.close()
    note(db, session, nurse, "after the restore")  # and the database takes new entries
    assert len(sessions.events(db, session.id)) == 2


def test_restore_refuses_a_damaged_backup_and_changes_nothing(live: tuple[IvigDatabase, Session], nurse: Nurse) -> None:
    db, session = live
    for n in range(40):
        note(db, session, nurse, f"note {n} " + "x" * 300)
    chosen = backup_database(db, reason=MANUAL, now=T0)
    damage(chosen)
    with pytest.raises(StoreError, match=r"is damaged .*; choose another"):
        restore_backup(db, chosen, now=T0)
    assert len(sessions.events(db, session.id)) == 40
    assert [b.reason for b in list_backups(db.path)] == [MANUAL]  # no before-restore copy was needed


def test_restore_refuses_what_is_not_an_ivig_database(live: tuple[IvigDatabase, Session], tmp_path: Path) -> None:
    db, _ = live
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StoreError, match="is not an IVIG Desktop database"):
        restore_backup(db, other, now=T0)


def test_restore_refuses_a_backup_from_a_newer_version(live: tuple[IvigDatabase, Session]) -> None:
    db, _ = live
    chosen = backup_database(db, reason=MANUAL, now=T0)
    conn = sqlite3.connect(chosen)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('ivig_desktop', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="made by a newer version"):
        restore_backup(db, chosen, now=T0)


def test_restore_into_a_read_only_database_is_refused(live: tuple[IvigDatabase, Session]) -> None:
    db, _ = live
    chosen = backup_database(db, reason=MANUAL, now=T0)
    db.read_only_reason = "It is in use by another IVIG Desktop (details unknown)."
    with pytest.raises(StoreError, match="Nothing was restored: this database is open read-only"):
        restore_backup(db, chosen, now=T0)


# Before a migration


def test_a_backup_is_taken_before_migrating(
    live: tuple[IvigDatabase, Session], nurse: Nurse, newer_version: MigrationSet
) -> None:
    db, session = live
    note(db, session, nurse, "recorded by the older version")
    path = db.path
    db.close()

    upgraded = open_database(path, now=T0)
    assert [m.name for m in newer_version.applied(upgraded)][-1] == "m999_rehearsal_sites"
    assert [e.payload["text"] for e in sessions.events(upgraded, session.id)] == ["recorded by the older version"]
    upgraded.close()

    reasons = {b.reason: b.path for b in list_backups(path)}
    assert set(reasons) == {PRE_MIGRATION}
    old = sqlite3.connect(reasons[PRE_MIGRATION])
    assert "m999_rehearsal_sites" not in [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")]
    assert old.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sites'").fetchone() == (0,)
    old.close()
    assert notes_in(reasons[PRE_MIGRATION]) == ["recorded by the older version"]


def test_no_migration_without_its_backup(
    live: tuple[IvigDatabase, Session], newer_version: MigrationSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = live
    path = db.path
    db.close()

    def refuse(*args: object, **kwargs: object) -> Path:
        raise StoreError("The backup folder could not be made: disk full.")

    monkeypatch.setattr(backup, "backup_database", refuse)
    with pytest.raises(StoreError, match="disk full"):
        open_database(path, now=T0)
    plain = Database(sqlite3.connect(path))
    assert "m999_rehearsal_sites" not in [m.name for m in newer_version.applied(plain)]
    plain.close()


def test_a_failed_migration_changes_nothing(live: tuple[IvigDatabase, Session], newer_version: MigrationSet) -> None:
    db, _ = live
    path = db.path
    db.close()

    @newer_version()
    def m999_zz_broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("bug in a migration")

    with pytest.raises(RuntimeError, match="bug in a migration"):
        open_database(path, now=T0)
    plain = Database(sqlite3.connect(path))
    applied = [m.name for m in newer_version.applied(plain)]
    assert "m999_rehearsal_sites" not in applied  # rolled back with the broken one after it
    assert "half_done" not in plain.table_names() and "sites" not in plain.table_names()
    plain.close()
