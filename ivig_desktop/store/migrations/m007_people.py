"""m007: access to the record (roles, deactivated profiles) and corrections of people's details.

- `nurse_access`: every change of a profile's access (role, active), who authorised it and why; the newest row of a
  profile counts (domain/access.py). A row with no authoriser is allowed only for the first profile.
- `nurse_amendments`, `patient_amendments`: corrections of a nurse's profile (name, credentials and m005's licence
  or staff number) and of a patient's details, each row the whole set of correctable details as corrected, with its
  reason, author and time (domain/corrections.py). Their rows, and `nurse_access`'s, are chained
  (store/chain/tables.py): m007 runs after m004 and m005 on every database, new or upgraded.
- `nurses_current`, `patients_current`: each person as the app shows them, the newest correction over the row as
  first recorded.
- A patient's MRN is unique among the patients' current MRNs: the unique index on the MRN first recorded goes
  (it would refuse a patient whose real MRN was another's typo, corrected since), and triggers check the current
  ones instead (`patients.mrn: ...` in their message, as SQLite's own unique index said).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ivig_desktop.store.migrations.base import append_only, migrations

if TYPE_CHECKING:
    from sqlite_utils import Database  # for annotations only: a start must not load sqlite-utils

_CURRENT_MRN_TAKEN = """(
    EXISTS (SELECT 1 FROM patients p WHERE p.mrn = NEW.mrn {other_p}
            AND NOT EXISTS (SELECT 1 FROM patient_amendments x WHERE x.patient_id = p.id))
    OR EXISTS (SELECT 1 FROM patient_amendments a WHERE a.mrn = NEW.mrn {other_a}
            AND a.id = (SELECT MAX(id) FROM patient_amendments WHERE patient_id = a.patient_id))
)"""


@migrations()
def m007_people(db: Database) -> None:
    db.execute(
        """CREATE TABLE nurse_access (
            id INTEGER PRIMARY KEY,
            nurse_id INTEGER NOT NULL REFERENCES nurses(id),
            role TEXT NOT NULL CHECK (role IN ('nurse', 'administrator')),
            active INTEGER NOT NULL CHECK (active IN (0, 1)),
            at TEXT NOT NULL,
            by_nurse_id INTEGER REFERENCES nurses(id),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
        )"""
    )
    db.execute("CREATE INDEX nurse_access_nurse ON nurse_access(nurse_id, id)")
    db.execute(
        """CREATE TRIGGER nurse_access_authorised BEFORE INSERT ON nurse_access
        WHEN NEW.by_nurse_id IS NULL AND (SELECT COUNT(*) FROM nurses) > 1
        BEGIN SELECT RAISE(ABORT, 'nurse_access: only the first profile needs no authorisation'); END"""
    )
    db.execute(
        """CREATE TABLE nurse_amendments (
            id INTEGER PRIMARY KEY,
            nurse_id INTEGER NOT NULL REFERENCES nurses(id),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            credentials TEXT NOT NULL,
            staff_id TEXT CHECK (staff_id IS NULL OR length(staff_id) > 0),
            amended_at TEXT NOT NULL,
            amended_by INTEGER NOT NULL REFERENCES nurses(id),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
        )"""
    )
    db.execute("CREATE INDEX nurse_amendments_nurse ON nurse_amendments(nurse_id, id)")
    db.execute(
        """CREATE TABLE patient_amendments (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            family_name TEXT NOT NULL CHECK (length(trim(family_name)) > 0),
            given_name TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
            date_of_birth TEXT NOT NULL,
            mrn TEXT,
            sex TEXT NOT NULL CHECK (sex IN ('F', 'M', 'U')),
            height_cm TEXT,
            allergies TEXT NOT NULL,
            amended_at TEXT NOT NULL,
            amended_by INTEGER NOT NULL REFERENCES nurses(id),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
        )"""
    )
    db.execute("CREATE INDEX patient_amendments_patient ON patient_amendments(patient_id, id)")
    db.execute("CREATE INDEX patient_amendments_mrn ON patient_amendments(mrn) WHERE mrn IS NOT NULL")

    db.execute(
        """CREATE VIEW patients_current AS
        SELECT p.id AS id,
               CASE WHEN a.id IS NULL THEN p.family_name ELSE a.family_name END AS family_name,
               CASE WHEN a.id IS NULL THEN p.given_name ELSE a.given_name END AS given_name,
               CASE WHEN a.id IS NULL THEN p.date_of_birth ELSE a.date_of_birth END AS date_of_birth,
               CASE WHEN a.id IS NULL THEN p.mrn ELSE a.mrn END AS mrn,
               CASE WHEN a.id IS NULL THEN p.sex ELSE a.sex END AS sex,
               CASE WHEN a.id IS NULL THEN p.height_cm ELSE a.height_cm END AS height_cm,
               p.weight_kg AS weight_kg,
               CASE WHEN a.id IS NULL THEN p.allergies ELSE a.allergies END AS allergies,
               p.created_at AS created_at,
               p.created_by AS created_by,
               a.id AS amendment_id
        FROM patients p
        LEFT JOIN patient_amendments a ON a.id = (SELECT MAX(id) FROM patient_amendments WHERE patient_id = p.id)"""
    )
    db.execute(
        """CREATE VIEW nurses_current AS
        SELECT n.id AS id,
               CASE WHEN a.id IS NULL THEN n.name ELSE a.name END AS name,
               CASE WHEN a.id IS NULL THEN n.credentials ELSE a.credentials END AS credentials,
               CASE WHEN a.id IS NULL THEN n.staff_id ELSE a.staff_id END AS staff_id,
               n.created_at AS created_at,
               a.id AS amendment_id
        FROM nurses n
        LEFT JOIN nurse_amendments a ON a.id = (SELECT MAX(id) FROM nurse_amendments WHERE nurse_id = n.id)"""
    )

    db.execute("DROP INDEX patients_mrn")
    db.execute("CREATE INDEX patients_mrn ON patients(mrn) WHERE mrn IS NOT NULL")
    db.execute(
        f"""CREATE TRIGGER patients_mrn_unique BEFORE INSERT ON patients
        WHEN NEW.mrn IS NOT NULL AND {_CURRENT_MRN_TAKEN.format(other_p="", other_a="")}
        BEGIN SELECT RAISE(ABORT, 'patients.mrn: another patient has this MRN'); END"""
    )
    db.execute(
        f"""CREATE TRIGGER patient_amendments_mrn_unique BEFORE INSERT ON patient_amendments
        WHEN NEW.mrn IS NOT NULL AND {
            _CURRENT_MRN_TAKEN.format(
                other_p="AND p.id <> NEW.patient_id", other_a="AND a.patient_id <> NEW.patient_id"
            )
        }
        BEGIN SELECT RAISE(ABORT, 'patients.mrn: another patient has this MRN'); END"""
    )
    append_only(db, "nurse_access", "record a new change of access instead")
    append_only(db, "nurse_amendments", "record a new correction instead")
    append_only(db, "patient_amendments", "record a new correction instead")
