"""The first three migrations: the record (m001), versioned regimens (m002), nurse secrets and sign-ins (m003)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ivig_desktop.store.migrations.base import append_only, migrations

if TYPE_CHECKING:
    from sqlite_utils import Database


@migrations()
def m001_initial(db: Database) -> None:
    db.execute(
        """CREATE TABLE nurses (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            credentials TEXT NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            family_name TEXT NOT NULL CHECK (length(trim(family_name)) > 0),
            given_name TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
            date_of_birth TEXT NOT NULL,
            mrn TEXT,
            sex TEXT NOT NULL CHECK (sex IN ('F', 'M', 'U')),
            height_cm TEXT,
            weight_kg TEXT NOT NULL,
            allergies TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by INTEGER NOT NULL REFERENCES nurses(id)
        )"""
    )
    db.execute("CREATE UNIQUE INDEX patients_mrn ON patients(mrn) WHERE mrn IS NOT NULL")
    db.execute("CREATE INDEX patients_name ON patients(family_name COLLATE NOCASE, given_name COLLATE NOCASE)")
    db.execute(
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            location TEXT NOT NULL CHECK (length(trim(location)) > 0),
            opened_at TEXT NOT NULL,
            opened_by INTEGER NOT NULL REFERENCES nurses(id)
        )"""
    )
    db.execute("CREATE INDEX sessions_patient ON sessions(patient_id)")
    db.execute(
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            seq INTEGER NOT NULL CHECK (seq > 0),
            type TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            nurse_id INTEGER NOT NULL REFERENCES nurses(id),
            payload TEXT NOT NULL CHECK (json_valid(payload) AND json_type(payload) = 'object'),
            amends INTEGER REFERENCES events(id),
            UNIQUE (session_id, seq)
        )"""
    )
    db.execute("CREATE INDEX events_type ON events(type)")
    db.execute("CREATE INDEX events_amends ON events(amends) WHERE amends IS NOT NULL")
    db.execute(
        """CREATE TRIGGER events_in_order BEFORE INSERT ON events
        WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE session_id = NEW.session_id)
        BEGIN SELECT RAISE(ABORT, 'events: seq must follow the last event of its session'); END"""
    )
    db.execute(
        """CREATE TRIGGER events_amend_same_session BEFORE INSERT ON events
        WHEN NEW.amends IS NOT NULL
            AND (SELECT session_id FROM events WHERE id = NEW.amends) IS NOT NEW.session_id
        BEGIN SELECT RAISE(ABORT, 'events: an amendment must name an event of the same session'); END"""
    )
    append_only(db, "nurses", "add a new profile instead")
    append_only(db, "patients", "record a correction as a new entry")
    append_only(db, "sessions", "record what happened as a new event")
    append_only(db, "events", "record a correction as an amendment event that names the original")


@migrations()
def m002_regimens(db: Database) -> None:
    """Patient regimens, versioned: a change is a new version with a reason; earlier versions stay."""
    db.execute(
        """CREATE TABLE regimens (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            version INTEGER NOT NULL CHECK (version > 0),
            created_at TEXT NOT NULL,
            created_by INTEGER NOT NULL REFERENCES nurses(id),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            payload TEXT NOT NULL CHECK (json_valid(payload) AND json_type(payload) = 'object'),
            UNIQUE (patient_id, version)
        )"""
    )
    db.execute(
        """CREATE TRIGGER regimens_in_order BEFORE INSERT ON regimens
        WHEN NEW.version IS NOT (SELECT COALESCE(MAX(version), 0) + 1 FROM regimens WHERE patient_id = NEW.patient_id)
        BEGIN SELECT RAISE(ABORT, 'regimens: version must follow the last version of the patient'); END"""
    )
    append_only(db, "regimens", "save a new version with a reason instead")


@migrations()
def m003_accounts(db: Database) -> None:
    """Nurse passwords or PINs (argon2id hashes; a change is a new row, the latest counts) and every sign-in
    attempt (for the lockout and the audit)."""
    db.execute(
        """CREATE TABLE nurse_secrets (
            id INTEGER PRIMARY KEY,
            nurse_id INTEGER NOT NULL REFERENCES nurses(id),
            created_at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('password', 'pin')),
            hash TEXT NOT NULL CHECK (hash LIKE '$argon2%')
        )"""
    )
    db.execute("CREATE INDEX nurse_secrets_nurse ON nurse_secrets(nurse_id)")
    db.execute(
        """CREATE TABLE sign_in_attempts (
            id INTEGER PRIMARY KEY,
            nurse_id INTEGER NOT NULL REFERENCES nurses(id),
            at TEXT NOT NULL,
            succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1)),
            purpose TEXT NOT NULL DEFAULT 'sign_in'
        )"""
    )
    db.execute("CREATE INDEX sign_in_attempts_nurse ON sign_in_attempts(nurse_id, at)")
    append_only(db, "nurse_secrets", "set a new password or PIN instead")
    append_only(db, "sign_in_attempts", "every attempt is kept")
