"""The cost of the durable record, as ratios against plain SQLite in the same run:

- appending one event (validated payload, one `BEGIN IMMEDIATE` transaction, WAL + synchronous=FULL, returned as
  stored) against a bare `INSERT` + `COMMIT` on a table of the same shape with the same pragmas;
- folding a long session (the same 600 note events) and deriving its stage, infusion run and what is due, against
  parsing the same 600 payloads from JSON.

    uv run python -m benchmarks.bench_record
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ivig_desktop.domain.due import MonitoringPolicy
from ivig_desktop.domain.events import EventType, NewEvent
from ivig_desktop.domain.people import new_nurse_profile, new_patient_details
from ivig_desktop.domain.session import Session
from ivig_desktop.store import nurses, patients, sessions
from ivig_desktop.store.database import open_database

APPENDS = 600
T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


def bare_inserts(path: Path, count: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE e (id INTEGER PRIMARY KEY, session_id INT, seq INT, type TEXT, payload TEXT)")
    start = time.perf_counter()
    for seq in range(1, count + 1):
        conn.execute("BEGIN")
        conn.execute("INSERT INTO e (session_id, seq, type, payload) VALUES (1, ?, 'note', ?)", [seq, '{"text":"x"}'])
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def store_appends(path: Path, count: int) -> tuple[float, int]:
    db = open_database(path, now=T0)
    nurse = nurses.add_nurse(db, new_nurse_profile("Bench", "RN"), T0)
    details = new_patient_details(
        family_name="Bench", given_name="Mark", date_of_birth="1960-01-01", mrn="", sex="F",
        height_cm="", weight_kg="70", allergies="NKDA", today=T0.date(),
    )  # fmt: skip
    patient = patients.add_patient(db, details, nurse.id, T0)
    header = sessions.open_session(db, patient.id, "Chair 1", nurse.id, T0)
    start = time.perf_counter()
    for i in range(count):
        sessions.append(db, header.id, nurse.id, NewEvent(EventType.NOTE, T0, {"text": f"note {i}"}), T0)
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed, header.id


def fold_ratio(path: Path, session_id: int) -> float:
    db = open_database(path, now=T0)
    events = sessions.events(db, session_id)
    header = sessions.get_header(db, session_id)
    payloads = [json.dumps(dict(e.payload)) for e in events]
    start = time.perf_counter()
    for _ in range(20):
        for text in payloads:
            json.loads(text)
    baseline = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(20):
        session = Session.fold(header, events)
        _ = session.stage, session.infusion, session.due(T0 + timedelta(hours=7), _policy())
    folded = time.perf_counter() - start
    db.close()
    return folded / baseline


def _policy() -> MonitoringPolicy:
    return MonitoringPolicy()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        bare = bare_inserts(base / "bare.db", APPENDS)
        store, session_id = store_appends(base / "store.db", APPENDS)
        print(f"baseline: bare INSERT + COMMIT (WAL, synchronous=FULL), {APPENDS} times = 1.00")
        print(f"store append (validated, BEGIN IMMEDIATE, read back as stored): {store / bare:.2f}")
        print(f"baseline: json.loads of the {APPENDS} payloads, 20 times = 1.00")
        ratio = fold_ratio(base / "store.db", session_id)
        print(f"Session.fold of the {APPENDS} events + stage, infusion and what is due, 20 times: {ratio:.2f}")


if __name__ == "__main__":
    main()
