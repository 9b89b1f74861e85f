"""The clinic's settings are recorded with the database: a database moved to another computer keeps its zone."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from ivig_desktop.domain.clinic import ClinicIdentity, ClinicSettingsError, clinic_identity
from ivig_desktop.domain.people import new_nurse_profile
from ivig_desktop.store import clinic, nurses
from ivig_desktop.store.database import open_database
from ivig_desktop.store.verification import verify_record

from .conftest import T0

PARIS = ClinicIdentity(time_zone="Europe/Paris", name="Clinique du Parc")


def test_first_open_records_the_settings_and_the_computers_zone(db: Database) -> None:
    settings = clinic.record(db, ClinicIdentity(name="Riverside"), T0, machine_zone="America/Toronto")
    assert settings.time_zone == "America/Toronto" and settings.name == "Riverside"
    assert clinic.recorded(db) == {"name": "Riverside", "time_zone": "America/Toronto"}
    sources = dict(db.execute("SELECT key, source FROM clinic_settings").fetchall())
    assert sources == {"name": "clinic.toml", "time_zone": "this computer"}
    # Opening again records nothing new.
    clinic.record(db, ClinicIdentity(name="Riverside"), T0 + timedelta(hours=1), machine_zone="America/Toronto")
    assert db.execute("SELECT COUNT(*) FROM clinic_settings").fetchone()[0] == 2


def test_a_moved_database_keeps_its_zone(db: Database, db_path: Path, tmp_path: Path) -> None:
    clinic.record(db, PARIS, T0, machine_zone="Europe/Paris")
    db.close()
    moved = tmp_path / "laptop" / "ivig.db"
    moved.parent.mkdir()
    shutil.copy(db_path, moved)
    there = open_database(moved)
    try:
        # The laptop's clinic.toml sets no zone and the laptop is in Tokyo: the record keeps Paris.
        assert clinic.record(there, ClinicIdentity(), T0, machine_zone="Asia/Tokyo").time_zone == "Europe/Paris"
        assert clinic.in_force(there, ClinicIdentity(), machine_zone="Asia/Tokyo").name == "Clinique du Parc"
    finally:
        there.close()


def test_a_zone_set_in_clinic_toml_wins_and_the_change_is_recorded(db: Database) -> None:
    clinic.record(db, PARIS, T0, machine_zone="Europe/Paris")
    changed = clinic.record(db, ClinicIdentity(time_zone="America/Toronto"), T0 + timedelta(days=1))
    assert changed.time_zone == "America/Toronto" and changed.name == "Clinique du Parc"
    values = [r[0] for r in db.execute("SELECT value FROM clinic_settings WHERE key = 'time_zone' ORDER BY id")]
    assert values == ["Europe/Paris", "America/Toronto"]  # the earlier one stays in the record


def test_settings_are_append_only(db: Database) -> None:
    clinic.record(db, PARIS, T0)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE clinic_settings SET value = 'UTC'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM clinic_settings")


def test_a_training_database_says_so(db: Database) -> None:
    assert not clinic.is_training(db)
    clinic.mark_training(db, T0)
    clinic.mark_training(db, T0)
    assert clinic.is_training(db)
    assert db.execute("SELECT COUNT(*) FROM clinic_settings WHERE key = 'training'").fetchone()[0] == 1


def test_nurses_keep_their_licence_or_staff_number(db: Database) -> None:
    nurse = nurses.add_nurse(db, new_nurse_profile("Ben Okafor", "RN", "RN-204518"), T0)
    assert nurses.get_nurse(db, nurse.id).staff_id == "RN-204518"
    assert nurses.add_nurse(db, new_nurse_profile("Ana Lima", "RN"), T0).staff_id == ""


def test_clinic_toml_settings_are_checked() -> None:
    assert clinic_identity({"time_zone": "Europe/Paris"}).time_zone == "Europe/Paris"
    with pytest.raises(ClinicSettingsError, match=r"time_zone.*IANA"):
        clinic_identity({"time_zone": "Paris"})
    with pytest.raises(ClinicSettingsError, match=r"mrn_system.*not a URI"):
        clinic_identity({"mrn_system": "our MRNs"})
    with pytest.raises(ClinicSettingsError, match="unknown field"):
        clinic_identity({"zone": "UTC"})


def test_settings_and_staff_numbers_are_chained_and_an_edit_behind_the_app_is_found(db: Database) -> None:
    clinic.record(db, PARIS, T0, machine_zone="Europe/Paris")
    clinic.mark_training(db, T0)
    with_number = nurses.add_nurse(db, new_nurse_profile("Ben Okafor", "RN", "RN-204518"), T0)
    without = nurses.add_nurse(db, new_nurse_profile("Ana Lima", "RN"), T0)
    chained = db.execute("SELECT COUNT(*) FROM record_chain WHERE table_name = 'clinic_settings'").fetchone()[0]
    assert chained == db.execute("SELECT COUNT(*) FROM clinic_settings").fetchone()[0] == 3
    assert db.execute("SELECT staff_id FROM nurses WHERE id = ?", [without.id]).fetchone()[0] is None
    report = verify_record(db)
    assert report.sound, report.problems[:3]

    db.execute("DROP TRIGGER nurses_no_update")
    db.execute("UPDATE nurses SET staff_id = 'RN-999999' WHERE id IN (?, ?)", [with_number.id, without.id])
    db.execute("DROP TRIGGER clinic_settings_no_update")
    db.execute("UPDATE clinic_settings SET value = 'UTC' WHERE key = 'time_zone'")
    altered = {(p.table, p.row_id) for p in verify_record(db).problems if "changed outside the app" in p.what}
    zone_row = db.execute("SELECT id FROM clinic_settings WHERE key = 'time_zone'").fetchone()[0]
    assert {("nurses", with_number.id), ("nurses", without.id), ("clinic_settings", zone_row)} <= altered
