"""`ivig-desktop check` and `ivig-desktop backup`: one line each, exit codes, never a database created."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ivig_desktop.cli import main
from ivig_desktop.domain.people import new_nurse_profile, new_patient_details
from ivig_desktop.domain.session import Session, add_note
from ivig_desktop.store import nurses, patients, sessions
from ivig_desktop.store.database import IvigDatabase, backup_dir_for, open_database
from tests.faults import damage
from tests.store.migration_count import migration_count

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


def populate(db: IvigDatabase, n_sessions: int = 3, notes_each: int = 2) -> None:
    nurse = nurses.add_nurse(db, new_nurse_profile("Ana Lima", "RN"), T0)
    details = new_patient_details(
        family_name="Doe",
        given_name="Jane",
        date_of_birth="1956-03-12",
        mrn="",
        sex="F",
        height_cm="",
        weight_kg="72.5",
        allergies="NKDA",
        today=T0.date(),
    )
    patient = patients.add_patient(db, details, nurse.id, T0)
    for chair in range(n_sessions):
        header = sessions.open_session(db, patient.id, f"Chair {chair}", nurse.id, T0)
        for n in range(notes_each):
            sessions.append(db, header.id, nurse.id, add_note(Session(header), f"note {n}", T0), T0)


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "clinic" / "ivig.db"
    db = open_database(path)
    populate(db)
    db.close()
    yield path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_reports_a_sound_database_in_one_line(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, err = run(capsys, "check", "--db", str(db_path))
    assert (code, err) == (0, "")
    assert out == (
        f"ok: {db_path}: integrity ok, foreign keys ok, chain ok ({12 + migration_count()} entries, "
        "0 signatures verified), 3 sessions, "
        "6 events\n"
    )


def test_check_takes_the_database_from_the_global_option_or_the_environment(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "--db", str(db_path), "check")[0] == 0
    monkeypatch.setenv("IVIG_DESKTOP_DB", str(db_path))
    code, out, _ = run(capsys, "check")
    assert code == 0
    assert out.startswith(f"ok: {db_path}:")


def test_check_runs_while_the_app_has_the_database_open(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    app = open_database(db_path)
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    app.close()
    assert code == 0, out


def test_check_reports_damage_and_where_the_backups_are(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    damaged = damage(db_path)
    code, out, err = run(capsys, "check", "--db", str(db_path))
    assert (code, err) == (1, "")
    assert out.startswith(f"DAMAGED: {db_path}: ")
    assert out.endswith(f"; restore a backup from {backup_dir_for(db_path)}\n")
    assert out.count("\n") == 1
    assert db_path.read_bytes() == damaged


def test_check_reports_a_broken_foreign_key(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    conn = sqlite3.connect(db_path)  # foreign keys are off on a plain connection: this is how damage gets in
    conn.execute(
        "INSERT INTO events (session_id, seq, type, occurred_at, recorded_at, nurse_id, payload) "
        "VALUES (1, 3, 'note', 't', 't', 99, '{}')"
    )
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert code == 1
    assert out.startswith(f"DAMAGED: {db_path}: foreign key: events row 7 refers to a missing nurses row;")


def test_check_never_creates_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "x.db"
    code, out, err = run(capsys, "check", "--db", str(missing))
    assert (code, out) == (2, "")
    assert err == f"ivig-desktop check: There is no database at {missing} (nothing was created).\n"
    assert not missing.parent.exists()


def test_check_of_a_file_that_is_not_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("shopping list\n" * 300)
    code, out, _ = run(capsys, "check", "--db", str(junk))
    assert code == 1
    assert out.startswith(f"DAMAGED: {junk}: file is not a database;")


def test_backup_prints_the_file_it_wrote(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    app = open_database(db_path)  # the app may be running
    code, out, err = run(capsys, "backup", "--db", str(db_path))
    app.close()
    assert (code, err) == (0, "")
    written = Path(out.strip())
    assert written.parent == backup_dir_for(db_path)
    assert written.name.startswith("ivig-") and written.name.endswith("-manual.db")
    assert run(capsys, "check", "--db", str(written))[1].endswith("3 sessions, 6 events\n")


def test_backup_to_a_folder_or_a_file(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, _ = run(capsys, "backup", "--to", str(stick), "--db", str(db_path))
    assert code == 0
    assert Path(out.strip()).parent == stick
    target = tmp_path / "copy.db"
    assert run(capsys, "backup", "--to", str(target), "--db", str(db_path))[:2] == (0, f"{target}\n")


def test_backup_never_overwrites(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "precious.db"
    target.write_bytes(b"keep me")
    code, out, err = run(capsys, "backup", "--to", str(target), "--db", str(db_path))
    assert (code, out) == (1, "")
    assert err == f"ivig-desktop backup: {target} already exists; choose another name. Nothing was written.\n"
    assert target.read_bytes() == b"keep me"


def test_backup_of_a_missing_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "x.db"
    code, out, err = run(capsys, "backup", "--db", str(missing))
    assert (code, out) == (2, "")
    assert err == f"ivig-desktop backup: there is no database at {missing} (nothing was written).\n"
    assert not missing.exists()


def test_backup_of_a_damaged_database_fails(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    damage(db_path)
    code, out, err = run(capsys, "backup", "--db", str(db_path))
    assert (code, out) == (1, "")
    assert err.startswith("ivig-desktop backup: The backup copy failed its check")
    assert [p.name for p in backup_dir_for(db_path).iterdir()] == []
