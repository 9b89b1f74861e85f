"""m007's record tables (d-faults: access and corrections of people's details) are in c-chain's hash chain: every
row is written with its chain entry, and `ivig-desktop check` calls the record ALTERED when one of them is edited,
deleted or added behind the app's back, as for every other record table."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from ivig_desktop.cli import main
from ivig_desktop.domain.access import Access, Role
from ivig_desktop.domain.corrections import correct_nurse, correct_patient
from ivig_desktop.domain.people import new_nurse_profile
from ivig_desktop.store import access, accounts, nurses, patients
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.chain.tables import table
from ivig_desktop.store.database import open_database, write_transaction
from tests.store.conftest import T0

from .records import PASSPHRASE, Record, attacker, build, tamper, trigger_sql

PEOPLE_TABLES = ("nurse_access", "nurse_amendments", "patient_amendments")


@pytest.fixture(params=["plain", "encrypted"])
def record(request: pytest.FixtureRequest, tmp_path: Path) -> Record:
    """The chain tests' record, plus a second profile authorised by the first (its access row), the first
    deactivating and reactivating it, and a correction of a nurse's profile and of the patient's details."""
    built = build(tmp_path / "clinic" / "ivig.db", PASSPHRASE if request.param == "encrypted" else None)
    db = open_database(built.path, passphrase=built.passphrase, now=T0)
    try:
        later = T0 + timedelta(hours=1)
        ben = accounts.create_account(
            db,
            new_nurse_profile("Ben Okafor", "RN", "RN-204518"),
            "ben password",
            "ben password",
            later,
            built.nurse.id,
        )
        access.change(db, ben.id, "deactivate", by=built.nurse.id, reason="left the clinic", at=later)
        with write_transaction(db):
            access.record(db, ben.id, Access(Role.NURSE, True), by=built.nurse.id, reason="came back", at=later)
        profile, reason = correct_nurse(ben, name="Ben Okafor", credentials="RN", staff_id="RN-204581", reason="typo")
        nurses.correct_nurse(db, ben.id, profile, reason, built.nurse.id, later)
        (patient,) = patients.find_patients(db)
        details, why = correct_patient(
            patient,
            family_name="Doe",
            given_name="Janet",
            date_of_birth="1956-03-12",
            mrn="MRN-10",
            sex="F",
            height_cm="166",
            allergies="NKDA",
            reason="typo in the given name",
            today=T0.date(),
        )
        patients.correct_patient(db, patient.id, details, why, built.nurse.id, later)
    finally:
        db.close()
    return built


def check(record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    if record.passphrase is not None:
        monkeypatch.setenv("IVIG_DESKTOP_PASSPHRASE", record.passphrase)
    code = main(["check", "--db", str(record.path)])
    out = capsys.readouterr().out
    assert out.count("\n") == 1, out
    return code, out


def last_id(record: Record, table_name: str) -> int:
    conn = attacker(record)
    try:
        return int(conn.execute(f"SELECT MAX(id) FROM {table_name}").fetchone()[0])
    finally:
        conn.close()


def test_every_row_of_the_people_tables_has_its_chain_entry(record: Record) -> None:
    db = open_database(record.path, passphrase=record.passphrase)
    try:
        for name in PEOPLE_TABLES:
            ids = [row[0] for row in db.execute(f"SELECT id FROM {name}").fetchall()]
            assert ids, name
            assert all(ledger.gid_of(db, name, row_id) is not None for row_id in ids), name
        # References are hashed as the rows' gids: the access row names the nurse who authorised it.
        spec = table("nurse_access")
        assert spec.references == {"nurse_id": "nurses", "by_nurse_id": "nurses"}
    finally:
        db.close()


def test_the_record_with_its_people_rows_checks_ok(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = check(record, capsys, monkeypatch)
    assert code == 0, out
    assert "chain ok (" in out


@pytest.mark.parametrize(
    ("name", "change"),
    [
        ("nurse_access", "reason = 'authorised by the lead'"),
        ("nurse_access", "active = 1 - active"),
        ("nurse_amendments", "staff_id = 'RN-999999'"),
        ("patient_amendments", "mrn = 'MRN-99'"),
        ("patient_amendments", "amended_by = amended_by + 1"),
    ],
)
def test_an_edited_people_row_is_found(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str, change: str
) -> None:
    """Edited with plain sqlite3, its append-only trigger dropped first and re-created after."""
    target = last_id(record, name)
    sql = trigger_sql(record, f"{name}_no_update")
    tamper(record, f"DROP TRIGGER {name}_no_update", f"UPDATE {name} SET {change} WHERE id = {target}", sql)
    code, out = check(record, capsys, monkeypatch)
    assert code == 1
    assert out.startswith(f"ALTERED: {record.path}: {name} row {target} (gid "), out
    assert "it was changed outside the app" in out


@pytest.mark.parametrize("name", PEOPLE_TABLES)
def test_a_deleted_people_row_is_found(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    target = last_id(record, name)
    sql = trigger_sql(record, f"{name}_no_delete")
    tamper(record, f"DROP TRIGGER {name}_no_delete", f"DELETE FROM {name} WHERE id = {target}", sql)
    code, out = check(record, capsys, monkeypatch)
    assert code == 1
    assert out.startswith(f"ALTERED: {record.path}: "), out
    assert f"{name} row {target}" in out


def test_a_correction_added_behind_the_apps_back_is_found(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tamper(
        record,
        "INSERT INTO patient_amendments (patient_id, family_name, given_name, date_of_birth, mrn, sex, height_cm, "
        "allergies, amended_at, amended_by, reason) VALUES (1, 'Roe', 'Janet', '1956-03-12', NULL, 'F', '166', "
        "'NKDA', '2026-11-24T09:00:00.000Z', 1, 'not by the app')",
    )
    added = last_id(record, "patient_amendments")
    code, out = check(record, capsys, monkeypatch)
    assert code == 1
    assert f"patient_amendments row {added}: this row is not in the chain: it was added outside the app" in out


def test_the_screens_check_a_patients_corrections_too(record: Record) -> None:
    """The session page and the history show the patient as corrected, from patient_amendments: their per-session
    and per-patient checks cover those rows, as they cover the patient's own."""
    from ivig_desktop.store.session_verification import verify_patient, verify_session

    target = last_id(record, "patient_amendments")
    sql = trigger_sql(record, "patient_amendments_no_update")
    tamper(
        record,
        "DROP TRIGGER patient_amendments_no_update",
        f"UPDATE patient_amendments SET given_name = 'Joan' WHERE id = {target}",
        sql,
    )
    db = open_database(record.path, passphrase=record.passphrase)
    try:
        summary = verify_session(db, record.open_session).summary
        assert summary.startswith(f"RECORD ALTERED OUTSIDE THE APP: patient_amendments row {target}"), summary
        (problem,) = verify_patient(db, 1)
        assert (problem.table, problem.row_id) == ("patient_amendments", target)
    finally:
        db.close()
