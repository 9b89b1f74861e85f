"""d-faults' command-line `restore` and `change-passphrase` keep c-chain's guarantees, as the app's own restore does:
a backup altered outside the app is not restored; a restore is noted in the record's chain (a new origin naming the
backup and the entries that left the record), so the next start does not report lost entries; a copy re-encrypted
with a new passphrase verifies as the original did."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from ivig_desktop.store import cipher
from ivig_desktop.store.backup import backup_file
from ivig_desktop.store.database import open_database, raw_connect
from tests.test_maintenance import T0, run
from tests.test_restore_cli import NEW, PASSPHRASE, add_a_note, db_path, key, notes

__all__ = ["db_path"]  # the fixture, shared with tests/test_restore_cli.py


def origins(path: Path, passphrase: str | None = None) -> list[tuple[str, dict[str, object]]]:
    db = Database(raw_connect(path, read_only=True, passphrase=passphrase))
    try:
        return [(str(r), json.loads(d)) for r, d in db.execute("SELECT reason, detail FROM origins ORDER BY id")]
    finally:
        db.close()


def test_a_restore_is_noted_in_the_chain_and_not_taken_for_a_loss(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    taken = backup_file(db_path, now=T0)
    add_a_note(db_path, "written after the backup")  # the head file now names an entry the backup lacks
    assert run(capsys, "restore", str(taken), "--db", str(db_path))[0] == 0
    (reason, detail), *_ = origins(db_path)[-1:]
    assert reason == "restore" and detail["backup"] == taken.name
    left = detail["left_out"]
    assert isinstance(left, dict) and left["to_seq"] == left["after_seq"] + 1  # the one note written after it
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert code == 0 and "chain ok" in out, out
    db = open_database(db_path, now=T0)
    try:
        assert db.notices == []  # no 'saved entries are missing' at the next start
    finally:
        db.close()


def test_a_backup_altered_outside_the_app_is_not_restored(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    taken = backup_file(db_path, now=T0)
    conn = sqlite3.connect(taken, isolation_level=None)
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'events_no_update'").fetchone()[0]
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("""UPDATE events SET payload = '{"text":"no fever"}' WHERE id = 1""")
    conn.execute(trigger)
    conn.close()
    bytes_before = db_path.read_bytes()
    code, _, err = run(capsys, "restore", str(taken), "--db", str(db_path))
    assert code == 1
    assert f"The backup {taken.name} was altered outside IVIG Desktop (events row 1" in err and err.count("\n") == 1
    assert db_path.read_bytes() == bytes_before


def test_change_passphrase_keeps_a_record_that_verifies(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    old_file = key(tmp_path, PASSPHRASE)
    assert run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(old_file))[0] == 0
    before = notes(db_path, PASSPHRASE)
    new_file = key(tmp_path, NEW, "new.txt")
    code, _, err = run(
        capsys,
        "change-passphrase",
        "--db",
        str(db_path),
        "--passphrase-file",
        str(old_file),
        "--new-passphrase-file",
        str(new_file),
    )
    assert (code, err) == (0, "")
    assert notes(db_path, NEW) == before
    code, out, _ = run(capsys, "check", "--db", str(db_path), "--passphrase-file", str(new_file))
    assert code == 0 and "chain ok" in out, out


def test_change_passphrase_keeps_an_alteration_in_view(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    """A record already altered outside the app may be re-encrypted; the copy shows the same alteration (the
    conversion neither refuses the nurse's record nor hides what was done to it)."""
    old_file = key(tmp_path, PASSPHRASE)
    assert run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(old_file))[0] == 0
    conn = cipher.connect(db_path, passphrase=PASSPHRASE)
    conn.isolation_level = None
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'events_no_update'").fetchone()[0]
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("""UPDATE events SET payload = '{"text":"no fever"}' WHERE id = 1""")
    conn.execute(trigger)
    conn.close()
    altered = run(capsys, "check", "--db", str(db_path), "--passphrase-file", str(old_file))
    assert altered[0] == 1 and altered[1].startswith("ALTERED: ")
    new_file = key(tmp_path, NEW, "new.txt")
    args = ["--db", str(db_path), "--passphrase-file", str(old_file), "--new-passphrase-file", str(new_file)]
    assert run(capsys, "change-passphrase", *args)[0] == 0
    after = run(capsys, "check", "--db", str(db_path), "--passphrase-file", str(new_file))
    assert after[0] == 1 and after[1] == altered[1]
