"""Opening a database in bad conditions: an empty file, a start cut short while making a new database, a database
from a newer version, a read-only folder or drive, a full disk, a file that is not a database."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from ivig_desktop import __version__
from ivig_desktop.cli import main
from ivig_desktop.domain.people import new_nurse_profile
from ivig_desktop.store import cipher, nurses
from ivig_desktop.store.check import check_database
from ivig_desktop.store.database import (
    CREATING,
    DatabaseDamagedError,
    EmptyDatabaseFileError,
    StoreError,
    open_database,
)
from tests.faults import in_a_mount_namespace, read_only_folder

from .conftest import T0


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def make_database(path: Path) -> None:
    db = open_database(path, now=T0)
    nurses.add_nurse(db, new_nurse_profile("Ana Lima", "RN"), T0)
    db.close()


# --- an empty file ------------------------------------------------------------------------------------------


def test_an_empty_file_is_not_silently_made_a_new_record(tmp_path: Path) -> None:
    empty = tmp_path / "ivig.db"
    empty.touch()
    with pytest.raises(EmptyDatabaseFileError, match=r"is empty \(0 bytes\).*a copy that failed"):
        open_database(empty, now=T0)
    assert empty.stat().st_size == 0
    assert files_in(tmp_path) == ["ivig.db"]  # no -wal, no lock, no backup: nothing was done to it


def test_an_empty_file_becomes_a_new_record_only_when_asked(tmp_path: Path) -> None:
    empty = tmp_path / "ivig.db"
    empty.touch()
    empty.chmod(0o600)
    db = open_database(empty, now=T0, accept_empty=True)
    try:
        assert db.read_only_reason is None
        assert nurses.list_nurses(db) == []
        assert "events" in db.table_names()
    finally:
        db.close()


def test_check_and_backup_call_an_empty_file_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "ivig.db"
    empty.touch()
    assert main(["check", "--db", str(empty)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"EMPTY: The database file {empty} is empty (0 bytes)") and out.count("\n") == 1
    assert main(["backup", "--db", str(empty)]) == 1
    assert "empty (0 bytes)" in capsys.readouterr().err


# --- a start cut short while making a new database ------------------------------------------------------


def test_a_new_database_appears_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ivig_desktop.store import database

    path = tmp_path / "ivig.db"

    def power_cut(path: Path, directory: bool = False) -> None:
        raise KeyboardInterrupt  # stands for the process ending before the rename

    monkeypatch.setattr(database, "_fsync", power_cut)
    with pytest.raises(KeyboardInterrupt):
        open_database(path, now=T0)
    assert not path.exists()
    monkeypatch.undo()
    leftover = tmp_path / f"ivig.db{CREATING}"
    leftover.write_bytes(b"half a database")  # what a kill -9 at that moment leaves
    (tmp_path / f"ivig.db{CREATING}-journal").write_bytes(b"its journal")
    make_database(path)
    assert files_in(tmp_path) == ["ivig.db", "ivig.db.head", "ivig.db.lock", "ivig.db.readers"]  # no .creating left
    assert check_database(path).sound


def test_a_database_whose_set_up_was_cut_short_is_not_called_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ivig.db"
    conn = sqlite3.connect(path)  # an earlier version killed after SQLite wrote the header, before the tables
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    assert main(["check", "--db", str(path)]) == 0
    assert capsys.readouterr().out.startswith(f"ok: {path}: integrity ok, no record yet")
    db = open_database(path, now=T0)  # and the app opens it fine
    try:
        assert "events" in db.table_names()
    finally:
        db.close()


# --- a newer version's database ----------------------------------------------------------------------------


def test_a_database_from_a_newer_version_opens_read_only_naming_both_versions(tmp_path: Path) -> None:
    path = tmp_path / "ivig.db"
    make_database(path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('ivig_desktop', 'm042_sites', '2027-05-01')"
    )
    conn.execute("CREATE TABLE sites (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    db = open_database(path, now=T0)
    try:
        reason = db.read_only_reason or ""
        assert "newer version of IVIG Desktop" in reason
        assert "m042_sites" in reason and __version__ in reason
        assert [n.name for n in nurses.list_nurses(db)] == ["Ana Lima"]  # readable
        with pytest.raises(StoreError, match=r"open read-only.*newer version"):
            nurses.add_nurse(db, new_nurse_profile("Bea", "RN"), T0)
    finally:
        db.close()
    assert path.read_bytes() == before


# --- read-only folder, read-only drive, full disk ------------------------------------------------------------


def test_a_database_in_a_read_only_folder_opens_read_only_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "ivig.db"
    make_database(path)
    for beside in ("ivig.db.head", "ivig.db.lock", "ivig.db.readers"):
        (folder / beside).unlink()
    assert files_in(folder) == ["ivig.db"]
    with read_only_folder(folder):
        db = open_database(path, now=T0)
        try:
            assert db.read_only_reason == (
                f"Its folder {folder} cannot be written (permission denied); ask for its permissions to be fixed."
            )
            assert [n.name for n in nurses.list_nurses(db)] == ["Ana Lima"]
        finally:
            db.close()


READ_ONLY_DRIVE = """
from ivig_desktop.domain.people import new_nurse_profile
from ivig_desktop.store import nurses
from ivig_desktop.store.database import open_database
path = MOUNT / "ivig.db"
db = open_database(path)
from datetime import UTC, datetime
nurses.add_nurse(db, new_nurse_profile("Ana Lima", "RN"), datetime.now(UTC))
db.close()
(MOUNT / "ivig.db.lock").unlink()
remount_ro()
db = open_database(path)
print(db.read_only_reason)
print([n.name for n in nurses.list_nurses(db)])
db.close()
"""


def test_a_database_on_a_read_only_drive_opens_read_only_and_says_so(tmp_path: Path) -> None:
    done = in_a_mount_namespace(READ_ONLY_DRIVE, tmp_path / "drive", size_kib=4096)
    assert done.returncode == 0, done.stderr
    reason, names = done.stdout.splitlines()
    assert reason.startswith("The drive holding it (") and "is read-only" in reason
    assert names == "['Ana Lima']"


FULL_DISK = """
import json
from ivig_desktop.store.database import StoreError, open_database
fill(LEAVE)
try:
    open_database(MOUNT / "sub" / "ivig.db" if SUB else MOUNT / "ivig.db").close()
    print(json.dumps("opened"))
except StoreError as error:
    print(json.dumps(str(error)))
"""


@pytest.mark.parametrize(("leave", "sub"), [(0, False), (16384, False), (40000, False), (100_000, False), (0, True)])
def test_a_full_disk_at_start_up_is_named_as_such(tmp_path: Path, leave: int, sub: bool) -> None:
    script = FULL_DISK.replace("LEAVE", str(leave)).replace("SUB", str(sub))
    done = in_a_mount_namespace(script, tmp_path / "drive", size_kib=256)
    assert done.returncode == 0, done.stderr  # a StoreError, never another exception
    said = json.loads(done.stdout)
    assert "disk is full" in said.lower(), said
    assert "drive removed" not in said


# --- files that are not databases -----------------------------------------------------------------------------


def test_a_text_file_whose_size_is_a_multiple_of_512_is_not_called_encrypted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.db"
    text.write_bytes((b"These are meeting notes, not a database.\n" * 100)[:1024])
    zeros = tmp_path / "zeros.db"
    zeros.write_bytes(bytes(4096))
    for path in (text, zeros):
        assert not cipher.file_is_encrypted(path)
        with pytest.raises(DatabaseDamagedError):
            open_database(path, now=T0)
        assert main(["check", "--db", str(path)]) == 1
        out = capsys.readouterr().out
        assert out.startswith("DAMAGED:") and "encrypted" not in out
    noise = tmp_path / "encrypted.db"
    noise.write_bytes(os.urandom(4096))  # what an SQLCipher file looks like
    assert cipher.file_is_encrypted(noise)


def test_a_real_encrypted_database_is_still_recognised(tmp_path: Path) -> None:
    path = tmp_path / "e.db"
    open_database(path, now=T0, passphrase="a long passphrase, 12+").close()
    assert cipher.file_is_encrypted(path)


def test_lots_and_export_exit_non_zero_on_a_damaged_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ivig_desktop.domain.clock import FakeClock
    from tests.faults import damage
    from tests.reports.builder import full_session

    path = tmp_path / "ivig.db"
    full_session(path, FakeClock(T0)).close()
    damage(path)
    assert main(["check", "--db", str(path)]) == 1
    assert capsys.readouterr().out.startswith("DAMAGED:")
    assert main(["lots", "ANY-LOT", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and err.count("\n") == 1
    out = tmp_path / "out"
    assert main(["export", "--db", str(path), "--since", "2020-01-01", "--format", "csv", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and err.count("\n") == 1
    assert not out.exists()


def test_encrypting_an_empty_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "ivig.db"
    empty.touch()
    key = tmp_path / "key.txt"
    key.write_text("a long enough passphrase\n", encoding="utf-8")
    key.chmod(0o600)
    assert main(["encrypt", "--db", str(empty), "--passphrase-file", str(key)]) == 1
    assert "is empty (0 bytes)" in capsys.readouterr().err
    assert empty.stat().st_size == 0
