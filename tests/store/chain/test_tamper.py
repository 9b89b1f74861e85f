"""`ivig-desktop check` and the screens' per-session check find every change made behind the app's back.

Each change is made as an attacker would: the app closed, plain sqlite3 (or sqlcipher3 with the passphrase, on
an encrypted database) on the file, triggers dropped and re-created around the change when they are in the way.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ivig_desktop.cli import main
from ivig_desktop.store import signing
from ivig_desktop.store.chain import encoding
from ivig_desktop.store.database import open_database
from ivig_desktop.store.session_verification import verify_session
from ivig_desktop.store.verification import verify_record

from .records import PASSPHRASE, Record, attacker, build, tamper, trigger_sql


@pytest.fixture(params=["plain", "encrypted"])
def record(request: pytest.FixtureRequest, tmp_path: Path) -> Record:
    return build(tmp_path / "clinic" / "ivig.db", PASSPHRASE if request.param == "encrypted" else None)


def check(record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    if record.passphrase is not None:
        monkeypatch.setenv("IVIG_DESKTOP_PASSPHRASE", record.passphrase)
    code = main(["check", "--db", str(record.path)])
    out = capsys.readouterr().out
    assert out.count("\n") == 1, out
    return code, out


def session_state(record: Record, session_id: int) -> str:
    db = open_database(record.path, passphrase=record.passphrase)
    try:
        return verify_session(db, session_id).summary
    finally:
        db.close()


def event_id(record: Record, session_id: int, seq: int) -> int:
    conn = attacker(record)
    try:
        return int(
            conn.execute("SELECT id FROM events WHERE session_id = ? AND seq = ?", [session_id, seq]).fetchone()[0]
        )
    finally:
        conn.close()


def around_trigger(record: Record, name: str, *statements: str) -> None:
    """Drop a trigger, run the statements, re-create the trigger exactly as it was."""
    sql = trigger_sql(record, name)
    tamper(record, f"DROP TRIGGER {name}", *statements, sql)


def test_an_untouched_record_checks_ok(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = check(record, capsys, monkeypatch)
    assert code == 0, out
    assert "chain ok (" in out
    assert "1 signature verified" in out
    assert session_state(record, record.signed_session) == "record verified"
    assert session_state(record, record.open_session) == "record verified"


def test_an_edited_event_is_found(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's example: a fever changed to 36.3 °C with the trigger dropped and re-created."""
    target = event_id(record, record.signed_session, 2)
    around_trigger(
        record, "events_no_update", f"""UPDATE events SET payload = '{{"text":"fever 36.3 °C"}}' WHERE id = {target}"""
    )
    code, out = check(record, capsys, monkeypatch)
    assert code == 1
    assert out.startswith(f"ALTERED: {record.path}: events row {target} (gid ")
    assert "its content differs from what was written: it was changed outside the app" in out
    assert session_state(record, record.signed_session).startswith("RECORD ALTERED OUTSIDE THE APP: events row")
    assert session_state(record, record.open_session) == "record verified"


def test_an_event_inserted_in_a_signed_session_is_found_even_back_dated(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = attacker(record)
    last = conn.execute("SELECT MAX(seq) FROM events WHERE session_id = ?", [record.signed_session]).fetchone()[0]
    conn.execute(
        "INSERT INTO events (session_id, seq, type, occurred_at, recorded_at, nurse_id, payload) "
        "VALUES (?, ?, 'note', '2026-11-24T07:00:30.000Z', '2026-11-24T07:00:30.000Z', 1, '{\"text\":\"no fever\"}')",
        [record.signed_session, last + 1],
    )
    new_id = conn.execute("SELECT MAX(id) FROM events").fetchone()[0]
    conn.close()
    code, out = check(record, capsys, monkeypatch)
    assert code == 1
    assert f"events row {new_id}: this row is not in the chain: it was added outside the app" in out
    assert session_state(record, record.signed_session).startswith("RECORD ALTERED OUTSIDE THE APP")


def test_an_inserted_event_with_a_forged_chain_entry_is_found_by_the_signature_and_the_head_file(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An attacker who knows the (documented) encoding appends a well-formed chain entry too."""
    conn = attacker(record)
    last = conn.execute("SELECT MAX(seq) FROM events WHERE session_id = ?", [record.signed_session]).fetchone()[0]
    conn.execute(
        "INSERT INTO events (session_id, seq, type, occurred_at, recorded_at, nurse_id, payload) "
        "VALUES (?, ?, 'note', '2026-11-24T07:00:30.000Z', '2026-11-24T07:00:30.000Z', 1, '{\"text\":\"no fever\"}')",
        [record.signed_session, last + 1],
    )
    new_id = conn.execute("SELECT MAX(id) FROM events").fetchone()[0]
    forge_entry(conn, "events", new_id)
    conn.close()
    code, out = check(record, capsys, monkeypatch)
    assert code == 1
    assert f"were added to session {record.signed_session} after its signature" in out
    state = session_state(record, record.signed_session)  # the app's start-up also notes the added entry
    assert state == f"RECORD ALTERED OUTSIDE THE APP: entries {last + 1} were added after the signature"


def forge_entry(conn: object, table_name: str, row_id: int) -> None:
    """Append a chain entry for a row, computed as store/chain/encoding.py documents."""
    import sqlite3

    from sqlite_utils import Database

    from ivig_desktop.store.chain import ledger
    from ivig_desktop.store.chain.ids import new_gid
    from ivig_desktop.store.chain.tables import scope_of, table

    assert isinstance(conn, sqlite3.Connection) or hasattr(conn, "execute")
    db = Database(conn)  # type: ignore[arg-type]
    origin = ledger.current_origin(db).origin
    seq, prev = ledger.head(db, origin) or (0, encoding.GENESIS)
    gid = new_gid()
    content = ledger.row_content(db, table(table_name), row_id)
    assert content is not None
    digest = encoding.entry_hash(origin, seq + 1, prev, encoding.content_hash(table_name, gid, content))
    db.execute(
        "INSERT INTO record_chain (origin, seq, table_name, row_id, gid, prev, hash, scope) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [origin, seq + 1, table_name, row_id, gid, prev, digest, scope_of(table(table_name), gid, content)],
    )


def test_a_deleted_row_is_found(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = event_id(record, record.open_session, 2)
    conn = attacker(record)
    gid_of_deleted, seq_of_deleted, origin = conn.execute(
        "SELECT gid, seq, origin FROM record_chain WHERE table_name = 'events' AND row_id = ?", [target]
    ).fetchone()
    conn.close()
    around_trigger(record, "events_no_delete", f"DELETE FROM events WHERE id = {target}")
    code, out = check(record, capsys, monkeypatch)
    assert code == 1
    assert f"events row {target} (gid " in out
    assert "this row was deleted outside the app (its chain entry remains)" in out
    assert session_state(record, record.open_session).endswith(
        f"events row {target} (gid {gid_of_deleted}, entry {seq_of_deleted} of origin {origin}): this row was "
        "deleted outside the app"
    )


def test_a_row_deleted_with_its_chain_entry_is_found(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = event_id(record, record.open_session, 2)
    conn = attacker(record)
    entry = conn.execute("SELECT seq FROM record_chain WHERE table_name = 'events' AND row_id = ?", [target]).fetchone()
    conn.close()
    around_trigger(record, "events_no_delete", f"DELETE FROM events WHERE id = {target}")
    around_trigger(
        record, "record_chain_no_delete", f"DELETE FROM record_chain WHERE table_name = 'events' AND row_id = {target}"
    )
    code, out = check(record, capsys, monkeypatch)
    assert code == 1
    assert out.startswith(f"ALTERED: {record.path}: events row ")
    assert f"entry {entry[0] + 1} of origin " in out
    assert f"entries {entry[0]} to {entry[0]} of this origin are missing (deleted)" in out


def test_the_last_row_deleted_with_its_chain_entry_is_found_by_the_head_file(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = event_id(record, record.open_session, 3)  # the last entry of the whole chain
    around_trigger(record, "events_no_delete", f"DELETE FROM events WHERE id = {target}")
    around_trigger(
        record, "record_chain_no_delete", f"DELETE FROM record_chain WHERE table_name = 'events' AND row_id = {target}"
    )
    code, out = check(record, capsys, monkeypatch)
    assert code == 1
    assert out.startswith(f"LOST: {record.path}: 1 saved entry is missing from ivig.db")


def test_a_swapped_payload_is_found(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = event_id(record, record.signed_session, 1), event_id(record, record.signed_session, 3)
    conn = attacker(record)
    a, b = (conn.execute("SELECT payload FROM events WHERE id = ?", [i]).fetchone()[0] for i in (first, second))
    conn.close()
    around_trigger(
        record,
        "events_no_update",
        f"UPDATE events SET payload = '{b}' WHERE id = {first}",
        f"UPDATE events SET payload = '{a}' WHERE id = {second}",
    )
    code, out = check(record, capsys, monkeypatch)
    assert code == 1
    assert out.startswith(f"ALTERED: {record.path}: events row {first} ")
    assert "(and 2 more)" in out  # the second row, and the signature over them
    assert session_state(record, record.signed_session).startswith("RECORD ALTERED OUTSIDE THE APP")


def test_a_dropped_and_recreated_trigger_is_found(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Re-created weaker (it lets updates of one kind through): the check compares every append-only trigger."""
    sql = trigger_sql(record, "events_no_update")
    weaker = sql.replace("BEFORE UPDATE ON events", "BEFORE UPDATE ON events WHEN NEW.type <> 'note'")
    tamper(record, "DROP TRIGGER events_no_update", weaker)
    code, out = check(record, capsys, monkeypatch)
    assert code == 1
    assert out.startswith(
        f"ALTERED: {record.path}: events: the trigger events_no_update, which refuses every UPDATE, was changed"
    )
    tamper(record, "DROP TRIGGER events_no_update")
    code, out = check(record, capsys, monkeypatch)
    assert "the trigger events_no_update, which refuses every UPDATE, is missing" in out


def test_the_migrations_table_is_append_only_and_chained(
    record: Record, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    import sqlcipher3.dbapi2 as sqlcipher

    conn = attacker(record)
    for statement in ("UPDATE _sqlite_migrations SET applied_at = 'x'", "DELETE FROM _sqlite_migrations"):
        with pytest.raises((sqlite3.IntegrityError, sqlcipher.IntegrityError), match="append-only"):
            conn.execute(statement)
    conn.close()
    around_trigger(record, "_sqlite_migrations_no_update", "UPDATE _sqlite_migrations SET applied_at = 'then'")
    code, out = check(record, capsys, monkeypatch)
    assert code == 1
    assert out.startswith(f"ALTERED: {record.path}: _sqlite_migrations row 1 (gid ")


def test_a_forged_signature_is_found(record: Record) -> None:
    db = open_database(record.path, passphrase=record.passphrase)
    db.close()
    conn = attacker(record)
    row = conn.execute(
        "SELECT id, payload FROM events WHERE session_id = ? AND type = 'signed_off'", [record.signed_session]
    ).fetchone()
    conn.close()
    payload = json.loads(row[1])
    payload["meaning"] = "I attest nothing."
    around_trigger(
        record, "events_no_update", f"UPDATE events SET payload = '{json.dumps(payload)}' WHERE id = {row[0]}"
    )
    db = open_database(record.path, passphrase=record.passphrase)
    try:
        report = verify_record(db)
        assert not report.sound
        integrity = verify_session(db, record.signed_session)
        assert integrity.altered
    finally:
        db.close()
    assert signing.SignatureState.INVALID.label.startswith("ALTERED")
