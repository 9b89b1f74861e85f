"""Backups when things go wrong: a database locked by another program, leftovers of backups cut short, a new
backups folder made durable, an empty file or a database that is not IVIG Desktop's."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

from ivig_desktop.cli import main
from ivig_desktop.domain.people import Nurse
from ivig_desktop.store import copying
from ivig_desktop.store.backup import MANUAL, backup_database, backup_file, list_backups
from ivig_desktop.store.database import IvigDatabase, StoreError, backup_dir_for
from tests.faults import backup_in_progress, exclusive_lock_elsewhere

from .conftest import T0


class TickingClock:
    """A monotonic clock that moves one second each time it is read: a timeout passes without waiting for it."""

    def __init__(self) -> None:
        self.reads = itertools.count()

    def __call__(self) -> float:
        return float(next(self.reads))


def leftovers_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".partial" in p.name) if folder.exists() else []


def test_a_backup_gives_up_when_another_program_holds_an_exclusive_lock(db: IvigDatabase, nurse: Nurse) -> None:
    path = db.path
    db.close()
    clock = TickingClock()
    with exclusive_lock_elsewhere(path), pytest.raises(StoreError) as refused:
        backup_file(path, timeout_s=5, monotonic=clock)
    assert "another program has kept the database locked for 5 seconds" in str(refused.value)
    assert "Nothing was written" in str(refused.value)
    assert leftovers_in(backup_dir_for(path)) == []  # no empty .partial left behind
    assert list_backups(path) == []
    assert backup_file(path).exists()  # once it lets go, the backup works


def test_the_backup_command_says_so_in_one_line(
    db: IvigDatabase, nurse: Nurse, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = db.path
    db.close()
    monkeypatch.setattr(copying, "BACKUP_TIMEOUT_S", 0.2)
    with exclusive_lock_elsewhere(path):
        assert main(["backup", "--db", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "locked for 0.2 seconds" in captured.err


def test_a_backup_reports_its_progress(db: IvigDatabase, nurse: Nurse) -> None:
    heard: list[tuple[int, int]] = []
    backup_database(db, reason=MANUAL, now=T0, progress=lambda done, total: heard.append((done, total)))
    assert heard and heard[-1][0] == heard[-1][1] > 0


def test_a_progress_callback_can_stop_a_backup(db: IvigDatabase, nurse: Nurse) -> None:
    class CancelledError(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise CancelledError

    with pytest.raises(CancelledError):
        backup_database(db, reason=MANUAL, now=T0, progress=cancel)
    assert list_backups(db.path) == []
    assert leftovers_in(backup_dir_for(db.path)) == []


def test_every_path_that_backs_up_cleans_the_leftovers_of_backups_cut_short(
    db: IvigDatabase, nurse: Nurse, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    for folder in (backup_dir_for(db.path), elsewhere):
        folder.mkdir(exist_ok=True)
        (folder / "ivig-20261120-070000-daily.db.partial").write_bytes(b"x" * 4096)
        (folder / "ivig-20261120-070000-daily.db.partial-journal").write_bytes(b"j" * 512)
        (folder / "ivig-20261121-070000-manual-2.db.partial-journal").write_bytes(b"orphan")
    (elsewhere / "holiday-video.partial").write_bytes(b"another program's download")  # not ours: kept
    (elsewhere / "given-name.db.partial").write_bytes(b"a --to file cut short")

    backup_database(db, reason=MANUAL, now=T0)
    assert leftovers_in(backup_dir_for(db.path)) == []

    backup_file(db.path, to=elsewhere, now=T0)
    assert leftovers_in(elsewhere) == ["given-name.db.partial", "holiday-video.partial"]
    backup_file(db.path, to=elsewhere / "given-name.db", now=T0)  # its own leftover goes
    assert leftovers_in(elsewhere) == ["holiday-video.partial"]


def test_a_backup_being_written_by_another_process_is_left_alone(db: IvigDatabase, nurse: Nurse) -> None:
    folder = backup_dir_for(db.path)
    folder.mkdir()
    busy = folder / "ivig-20261124-070000-manual.db"
    with backup_in_progress(busy):
        second = backup_database(db, reason=MANUAL, now=T0)
        assert second.name == "ivig-20261124-070000-manual-2.db"
        assert leftovers_in(folder) == [busy.name + ".partial", busy.name + ".partial-journal"]


def test_a_new_backups_folder_is_flushed_into_the_database_folder(
    db: IvigDatabase, nurse: Nurse, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[tuple[Path, bool]] = []
    real = copying.fsync_path

    def spy(path: Path, directory: bool = False) -> None:
        flushed.append((Path(path), directory))
        real(path, directory)

    monkeypatch.setattr(copying, "fsync_path", spy)
    written = backup_database(db, reason=MANUAL, now=T0)
    assert flushed.index((db.path.parent, True)) < flushed.index((written.parent, True))
    flushed.clear()
    backup_database(db, reason=MANUAL, now=T0)  # the folder exists: no need again
    assert (db.path.parent, True) not in flushed


def test_an_empty_file_is_not_backed_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "ivig.db"
    empty.touch()
    with pytest.raises(StoreError, match=r"is empty \(0 bytes\)"):
        backup_file(empty)
    assert main(["backup", "--db", str(empty)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "empty (0 bytes)" in err
    assert not backup_dir_for(empty).exists()


def test_a_database_that_is_not_ivig_desktops_is_not_backed_up(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="holds no IVIG Desktop record"):
        backup_file(other)
