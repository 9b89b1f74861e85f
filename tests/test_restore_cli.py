"""`ivig-desktop restore BACKUP` and `ivig-desktop change-passphrase`, with IVIG Desktop closed.

Restore verifies the backup, keeps the database as it was (a verified copy, or its bytes when damaged), and
refuses while any IVIG Desktop has the database open. Change-passphrase re-encrypts the database with the new
passphrase (the old one no longer opens it), writes a backup, reseals the recovery drafts, and re-encrypts the
older backups only when asked. Whatever they refuse, the database is unchanged.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from ivig_desktop.domain.session import add_note
from ivig_desktop.store import cipher, sessions
from ivig_desktop.store.backup import BEFORE_RESTORE, backup_file, backup_is_encrypted, list_backups
from ivig_desktop.store.database import open_database, raw_connect
from ivig_desktop.ui.recovery import Drafts
from tests.faults import ChildProcess, damage, other_instance
from tests.test_maintenance import T0, populate, run

PASSPHRASE = "a long enough passphrase"
NEW = "another long passphrase"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "clinic" / "ivig.db"
    db = open_database(path, now=T0)
    populate(db)
    db.close()
    return path


def key(tmp_path: Path, text: str, name: str = "key.txt") -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def notes(path: Path, passphrase: str | None = None) -> list[str]:
    db = Database(raw_connect(path, read_only=True, passphrase=passphrase))
    try:
        return [str(e.payload.get("text")) for h in sessions.headers(db) for e in sessions.events(db, h.id)]
    finally:
        db.close()


def add_a_note(path: Path, text: str, passphrase: str | None = None) -> None:
    db = open_database(path, now=T0, passphrase=passphrase)
    try:
        header = sessions.headers(db)[0]
        session = sessions.load(db, header.id)
        sessions.append(db, header.id, header.opened_by, add_note(session, text, T0), T0)
    finally:
        db.close()


def test_restore_puts_the_backup_back_and_keeps_the_database_as_it_was(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    taken = backup_file(db_path, now=T0)
    before = notes(db_path)
    add_a_note(db_path, "written after the backup")
    code, out, err = run(capsys, "restore", str(taken), "--db", str(db_path))
    assert (code, err) == (0, "")
    assert notes(db_path) == before
    [kept] = [b for b in list_backups(db_path) if b.reason == BEFORE_RESTORE]
    assert out == f"restored: {db_path} from {taken}\nthe database as it was: {kept.path} (a verified copy)\n"
    assert sorted(notes(kept.path)) == sorted([*before, "written after the backup"])  # nothing is lost by restoring
    assert run(capsys, "check", "--db", str(db_path))[0] == 0


def test_restore_refuses_while_the_app_has_the_database_open(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    taken = backup_file(db_path, now=T0)
    add_a_note(db_path, "after")
    bytes_before = db_path.read_bytes()
    app = other_instance(db_path)
    try:
        code, _, err = run(capsys, "restore", str(taken), "--db", str(db_path))
    finally:
        app.stop()
    assert code == 1 and "is open in IVIG Desktop" in err and err.count("\n") == 1
    assert db_path.read_bytes() == bytes_before


def test_restore_refuses_while_a_read_only_instance_has_it_open(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    taken = backup_file(db_path, now=T0)
    reader = ChildProcess(
        f"""
        import sys
        from pathlib import Path
        from ivig_desktop.store import lock
        held = lock.hold_open(Path({str(db_path)!r}))  # what every IVIG Desktop holds while it has it open
        print("ready", flush=True)
        sys.stdin.read()
        """
    )
    try:
        code, _, err = run(capsys, "restore", str(taken), "--db", str(db_path))
    finally:
        reader.stop()
    assert code == 1 and "(read-only)" in err
    assert run(capsys, "restore", str(taken), "--db", str(db_path))[0] == 0  # once it is closed


def test_restore_of_a_damaged_database_keeps_its_bytes(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    taken = backup_file(db_path, now=T0)
    good = notes(db_path)
    damaged = damage(db_path)
    assert run(capsys, "check", "--db", str(db_path))[0] == 1
    code, out, _ = run(capsys, "restore", str(taken), "--db", str(db_path))
    assert code == 0 and "(it was damaged)" in out
    [kept] = [b for b in list_backups(db_path) if b.reason == BEFORE_RESTORE]
    assert kept.path.read_bytes() == damaged
    assert notes(db_path) == good
    assert run(capsys, "check", "--db", str(db_path))[0] == 0


def test_restore_leaves_no_old_write_ahead_log_beside_the_new_file(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    taken = backup_file(db_path, now=T0)
    crashed = ChildProcess(  # the app killed with entries still in the -wal
        f"""
        import os
        from pathlib import Path
        from ivig_desktop.store import sessions
        from ivig_desktop.store.database import open_database
        from ivig_desktop.domain.session import add_note
        from tests.test_maintenance import T0
        db = open_database(Path({str(db_path)!r}), now=T0)
        header = sessions.headers(db)[0]
        sessions.append(db, header.id, header.opened_by, add_note(sessions.load(db, header.id), "in the wal", T0), T0)
        print("ready", flush=True)
        os._exit(0)
        """
    )
    crashed.stop()
    assert Path(f"{db_path}-wal").exists()
    assert run(capsys, "restore", str(taken), "--db", str(db_path))[0] == 0
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0
    assert "in the wal" not in notes(db_path)
    [kept] = [b for b in list_backups(db_path) if b.reason == BEFORE_RESTORE]
    assert "in the wal" in notes(kept.path)  # kept with the database as it was


def test_restore_refuses_a_bad_backup_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    bytes_before = db_path.read_bytes()
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    broken = tmp_path / "broken.db"
    shutil.copyfile(backup_file(db_path, now=T0), broken)
    damage(broken)
    for bad, words in ((other, "not an IVIG Desktop database"), (broken, "is damaged")):
        code, _, err = run(capsys, "restore", str(bad), "--db", str(db_path))
        assert code == 1 and words in err, err
    assert run(capsys, "restore", str(tmp_path / "missing.db"), "--db", str(db_path))[0] == 2
    assert db_path.read_bytes() == bytes_before
    assert [b.reason for b in list_backups(db_path)] == ["manual"]  # no before-restore copy was needed


def test_restore_into_an_encrypted_database(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    plain_backup = backup_file(db_path, now=T0)
    passphrase_file = key(tmp_path, PASSPHRASE)
    assert run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(passphrase_file))[0] == 0
    before = notes(db_path, PASSPHRASE)
    add_a_note(db_path, "after", PASSPHRASE)
    assert run(capsys, "restore", str(plain_backup), "--db", str(db_path))[0] == 2  # no passphrase
    code, _, err = run(
        capsys, "restore", str(plain_backup), "--db", str(db_path), "--passphrase-file", str(passphrase_file)
    )
    assert code == 0, err
    assert cipher.file_is_encrypted(db_path)  # a plain backup is encrypted on the way in
    assert notes(db_path, PASSPHRASE) == before


def test_change_passphrase(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    old_file, new_file = key(tmp_path, PASSPHRASE, "old.txt"), key(tmp_path, NEW, "new.txt")
    assert run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(old_file))[0] == 0
    record = notes(db_path, PASSPHRASE)
    older = [b.path for b in list_backups(db_path) if backup_is_encrypted(b.path)]
    drafts = Drafts.for_database(db_path, PASSPHRASE)
    drafts.save("session-1-note", {"text": "waiting to be saved"})
    argv = ["change-passphrase", "--db", str(db_path), "--passphrase-file", str(old_file)]
    code, out, err = run(capsys, *argv, "--new-passphrase-file", str(new_file))
    assert code == 0, err
    assert notes(db_path, NEW) == record
    with pytest.raises(cipher.WrongKeyError):
        cipher.connect(db_path, passphrase=PASSPHRASE, read_only=True)
    assert "recovery drafts sealed with the new passphrase: 1" in out
    assert Drafts.for_database(db_path, NEW).load("session-1-note") == {"text": "waiting to be saved"}
    assert Drafts.for_database(db_path, PASSPHRASE).load("session-1-note") is None
    assert "still with the OLD passphrase: 1 older backup" in out and str(older[0]) in out
    # Again, the older backups too this time.
    back = ["change-passphrase", "--db", str(db_path), "--passphrase-file", str(new_file)]
    code, out, err = run(capsys, *back, "--new-passphrase-file", str(old_file), "--reencrypt-backups")
    assert code == 0, err
    assert "re-encrypted with the new passphrase" in out
    for item in list_backups(db_path):
        if backup_is_encrypted(item.path) and item.path != older[0]:
            cipher.connect(item.path, passphrase=PASSPHRASE, read_only=True).close()


def test_change_passphrase_refusals_change_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    old_file = key(tmp_path, PASSPHRASE, "old.txt")
    assert run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(old_file))[0] == 0
    bytes_before = db_path.read_bytes()
    wrong, weak, new = (
        key(tmp_path, "not the passphrase", "w.txt"),
        key(tmp_path, "short", "s.txt"),
        key(tmp_path, NEW, "n.txt"),
    )
    base = ["change-passphrase", "--db", str(db_path), "--new-passphrase-file"]
    assert run(capsys, *base, str(new), "--passphrase-file", str(wrong))[0] == 1
    assert run(capsys, *base, str(weak), "--passphrase-file", str(old_file))[0] == 2
    app = other_instance(db_path, PASSPHRASE)
    try:
        code, _, err = run(capsys, *base, str(new), "--passphrase-file", str(old_file))
    finally:
        app.stop()
    assert code == 1 and "in use" in err
    assert db_path.read_bytes() == bytes_before or notes(db_path, PASSPHRASE)  # (the app's start may add a backup)
    cipher.connect(db_path, passphrase=PASSPHRASE, read_only=True).close()
