"""A small record for the chain's tests: a nurse with her key, a patient, an open session with notes and a
signed session; and an attacker's connection to the file, behind the app's back."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from ivig_desktop.domain import closing
from ivig_desktop.domain.due import MonitoringPolicy
from ivig_desktop.domain.people import Nurse, new_nurse_profile, new_patient_details
from ivig_desktop.domain.session import add_note
from ivig_desktop.store import accounts, cipher, patients, sessions, signing
from ivig_desktop.store.database import IvigDatabase, open_database
from tests.store.conftest import T0

PASSWORD = "nurse password 1"
PASSPHRASE = "a passphrase for the chain tests"


@dataclass(frozen=True)
class Record:
    path: Path
    passphrase: str | None
    nurse: Nurse
    open_session: int
    signed_session: int


def build(path: Path, passphrase: str | None = None) -> Record:
    """Write the record through the store, as the app does, and close the database."""
    db = open_database(path, passphrase=passphrase, now=T0)
    try:
        nurse = accounts.create_account(db, new_nurse_profile("Ana Lima", "RN"), PASSWORD, PASSWORD, T0)
        details = new_patient_details(
            family_name="Doe",
            given_name="Jane",
            date_of_birth="1956-03-12",
            mrn="MRN-1",
            sex="F",
            height_cm="165",
            weight_kg="72.5",
            allergies="NKDA",
            today=T0.date(),
        )
        patient = patients.add_patient(db, details, nurse.id, T0)
        signed = sign_a_session(db, patient.id, nurse)
        current = sessions.open_session(db, patient.id, "Chair 2", nurse.id, T0)
        for n in range(3):
            at = T0 + timedelta(minutes=n)
            sessions.append(db, current.id, nurse.id, add_note(sessions.load(db, current.id), f"open {n}", at), at)
    finally:
        db.close()
    return Record(path, passphrase, nurse, current.id, signed)


def sign_a_session(db: IvigDatabase, patient_id: int, nurse: Nurse) -> int:
    header = sessions.open_session(db, patient_id, "Chair 1", nurse.id, T0)
    for n in range(3):
        at = T0 + timedelta(minutes=n)
        sessions.append(db, header.id, nurse.id, add_note(sessions.load(db, header.id), f"fever 38.{n} °C", at), at)
    later = T0 + timedelta(minutes=30)
    discharge = closing.record_discharge(
        sessions.load(db, header.id), closing.DischargeStatus.NOT_INFUSED, "Deferred: febrile.", later
    )
    sessions.append(db, header.id, nurse.id, discharge, later)
    new = closing.sign_off(sessions.load(db, header.id), nurse, later, MonitoringPolicy(), attested=True)
    signing.sign_session(db, header.id, nurse.id, new, PASSWORD, later)
    return header.id


def attacker(record: Record) -> sqlite3.Connection:
    """A connection as another program would open the file: plain sqlite3, or sqlcipher3 with the passphrase."""
    if record.passphrase is None:
        return sqlite3.connect(record.path, isolation_level=None)
    conn = cipher.connect(record.path, passphrase=record.passphrase)
    conn.isolation_level = None
    return conn


def tamper(record: Record, *statements: str) -> None:
    conn = attacker(record)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def trigger_sql(record: Record, name: str) -> str:
    conn = attacker(record)
    try:
        return str(conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0])
    finally:
        conn.close()
