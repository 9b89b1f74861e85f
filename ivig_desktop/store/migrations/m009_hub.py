"""m009 (h-hub): the workstation's link to a clinic hub, its sync state, and a record that can hold what two
workstations wrote while apart.

Local tables (this workstation's own, neither chained nor sent to the hub; LOCAL_TABLES in base.py):
- `hub_links` (append-only): `hub connect` adds a row with the hub's URL (never a password) and the name this
  workstation registered under; `hub disconnect` adds one with no URL. The latest row counts.
- `hub_pulls` (append-only): after each pull that brought something, the hub's feed number reached (the pull
  cursor) and the global id of the entry there, written in the same transaction as the rows it brought.
- `hub_pushes` (append-only): the last entry of each of this workstation's origins the hub acknowledged.
- `hub_origins`, `hub_workstations`: which workstation each origin pulled from the hub belongs to, and its name.
- `hub_applying`: holds one row only inside a pull's transaction (never committed with it): while it does, the
  triggers below accept rows written elsewhere whose numbers collide with ours.

The record's tables keep every row either side wrote: two workstations that both wrote the same session while
apart both wrote its next `seq` (and two patients made apart may share an MRN, two regimen versions a number).
So `events` and `regimens` are rebuilt without their UNIQUE (..., seq|version) constraints (same columns, rows,
ids, indexes and triggers; SQLite's documented procedure, with foreign keys off while it runs), and m007's
triggers (an MRN unique among the current ones; only a database's first profile without an authoriser) accept
rows being pulled. What the app itself writes is held to
the same rules as before by triggers; rows pulled from the hub may repeat a number, and the session or patient
is then flagged for a person to review.
Two patients made apart with the same MRN are possible duplicates until a nurse links them (`patient_links`, a
record table, chained and replicated: the same person, or different people, with a reason); they are never merged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from ivig_desktop.store.migrations.base import append_only, migrations

APPLYING = "NOT EXISTS (SELECT 1 FROM hub_applying)"


@migrations()
def m009_hub(db: Database) -> None:
    db.execute(
        """CREATE TABLE hub_links (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            url TEXT CHECK (url IS NULL OR url LIKE 'postgres%://%'),
            workstation_name TEXT CHECK (workstation_name IS NULL OR length(trim(workstation_name)) > 0),
            CHECK ((url IS NULL) = (workstation_name IS NULL))
        )"""
    )
    db.execute(
        """CREATE TABLE hub_pulls (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            hub TEXT NOT NULL,
            cursor INTEGER NOT NULL CHECK (cursor >= 0),
            last_gid TEXT,
            rows INTEGER NOT NULL CHECK (rows >= 0)
        )"""
    )
    db.execute("CREATE INDEX hub_pulls_hub ON hub_pulls(hub, cursor)")
    db.execute(
        """CREATE TABLE hub_pushes (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            hub TEXT NOT NULL,
            origin TEXT NOT NULL,
            seq INTEGER NOT NULL CHECK (seq > 0)
        )"""
    )
    db.execute("CREATE INDEX hub_pushes_origin ON hub_pushes(hub, origin, seq)")
    db.execute(
        """CREATE TABLE hub_origins (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL UNIQUE CHECK (length(origin) = 36),
            workstation TEXT NOT NULL CHECK (length(workstation) BETWEEN 1 AND 64)
        )"""
    )
    db.execute(
        """CREATE TABLE hub_workstations (
            id INTEGER PRIMARY KEY,
            workstation TEXT NOT NULL UNIQUE CHECK (length(workstation) BETWEEN 1 AND 64),
            name TEXT NOT NULL
        )"""
    )
    db.execute("CREATE TABLE hub_applying (id INTEGER PRIMARY KEY)")
    for table, what in (
        ("hub_links", "connect or disconnect again instead"),
        ("hub_pulls", "each pull is recorded"),
        ("hub_pushes", "each acknowledgement is recorded"),
        ("hub_origins", "an origin belongs to one workstation"),
        ("hub_workstations", "a workstation joins once"),
    ):
        append_only(db, table, what)

    _without_unique(db, "events", "session_id, seq")
    db.execute("CREATE INDEX events_session_seq ON events(session_id, seq)")
    db.execute("DROP TRIGGER events_in_order")
    db.execute(
        f"""CREATE TRIGGER events_in_order BEFORE INSERT ON events
        WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE session_id = NEW.session_id)
            AND {APPLYING}
        BEGIN SELECT RAISE(ABORT, 'events: seq must follow the last event of its session'); END"""
    )
    _without_unique(db, "regimens", "patient_id, version")
    db.execute("CREATE INDEX regimens_patient_version ON regimens(patient_id, version)")
    db.execute("DROP TRIGGER regimens_in_order")
    db.execute(
        f"""CREATE TRIGGER regimens_in_order BEFORE INSERT ON regimens
        WHEN NEW.version IS NOT (SELECT COALESCE(MAX(version), 0) + 1 FROM regimens WHERE patient_id = NEW.patient_id)
            AND {APPLYING}
        BEGIN SELECT RAISE(ABORT, 'regimens: version must follow the last version of the patient'); END"""
    )
    db.execute(
        """CREATE TABLE patient_links (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            other_patient_id INTEGER NOT NULL REFERENCES patients(id) CHECK (other_patient_id <> patient_id),
            same_person INTEGER NOT NULL CHECK (same_person IN (0, 1)),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            created_at TEXT NOT NULL,
            created_by INTEGER NOT NULL REFERENCES nurses(id)
        )"""
    )
    db.execute("CREATE INDEX patient_links_patient ON patient_links(patient_id)")
    db.execute("CREATE INDEX patient_links_other ON patient_links(other_patient_id)")
    append_only(db, "patient_links", "link again with the right answer and a reason")
    # m007's rules hold for what the app writes; rows pulled from the hub may break them and are kept: a patient or
    # a correction may repeat an MRN (a possible duplicate, store/duplicates.py), and each workstation's first
    # profile came without an authoriser (the first profile of its own database).
    for trigger, condition in (
        ("patients_mrn_unique", "NEW.mrn IS NOT NULL"),
        ("patient_amendments_mrn_unique", "NEW.mrn IS NOT NULL"),
        ("nurse_access_authorised", "NEW.by_nurse_id IS NULL"),
    ):
        sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [trigger]).fetchone()[0]
        pattern = r"\bWHEN " + re.escape(condition) + " AND "
        rebuilt, found = re.subn(pattern, f"WHEN {condition} AND {APPLYING} AND ", sql)
        if found != 1:
            raise RuntimeError(f"{trigger}: the condition to extend was not found")
        db.execute(f"DROP TRIGGER {trigger}")
        db.execute(rebuilt)


def _without_unique(db: Database, table: str, columns: str) -> None:
    """Rebuild `table` without its `UNIQUE (columns)` constraint: same columns, rows and ids, same indexes and
    triggers (SQLite's procedure for a change ALTER TABLE cannot make; foreign keys are off during migrations)."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
    pattern = r",\s*UNIQUE\s*\(\s*" + r"\s*,\s*".join(map(re.escape, columns.split(", "))) + r"\s*\)"
    rebuilt, found = re.subn(pattern, "", sql)
    if found != 1:
        raise RuntimeError(f"{table}: the UNIQUE ({columns}) constraint to remove was not found")
    if db.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise RuntimeError(f"{table} is rebuilt with foreign keys off: run it through open_database")
    dependants = db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL "
        "ORDER BY type DESC, name",
        [table],
    ).fetchall()
    temporary = f"{table}__m009"
    db.execute(re.sub(rf"^CREATE TABLE \"?{table}\"?", f"CREATE TABLE {temporary}", rebuilt, count=1))
    db.execute(f"INSERT INTO {temporary} SELECT * FROM {table}")
    legacy = db.execute("PRAGMA legacy_alter_table").fetchone()[0]
    db.execute("PRAGMA legacy_alter_table = ON")  # triggers of other tables that name it are left as they are
    try:
        db.execute(f"DROP TABLE {table}")
        db.execute(f"ALTER TABLE {temporary} RENAME TO {table}")
    finally:
        db.execute(f"PRAGMA legacy_alter_table = {'ON' if legacy else 'OFF'}")
    for (statement,) in dependants:
        db.execute(statement)
