"""The clinic hub's throughput, as ratios against plain psycopg and SQLite moving the same rows in the same run:

- push: a workstation sends its record (every entry verified by the hub against its origin's chain, in batches,
  idempotent), against a plain `COPY` of the same rows into a bare PostgreSQL table of the same columns (no
  triggers, no keys), and against a plain `INSERT` of them (executemany, one transaction);
- pull: a second workstation writes them into its record (each row translated, written with its chain entry and
  re-hashed), against a plain `COPY ... TO` of the same rows written into a bare SQLite table in one transaction;
- the first download of an agency onto a new laptop: IVIG_BENCH_PATIENTS patients (default 5,000), each with a
  session of a few notes, pulled by a new workstation, against the same plain COPY-and-insert baseline.

A real PostgreSQL server is started for the run (tests/pgserver.py: as the `postgres` user when run as root).
`uv run python -m benchmarks` runs it as its `hub` group (`hub_figures`: the rows of its table, ratios against the
baselines of the same run); alone, with every figure printed:

    uv run python -m benchmarks.bench_hub
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

from benchmarks.harness import Figure
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.people import new_nurse_profile, new_patient_details
from ivig_desktop.domain.session import add_note
from ivig_desktop.hub import migrations, roles
from ivig_desktop.hub.connection import connect
from ivig_desktop.hub.registration import register
from ivig_desktop.hub.sync import sync_once
from ivig_desktop.store import hub_link, nurses, patients, sessions
from ivig_desktop.store.database import IvigDatabase, open_database
from tests.pgserver import PgServer

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
PASSWORD = "benchmark workstation password"
COLUMNS = "origin, seq, gid, table_name, prev, hash, content"


def make_hub(server: PgServer, name: str, folder: Path) -> str:
    with psycopg.connect(server.admin_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    with connect(server.admin_url(name)) as conn:
        migrations.migrate(conn, f"ivig_ws_{name}")
        with conn.transaction():
            roles.set_login(conn, f"ws_{name}", PASSWORD, f"ivig_ws_{name}")
    passfile = folder / f"pgpass-{name}"
    passfile.write_text(f"127.0.0.1:{server.port}:{name}:ws_{name}:{PASSWORD}\n")
    passfile.chmod(0o600)
    os.environ["PGPASSFILE"] = str(passfile)
    return server.url(f"ws_{name}", name)


def workstation(path: Path, url: str, name: str) -> tuple[IvigDatabase, FakeClock]:
    clock = FakeClock(T0)
    db = open_database(path, now=clock.now())
    with connect(url) as conn:
        register(conn, hub_link.workstation_id(db), name)
    hub_link.connect(db, url, name, clock.now())
    return db, clock


def fill(db: IvigDatabase, clock: FakeClock, patient_count: int, notes: int) -> None:
    """Patients, each with a session of `notes` notes, written through the store (one transaction each)."""
    nurse = nurses.add_nurse(db, new_nurse_profile("Bench Nurse", "RN"), clock.now())
    for i in range(patient_count):
        clock.advance(timedelta(seconds=1))
        details = new_patient_details(
            family_name=f"Patient{i}", given_name="Bench", date_of_birth="1960-01-01", mrn=f"B{i:06d}", sex="F",
            height_cm="170", weight_kg="70", allergies="NKDA", today=clock.now().date(),
        )  # fmt: skip
        patient = patients.add_patient(db, details, nurse.id, clock.now())
        header = sessions.open_session(db, patient.id, f"Visit {i}", nurse.id, clock.now())
        session = sessions.load(db, header.id)
        news = [add_note(session, f"note {n} of visit {i}", clock.now()) for n in range(notes)]
        sessions.append_all(db, header.id, nurse.id, news, clock.now())


def hub_rows(admin_conninfo: str) -> list[tuple[object, ...]]:
    with psycopg.connect(admin_conninfo) as conn:
        return conn.execute(f"SELECT {COLUMNS} FROM ivig_hub.entries ORDER BY hub_seq").fetchall()


def baseline_push(admin_conninfo: str, rows: list[tuple[object, ...]]) -> tuple[float, float]:
    """Seconds to COPY, then to INSERT, the same rows into bare tables."""
    with psycopg.connect(admin_conninfo) as conn:
        conn.execute(
            "CREATE TABLE bare_copy (origin text, seq bigint, gid text, table_name text, prev text, hash text, "
            "content text)"
        )
        conn.execute("CREATE TABLE bare_insert (LIKE bare_copy)")
        conn.commit()
        start = time.perf_counter()
        with conn.cursor() as cur, cur.copy(f"COPY bare_copy ({COLUMNS}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        copied = time.perf_counter() - start
        start = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany(f"INSERT INTO bare_insert ({COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s)", rows)
        conn.commit()
        inserted = time.perf_counter() - start
    return copied, inserted


def baseline_pull(admin_conninfo: str, folder: Path) -> float:
    """Seconds to COPY the rows out of the hub and write them into a bare SQLite table (WAL, FULL, one commit)."""
    start = time.perf_counter()
    lite = sqlite3.connect(folder / f"bare-{time.monotonic_ns()}.db", isolation_level=None)
    lite.execute("PRAGMA journal_mode = WAL")
    lite.execute("PRAGMA synchronous = FULL")
    lite.execute("CREATE TABLE e (origin, seq, gid, table_name, prev, hash, content)")
    lite.execute("BEGIN")
    query = f"COPY (SELECT {COLUMNS} FROM ivig_hub.entries ORDER BY hub_seq) TO STDOUT"
    with psycopg.connect(admin_conninfo) as conn, conn.cursor() as cur, cur.copy(query) as copy:
        lite.executemany("INSERT INTO e VALUES (?, ?, ?, ?, ?, ?, ?)", copy.rows())
    lite.execute("COMMIT")
    lite.close()
    return time.perf_counter() - start


def timed_sync(db: IvigDatabase, url: str, clock: FakeClock) -> tuple[float, int, int]:
    start = time.perf_counter()
    report = sync_once(db, url, clock.now)
    return time.perf_counter() - start, report.pushed, report.pulled


def run(server: PgServer, folder: Path, name: str, patient_count: int, notes: int) -> dict[str, float]:
    url = make_hub(server, name, folder)
    admin = server.admin_conninfo(name)
    source, source_clock = workstation(folder / f"{name}-source.db", url, "Source")
    fill(source, source_clock, patient_count, notes)
    push_s, pushed, _ = timed_sync(source, url, source_clock)
    rows = hub_rows(admin)
    copy_s, insert_s = baseline_push(admin, rows)
    laptop, laptop_clock = workstation(folder / f"{name}-laptop.db", url, "Laptop")
    pull_s, _, pulled = timed_sync(laptop, url, laptop_clock)
    bare_pull_s = baseline_pull(admin, folder)
    source.close()
    laptop.close()
    return {
        "entries": float(pushed),
        "rows_pulled": float(pulled),
        "push_s": push_s,
        "copy_s": copy_s,
        "insert_s": insert_s,
        "pull_s": pull_s,
        "bare_pull_s": bare_pull_s,
    }


def report(title: str, r: dict[str, float]) -> None:
    entries = r["entries"]
    print(f"{title}: {int(entries):,} entries pushed, {int(r['rows_pulled']):,} rows pulled")
    print(
        f"  push  {entries / r['push_s']:9,.0f} entries/s ({r['push_s']:.2f} s); plain COPY "
        f"{entries / r['copy_s']:,.0f}/s: ratio {r['push_s'] / r['copy_s']:.1f}; plain INSERT "
        f"{entries / r['insert_s']:,.0f}/s: ratio {r['push_s'] / r['insert_s']:.1f}"
    )
    print(
        f"  pull  {entries / r['pull_s']:9,.0f} entries/s ({r['pull_s']:.2f} s); plain COPY out + SQLite insert "
        f"{entries / r['bare_pull_s']:,.0f}/s: ratio {r['pull_s'] / r['bare_pull_s']:.1f}"
    )


def hub_figures(rounds: int) -> list[Figure]:
    """The hub's rows of `python -m benchmarks`: a clinic day's push and pull, each against its plain baseline
    measured right after it on the same rows, `rounds` times, and the first download of an agency (once)."""
    agency = int(os.environ.get("IVIG_BENCH_PATIENTS", "5000"))
    server = PgServer.start_new()
    try:
        with tempfile.TemporaryDirectory(prefix="ivig-bench-hub-") as tmp:
            folder = Path(tmp)
            days = [run(server, folder, f"clinic{i}", 200, 10) for i in range(rounds)]
            first = run(server, folder, "agency", agency, 3)
    finally:
        server.stop()
    entries = int(days[0]["entries"])
    return [
        Figure(
            f"hub push, a clinic day ({entries:,} entries)",
            "plain psycopg COPY of the same rows into a bare table",
            tuple(d["push_s"] / d["copy_s"] for d in days),
            "x",
            "reported",
            None,
            f"{min(d['entries'] / d['push_s'] for d in days):,.0f}-{max(d['entries'] / d['push_s'] for d in days):,.0f}"
            " entries/s; against a plain INSERT " + ", ".join(f"{d['push_s'] / d['insert_s']:.1f}x" for d in days),
            short="hub push",
        ),
        Figure(
            f"hub pull, a clinic day ({entries:,} entries)",
            "plain COPY out of the hub written into a bare SQLite table",
            tuple(d["pull_s"] / d["bare_pull_s"] for d in days),
            "x",
            "reported",
            None,
            f"{min(d['entries'] / d['pull_s'] for d in days):,.0f}-{max(d['entries'] / d['pull_s'] for d in days):,.0f}"
            " entries/s",
            short="hub pull",
        ),
        Figure(
            f"hub: first download of an agency ({agency:,} patients, {int(first['entries']):,} entries), new laptop",
            "plain COPY out written into a bare SQLite table",
            (first["pull_s"] / first["bare_pull_s"],),
            "x",
            "reported",
            None,
            f"{first['pull_s']:.1f} s ({first['entries'] / first['pull_s']:,.0f} entries/s); push of it "
            f"{first['push_s']:.1f} s, COPY ratio {first['push_s'] / first['copy_s']:.1f}x",
            short="hub first download",
        ),
    ]


def main() -> None:
    agency = int(os.environ.get("IVIG_BENCH_PATIENTS", "5000"))
    server = PgServer.start_new()
    try:
        with tempfile.TemporaryDirectory(prefix="ivig-bench-hub-") as tmp:
            folder = Path(tmp)
            report("Clinic day (200 sessions of 10 notes)", run(server, folder, "clinic", 200, 10))
            first = run(server, folder, "agency", agency, 3)
            report(f"Agency ({agency:,} patients, a session of 3 notes each)", first)
            print(f"  first download onto a new laptop: {first['pull_s']:.1f} s")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
