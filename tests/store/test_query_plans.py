"""Every query the app runs is read through an index: none walks every event or every session (issue 14).

The test finds every SQL query written in the package (string literals starting with SELECT or WITH, outside the
migrations) and requires each to be listed in QUERIES below, with parameters to explain it and the indexes it
relies on; a new query fails the test until it is listed. Each listed query's EXPLAIN QUERY PLAN, on a database
made by the migrations (without statistics, as on a clinic's machine), must not SCAN `events` or `sessions`
(a SEARCH is a look-up; a SCAN, even of an index, reads every row) unless the entry says why it may, and must
use the indexes it names. The same holds for the look-ups triggers make on every insert.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ivig_desktop.store.database import IvigDatabase, open_database

PACKAGE = Path(__file__).resolve().parents[2] / "ivig_desktop"
GROWING = frozenset({"events", "sessions"})  # tables that grow with every session, for years
# Indexes of growing tables whose every key matches a share of all rows (events_type: a search by type reads
# every event of that type ever recorded): a plan that uses one grows like a scan.
UNSELECTIVE = frozenset({"events_type"})


@dataclass(frozen=True)
class Plan:
    params: tuple[object, ...] | dict[str, object] = ()
    uses: frozenset[str] = frozenset()  # indexes (or tables searched by primary key) the plan must show
    may_scan: frozenset[str] = frozenset()  # growing tables it may read whole, and `why`
    why: str = ""
    explain: str | None = field(default=None)  # the SQL to explain when the source has placeholders
    skip: str = ""  # not explained (a table name is filled in at run time): why that is fine


WHOLE = frozenset(GROWING)
PK = frozenset({"INTEGER PRIMARY KEY"})
BY_SEQ = frozenset({"sqlite_autoindex_events_1"})  # UNIQUE (session_id, seq)
BY_VERSION = frozenset({"sqlite_autoindex_regimens_1"})  # UNIQUE (patient_id, version)

QUERIES: dict[str, Plan] = {
    # store/sessions.py
    "SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = ?": Plan((1,), BY_SEQ),
    "SELECT * FROM sessions WHERE id = ?": Plan((1,), PK),
    "SELECT * FROM events WHERE id = ?": Plan((1,), PK),
    "SELECT * FROM events WHERE session_id = ? ORDER BY seq": Plan((1,), BY_SEQ),
    "SELECT * FROM sessions ORDER BY opened_at, id": Plan(
        may_scan=frozenset({"sessions"}), why="headers() of every session: used by tests and tools, not the app"
    ),
    "SELECT * FROM sessions WHERE id IN ({marks}) ORDER BY opened_at, id": Plan(
        explain="SELECT * FROM sessions WHERE id IN (?, ?) ORDER BY opened_at, id",
        params=(1, 2),
        uses=PK,
    ),
    "SELECT * FROM sessions WHERE opened_at >= ? ORDER BY opened_at, id": Plan(
        ("2026-11-01T00:00:00.000Z",), frozenset({"sessions_opened_at"})
    ),
    "SELECT id FROM sessions WHERE patient_id = ? ORDER BY opened_at, id": Plan((1,), frozenset({"sessions_patient"})),
    "SELECT COUNT(DISTINCT s.id), COALESCE(MAX(e.id), 0) FROM sessions s LEFT JOIN events e ON e.session_id = s.id "
    "WHERE s.patient_id = ? AND s.id != ?": Plan((1, 2), frozenset({"sessions_patient"}) | BY_SEQ),
    "SELECT s.* FROM open_sessions o CROSS JOIN sessions s ON s.id = o.session_id ORDER BY s.opened_at, s.id": Plan(
        uses=frozenset({"SCAN o", "INTEGER PRIMARY KEY"})
    ),
    "SELECT e.* FROM open_sessions o CROSS JOIN events e ON e.session_id = o.session_id ORDER BY e.session_id, e.seq": (
        Plan(uses=frozenset({"SCAN o", "sqlite_autoindex_events_1"}))
    ),
    # store/lots.py
    "SELECT e.id, e.payload, e.occurred_at, s.id AS session_id, s.location, p.id AS patient_id, p.family_name, "
    "p.given_name, p.date_of_birth, p.mrn, EXISTS (SELECT 1 FROM events a WHERE a.amends = e.id AND "
    "json_extract(a.payload, '$.entered_in_error') = 1) AS struck FROM events e JOIN sessions s ON s.id = "
    "e.session_id JOIN patients p ON p.id = s.patient_id WHERE e.type = 'vial_recorded' AND "
    "upper(json_extract(e.payload, '$.lot')) = ? ORDER BY e.occurred_at DESC, e.id DESC": Plan(
        ("P100234",), frozenset({"events_vial_lot", "events_amends"})
    ),
    # store/patients.py, nurses.py, regimens.py, accounts.py
    "SELECT * FROM patients WHERE id = ?": Plan((1,), PK),
    "SELECT * FROM patients ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE LIMIT ?": Plan(
        (200,), frozenset({"patients_name"})
    ),
    "SELECT * FROM patients WHERE family_name LIKE :like ESCAPE '\\' OR given_name LIKE :like ESCAPE '\\' OR "
    "(family_name || ', ' || given_name) LIKE :like ESCAPE '\\' OR (given_name || ' ' || family_name) LIKE :like "
    "ESCAPE '\\' OR mrn LIKE :like ESCAPE '\\' OR date_of_birth LIKE :prefix ESCAPE '\\' ORDER BY family_name "
    "COLLATE NOCASE, given_name COLLATE NOCASE LIMIT :limit": Plan(
        {"like": "%doe%", "prefix": "doe%", "limit": 200}, frozenset({"patients_name"})
    ),  # reads patients (a clinic's list of people), never a session or an event
    "SELECT * FROM nurses ORDER BY name COLLATE NOCASE, id": Plan(),
    "SELECT * FROM nurses WHERE id = ?": Plan((1,), PK),
    "SELECT COALESCE(MAX(version), 0) FROM regimens WHERE patient_id = ?": Plan((1,), BY_VERSION),
    "SELECT * FROM regimens WHERE patient_id = ? ORDER BY version": Plan((1,), BY_VERSION),
    "SELECT * FROM regimens WHERE patient_id = ? ORDER BY version DESC LIMIT 1": Plan((1,), BY_VERSION),
    "SELECT 1 FROM nurse_secrets WHERE nurse_id = ? LIMIT 1": Plan((1,), frozenset({"nurse_secrets_nurse"})),
    "SELECT at, succeeded FROM sign_in_attempts WHERE nurse_id = ? ORDER BY id": Plan(
        (1,), frozenset({"(nurse_id=?)"})
    ),  # every attempt of one nurse: the audit's, not the lockout's (below)
    "SELECT at, succeeded FROM sign_in_attempts WHERE nurse_id = :nurse AND at >= COALESCE( (SELECT MAX(at) FROM "
    "sign_in_attempts WHERE nurse_id = :nurse AND succeeded = 1), '') ORDER BY id": Plan(
        {"nurse": 1}, frozenset({"sign_in_attempts_nurse (nurse_id=? AND at>?)", "sign_in_attempts_outcome"})
    ),
    "SELECT hash FROM nurse_secrets WHERE nurse_id = ? ORDER BY id DESC LIMIT 1": Plan(
        (1,), frozenset({"nurse_secrets_nurse"})
    ),
    # the schema, the start-up and the migrations
    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'": Plan(),
    "SELECT COUNT(*) FROM sqlite_master": Plan(),
    "SELECT COUNT(*), MAX(rootpage) FROM sqlite_master": Plan(),  # the start-up check after a clean close
    "SELECT COUNT(*) FROM source.sqlite_master": Plan(skip="runs on an attached copy while encrypting"),
    "SELECT name FROM sqlite_master WHERE type = 'table'": Plan(),
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name": Plan(),
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name": Plan(),
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?": Plan(("_sqlite_migrations",)),
    "SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid": Plan(
        explain="SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", params=("ivig_desktop",)
    ),
    "SELECT sqlcipher_export('target', 'source')": Plan(skip="SQLCipher's copy, when encrypting or decrypting"),
    # whole-database reads, by design: `check` and the verification of an encrypted or decrypted copy
    "SELECT COUNT(*) FROM sessions": Plan(may_scan=WHOLE, why="`check` counts the record (never at start-up)"),
    "SELECT COUNT(*) FROM events": Plan(may_scan=WHOLE, why="`check` counts the record (never at start-up)"),
    "SELECT COUNT(*) FROM sessions s WHERE EXISTS (SELECT 1 FROM open_sessions o WHERE o.session_id = s.id) = EXISTS "
    "(SELECT 1 FROM events e WHERE e.session_id = s.id AND e.type = 'signed_off')": Plan(
        may_scan=WHOLE, why="`check` compares the board's projection with the record, session by session"
    ),
    'SELECT COUNT(*) FROM "{t}"': Plan(skip="encrypt/decrypt compare every table's rows of a copy with the original"),
}

# Look-ups made by triggers on every insert (EXPLAIN QUERY PLAN does not show them): the same query, explained.
TRIGGERS: dict[str, tuple[str, tuple[object, ...], frozenset[str]] | None] = {
    "events_in_order": (
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE session_id = ?",
        (1,),
        BY_SEQ,
    ),
    "events_amend_same_session": ("SELECT session_id FROM events WHERE id = ?", (1,), PK),
    "regimens_in_order": (
        "SELECT COALESCE(MAX(version), 0) + 1 FROM regimens WHERE patient_id = ?",
        (1,),
        BY_VERSION,
    ),
    "events_signed_off_closes": (
        "DELETE FROM open_sessions WHERE session_id = ?",
        (1,),
        PK,
    ),
    "sessions_open": None,  # an INSERT of the new session's id: no look-up
}


def normalized(sql: str) -> str:
    return " ".join(sql.split())


def _text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                parts.append(value.value)
            elif isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.Name):
                parts.append("{" + value.value.id + "}")
            else:
                parts.append("{}")
        return "".join(parts)
    return None


def queries_in_source() -> dict[str, list[str]]:
    """Every SELECT or WITH query written in the package (outside the migrations), with where it is."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.relative_to(PACKAGE).parts and path.name not in ("base.py", "__init__.py"):
            continue  # the steps: DDL, and one-time back-fills when a database is upgraded
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for value in node.values:  # its parts are not queries of their own
                    value._in_fstring = True  # type: ignore[attr-defined]
            if not isinstance(node, ast.Constant | ast.JoinedStr) or getattr(node, "_in_fstring", False):
                continue
            text = _text(node)
            if text is None:
                continue
            sql = normalized(text)
            is_query = re.match(r"(SELECT|WITH)\b", sql, re.IGNORECASE) is not None and " FROM " in sql.upper()
            if is_query or sql.startswith("SELECT sqlcipher_export"):
                found.setdefault(sql, []).append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


@pytest.fixture(scope="module")
def schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[IvigDatabase]:
    db = open_database(tmp_path_factory.mktemp("plans") / "ivig.db")
    yield db
    db.close()


def test_every_query_in_the_source_is_listed_and_every_listed_query_is_in_the_source() -> None:
    found = queries_in_source()
    unlisted = {sql: where for sql, where in found.items() if sql not in QUERIES}
    assert not unlisted, "new queries: add each to QUERIES in tests/store/test_query_plans.py: " + "\n".join(
        f"{where}: {sql}" for sql, where in unlisted.items()
    )
    stale = [sql for sql in QUERIES if sql not in found]
    assert not stale, f"listed queries no longer in the source (remove them): {stale}"


def aliases(sql: str) -> dict[str, str]:
    """Alias (or name) -> table, for the tables a query reads."""
    names: dict[str, str] = {}
    keywords = {"ON", "WHERE", "JOIN", "CROSS", "ORDER", "GROUP", "LIMIT", "AS", "INNER", "LEFT"}
    for table, alias in re.findall(r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?", sql, re.IGNORECASE):
        names[table] = table
        if alias and alias.upper() not in keywords:
            names[alias] = table
    return names


def scans(detail_lines: list[str], sql: str) -> set[str]:
    """The tables a plan reads whole (SCAN, of the table or of one of its indexes)."""
    names = aliases(sql)
    return {names.get(line.split()[1], line.split()[1]) for line in detail_lines if line.startswith("SCAN ")}


def plan_of(db: IvigDatabase, sql: str, params: tuple[object, ...] | dict[str, object]) -> list[str]:
    return [str(row[3]) for row in db.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]


@pytest.mark.parametrize("sql", sorted(QUERIES))
def test_no_query_reads_every_event_or_session(schema: IvigDatabase, sql: str) -> None:
    entry = QUERIES[sql]
    if entry.skip:
        return
    explained = entry.explain or sql
    lines = plan_of(schema, explained, entry.params)
    scanned = scans(lines, explained) & GROWING
    scanned |= {index for index in UNSELECTIVE if any(f"INDEX {index} " in line for line in lines)}
    assert scanned <= entry.may_scan, f"{sql}\nreads every row of {sorted(scanned)}: {lines}"
    if entry.may_scan:
        assert entry.why, "say why this query may read a whole table"
    text = " | ".join(lines)
    missing = [index for index in entry.uses if index not in text]
    assert not missing, f"{sql}\ndoes not use {missing}: {lines}"


def test_every_trigger_that_looks_up_rows_is_listed(schema: IvigDatabase) -> None:
    rows = schema.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    looking_up = {name for name, sql in rows if re.search(r"\b(FROM|INTO)\b", sql, re.IGNORECASE)}
    assert looking_up == set(TRIGGERS), "list each trigger's look-up in TRIGGERS (tests/store/test_query_plans.py)"


@pytest.mark.parametrize("name", sorted(TRIGGERS))
def test_trigger_look_ups_use_an_index(schema: IvigDatabase, name: str) -> None:
    entry = TRIGGERS[name]
    if entry is None:
        return
    sql, params, uses = entry
    lines = plan_of(schema, sql, params)
    assert not scans(lines, sql) & GROWING, f"{name}: {lines}"
    assert not any(f"INDEX {index} " in line for line in lines for index in UNSELECTIVE), f"{name}: {lines}"
    assert all(index in " | ".join(lines) for index in uses), f"{name}: {lines}"


def test_the_board_and_the_lot_look_up_rely_on_their_indexes(schema: IvigDatabase) -> None:
    """The indexes the UI's queries stand on exist, as migration m008 made them."""
    indexes = {row[0] for row in schema.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    tables = {row[0] for row in schema.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"events_vial_lot", "sessions_opened_at", "sign_in_attempts_outcome", "sessions_patient"} <= indexes
    assert "open_sessions" in tables
