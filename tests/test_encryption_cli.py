"""`ivig-desktop encrypt` / `decrypt`, and `check` / `backup` on an encrypted database.

Encrypting replaces the plain file by a verified encrypted copy (nothing plain is left of the database itself),
writes an encrypted backup, and lists the older plain backups, deleting them only when asked. It refuses
while IVIG Desktop has the database open, a damaged database, and a passphrase under 12 characters; whatever it
refuses, the file is unchanged.
"""

from __future__ import annotations

import getpass
import stat
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from ivig_desktop.store import cipher, sessions
from ivig_desktop.store.backup import backup_is_encrypted, list_backups
from ivig_desktop.store.database import WRONG_PASSPHRASE, backup_dir_for, open_database, raw_connect
from tests.faults import ChildProcess, damage, other_instance
from tests.store.migration_count import migration_count
from tests.test_maintenance import populate, run

PASSPHRASE = "a long enough passphrase"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A plain database as the app leaves it: 3 sessions, 6 events, closed."""
    path = tmp_path / "clinic" / "ivig.db"
    db = open_database(path)
    populate(db)
    db.close()
    return path


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret" / "passphrase.txt"
    path.parent.mkdir(mode=0o700)
    path.write_text(PASSPHRASE + "\nsecond line ignored\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def record(path: Path, passphrase: str | None = None) -> list[object]:
    """Every session's events, read without the app's start-up (which would take a daily backup)."""
    db = Database(raw_connect(path, read_only=True, passphrase=passphrase))
    try:
        return [sessions.events(db, h.id) for h in sessions.active_headers(db)]
    finally:
        db.close()


def test_encrypt_replaces_the_file_by_an_encrypted_copy_holding_the_same_record(
    capsys: pytest.CaptureFixture[str], db_path: Path, key_file: Path
) -> None:
    before = record(db_path)
    assert run(capsys, "backup", "--db", str(db_path))[0] == 0  # a plain backup from before
    [plain_backup] = [b.path for b in list_backups(db_path)]
    code, out, err = run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        f"encrypted: {db_path} (SQLCipher 4: AES-256; key from the passphrase by PBKDF2-HMAC-SHA512, "
        "256,000 iterations). Without the passphrase it cannot be read: keep it safe."
    )
    assert lines[1].startswith(f"encrypted backup: {backup_dir_for(db_path)}")
    assert lines[2].startswith("still plain (NOT encrypted): 1 backup from before")
    assert lines[3] == f"  {plain_backup}"
    assert cipher.file_is_encrypted(db_path)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["backups", "ivig.db", "ivig.db.head", "ivig.db.lock"]
    assert backup_is_encrypted(Path(lines[1].removeprefix("encrypted backup: ")))
    assert record(db_path, PASSPHRASE) == before
    code, out, _ = run(capsys, "check", "--db", str(db_path), "--passphrase-file", str(key_file))
    assert code == 0
    assert out.startswith(f"ok: {db_path}: integrity ok, foreign keys ok, chain ok ({12 + migration_count()} entries, ")
    assert out.endswith(", 3 sessions, 6 events, encrypted\n")


def test_encrypt_can_remove_the_plain_backups(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "backup", "--db", str(db_path))
    [plain_backup] = [b.path for b in list_backups(db_path)]
    monkeypatch.setenv("IVIG_DESKTOP_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "encrypt", "--db", str(db_path), "--remove-plain-backups")
    assert code == 0
    assert f"deleted plain backup: {plain_backup}" in out.splitlines()
    assert "still plain" not in out
    remaining = list_backups(db_path)
    assert len(remaining) == 1 and backup_is_encrypted(remaining[0].path)


def test_encrypting_again_changes_nothing_but_can_still_remove_plain_backups(
    capsys: pytest.CaptureFixture[str], db_path: Path, key_file: Path, tmp_path: Path
) -> None:
    run(capsys, "backup", "--db", str(db_path))
    assert run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))[0] == 0
    encrypted = db_path.read_bytes()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("another long passphrase\n")
    wrong.chmod(0o600)
    code, out, err = run(
        capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(wrong), "--remove-plain-backups"
    )
    assert (code, out) == (1, "")
    assert err.startswith(f"ivig-desktop encrypt: {WRONG_PASSPHRASE}")
    assert len(list_backups(db_path)) == 2  # nothing deleted with a wrong passphrase
    code, out, _ = run(
        capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file), "--remove-plain-backups"
    )
    assert code == 0
    assert out.startswith(f"already encrypted: {db_path}")
    assert "deleted plain backup:" in out
    assert db_path.read_bytes() == encrypted


def test_encrypt_refuses_a_short_passphrase(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = db_path.read_bytes()
    monkeypatch.setenv("IVIG_DESKTOP_PASSPHRASE", "too short")
    code, out, err = run(capsys, "encrypt", "--db", str(db_path))
    assert (code, out) == (2, "")
    assert err == (
        "ivig-desktop encrypt: The passphrase must have at least 12 characters (it has 9). Nothing was changed.\n"
    )
    assert db_path.read_bytes() == original


def test_encrypt_refuses_while_the_app_has_the_database_open(
    capsys: pytest.CaptureFixture[str], db_path: Path, key_file: Path
) -> None:
    app = other_instance(db_path)
    try:
        original = db_path.read_bytes()
        code, out, err = run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))
    finally:
        app.stop()
    assert (code, out) == (1, "")
    assert err.startswith(f"ivig-desktop encrypt: Nothing was changed: {db_path} is in use by another IVIG Desktop")
    assert err.endswith("Close it, then try again.\n")
    assert db_path.read_bytes() == original
    assert not cipher.file_is_encrypted(db_path)


def test_encrypt_refuses_a_damaged_database(capsys: pytest.CaptureFixture[str], db_path: Path, key_file: Path) -> None:
    damaged = damage(db_path)
    code, out, err = run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))
    assert (code, out) == (1, "")
    assert err.startswith(f"ivig-desktop encrypt: The database file {db_path} is damaged")
    assert db_path.read_bytes() == damaged
    assert not list(db_path.parent.glob("*.converting"))


def test_encrypt_keeps_what_a_crash_left_in_the_write_ahead_log(
    capsys: pytest.CaptureFixture[str], db_path: Path, key_file: Path
) -> None:
    """The app was killed: the last entries are only in ivig.db-wal. They are in the encrypted file."""
    child = ChildProcess(
        f"""
        import os, sqlite3
        conn = sqlite3.connect({str(db_path)!r})
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("INSERT INTO nurses (name, credentials, created_at) VALUES ('Late Nurse', 'RN', 't')")
        conn.commit()
        print("ready", flush=True)
        os._exit(0)  # no checkpoint, no clean close
        """
    )
    child.stop()
    assert Path(f"{db_path}-wal").stat().st_size > 0
    assert run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))[0] == 0
    assert not Path(f"{db_path}-wal").exists()
    db = open_database(db_path, passphrase=PASSPHRASE)
    try:
        assert db.execute("SELECT name FROM nurses ORDER BY id").fetchall() == [("Ana Lima",), ("Late Nurse",)]
    finally:
        db.close()


def test_encrypt_needs_a_passphrase(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    code, _, err = run(capsys, "encrypt", "--db", str(db_path))
    assert code == 2
    assert err == (
        "ivig-desktop encrypt: give the passphrase with --passphrase-file PATH or $IVIG_DESKTOP_PASSPHRASE "
        "(nothing was changed).\n"
    )
    missing = tmp_path / "missing.txt"
    code, _, err = run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(missing))
    assert code == 2
    assert err == f"ivig-desktop encrypt: the passphrase file {missing} does not exist.\n"
    assert not cipher.file_is_encrypted(db_path)


def test_encrypt_asks_twice_on_a_terminal(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    typed = iter([PASSPHRASE, PASSPHRASE + "x", PASSPHRASE, PASSPHRASE])
    monkeypatch.setattr(getpass, "getpass", lambda prompt: next(typed))
    code, _, err = run(capsys, "encrypt", "--db", str(db_path))
    assert (code, err) == (2, "ivig-desktop encrypt: the two passphrases differ (nothing was changed).\n")
    assert run(capsys, "encrypt", "--db", str(db_path))[0] == 0
    assert record(db_path, PASSPHRASE)


def test_a_passphrase_file_readable_by_others_is_warned_about(
    capsys: pytest.CaptureFixture[str], db_path: Path, key_file: Path
) -> None:
    key_file.chmod(0o644)
    code, _, err = run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))
    assert code == 0
    assert "can be read by other users; make it readable by its owner only (chmod 600)" in err


def test_check_and_backup_of_an_encrypted_database_need_its_passphrase(
    capsys: pytest.CaptureFixture[str], db_path: Path, key_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))
    code, out, err = run(capsys, "check", "--db", str(db_path))
    assert (code, out) == (2, "")
    assert err.startswith(f"ivig-desktop check: The database {db_path} is encrypted: it needs its passphrase")
    monkeypatch.setenv("IVIG_DESKTOP_PASSPHRASE", "not the right one")
    code, _, err = run(capsys, "check", "--db", str(db_path))
    assert code == 2
    assert err == f"ivig-desktop check: {WRONG_PASSPHRASE} The database {db_path} has not been changed.\n"
    code, _, err = run(capsys, "backup", "--db", str(db_path))
    assert code == 1
    assert err.startswith(f"ivig-desktop backup: {WRONG_PASSPHRASE}")
    monkeypatch.setenv("IVIG_DESKTOP_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "backup", "--db", str(db_path))
    assert code == 0
    assert backup_is_encrypted(Path(out.strip()))
    assert run(capsys, "check", "--db", out.strip())[2] == ""  # the backup checks with the same passphrase


def test_decrypt_gives_back_a_plain_file_with_the_same_record(
    capsys: pytest.CaptureFixture[str], db_path: Path, key_file: Path
) -> None:
    before = record(db_path)
    run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))
    code, out, err = run(capsys, "decrypt", "--db", str(db_path), "--passphrase-file", str(key_file))
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        f"decrypted: {db_path} is a plain SQLite file now: anyone who can read the file can read the record."
    )
    assert "still encrypted: 1 backup (they open only with the passphrase)" in out
    assert not cipher.file_is_encrypted(db_path)
    assert record(db_path) == before
    assert run(capsys, "check", "--db", str(db_path))[1].endswith("3 sessions, 6 events\n")
    code, out, _ = run(capsys, "decrypt", "--db", str(db_path), "--passphrase-file", str(key_file))
    assert (code, out) == (0, f"not encrypted: {db_path} (nothing was changed)\n")


def test_decrypt_with_a_wrong_passphrase_changes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, key_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))
    encrypted = db_path.read_bytes()
    monkeypatch.setenv("IVIG_DESKTOP_PASSPHRASE", "not the right one")
    code, out, err = run(capsys, "decrypt", "--db", str(db_path))
    assert (code, out) == (1, "")
    assert err.startswith(f"ivig-desktop decrypt: {WRONG_PASSPHRASE}")
    assert db_path.read_bytes() == encrypted


def test_the_gui_refuses_a_missing_passphrase_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "none.txt"
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "--passphrase-file", str(missing))
    assert code == 2
    assert err == f"ivig-desktop --passphrase-file: error: the passphrase file {missing} does not exist\n"
    assert not (tmp_path / "x.db").exists()


def test_encrypt_refuses_while_another_program_reads_the_database(
    capsys: pytest.CaptureFixture[str], db_path: Path, key_file: Path
) -> None:
    reader = ChildProcess(
        f"""
        import sqlite3, sys
        conn = sqlite3.connect({db_path.resolve().as_uri() + "?mode=ro"!r}, uri=True)
        conn.execute("SELECT COUNT(*) FROM events").fetchone()
        print("ready", flush=True)
        sys.stdin.read()
        """
    )
    try:
        original = db_path.read_bytes()
        code, out, err = run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))
    finally:
        reader.stop()
    assert (code, out) == (1, "")
    assert err == (
        f"ivig-desktop encrypt: Nothing was changed: another program has {db_path} open (a check or a backup?). "
        "Let it finish, then try again.\n"
    )
    assert db_path.read_bytes() == original
    assert run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))[0] == 0


@pytest.mark.parametrize(
    ("damage_copy", "problem"),
    [
        (
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('x', 'm000_extra', 'now')",
            "the number of rows differs",
        ),
        ("DROP TRIGGER events_no_delete", "the schema differs"),
        ("PRAGMA user_version = 9", "user_version differs"),
    ],
)
def test_a_copy_that_fails_its_verification_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    key_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    damage_copy: str,
    problem: str,
) -> None:
    export = cipher.export

    def lossy_export(source: Path, old: str | None, target: Path, new: str | None) -> None:
        export(source, old, target, new)
        conn = cipher.connect(target, passphrase=new)
        conn.execute(damage_copy)
        conn.commit()
        conn.close()

    monkeypatch.setattr(cipher, "export", lossy_export)
    original = db_path.read_bytes()
    code, out, err = run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))
    assert (code, out) == (1, "")
    assert err == (f"ivig-desktop encrypt: Nothing was changed: the converted copy failed its check ({problem}).\n")
    assert db_path.read_bytes() == original
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["ivig.db", "ivig.db.head", "ivig.db.lock"]


def test_a_failed_first_backup_is_reported_but_the_database_is_encrypted(
    capsys: pytest.CaptureFixture[str], db_path: Path, key_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ivig_desktop.store import backup
    from ivig_desktop.store.database import StoreError

    def full(*args: object, **kwargs: object) -> Path:
        raise StoreError("The disk is full.")

    monkeypatch.setattr(backup, "backup_file", full)
    code, out, err = run(capsys, "encrypt", "--db", str(db_path), "--passphrase-file", str(key_file))
    assert code == 0
    assert out.startswith(f"encrypted: {db_path}")
    assert err == (
        "ivig-desktop encrypt: warning: done, but the first backup could not be written: The disk is full. "
        "Take one with `ivig-desktop backup` once the problem is fixed.\n"
    )
    assert cipher.file_is_encrypted(db_path)
