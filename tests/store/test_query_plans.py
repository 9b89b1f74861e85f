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
# Tables that grow with every session, for years: its events, and the chain's ledger (an entry for every row of
# the record, c-chain's `record_chain`).
GROWING = frozenset({"events", "sessions", "record_chain"})
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
BY_SEQ = frozenset({"events_session_seq"})  # (session_id, seq): no longer UNIQUE since m009 (the hub)
BY_VERSION = frozenset({"regimens_patient_version"})  # (patient_id, version): not UNIQUE since m009
BY_PLACE = frozenset({"sqlite_autoindex_record_chain_1"})  # UNIQUE (origin, seq): an entry's place in its chain
BY_ROW = frozenset({"sqlite_autoindex_record_chain_2"})  # UNIQUE (table_name, row_id): a row's entry
BY_GID = frozenset({"sqlite_autoindex_record_chain_3"})  # UNIQUE (gid)
VERIFY_RECORD = "verify_record: `check`, the daily check in the background, a backup before its restore (the whole"
VERIFY_RECORD += " record by design, never at start-up nor on a screen)"
HUB_PG = "PostgreSQL, on the hub (tests/hub/test_schema.py): by its keys, or a one-row table, or the roles"

LOT_QUERY = (
    "SELECT e.id, e.payload, e.occurred_at, s.id AS session_id, s.location, p.id AS patient_id, p.family_name, "
    "p.given_name, p.date_of_birth, p.mrn, EXISTS (SELECT 1 FROM events a WHERE a.amends = e.id AND "
    "json_extract(a.payload, '$.entered_in_error') = 1) AS struck FROM events e JOIN sessions s ON s.id = "
    "e.session_id JOIN {} p ON p.id = s.patient_id WHERE e.type = 'vial_recorded' AND "
    "upper(json_extract(e.payload, '$.lot')) = ? ORDER BY e.occurred_at DESC, e.id DESC"
)
PATIENT_SEARCH = (
    "SELECT * FROM {table} WHERE family_name LIKE :like ESCAPE '\\' OR given_name LIKE :like ESCAPE '\\' OR "
    "(family_name || ', ' || given_name) LIKE :like ESCAPE '\\' OR (given_name || ' ' || family_name) LIKE :like "
    "ESCAPE '\\' OR mrn LIKE :like ESCAPE '\\' OR date_of_birth LIKE :prefix ESCAPE '\\' ORDER BY family_name "
    "COLLATE NOCASE, given_name COLLATE NOCASE LIMIT :limit"
)

QUERIES: dict[str, Plan] = {
    # store/sessions.py
    "SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = ?": Plan((1,), BY_SEQ),
    "SELECT * FROM sessions WHERE id = ?": Plan((1,), PK),
    "SELECT * FROM events WHERE id = ?": Plan((1,), PK),
    "SELECT * FROM events WHERE session_id = ? ORDER BY seq, occurred_at, recorded_at, id": Plan((1,), BY_SEQ),
    "SELECT * FROM sessions ORDER BY opened_at, id": Plan(
        may_scan=frozenset({"sessions"}),
        why="headers() of every session: tests and tools, and an export of the whole record (no patient, no dates)",
    ),
    "SELECT * FROM sessions WHERE id IN ({marks}) ORDER BY opened_at, id": Plan(
        explain="SELECT * FROM sessions WHERE id IN (?, ?) ORDER BY opened_at, id",
        params=(1, 2),
        uses=PK,
    ),
    "SELECT * FROM sessions WHERE opened_at >= ? AND opened_at < ? ORDER BY opened_at, id": Plan(
        ("2026-11-01T00:00:00.000Z", "~"), frozenset({"sessions_opened_at"})
    ),  # an export of a date range (e-records' Selection), and --since
    "SELECT * FROM sessions WHERE patient_id = ? ORDER BY opened_at, id": Plan((1,), frozenset({"sessions_patient"})),
    "SELECT 1 FROM events WHERE session_id = ? AND type = 'signed_off' LIMIT 1": Plan((1,), BY_SEQ),
    "SELECT id FROM sessions WHERE patient_id = ? ORDER BY opened_at, id": Plan((1,), frozenset({"sessions_patient"})),
    "SELECT COUNT(DISTINCT s.id), COALESCE(MAX(e.id), 0) FROM sessions s LEFT JOIN events e ON e.session_id = s.id "
    "WHERE s.patient_id = ? AND s.id != ?": Plan((1, 2), frozenset({"sessions_patient"}) | BY_SEQ),
    "SELECT s.* FROM open_sessions o CROSS JOIN sessions s ON s.id = o.session_id ORDER BY s.opened_at, s.id": Plan(
        uses=frozenset({"SCAN o", "INTEGER PRIMARY KEY"})
    ),
    "SELECT e.* FROM open_sessions o CROSS JOIN events e ON e.session_id = o.session_id ORDER BY e.session_id, e.seq": (
        Plan(uses=frozenset({"SCAN o", "events_session_seq"}))
    ),
    # store/lots.py (patients as corrected: d-faults' view patients_current)
    LOT_QUERY: Plan(
        ("P100234",),
        frozenset({"events_vial_lot", "events_amends", "patient_amendments_patient"}),
        explain=LOT_QUERY.replace("JOIN {} p", "JOIN patients_current p"),
    ),
    # store/vials.py: a vial used once (b-vitals), looked up by GTIN and serial as recorded or as corrected
    "SELECT e.id AS event_id FROM events e WHERE e.type = 'vial_recorded' AND json_extract(e.payload, '$.gtin') = "
    ":gtin AND json_extract(e.payload, '$.serial') = :serial UNION SELECT a.amends AS event_id FROM events a WHERE "
    "a.type = 'amendment' AND json_extract(a.payload, '$.replacement.gtin') = :gtin AND json_extract(a.payload, "
    "'$.replacement.serial') = :serial": Plan(
        {"gtin": "07612345000015", "serial": "SN0042"},
        frozenset({"events_vial_serial", "events_vial_serial_corrected"}),
    ),
    "SELECT id FROM events WHERE amends = ? ORDER BY seq": Plan((1,), frozenset({"events_amends"})),
    # store/patients.py, nurses.py, regimens.py, accounts.py; people as corrected (d-faults: the views
    # patients_current and nurses_current, each row's latest amendment found by index). They read people (a
    # clinic's list of patients and nurses), never a session or an event.
    "SELECT * FROM patients WHERE id = ?": Plan((1,), PK),
    "SELECT * FROM {} WHERE id = ?": Plan(
        (1,), PK | frozenset({"patient_amendments_patient"}), explain="SELECT * FROM patients_current WHERE id = ?"
    ),  # (nurses_current alike, through nurse_amendments_nurse)
    "SELECT * FROM {table} ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE LIMIT ?": Plan(
        (200,),
        frozenset({"patient_amendments_patient"}),
        explain="SELECT * FROM patients_current ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE LIMIT ?",
    ),
    PATIENT_SEARCH: Plan(
        {"like": "%doe%", "prefix": "doe%", "limit": 200},
        frozenset({"patient_amendments_patient"}),
        explain=PATIENT_SEARCH.replace("{table}", "patients_current"),
    ),
    "SELECT * FROM {table} ORDER BY name COLLATE NOCASE, id": Plan(
        uses=frozenset({"nurse_amendments_nurse"}),
        explain="SELECT * FROM nurses_current ORDER BY name COLLATE NOCASE, id",
    ),
    "SELECT * FROM nurses WHERE id = ?": Plan((1,), PK),
    "SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'patients_current'": Plan(),
    "SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = 'nurses_current'": Plan(),
    "SELECT * FROM patient_amendments WHERE patient_id = ? ORDER BY id": Plan(
        (1,), frozenset({"patient_amendments_patient"})
    ),
    "SELECT * FROM nurse_amendments WHERE nurse_id = ? ORDER BY id": Plan((1,), frozenset({"nurse_amendments_nurse"})),
    # store/access.py: who may do what (d-faults): a few rows a profile
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'nurse_access'": Plan(),
    "SELECT nurse_id, role, active, at, by_nurse_id, reason FROM nurse_access ORDER BY id": Plan(),
    "SELECT id FROM nurses ORDER BY id": Plan(),
    "SELECT COUNT(*) FROM nurses": Plan(),  # is this the first profile?
    # store/clinic.py: the clinic's settings recorded with the database (e-records), the latest of each key
    "SELECT key, value FROM clinic_settings WHERE id IN (SELECT MAX(id) FROM clinic_settings GROUP BY key)": Plan(
        uses=frozenset({"clinic_settings_key"})
    ),
    # store/signing.py and signing_keys.py: signatures and nurses' keys (c-chain)
    "SELECT id, nurse_id, public_key, sealed_private_key FROM nurse_keys WHERE nurse_id = ? ORDER BY id DESC LIMIT 1": (
        Plan((1,), frozenset({"nurse_keys_nurse"}))
    ),
    "SELECT k.id, k.nurse_id, k.public_key, k.sealed_private_key FROM nurse_keys k JOIN record_chain c ON "
    "c.table_name = 'nurse_keys' AND c.row_id = k.id WHERE c.gid = ?": Plan(("0" * 36,), BY_GID | PK),
    "SELECT 1 FROM nurse_keys WHERE nurse_id = ? LIMIT 1": Plan((1,), frozenset({"nurse_keys_nurse"})),
    "SELECT seq FROM events WHERE session_id = ? AND seq > ? ORDER BY seq": Plan((1, 3), BY_SEQ),
    "SELECT occurred_at FROM events WHERE id = ?": Plan((1,), PK),
    # store/chain/: the ledger's write side and the session's digest (c-chain)
    "SELECT patient_id FROM sessions WHERE id = ?": Plan((1,), PK),
    "SELECT id, seq FROM events WHERE session_id = ? AND seq <= ? ORDER BY seq": Plan((1, 3), BY_SEQ),
    "SELECT gid FROM {LEDGER_TABLE} WHERE table_name = ? AND row_id = ?": Plan(
        ("events", 1), BY_ROW, explain="SELECT gid FROM record_chain WHERE table_name = ? AND row_id = ?"
    ),
    "SELECT {} FROM {} WHERE id = ?": Plan(
        (1,), PK, explain="SELECT session_id, seq, type, payload FROM events WHERE id = ?"
    ),  # a chained row's columns, by its id (events, sessions, patients ... alike)
    "SELECT t.id FROM {table_name} t WHERE NOT EXISTS (SELECT 1 FROM {LEDGER_TABLE} c WHERE c.table_name = ? AND "
    "c.row_id = t.id) ORDER BY t.id": Plan(
        ("_sqlite_migrations",),
        BY_ROW,
        explain="SELECT t.id FROM _sqlite_migrations t WHERE NOT EXISTS (SELECT 1 FROM record_chain c WHERE "
        "c.table_name = ? AND c.row_id = t.id) ORDER BY t.id",
    ),  # the migrations table's rows not chained yet, after a migration (the m004 upgrade reads every table once)
    "SELECT origin, workstation, follows_origin, follows_seq FROM origins ORDER BY id DESC LIMIT 1": Plan(),
    "SELECT seq, hash FROM {LEDGER_TABLE} WHERE origin = ? ORDER BY seq DESC LIMIT 1": Plan(
        ("o",), BY_PLACE, explain="SELECT seq, hash FROM record_chain WHERE origin = ? ORDER BY seq DESC LIMIT 1"
    ),
    "SELECT {columns} FROM {LEDGER_TABLE} WHERE origin = ? ORDER BY seq DESC LIMIT 1": Plan(
        ("o",),
        BY_PLACE,
        explain="SELECT origin, seq, table_name, row_id, gid, prev, hash FROM record_chain WHERE origin = ? "
        "ORDER BY seq DESC LIMIT 1",
    ),
    "SELECT {columns} FROM {LEDGER_TABLE} WHERE origin = ? AND seq = ?": Plan(
        ("o", 1),
        BY_PLACE,
        explain="SELECT origin, seq, table_name, row_id, gid, prev, hash FROM record_chain "
        "WHERE origin = ? AND seq = ?",
    ),
    "SELECT origin FROM origins ORDER BY id": Plan(),  # an origin a restore or a loss: a handful in years
    "SELECT detail FROM origins WHERE reason IN ('lost', 'mismatch')": Plan(),
    "SELECT COUNT(*) FROM {}": Plan(skip="m004's upgrade counts each chained table once, when the chain begins"),
    "SELECT 1 FROM {} LIMIT 1": Plan(skip="m004's upgrade: is a table empty? (one row read)"),
    "SELECT id, {} FROM {} ORDER BY id": Plan(skip="m004's upgrade chains every row already there, once"),
    # store/session_verification.py: one session or one patient for the screens (a few reads per entry)...
    "SELECT session_id FROM events WHERE id = ?": Plan((1,), PK),
    "SELECT id, seq, type FROM events WHERE session_id = ? ORDER BY seq": Plan((1,), BY_SEQ),
    "SELECT table_name, row_id FROM {LEDGER_TABLE} WHERE scope = ?": Plan(
        ("0" * 36,),
        frozenset({"record_chain_scope"}),
        explain="SELECT table_name, row_id FROM record_chain WHERE scope = ?",
    ),
    "SELECT origin, seq, gid, prev, hash FROM {LEDGER_TABLE} WHERE table_name = ? AND row_id = ?": Plan(
        ("events", 1),
        BY_ROW,
        explain="SELECT origin, seq, gid, prev, hash FROM record_chain WHERE table_name = ? AND row_id = ?",
    ),
    "SELECT id FROM patient_amendments WHERE patient_id = ? ORDER BY id": Plan(
        (1,), frozenset({"patient_amendments_patient"})
    ),
    "SELECT id FROM regimens WHERE patient_id = ? ORDER BY id": Plan((1,), BY_VERSION),
    "SELECT reason, created_at, detail FROM origins WHERE reason IN ('restore', 'lost', 'mismatch') ORDER BY id": (
        Plan()
    ),
    # ... and the whole record: every row, every link, every trigger, every signature
    "SELECT DISTINCT origin FROM {LEDGER_TABLE}": Plan(
        may_scan=WHOLE, why=VERIFY_RECORD, explain="SELECT DISTINCT origin FROM record_chain"
    ),
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'": Plan(),
    "SELECT t.id, c.origin, c.seq, c.gid, c.prev, c.hash, c.scope, {} FROM {} t LEFT JOIN {LEDGER_TABLE} c ON "
    "c.table_name = ? AND c.row_id = t.id ORDER BY t.id": Plan(
        ("events",),
        BY_ROW,
        may_scan=WHOLE,
        why=VERIFY_RECORD,
        explain="SELECT t.id, c.origin, c.seq, c.gid, c.prev, c.hash, c.scope, t.payload FROM events t LEFT JOIN "
        "record_chain c ON c.table_name = ? AND c.row_id = t.id ORDER BY t.id",
    ),
    "SELECT c.origin, c.seq, c.row_id, c.gid FROM {LEDGER_TABLE} c WHERE c.table_name = ? AND NOT EXISTS (SELECT 1 "
    "FROM {} t WHERE t.id = c.row_id) ORDER BY c.id": Plan(
        ("events",),
        may_scan=WHOLE,
        why=VERIFY_RECORD,
        explain="SELECT c.origin, c.seq, c.row_id, c.gid FROM record_chain c WHERE c.table_name = ? AND NOT EXISTS "
        "(SELECT 1 FROM events t WHERE t.id = c.row_id) ORDER BY c.id",
    ),
    "SELECT origin, follows_origin, follows_seq, follows_hash FROM origins": Plan(),
    "SELECT origin, seq, table_name, row_id, gid, prev, hash FROM {LEDGER_TABLE} ORDER BY origin, seq": Plan(
        may_scan=WHOLE,
        why=VERIFY_RECORD,
        explain="SELECT origin, seq, table_name, row_id, gid, prev, hash FROM record_chain ORDER BY origin, seq",
    ),
    "SELECT id FROM events WHERE type = 'signed_off' ORDER BY id": Plan(
        may_scan=WHOLE | frozenset({"events_type"}), why=VERIFY_RECORD + ": every signature"
    ),
    "SELECT COUNT(*) FROM {LEDGER_TABLE}": Plan(
        may_scan=WHOLE, why=VERIFY_RECORD, explain="SELECT COUNT(*) FROM record_chain"
    ),
    "SELECT COALESCE(MAX(version), 0) FROM regimens WHERE patient_id = ?": Plan((1,), BY_VERSION),
    "SELECT * FROM regimens WHERE patient_id = ? ORDER BY version, created_at, id": Plan((1,), BY_VERSION),
    "SELECT * FROM regimens WHERE patient_id = ? ORDER BY version DESC, created_at DESC, id DESC LIMIT 1": Plan(
        (1,), BY_VERSION
    ),
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
    # h-hub: the local side of replication (store/replica.py, hub_link.py, holding.py, duplicates.py)
    # (the latest row: SQLite reads the table backwards by rowid and stops at the first, a SCAN by name only)
    "SELECT at, url, workstation_name FROM hub_links ORDER BY id DESC LIMIT 1": Plan(),
    "SELECT seq, gid, table_name, row_id, prev, hash FROM {LEDGER_TABLE} WHERE origin = ? AND seq > ? ORDER BY seq "
    "LIMIT ?": Plan(
        ("o", 0, 500),
        BY_PLACE,
        explain="SELECT seq, gid, table_name, row_id, prev, hash FROM record_chain WHERE origin = ? AND seq > ? "
        "ORDER BY seq LIMIT ?",
    ),
    "SELECT MAX(seq) FROM hub_pushes WHERE hub = ? AND origin = ?": Plan(("h", "o"), frozenset({"hub_pushes_origin"})),
    "SELECT cursor, last_gid FROM hub_pulls WHERE hub = ? ORDER BY cursor DESC, id DESC LIMIT 1": Plan(
        ("h",), frozenset({"hub_pulls_hub"})
    ),
    "SELECT at, hub FROM hub_pulls ORDER BY id DESC LIMIT 1": Plan(),  # (the latest row, as hub_links')
    "SELECT workstation FROM hub_workstations": Plan(),  # the clinic's workstations: a handful
    "SELECT name FROM hub_workstations WHERE workstation = ?": Plan(
        ("w",), frozenset({"sqlite_autoindex_hub_workstations_1"})
    ),
    "SELECT 1 FROM {LEDGER_TABLE} WHERE gid = ?": Plan(
        ("0" * 36,), BY_GID, explain="SELECT 1 FROM record_chain WHERE gid = ?"
    ),
    "SELECT row_id FROM {LEDGER_TABLE} WHERE gid = ? AND table_name = ?": Plan(
        ("0" * 36, "patients"), BY_GID, explain="SELECT row_id FROM record_chain WHERE gid = ? AND table_name = ?"
    ),
    "SELECT c.origin, o.workstation, h.workstation FROM {LEDGER_TABLE} c LEFT JOIN origins o ON o.origin = c.origin "
    "LEFT JOIN hub_origins h ON h.origin = c.origin WHERE c.table_name = ? AND c.row_id = ?": Plan(
        ("sessions", 1),
        BY_ROW | frozenset({"sqlite_autoindex_hub_origins_1"}),
        explain="SELECT c.origin, o.workstation, h.workstation FROM record_chain c LEFT JOIN origins o ON o.origin = "
        "c.origin LEFT JOIN hub_origins h ON h.origin = c.origin WHERE c.table_name = ? AND c.row_id = ?",
    ),  # who holds a session: the workstation of its row's origin
    "SELECT patient_id, other_patient_id, same_person FROM patient_links ORDER BY created_at, id": Plan(),  # a few
    "SELECT id, mrn FROM patients_current WHERE mrn IS NOT NULL ORDER BY id": Plan(
        uses=frozenset({"patient_amendments_patient"})
    ),  # possible duplicates: the clinic's patients, once per exchange that brought rows
    # h-hub: PostgreSQL's side (hub/), not SQLite: each reads the hub's keys (entries: PRIMARY KEY (origin, seq),
    # UNIQUE hub_seq, UNIQUE gid; workstations: PRIMARY KEY workstation_id), or one-row tables and the roles
    "SELECT COALESCE(max(version), 0) FROM ivig_hub.schema_migrations": Plan(skip=HUB_PG),
    "SELECT workstation_id, name, hub_seq, received_at, received_by FROM ivig_hub.workstations WHERE workstation_id "
    "= %s": Plan(skip=HUB_PG),
    "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication FROM pg_roles WHERE rolname "
    "= %s": Plan(skip=HUB_PG),
    "SELECT 1 FROM pg_roles WHERE rolname = %s": Plan(skip=HUB_PG),
    "SELECT gid FROM ivig_hub.entries WHERE hub_seq = %s": Plan(skip=HUB_PG),
    "SELECT hub_id FROM ivig_hub.hub": Plan(skip=HUB_PG),
    "SELECT COALESCE(max(seq), 0) FROM ivig_hub.entries WHERE origin = %s": Plan(skip=HUB_PG),
    "SELECT workstation_id, name FROM ivig_hub.workstations": Plan(skip=HUB_PG),
    "SELECT hub_seq, origin, seq, gid, table_name, prev, hash, content, workstation FROM ivig_hub.entries WHERE "
    "hub_seq > %s AND workstation <> %s ORDER BY hub_seq LIMIT %s": Plan(skip=HUB_PG),
    "SELECT seq, hash FROM ivig_hub.entries WHERE origin = %s AND seq BETWEEN %s AND %s": Plan(skip=HUB_PG),
    # the schema, the start-up and the migrations
    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'": Plan(),
    "SELECT COUNT(*) FROM sqlite_master": Plan(),
    "SELECT COUNT(*), MAX(rootpage) FROM sqlite_master": Plan(),  # the start-up check after a clean close
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'": Plan(),  # a backup holds a record
    "SELECT text FROM draft": Plan(skip="a sealed recovery draft's own one-row file (store/sealed.py)"),
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
    "SELECT COUNT(*) FROM hub_applying": Plan(),  # `check`: the hub's guard is empty outside an exchange
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
    # d-faults: the first profile alone needs no authorisation (the nurses: a clinic's staff, not a growing table)
    "nurse_access_authorised": ("SELECT COUNT(*) FROM nurses", (), frozenset()),
    # d-faults: an MRN belongs to one patient, as first recorded or as corrected
    "patients_mrn_unique": (
        "SELECT EXISTS (SELECT 1 FROM patients p WHERE p.mrn = ? AND NOT EXISTS (SELECT 1 FROM patient_amendments x "
        "WHERE x.patient_id = p.id)) OR EXISTS (SELECT 1 FROM patient_amendments a WHERE a.mrn = ? AND a.id = "
        "(SELECT MAX(id) FROM patient_amendments WHERE patient_id = a.patient_id))",
        ("MRN-001", "MRN-001"),
        frozenset({"patients_mrn", "patient_amendments_mrn"}),
    ),
    "patient_amendments_mrn_unique": (
        "SELECT EXISTS (SELECT 1 FROM patients p WHERE p.mrn = ? AND p.id <> ? AND NOT EXISTS (SELECT 1 FROM "
        "patient_amendments x WHERE x.patient_id = p.id)) OR EXISTS (SELECT 1 FROM patient_amendments a "
        "WHERE a.mrn = ? AND a.patient_id <> ? AND a.id = (SELECT MAX(id) FROM patient_amendments "
        "WHERE patient_id = a.patient_id))",
        ("MRN-001", 1, "MRN-001", 1),
        frozenset({"patients_mrn", "patient_amendments_mrn"}),
    ),
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
