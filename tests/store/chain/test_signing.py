"""Nurses' keys (made with the profile, at the first sign-in of an older profile, sealed again with a new
password) and signatures that bind the session's content."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ivig_desktop.domain.accounts import SecretKind, SecurityPolicy
from ivig_desktop.domain.people import new_nurse_profile
from ivig_desktop.store import accounts, nurses, signing, signing_keys
from ivig_desktop.store.database import IvigDatabase, open_database, write_transaction
from ivig_desktop.store.session_verification import verify_session
from tests.store.conftest import T0

from .records import PASSWORD, build, sign_a_session, tamper, trigger_sql


def keys(db: IvigDatabase, nurse_id: int) -> list[tuple[str, str]]:
    return [
        (str(r[0]), str(r[1]))
        for r in db.execute("SELECT reason, public_key FROM nurse_keys WHERE nurse_id = ? ORDER BY id", [nurse_id])
    ]


def test_a_new_profile_has_a_key_sealed_by_her_password(db: IvigDatabase) -> None:
    nurse = accounts.create_account(db, new_nurse_profile("Ana Lima", "RN"), PASSWORD, PASSWORD, T0)
    key = signing_keys.current_key(db, nurse.id)
    assert key is not None and keys(db, nurse.id)[0][0] == "new profile"
    assert signing_keys.unseal(db, key, PASSWORD) is not None
    assert signing_keys.unseal(db, key, "another password") is None
    sealed = json.loads(db.execute("SELECT sealed_private_key FROM nurse_keys").fetchone()[0])
    assert sealed["kdf"] == "argon2id" and sealed["aead"] == "chacha20-poly1305"
    assert PASSWORD not in json.dumps(sealed)


def test_an_older_profile_gets_its_key_at_the_next_sign_in(db: IvigDatabase) -> None:
    nurse = nurses.add_nurse(db, new_nurse_profile("Ben Okafor", "RN"), T0)  # from before keys (and passwords)
    accounts.set_secret(db, nurse.id, PASSWORD, PASSWORD, T0)
    assert keys(db, nurse.id)[0][0] == "new key with the profile's first password"
    legacy = nurses.add_nurse(db, new_nurse_profile("Cleo Park", "RN"), T0)
    with write_transaction(db):  # a password row as version 3 wrote it, without a key
        accounts._insert_secret(db, legacy.id, SecretKind.PASSWORD, accounts.hasher().hash(PASSWORD), T0)
    assert not signing_keys.has_key(db, legacy.id)
    accounts.check_secret(db, legacy.id, PASSWORD, T0, SecurityPolicy())
    assert keys(db, legacy.id)[0][0] == "new key at sign-in: the profile had none"


def test_a_new_password_seals_the_same_key_when_the_old_one_is_given(db: IvigDatabase) -> None:
    nurse = accounts.create_account(db, new_nurse_profile("Ana Lima", "RN"), PASSWORD, PASSWORD, T0)
    accounts.set_secret(db, nurse.id, "second password", "second password", T0, old_secret=PASSWORD)
    accounts.set_secret(db, nurse.id, "third password!", "third password!", T0)
    (_, public), (again, same), (fresh, other) = keys(db, nurse.id)
    assert again == "sealed again with a new password" and same == public
    assert fresh == "new key: a new password was set without the old one" and other != public
    current = signing_keys.current_key(db, nurse.id)
    assert current is not None and signing_keys.unseal(db, current, "third password!") is not None


def test_a_signature_binds_the_session_and_names_its_key(db: IvigDatabase) -> None:
    nurse = accounts.create_account(db, new_nurse_profile("Ana Lima", "RN"), PASSWORD, PASSWORD, T0)
    from ivig_desktop.domain.people import new_patient_details
    from ivig_desktop.store import patients

    details = new_patient_details(
        family_name="Doe",
        given_name="Jane",
        date_of_birth="1956-03-12",
        mrn="",
        sex="F",
        height_cm="",
        weight_kg="70",
        allergies="NKDA",
        today=T0.date(),
    )
    patient = patients.add_patient(db, details, nurse.id, T0)
    session_id = sign_a_session(db, patient.id, nurse)
    integrity = verify_session(db, session_id)
    assert integrity.summary == "record verified"
    check = integrity.signature
    assert check is not None and check.state is signing.SignatureState.VERIFIED
    key = signing_keys.current_key(db, nurse.id)
    assert key is not None and check.key_fingerprint == key.fingerprint
    assert check.through_seq == 4 and check.added_after == ()
    assert len(check.digest or "") == 64


def test_a_signature_with_a_key_of_another_nurse_does_not_hold(tmp_path: Path) -> None:
    record = build(tmp_path / "ivig.db")
    db = open_database(record.path)
    profile = new_nurse_profile("Eve Mallory", "RN")
    other = accounts.create_account(db, profile, "eve password", "eve password", T0, authorised_by=record.nurse.id)
    other_key = signing_keys.current_key(db, other.id)
    db.close()
    assert other_key is not None
    conn = sqlite3.connect(record.path)
    row = conn.execute("SELECT id, payload FROM events WHERE type = 'signed_off'").fetchone()
    conn.close()
    payload = json.loads(row[1])
    payload["key"] = other_key.gid
    sql = trigger_sql(record, "events_no_update")
    tamper(
        record,
        "DROP TRIGGER events_no_update",
        f"UPDATE events SET payload = '{json.dumps(payload)}' WHERE id = {row[0]}",
        sql,
    )
    db = open_database(record.path)
    try:
        check = verify_session(db, record.signed_session).signature
        assert check is not None and check.state is signing.SignatureState.NO_KEY
    finally:
        db.close()


def test_a_signature_from_before_keys_is_shown_as_unbound(db: IvigDatabase) -> None:
    """Version 3 signed without a digest: such a signature is shown as not verifiable, not as altered."""
    from ivig_desktop.domain import closing
    from ivig_desktop.domain.due import MonitoringPolicy
    from ivig_desktop.domain.people import new_patient_details
    from ivig_desktop.store import patients, sessions

    nurse = accounts.create_account(db, new_nurse_profile("Ana Lima", "RN"), PASSWORD, PASSWORD, T0)
    details = new_patient_details(
        family_name="Doe",
        given_name="Jane",
        date_of_birth="1956-03-12",
        mrn="",
        sex="F",
        height_cm="",
        weight_kg="70",
        allergies="NKDA",
        today=T0.date(),
    )
    patient = patients.add_patient(db, details, nurse.id, T0)
    header = sessions.open_session(db, patient.id, "Chair 1", nurse.id, T0)
    discharge = closing.record_discharge(
        sessions.load(db, header.id), closing.DischargeStatus.NOT_INFUSED, "Deferred.", T0
    )
    sessions.append(db, header.id, nurse.id, discharge, T0)
    old_style = closing.sign_off(sessions.load(db, header.id), nurse, T0, MonitoringPolicy(), attested=True)
    sessions.append(db, header.id, nurse.id, old_style, T0)  # as version 3 stored it: no digest, no signature
    integrity = verify_session(db, header.id)
    assert integrity.signature is not None and integrity.signature.state is signing.SignatureState.UNBOUND
    assert not integrity.altered and integrity.summary == "record verified"
