from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from ivig_desktop.store.database import StoreError, open_database, pragma, write_transaction
from ivig_desktop.store.migrations import migrations
from ivig_desktop.store.sql import Database

EXPECTED_SCHEMA = Path(__file__).with_name("expected_schema.sql")


def schema_text(db: Database) -> str:
    """The schema as SQLite stores it, one statement per block, in a stable order."""
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name"
    ).fetchall()
    return "\n\n".join(f"-- {kind} {name}\n{sql};" for kind, name, sql in rows) + "\n"


def test_open_creates_folder_and_file_owner_only(db_path: Path) -> None:
    assert not db_path.parent.exists()
    db = open_database(db_path)
    db.close()
    assert db_path.is_file()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_pragmas_are_durable(db: Database) -> None:
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "busy_timeout") == 5000


def test_migrations_give_the_expected_schema(db: Database) -> None:
    actual = schema_text(db)
    expected = EXPECTED_SCHEMA.read_text(encoding="utf-8")
    assert actual == expected, "schema changed: add a migration and update tests/store/expected_schema.sql"


def test_migrations_are_recorded_and_idempotent(db_path: Path) -> None:
    open_database(db_path).close()
    db = open_database(db_path)
    assert [m.name for m in migrations.applied(db)] == [
        "m001_initial",
        "m002_regimens",
        "m003_accounts",
        "m004_chain",
        "m005_clinic_settings",
        "m006_vial_serials",
        "m007_people",
        "m008_scale",
        "m009_hub",
    ]
    assert migrations.pending(db) == []


def test_write_transaction_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), write_transaction(db):
        db.execute("INSERT INTO nurses (name, credentials, created_at) VALUES ('a', 'RN', 'x')")
        raise RuntimeError("boom")
    assert db.execute("SELECT COUNT(*) FROM nurses").fetchone()[0] == 0
    assert not db.conn.in_transaction


def test_write_transaction_does_not_nest(db: Database) -> None:
    with write_transaction(db), pytest.raises(StoreError, match="already open"), write_transaction(db):
        pass


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), write_transaction(db):
        db.execute("INSERT INTO sessions (patient_id, location, opened_at, opened_by) VALUES (99, 'c', 't', 99)")
