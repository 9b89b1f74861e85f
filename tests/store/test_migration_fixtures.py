"""Every released schema version keeps a fixture database (tests/store/fixtures/schema-vN.db, made by
make_schema_vN.py); opening a copy with today's code upgrades it and keeps every row of every table.

Schema version N is the first N migrations in the order migrations/__init__.py applies them, which their numbers
follow (m001-m009), so the fixture schema-vN.db holds exactly the steps m001 to mN, and each builds on the one
before it."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from ivig_desktop.store import sessions
from ivig_desktop.store.backup import PRE_MIGRATION, list_backups
from ivig_desktop.store.database import open_database
from ivig_desktop.store.migrations import migrations
from ivig_desktop.store.migrations.base import MigrationSet
from ivig_desktop.store.verification import verify_record

from .test_database import EXPECTED_SCHEMA, schema_text

FIXTURES = Path(__file__).with_name("fixtures")
FIXTURE_FILES = sorted(FIXTURES.glob("schema-v*.db"), key=lambda p: int(re.findall(r"\d+", p.stem)[0]))


def released_migrations() -> list[str]:
    return [m.name for m in migrations.pending(Database(memory=True))]


def rows_by_table(path: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """Every row of every table, by rowid, with the table's columns."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        result = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()
            result[table] = (columns, rows)
        return result
    finally:
        conn.close()


def migration_number(name: str) -> int:
    """The number of migration `mNNN_...` (its place in the order of application)."""
    return int(re.findall(r"\d+", name)[0])


def test_every_schema_version_has_a_fixture() -> None:
    versions = [int(re.findall(r"\d+", p.stem)[0]) for p in FIXTURE_FILES]
    assert versions == [migration_number(name) for name in released_migrations()], (
        "each migration mNNN is a schema version: add tests/store/fixtures/make_schema_vNNN.py and its schema-vNNN.db"
    )


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_a_fixture_holds_its_version(fixture: Path) -> None:
    version = int(re.findall(r"\d+", fixture.stem)[0])
    conn = sqlite3.connect(f"file:{fixture}?mode=ro", uri=True)
    applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    events = conn.execute("SELECT COUNT(*) FROM events WHERE amends IS NOT NULL").fetchone()[0]
    conn.close()
    assert applied == [name for name in released_migrations() if migration_number(name) <= version]
    assert events >= 1, "a fixture needs representative rows, amendments included"


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_upgrading_keeps_every_row(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / "clinic" / "ivig.db"
    copy.parent.mkdir()
    shutil.copyfile(fixture, copy)
    before = rows_by_table(copy)
    plain = Database(sqlite3.connect(copy))
    behind = bool(migrations.pending(plain))
    plain.close()

    db = open_database(copy)
    assert migrations.pending(db) == []
    assert schema_text(db) == EXPECTED_SCHEMA.read_text(encoding="utf-8"), "an upgraded database differs from a new one"
    for header in sessions.headers(db):
        sessions.load(db, header.id)  # every session folds
    report = verify_record(db)
    assert report.chained and report.sound, report.problems[:3]
    assert report.entries == sum(len(rows) for _, rows in rows_by_table(copy).values()) - _unchained_rows(copy)
    db.close()

    after = rows_by_table(copy)
    for table, (columns, rows) in before.items():
        assert table in after, f"table {table} was dropped"
        kept = rows_by_table_columns(copy, table, columns)
        assert kept[: len(rows)] == rows, f"rows of {table} changed in the upgrade"
        if table == "record_chain":  # which gains the entry of each migration's row, and nothing else
            added = [row[columns.index("table_name")] for row in kept[len(rows) :]]
            assert set(added) <= {"_sqlite_migrations"}, f"rows of {set(added)} were chained by the upgrade"
        elif table != "_sqlite_migrations":  # which gains a row per migration applied
            assert len(kept) == len(rows), f"rows were added to {table} by the upgrade"
    assert (PRE_MIGRATION in {b.reason for b in list_backups(copy)}) == behind


def _unchained_rows(path: Path) -> int:
    """Rows of the tables that are not chained: the chain's own ledger, the board's projection of open sessions
    (derived from the events by triggers, m008: not part of the record) and the workstation's local tables (hub)."""
    from ivig_desktop.store.migrations.base import LOCAL_TABLES

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        unchained = ("record_chain", "open_sessions", *LOCAL_TABLES)
        return sum(int(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in unchained if t in tables)
    finally:
        conn.close()


def rows_by_table_columns(path: Path, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()
    finally:
        conn.close()


def test_the_v1_fixture_opens_as_the_app_shows_it(tmp_path: Path) -> None:
    copy = tmp_path / "ivig.db"
    shutil.copyfile(FIXTURES / "schema-v1.db", copy)
    db = open_database(copy)
    first = sessions.load(db, 1)
    assert first.entries[1].current_payload == {"text": "Premeds: cetirizine 10 mg PO"}
    assert first.entries[1].event.payload == {"text": "Premeds: paracetamol 1 g PO"}
    second = sessions.load(db, 2)
    assert second.entries[0].event.is_late_entry
    assert second.entries[1].entered_in_error
    db.close()


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_a_further_migration_keeps_every_row_and_backs_up_first(
    fixture: Path, tmp_path: Path, newer_version: MigrationSet
) -> None:
    """Rehearses the next release on each fixture: a migration adding a table and a column."""
    copy = tmp_path / "ivig.db"
    shutil.copyfile(fixture, copy)
    before = rows_by_table(copy)
    open_database(copy).close()
    for table, (columns, rows) in before.items():
        kept = rows_by_table_columns(copy, table, columns)
        assert kept[: len(rows)] == rows, f"rows of {table} changed in the upgrade"
    [pre] = [b for b in list_backups(copy) if b.reason == PRE_MIGRATION]
    assert rows_by_table(pre.path) == before  # the backup is the database as it was before the upgrade
