from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from ivig_desktop.domain.people import Nurse, Patient, new_nurse_profile, new_patient_details
from ivig_desktop.store import migrations, nurses, patients
from ivig_desktop.store.database import IvigDatabase, open_database
from ivig_desktop.store.migrations.base import MigrationSet
from ivig_desktop.store.sql import Database

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic" / "ivig.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[IvigDatabase]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def nurse(db: Database) -> Nurse:
    return nurses.add_nurse(db, new_nurse_profile("Ana Lima", "RN"), T0)


@pytest.fixture
def patient(db: Database, nurse: Nurse) -> Patient:
    details = new_patient_details(
        family_name="Doe",
        given_name="Jane",
        date_of_birth="1956-03-12",
        mrn="MRN-001",
        sex="F",
        height_cm="165",
        weight_kg="72.5",
        allergies="NKDA",
        today=T0.date(),
    )
    return patients.add_patient(db, details, nurse.id, T0)


@pytest.fixture
def newer_version(monkeypatch: pytest.MonkeyPatch) -> MigrationSet:
    """The released migrations plus one more, as the next version of the app would have them."""
    upgraded = MigrationSet("ivig_desktop")
    for released in migrations.migrations.steps:
        upgraded(name=released.name, transactional=released.transactional)(released.fn)

    @upgraded()
    def m999_rehearsal_sites(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE sites (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        db.execute("ALTER TABLE sessions ADD COLUMN site_id INTEGER REFERENCES sites(id)")

    monkeypatch.setattr(migrations, "migrations", upgraded)
    return upgraded
