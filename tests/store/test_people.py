"""Access to the record (first profile an administrator, later ones authorised, deactivation) and corrections of
people's details (append-only, current values everywhere, earlier ones kept)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from ivig_desktop.domain.access import Access, NotAllowedError, Role
from ivig_desktop.domain.accounts import SecurityPolicy
from ivig_desktop.domain.corrections import correct_nurse, correct_patient
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.people import Nurse, Patient, PatientDetails, new_nurse_profile, new_patient_details
from ivig_desktop.store import access, accounts, nurses, patients
from ivig_desktop.store.database import IvigDatabase, StoreError, write_transaction
from ivig_desktop.store.sql import Database

from .conftest import T0

PASSWORD = "correct horse 1"
POLICY = SecurityPolicy()


def account(db: Database, name: str, by: int | None = None) -> Nurse:
    return accounts.create_account(db, new_nurse_profile(name, "RN"), PASSWORD, PASSWORD, T0, authorised_by=by)


def details(family: str = "Doe", mrn: str = "MRN-001", born: str = "1956-03-12") -> PatientDetails:
    return new_patient_details(
        family_name=family,
        given_name="Jane",
        date_of_birth=born,
        mrn=mrn,
        sex="F",
        height_cm="165",
        weight_kg="72.5",
        allergies="NKDA",
        today=T0.date(),
    )


def corrected(patient: Patient, **changed: str) -> tuple[PatientDetails, str]:
    typed = {
        "family_name": patient.family_name,
        "given_name": patient.given_name,
        "date_of_birth": patient.date_of_birth.isoformat(),
        "mrn": patient.mrn or "",
        "sex": patient.sex.value,
        "height_cm": "" if patient.height_cm is None else str(patient.height_cm),
        "allergies": patient.allergies,
    }
    typed.update(changed)
    reason = typed.pop("reason", "typo at registration")
    return correct_patient(patient, reason=reason, today=T0.date(), **typed)


# --- access ---------------------------------------------------------------------------------------------------


def test_the_first_profile_is_the_administrator_and_needs_no_authorisation(db: IvigDatabase) -> None:
    ana = account(db, "Ana Lima")
    assert access.access_of(db, ana.id) == Access(Role.ADMINISTRATOR, True)
    [row] = access.changes(db)
    assert (row.by_nurse_id, row.reason) == (None, "the first profile of this database")


def test_a_later_profile_needs_an_existing_one_to_authorise_it(db: IvigDatabase) -> None:
    ana = account(db, "Ana Lima")
    with pytest.raises(NotAllowedError, match="needs the password or PIN of a nurse"):
        account(db, "Mallory")
    assert [n.name for n in nurses.list_nurses(db)] == ["Ana Lima"]  # nothing stored
    ben = account(db, "Ben Okafor", by=ana.id)
    assert access.access_of(db, ben.id) == Access(Role.NURSE, True)
    assert access.changes(db)[-1].by_nurse_id == ana.id


def test_the_record_itself_refuses_an_unauthorised_later_profile(db: IvigDatabase) -> None:
    account(db, "Ana Lima")
    conn = sqlite3.connect(db.path)
    conn.execute("INSERT INTO nurses (name, credentials, created_at) VALUES ('Mallory', 'RN', '2026-11-24')")
    with pytest.raises(sqlite3.IntegrityError, match="only the first profile needs no authorisation"):
        conn.execute(
            "INSERT INTO nurse_access (nurse_id, role, active, at, by_nurse_id, reason) "
            "VALUES (2, 'administrator', 1, '2026-11-24', NULL, 'me')"
        )
    conn.close()


def test_an_administrator_deactivates_a_profile_which_then_cannot_sign_in(db: IvigDatabase) -> None:
    ana = account(db, "Ana Lima")
    ben = account(db, "Ben Okafor", by=ana.id)
    with pytest.raises(NotAllowedError, match="Only an administrator"):
        access.change(db, ana.id, "deactivate", by=ben.id, reason="no", at=T0)
    with pytest.raises(ValidationError, match="Say why"):
        access.change(db, ben.id, "deactivate", by=ana.id, reason="  ", at=T0)
    access.change(db, ben.id, "deactivate", by=ana.id, reason="left the clinic", at=T0)
    assert access.access_of(db, ben.id) == Access(Role.NURSE, False)
    with pytest.raises(accounts.DeactivatedError):
        accounts.check_secret(db, ben.id, PASSWORD, T0, POLICY)
    with pytest.raises(NotAllowedError, match="deactivated profile cannot authorise"):
        account(db, "Cleo", by=ben.id)
    assert nurses.get_nurse(db, ben.id).name == "Ben Okafor"  # the profile and its entries stay
    access.change(db, ben.id, "reactivate", by=ana.id, reason="came back", at=T0 + timedelta(days=30))
    accounts.check_secret(db, ben.id, PASSWORD, T0 + timedelta(days=30), POLICY)


def test_the_last_administrator_cannot_be_deactivated(db: IvigDatabase) -> None:
    ana = account(db, "Ana Lima")
    ben = account(db, "Ben Okafor", by=ana.id)
    with pytest.raises(NotAllowedError, match="last administrator"):
        access.change(db, ana.id, "deactivate", by=ana.id, reason="leaving", at=T0)
    access.change(db, ben.id, "administrator", by=ana.id, reason="deputy lead", at=T0)
    access.change(db, ana.id, "deactivate", by=ben.id, reason="leaving", at=T0)
    assert not access.access_of(db, ana.id).active


def test_profiles_from_before_roles_are_nurses_and_the_earliest_administers(db: IvigDatabase) -> None:
    first = nurses.add_nurse(db, new_nurse_profile("Old Timer", "RN"), T0)
    second = nurses.add_nurse(db, new_nurse_profile("Other", "RN"), T0)
    now = access.access_by_nurse(db)
    assert now[first.id].administrator and not now[second.id].administrator
    assert now[second.id] == Access(Role.NURSE, True)


@pytest.mark.parametrize("table", ["nurse_access", "nurse_amendments", "patient_amendments"])
def test_the_new_tables_are_append_only(db: IvigDatabase, table: str) -> None:
    ana = account(db, "Ana Lima")
    profile, why = correct_nurse(ana, name="Ana Lima-Souza", credentials="RN", reason="married")
    nurses.correct_nurse(db, ana.id, profile, why, ana.id, T0)
    patient = patients.add_patient(db, details(), ana.id, T0)
    new, reason = corrected(patient, given_name="Janet")
    patients.correct_patient(db, patient.id, new, reason, ana.id, T0)
    before = db.execute(f"SELECT * FROM {table}").fetchall()
    assert before
    for statement in (f"UPDATE {table} SET reason = 'rewritten'", f"DELETE FROM {table}"):
        with pytest.raises(StoreError, match=f"{table} are append-only"), write_transaction(db):
            db.execute(statement)
    assert db.execute(f"SELECT * FROM {table}").fetchall() == before


# --- corrections of a patient's details ---------------------------------------------------------------------


def test_a_correction_shows_everywhere_and_keeps_the_first_values(db: IvigDatabase, nurse: Nurse) -> None:
    patient = patients.add_patient(db, details(), nurse.id, T0)
    new, reason = corrected(patient, family_name="Dow", date_of_birth="1956-03-21")
    stored = patients.correct_patient(db, patient.id, new, reason, nurse.id, T0 + timedelta(hours=1))
    assert (stored.family_name, stored.date_of_birth.isoformat()) == ("Dow", "1956-03-21")
    assert patients.get_patient(db, patient.id) == stored
    assert [p.id for p in patients.find_patients(db, "Dow")] == [patient.id]
    assert patients.find_patients(db, "Doe") == []
    assert patients.first_recorded(db, patient.id) == patient
    [correction] = patients.corrections(db, patient.id)
    assert correction.reason == "typo at registration" and correction.amended_by == nurse.id
    assert correction.values["family_name"] == "Dow" and correction.values["mrn"] == "MRN-001"
    assert stored.weight_kg == patient.weight_kg  # not corrected here


def test_a_correction_must_change_something_and_say_why(db: IvigDatabase, nurse: Nurse) -> None:
    patient = patients.add_patient(db, details(), nurse.id, T0)
    with pytest.raises(ValidationError, match="Nothing was changed"):
        corrected(patient)
    with pytest.raises(ValidationError) as refused:
        corrected(patient, family_name=" ", date_of_birth="1956-02-30", reason="")
    assert set(refused.value.errors) == {"family_name", "date_of_birth", "reason"}


def test_the_mrn_is_unique_among_current_values(db: IvigDatabase, nurse: Nurse) -> None:
    a = patients.add_patient(db, details(mrn="123"), nurse.id, T0)  # a typo: it should be 132
    new, reason = corrected(a, mrn="132")
    patients.correct_patient(db, a.id, new, reason, nurse.id, T0)
    b = patients.add_patient(db, details(family="Roe", mrn="123"), nurse.id, T0)  # the real 123: allowed now
    with pytest.raises(ValidationError, match="Another patient already has MRN 132"):
        patients.add_patient(db, details(family="Poe", mrn="132"), nurse.id, T0)
    new_b, reason_b = corrected(b, mrn="132")
    with pytest.raises(ValidationError, match="Another patient already has MRN 132") as refused:
        patients.correct_patient(db, b.id, new_b, reason_b, nurse.id, T0)
    assert set(refused.value.errors) == {"mrn"}
    assert patients.corrections(db, b.id) == []  # nothing stored
    none, why = corrected(a, mrn="", reason="MRN not yet issued")
    assert patients.correct_patient(db, a.id, none, why, nurse.id, T0).mrn is None
    patients.add_patient(db, details(family="Zoe", mrn="132"), nurse.id, T0)  # free again


# --- corrections of a nurse's profile ----------------------------------------------------------------------


def test_a_nurse_profile_correction(db: IvigDatabase) -> None:
    ana = account(db, "Ana Lima")
    profile, reason = correct_nurse(ana, name="Ana Lima-Souza", credentials="RN, CRNI", reason="married; certified")
    stored = nurses.correct_nurse(db, ana.id, profile, reason, ana.id, T0)
    assert stored == Nurse(id=ana.id, name="Ana Lima-Souza", credentials="RN, CRNI")
    assert nurses.list_nurses(db) == [stored]
    assert nurses.first_recorded(db, ana.id) == ana
    [correction] = nurses.corrections(db, ana.id)
    assert correction.values == {"name": "Ana Lima-Souza", "credentials": "RN, CRNI", "staff_id": None}
    with pytest.raises(ValidationError, match="Nothing was changed"):
        correct_nurse(stored, name="Ana Lima-Souza", credentials="RN, CRNI", reason="again")
