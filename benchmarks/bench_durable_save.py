"""A durable vitals save with the whole record machinery, against a bare INSERT + COMMIT, sample by sample.

The save is what the vitals form does: the domain validates the set (`record_vitals`, the clock rule of
domain/recording.py), the store appends it in one `BEGIN IMMEDIATE` transaction with its chain entry
(store/chain/), checks the database file and its `-wal` are still the ones it opened, writes the head file before
and after the COMMIT (WAL + synchronous=FULL) and reads the event back as stored. The baseline is a bare
`INSERT` + `COMMIT` of the same payload into a table of the events' shape, same pragmas, same folder. Samples
alternate (one save, one bare insert), so that the machine's load weighs on both alike; the figures are the
ratios of the medians and of the 99th percentiles (issue 14 holds p99 <= 1.5x).

    uv run python -m benchmarks.bench_durable_save [SAMPLES]
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ivig_desktop.domain.people import new_nurse_profile, new_patient_details
from ivig_desktop.domain.recording import check_can_record
from ivig_desktop.domain.vitals import VitalsInput, default_vitals_config, record_vitals
from ivig_desktop.store import nurses, patients, sessions
from ivig_desktop.store.database import open_database

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
VITALS = VitalsInput("128", "76", "72", "16", "36.8", "98", "0")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main(samples: int = 400) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        bare = sqlite3.connect(base / "bare.db", isolation_level=None)
        bare.execute("PRAGMA journal_mode = WAL")
        bare.execute("PRAGMA synchronous = FULL")
        bare.execute(
            "CREATE TABLE e (id INTEGER PRIMARY KEY, session_id INT, seq INT, type TEXT, occurred_at TEXT, "
            "recorded_at TEXT, nurse_id INT, payload TEXT, amends INT)"
        )
        db = open_database(base / "store.db", now=T0)
        nurse = nurses.add_nurse(db, new_nurse_profile("Bench", "RN"), T0)
        details = new_patient_details(
            family_name="Bench", given_name="Mark", date_of_birth="1960-01-01", mrn="", sex="F",
            height_cm="", weight_kg="70", allergies="NKDA", today=T0.date(),
        )  # fmt: skip
        patient = patients.add_patient(db, details, nurse.id, T0)
        header = sessions.open_session(db, patient.id, "Chair 1", nurse.id, T0)
        session = sessions.load(db, header.id)
        config = default_vitals_config()
        saves: list[float] = []
        inserts: list[float] = []
        for n in range(samples):
            now = T0 + timedelta(seconds=n)
            start = time.perf_counter()
            check_can_record(session, now)
            new = record_vitals(session, VITALS, occurred_at=now, now=now, config=config)
            event = sessions.append(db, header.id, nurse.id, new, now)
            session = session.apply(event)
            saves.append(time.perf_counter() - start)
            payload = sessions.encode_payload(new.payload)
            start = time.perf_counter()
            bare.execute("BEGIN")
            bare.execute(
                "INSERT INTO e (session_id, seq, type, occurred_at, recorded_at, nurse_id, payload) "
                "VALUES (1, ?, 'vitals', ?, ?, 1, ?)",
                [n + 1, now.isoformat(), now.isoformat(), payload],
            )
            bare.execute("COMMIT")
            inserts.append(time.perf_counter() - start)
        db.close()
        bare.close()
    ms = 1000
    print(f"{samples} samples each, interleaved")
    print(
        f"bare INSERT + COMMIT: median {statistics.median(inserts) * ms:.2f} ms, "
        f"p99 {percentile(inserts, 0.99) * ms:.2f} ms"
    )
    print(
        f"durable vitals save: median {statistics.median(saves) * ms:.2f} ms, p99 {percentile(saves, 0.99) * ms:.2f} ms"
    )
    print(
        f"ratio: median {statistics.median(saves) / statistics.median(inserts):.2f}, "
        f"p99 {percentile(saves, 0.99) / percentile(inserts, 0.99):.2f}"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
