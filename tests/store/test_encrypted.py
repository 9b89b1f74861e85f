"""An encrypted (SQLCipher) database: sqlite-utils and the whole store work on it as on a plain one.

Migrations give the same schema, sessions round-trip, the append-only triggers refuse changes, faults give the
same sentences, backups are encrypted with the same passphrase, restore keeps the file encrypted. A missing or
wrong passphrase gives a clear error and leaves the file as it was. The error classes are sqlcipher3's, not
sqlite3's: the store catches both.
"""

from __future__ import annotations

import re
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlite_utils import Database, Migrations

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.people import Nurse, Patient, new_nurse_profile, new_patient_details
from ivig_desktop.domain.session import Session, add_note
from ivig_desktop.store import backup, cipher, daily_backup, nurses, patients, sessions
from ivig_desktop.store.check import CheckUnavailableError, check_database
from ivig_desktop.store.database import (
    INTEGRITY_ERRORS,
    WRONG_PASSPHRASE,
    DatabaseDamagedError,
    IvigDatabase,
    PassphraseRequiredError,
    StoreError,
    WrongPassphraseError,
    backup_dir_for,
    is_encrypted,
    open_database,
    pragma,
    write_transaction,
)
from ivig_desktop.store.migrations import APPEND_ONLY_TABLES, migrations
from ivig_desktop.store.migrations.base import MigrationSet
from tests.faults import damage, disk_full, failing_writes, other_instance, vanished, write_lock_held_elsewhere

from .conftest import T0
from .test_database import EXPECTED_SCHEMA, schema_text
from .test_faults import BUSY, DISK_FULL, IO_ERROR, LONG_NOTE

PASSPHRASE = "correct horse battery 'staple'"  # a quote, to show it is passed intact
OTHER = "another long passphrase"
PRIVATE = (b"Zabriskie", b"MRN-4417", b"1956-03-12", b"first note")


@pytest.fixture
def edb(db_path: Path) -> Iterator[IvigDatabase]:
    database = open_database(db_path, passphrase=PASSPHRASE)
    yield database
    database.close()


@pytest.fixture
def enurse(edb: IvigDatabase) -> Nurse:
    return nurses.add_nurse(edb, new_nurse_profile("Ana Lima", "RN"), T0)


@pytest.fixture
def epatient(edb: IvigDatabase, enurse: Nurse) -> Patient:
    details = new_patient_details(
        family_name="Zabriskie",
        given_name="Quentin",
        date_of_birth="1956-03-12",
        mrn="MRN-4417",
        sex="M",
        height_cm="180",
        weight_kg="80",
        allergies="NKDA",
        today=T0.date(),
    )
    return patients.add_patient(edb, details, enurse.id, T0)


@pytest.fixture
def esession(edb: IvigDatabase, enurse: Nurse, epatient: Patient) -> Session:
    header = sessions.open_session(edb, epatient.id, "Chair 3", enurse.id, T0)
    sessions.append(edb, header.id, enurse.id, add_note(Session(header), "first note", T0), T0)
    return Session(header)


def files_of(db_path: Path) -> list[Path]:
    return [p for p in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")) if p.exists()]


def test_a_new_database_is_encrypted_from_its_first_page(edb: IvigDatabase, esession: Session) -> None:
    assert edb.encrypted
    assert isinstance(edb.conn, sqlcipher.Connection)
    head = edb.path.read_bytes()[:16]
    assert head != cipher.PLAIN_HEADER
    assert is_encrypted(edb.path)
    for path in files_of(edb.path):  # the file and its write-ahead log hold no patient data in clear
        data = path.read_bytes()
        assert not any(secret in data for secret in PRIVATE), path.name
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(edb.path).execute("SELECT * FROM sqlite_master").fetchall()


def test_the_database_and_its_wal_files_are_owner_only(edb: IvigDatabase, esession: Session) -> None:
    found = files_of(edb.path)
    assert len(found) == 3, found  # open in WAL mode: -wal and -shm beside the file
    for path in found:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(edb.path.parent.stat().st_mode) == 0o700  # the folder open_database made


def test_sqlcipher_defaults_are_the_documented_ones(edb: IvigDatabase) -> None:
    assert pragma(edb, "kdf_iter") == str(cipher.KDF_ITERATIONS)
    assert pragma(edb, "cipher_kdf_algorithm") == "PBKDF2_HMAC_SHA512"
    assert pragma(edb, "cipher_hmac_algorithm") == "HMAC_SHA512"
    assert str(pragma(edb, "cipher_version")).startswith("4.")
    assert pragma(edb, "journal_mode") == "wal"
    assert pragma(edb, "synchronous") == 2
    assert pragma(edb, "foreign_keys") == 1
    assert pragma(edb, "busy_timeout") == 5000


def test_migrations_give_the_same_schema_as_a_plain_database(edb: IvigDatabase) -> None:
    assert schema_text(edb) == EXPECTED_SCHEMA.read_text(encoding="utf-8")
    assert not migrations.pending(edb)
    plain = Database(memory=True)
    assert [m.name for m in migrations.applied(edb)] == [m.name for m in migrations.pending(plain)]


def test_sessions_round_trip_through_a_reopened_encrypted_file(
    edb: IvigDatabase, esession: Session, enurse: Nurse
) -> None:
    sessions.append(edb, esession.id, enurse.id, add_note(esession, "second note", T0), T0)
    stored = sessions.events(edb, esession.id)
    path = edb.path
    edb.close()
    again = open_database(path, passphrase=PASSPHRASE)
    try:
        assert again.encrypted
        assert sessions.events(again, esession.id) == stored
        assert [e.payload["text"] for e in stored] == ["first note", "second note"]
        assert sessions.load(again, esession.id).last_seq == 2
    finally:
        again.close()


@pytest.mark.parametrize("table", APPEND_ONLY_TABLES)
def test_the_append_only_triggers_refuse_changes_on_an_encrypted_file(
    edb: IvigDatabase, esession: Session, table: str
) -> None:
    with write_transaction(edb):
        edb.execute(
            "INSERT INTO regimens (patient_id, version, created_at, created_by, reason, payload) "
            "SELECT patient_id, 1, opened_at, opened_by, 'first', '{}' FROM sessions"
        )
    before = edb.execute(f"SELECT * FROM {table}").fetchall()
    if not before:  # a table this fixture does not fill: its triggers are there, made by the same helper
        triggers = {r[0] for r in edb.execute("SELECT name FROM sqlite_master WHERE tbl_name = ?", [table])}
        assert {f"{table}_no_update", f"{table}_no_delete"} <= triggers
        return
    for statement in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}"):
        with pytest.raises(sqlcipher.IntegrityError, match="append-only") as caught, write_transaction(edb):
            edb.execute(statement)
        assert isinstance(caught.value, INTEGRITY_ERRORS)
        assert isinstance(caught.value, StoreError)  # a form catching StoreError keeps what was typed
        raw = caught.value.__cause__
        assert not isinstance(raw, sqlite3.Error)  # why the store catches both libraries' classes
    assert edb.execute(f"SELECT * FROM {table}").fetchall() == before
    assert not edb.conn.in_transaction


def test_a_duplicate_mrn_is_a_field_error_not_a_crash(edb: IvigDatabase, epatient: Patient, enurse: Nurse) -> None:
    details = new_patient_details(
        family_name="Other",
        given_name="Person",
        date_of_birth="1970-01-01",
        mrn="MRN-4417",
        sex="F",
        height_cm="",
        weight_kg="60",
        allergies="NKDA",
        today=T0.date(),
    )
    with pytest.raises(ValidationError, match="Another patient already has MRN MRN-4417"):
        patients.add_patient(edb, details, enurse.id, T0)


def test_sqlite_utils_works_on_a_sqlcipher_connection(edb: IvigDatabase, esession: Session) -> None:
    utils = Database(edb.conn, execute_plugins=False)  # as migrations use it (store/migrations/base.py)
    assert "events" in utils.table_names()
    assert [row["location"] for row in utils.query("SELECT location FROM sessions")] == ["Chair 3"]
    with pytest.raises(RuntimeError), utils.atomic():
        utils.execute("CREATE TABLE scratch (x)")
        raise RuntimeError("rolled back")
    assert "scratch" not in edb.table_names()
    extra = Migrations("extra")

    @extra()
    def m001_scratch(db: Database) -> None:
        db.execute("CREATE TABLE scratch (x)")

    with write_transaction(edb):
        extra.apply(utils)
    assert "scratch" in edb.table_names()


def test_known_gaps_of_sqlite_utils_on_sqlcipher_and_the_store_avoids_them(edb: IvigDatabase) -> None:
    """sqlite-utils catches sqlite3.OperationalError in a few helpers; on a sqlcipher3 connection the error is
    another class, so these raise instead of recovering. The store uses none of them."""
    utils = Database(edb.conn, execute_plugins=False)
    utils.execute("CREATE TABLE scratch (x)")
    with pytest.raises(sqlcipher.OperationalError):
        list(utils.query("INSERT INTO scratch VALUES (1) RETURNING x"))  # plain sqlite3: falls back and works
    edb.conn.rollback()
    with pytest.raises(sqlcipher.OperationalError, match="no such table"):
        utils["missing"].drop(ignore=True)  # plain sqlite3: ignored
    package = Path(__file__).resolve().parents[2] / "ivig_desktop"
    for source in package.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert re.search(r"\bRETURNING\b", text) is None, source
        assert ".drop(" not in text, source


def test_a_wrong_passphrase_is_refused_and_changes_nothing(edb: IvigDatabase, esession: Session) -> None:
    path = edb.path
    edb.close()
    before = path.read_bytes()
    with pytest.raises(WrongPassphraseError) as caught:
        open_database(path, passphrase=OTHER)
    assert str(caught.value) == f"{WRONG_PASSPHRASE} The database {path} has not been changed."
    assert str(caught.value).startswith("The passphrase is wrong, or the file is not an IVIG Desktop database.")
    assert path.read_bytes() == before
    assert OTHER not in repr(caught.value.__cause__) + repr(caught.value.__context__)
    again = open_database(path, passphrase=PASSPHRASE)  # the failed attempt left no lock behind
    assert again.read_only_reason is None
    again.close()


def test_an_encrypted_file_without_a_passphrase_is_refused(edb: IvigDatabase, esession: Session) -> None:
    path = edb.path
    edb.close()
    before = path.read_bytes()
    with pytest.raises(PassphraseRequiredError, match="is encrypted: it needs its passphrase"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_plain_database_opens_plain_even_with_a_passphrase(db_path: Path) -> None:
    open_database(db_path).close()
    db = open_database(db_path, passphrase=PASSPHRASE)
    try:
        assert not db.encrypted
        assert isinstance(db.conn, sqlite3.Connection)
    finally:
        db.close()
    assert not is_encrypted(db_path)


@pytest.mark.parametrize("weak", ["short pass", " leading space here", "x'00112233445566778899'"])
def test_a_new_encrypted_database_needs_a_usable_passphrase(db_path: Path, weak: str) -> None:
    with pytest.raises(StoreError, match="was not created: The passphrase must"):
        open_database(db_path, passphrase=weak)
    assert not db_path.exists()


def test_a_damaged_encrypted_file_is_reported_and_left_alone(edb: IvigDatabase, esession: Session) -> None:
    edb.execute("CREATE TABLE padding (x)")
    edb.execute("INSERT INTO padding VALUES (zeroblob(20000))")
    edb.conn.commit()
    path = edb.path
    edb.close()
    damaged = damage(path, page_size=4096)
    with pytest.raises(DatabaseDamagedError, match="is damaged"):
        open_database(path, passphrase=PASSPHRASE)
    assert path.read_bytes() == damaged
    report = check_database(path, PASSPHRASE)
    assert not report.sound and report.encrypted


def test_is_encrypted_asks_an_open_database_rather_than_reading_its_file(
    edb: IvigDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_reading(path: Path) -> bool:
        raise AssertionError("reading the file would drop this process's SQLite locks on it")

    monkeypatch.setattr(cipher, "file_is_encrypted", no_reading)
    assert is_encrypted(edb.path)


def test_a_text_file_is_not_taken_for_an_encrypted_database(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"not a database\n" * 300)
    assert not cipher.file_is_encrypted(junk)
    plain_damaged = tmp_path / "plain.db"
    open_database(plain_damaged).close()
    data = bytearray(plain_damaged.read_bytes())
    data[:16] = b"\x00" * 16  # the magic string overwritten; the rest of a plain header is still there
    plain_damaged.write_bytes(bytes(data))
    assert not cipher.file_is_encrypted(plain_damaged)
    with pytest.raises(DatabaseDamagedError):
        open_database(plain_damaged)


# Faults: the same sentences as on a plain file (tests/store/test_faults.py).


def _disk_full(db: IvigDatabase) -> AbstractContextManager[object]:
    return disk_full(db.conn)


def _locked(db: IvigDatabase) -> AbstractContextManager[object]:
    db.execute("PRAGMA busy_timeout = 0")
    return write_lock_held_elsewhere(db.path, PASSPHRASE)


def _io_error(db: IvigDatabase) -> AbstractContextManager[object]:
    return failing_writes(db.path)


def _vanished(db: IvigDatabase) -> AbstractContextManager[object]:
    return vanished(db.path.parent)


@pytest.mark.parametrize(
    ("inject", "message"),
    [(_disk_full, DISK_FULL), (_locked, BUSY), (_io_error, IO_ERROR), (_vanished, None)],
    ids=["disk full", "locked by another process", "write I/O error", "drive vanished"],
)
def test_a_fault_on_an_encrypted_file_gives_the_same_sentence(
    edb: IvigDatabase, esession: Session, enurse: Nurse, inject: object, message: str | None
) -> None:
    assert callable(inject)
    with inject(edb):
        with pytest.raises(StoreError) as caught:
            sessions.append(edb, esession.id, enurse.id, add_note(esession, LONG_NOTE, T0), T0)
        assert str(caught.value) == (message or caught.value.args[0])
        if message is None:
            assert "can no longer be found" in str(caught.value)
        assert not edb.conn.in_transaction
    assert [e.payload["text"] for e in sessions.events(edb, esession.id)] == ["first note"]
    sessions.append(edb, esession.id, enurse.id, add_note(esession, LONG_NOTE, T0), T0)
    assert edb.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_read_only_encrypted_database_refuses_writes_with_the_reason(
    edb: IvigDatabase, esession: Session, enurse: Nurse
) -> None:
    path = edb.path
    edb.close()
    child = other_instance(path, PASSPHRASE)
    try:
        reader = open_database(path, passphrase=PASSPHRASE)
        try:
            assert reader.read_only and reader.encrypted
            with pytest.raises(StoreError, match="open read-only"):
                sessions.append(reader, esession.id, enurse.id, add_note(esession, "no", T0), T0)
            assert len(sessions.events(reader, esession.id)) == 1
        finally:
            reader.close()
    finally:
        child.stop()


# Backups and restore


def test_backups_of_an_encrypted_database_are_encrypted_with_the_same_passphrase(
    edb: IvigDatabase, esession: Session
) -> None:
    taken = backup.backup_database(edb, reason=backup.MANUAL, now=T0)
    assert backup.backup_is_encrypted(taken)
    assert stat.S_IMODE(taken.stat().st_mode) == 0o600
    assert stat.S_IMODE(taken.parent.stat().st_mode) == 0o700
    assert not any(secret in taken.read_bytes() for secret in PRIVATE)
    backup.verify_backup(taken, PASSPHRASE)
    conn = cipher.connect(taken, passphrase=PASSPHRASE, read_only=True)
    try:
        assert conn.execute("SELECT COUNT(*) FROM events").fetchone() == (1,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()
    with pytest.raises(StoreError, match="encrypted and this database is not"):
        backup.verify_backup(taken, None)
    with pytest.raises(StoreError, match="does not open with this database's passphrase"):
        backup.verify_backup(taken, OTHER)
    assert backup.plain_backups(edb.path) == []


def test_the_daily_and_pre_migration_backups_are_encrypted(
    edb: IvigDatabase, esession: Session, newer_version: MigrationSet
) -> None:
    path = edb.path
    edb.close()
    upgraded = open_database(path, now=T0 + timedelta(days=1), passphrase=PASSPHRASE)
    try:
        assert "sites" in upgraded.table_names()
        daily_backup.take(path, passphrase=PASSPHRASE, now=T0 + timedelta(days=1))  # as the app does, in the background
        reasons = {b.reason for b in backup.list_backups(path)}
        assert reasons == {backup.PRE_MIGRATION, backup.DAILY}
        assert all(backup.backup_is_encrypted(b.path) for b in backup.list_backups(path))
    finally:
        upgraded.close()


def test_restore_keeps_the_database_encrypted(edb: IvigDatabase, esession: Session, enurse: Nurse) -> None:
    taken = backup.backup_database(edb, reason=backup.MANUAL, now=T0)
    sessions.append(edb, esession.id, enurse.id, add_note(esession, "after the backup", T0), T0)
    before = backup.restore_backup(edb, taken, now=T0 + timedelta(seconds=1))
    assert [e.payload["text"] for e in sessions.events(edb, esession.id)] == ["first note"]
    assert backup.backup_is_encrypted(before)
    path = edb.path
    edb.close()
    assert cipher.file_is_encrypted(path)
    again = open_database(path, passphrase=PASSPHRASE)
    assert [e.payload["text"] for e in sessions.events(again, esession.id)] == ["first note"]
    again.close()


def test_a_plain_backup_restored_into_an_encrypted_database_is_encrypted_on_the_way(
    edb: IvigDatabase, esession: Session, tmp_path: Path
) -> None:
    plain_path = tmp_path / "older" / "ivig.db"
    plain = open_database(plain_path)
    nurse = nurses.add_nurse(plain, new_nurse_profile("Old Nurse", "RN"), T0)
    plain.close()
    folder = backup_dir_for(edb.path)
    folder.mkdir(mode=0o700, exist_ok=True)
    copy = backup.backup_file(plain_path, to=folder / backup.backup_name(edb.path, T0, backup.MANUAL))
    assert backup.plain_backups(edb.path) == [copy]
    backup.restore_backup(edb, copy, now=T0 + timedelta(seconds=1))
    assert [n.name for n in nurses.list_nurses(edb)] == [nurse.name]
    assert [p.name for p in folder.iterdir() if "restore" in p.name and p.name.startswith(".")] == []
    path = edb.path
    edb.close()
    assert cipher.file_is_encrypted(path)
    again = open_database(path, passphrase=PASSPHRASE)
    assert again.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    again.close()


def test_an_encrypted_backup_is_not_restored_into_a_plain_database(
    edb: IvigDatabase, esession: Session, tmp_path: Path
) -> None:
    taken = backup.backup_database(edb, reason=backup.MANUAL, now=T0)
    plain = open_database(tmp_path / "plain" / "ivig.db")
    try:
        with pytest.raises(StoreError, match="is encrypted and this database is not"):
            backup.restore_backup(plain, taken, now=T0)
        assert backup.list_backups(plain.path) == []  # refused before anything, not even a safety copy
    finally:
        plain.close()


def test_backup_file_and_check_need_the_passphrase(edb: IvigDatabase, esession: Session, tmp_path: Path) -> None:
    path = edb.path
    with pytest.raises(PassphraseRequiredError):
        backup.backup_file(path, to=tmp_path / "copy.db")
    with pytest.raises(WrongPassphraseError):
        backup.backup_file(path, to=tmp_path / "copy.db", passphrase=OTHER)
    assert not (tmp_path / "copy.db").exists()
    written = backup.backup_file(path, to=tmp_path / "copy.db", passphrase=PASSPHRASE)
    assert backup.backup_is_encrypted(written)
    with pytest.raises(CheckUnavailableError, match="is encrypted"):
        check_database(path)
    with pytest.raises(CheckUnavailableError, match="The passphrase is wrong"):
        check_database(path, OTHER)
    report = check_database(path, PASSPHRASE)
    assert report.sound and report.encrypted and (report.sessions, report.events) == (1, 1)
