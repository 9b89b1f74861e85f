"""A deleted `-wal` (issue 13, item 5): entries that could be lost are refused while running, and entries lost after
a crash are noticed at start-up and by `check`; a restore is not mistaken for a loss; an altered backup is not
restored.

The crashes are real: a child process writes through the store and ends with os._exit (no close, no
checkpoint), as kill -9 would leave it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ivig_desktop.cli import main
from ivig_desktop.domain.people import new_nurse_profile
from ivig_desktop.store import backup, nurses
from ivig_desktop.store.chain.verify import verify_record
from ivig_desktop.store.database import StoreError, open_database
from tests.store.conftest import T0

from .records import build, tamper, trigger_sql

REPO = Path(__file__).resolve().parents[3]

CHILD = """
import json, os, sys
from datetime import UTC, datetime
from pathlib import Path
from ivig_desktop.domain.people import new_nurse_profile
from ivig_desktop.store import nurses
from ivig_desktop.store.database import StoreError, open_database, durability

path, before, delete_wal, after = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1", int(sys.argv[4])
db = open_database(path)
saved, refused = [], []
for n in range(before):
    saved.append(nurses.add_nurse(db, new_nurse_profile(f"Nurse {n}", "RN"), datetime.now(UTC)).id)
if delete_wal:
    os.unlink(durability.wal_path(path))
for n in range(after):
    try:
        saved.append(nurses.add_nurse(db, new_nurse_profile(f"Later {n}", "RN"), datetime.now(UTC)).id)
    except StoreError as error:
        refused.append(str(error))
print(json.dumps({"saved": saved, "refused": refused}), flush=True)
os._exit(0)
"""


def crash_after(path: Path, before: int, *, delete_wal: bool = False, after: int = 0) -> dict[str, list[object]]:
    """A child writes `before` nurses, maybe deletes the -wal, tries `after` more, and dies without closing."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(before), "1" if delete_wal else "0", str(after)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, list[object]] = json.loads(done.stdout)
    return result


def stored_nurses(path: Path) -> list[int]:
    db = open_database(path)
    try:
        return [n.id for n in nurses.list_nurses(db)]
    finally:
        db.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "clinic" / "ivig.db"
    open_database(path, now=T0).close()
    return path


def test_a_wal_deleted_while_running_refuses_saves_and_keeps_what_was_saved(db_path: Path) -> None:
    result = crash_after(db_path, 5, delete_wal=True, after=2)
    assert len(result["saved"]) == 5
    assert len(result["refused"]) == 2
    message = str(result["refused"][0])
    assert message.startswith("The database's write-ahead log (ivig.db-wal) was deleted or replaced by another program")
    assert "Nothing was saved; what you typed is kept." in message
    assert sorted(stored_nurses(db_path)) == sorted(
        int(str(i)) for i in result["saved"]
    )  # the 5 acknowledged survived the crash


def test_without_the_guard_the_entries_would_be_lost(db_path: Path) -> None:
    """What the guard prevents: SQLite itself confirms saves into a deleted -wal, and a crash loses them all."""
    result = crash_after(db_path, 3)
    assert len(result["saved"]) == 3
    db_path.with_name("ivig.db-wal").unlink()  # deleted after the crash, before the app reopens
    assert stored_nurses(db_path) == []  # (the loss itself: see the next test for how it is noticed)


def test_entries_lost_with_a_deleted_wal_after_a_crash_are_noticed(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crash_after(db_path, 5)
    db_path.with_name("ivig.db-wal").unlink()
    assert main(["check", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"LOST: {db_path}: 5 saved entries are missing from ivig.db: its write-ahead log")
    db = open_database(db_path)
    try:
        assert db.notices and db.notices[0].startswith("5 saved entries are missing from ivig.db")
        reasons = [r[0] for r in db.execute("SELECT reason FROM origins ORDER BY id")]
        assert reasons[-1] == "lost"  # noted in the record; new entries continue in a new origin
        new = nurses.add_nurse(db, new_nurse_profile("After", "RN"), T0)
        assert verify_record(db).sound
    finally:
        db.close()
    assert new.id == 1  # (a local id can be reused; its global id and chain position cannot)
    assert main(["check", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "noted: 5 saved entries found missing on " in out
    db = open_database(db_path)
    assert db.notices == []  # said once
    db.close()


def test_a_restore_is_not_taken_for_a_loss(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(db_path, now=T0)
    nurses.add_nurse(db, new_nurse_profile("Before", "RN"), T0)
    chosen = backup.backup_database(db, reason=backup.MANUAL, now=T0)
    nurses.add_nurse(db, new_nurse_profile("After", "RN"), T0)
    backup.restore_backup(db, chosen, now=T0)
    db.close()
    db = open_database(db_path)
    try:
        assert db.notices == []
        assert [r[0] for r in db.execute("SELECT reason FROM origins ORDER BY id")] == ["new", "restore"]
    finally:
        db.close()
    assert main(["check", "--db", str(db_path)]) == 0
    assert f"noted: restored from backup {chosen.name} on " in capsys.readouterr().out


def test_an_altered_backup_is_refused(tmp_path: Path) -> None:
    record = build(tmp_path / "ivig.db")
    db = open_database(record.path)
    chosen = backup.backup_database(db, reason=backup.MANUAL, now=T0)
    db.close()
    altered = type(record)(chosen, None, record.nurse, record.open_session, record.signed_session)
    sql = trigger_sql(altered, "patients_no_update")
    tamper(altered, "DROP TRIGGER patients_no_update", "UPDATE patients SET allergies = 'none'", sql)
    db = open_database(record.path)
    try:
        with pytest.raises(
            StoreError, match=rf"The backup {chosen.name} was altered outside IVIG Desktop \(patients row 1"
        ):
            backup.restore_backup(db, chosen, now=T0)
        assert verify_record(db).sound  # the database is as it was
    finally:
        db.close()
