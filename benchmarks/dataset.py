"""The benchmark databases: N sessions over 5,000 patients, ~40 events a session, in the app's own schema.

One real session is recorded first, through the same controller commands the pages use (the session the reports
tests build, tests/reports/builder.py: plan, checklist, three vials of two lots, premedication, vitals, four
rate steps, a reaction, corrections, discharge and signature: 40 events). Its rows are then repeated, shifted in
time, with their own patient, lots and event ids, by bulk INSERTs in one transaction into a database made by the
app's migrations, so every row goes through the app's CHECK constraints and triggers. Every row is chained as the
app chains it (benchmarks/chaining.py: same origin, seq, prev, gid, content and entry hashes), each nurse has a
signing key written by the app, every closed session is signed, and the head file beside the finished database
names its last entry, so that `ivig-desktop check` finds the database sound. Sessions are ~53 minutes
apart, so 100,000 of them span ten years and 1,000 five weeks. Twelve sessions are still open (the board): eleven
of the latest and one forgotten in the middle of the history, stopped after the second rate step. Each lot is used
by 20 consecutive sessions, so a lot look-up finds the same number of vials in a small or a large database.

Databases are cached in `benchmarks/.data/` (ignored by git) under a key made of the schema (the SQL of every
table, index and trigger of a freshly migrated database) and DATASET_VERSION: a schema change builds new ones.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.chaining import BulkChain, write_head
from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.store.headfile import HeadEntry

DATASET_VERSION = 2  # 2: every row chained as the app chains it, signatures made, the head file written
PATIENTS = 5_000
NURSES = 20
ACTIVE = 12
SESSIONS_PER_LOT = 20
SPACING = timedelta(minutes=52, seconds=34)  # 100,000 sessions in ten years
LAST_OPENED = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
ACTIVE_PREFIX = 23  # an open session has its first 23 events: through the second rate step
DATA_DIR = Path(__file__).resolve().parent / ".data"
PASSWORD = "correct horse 1"  # every benchmark nurse's (the builder's)

_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


@dataclass(frozen=True)
class TemplateEvent:
    type: str
    occurred: timedelta  # after the session's opening
    recorded: timedelta
    payload: str
    amends: int | None  # index of the amended event in the template
    reaction: int | None  # index of the event a `reaction_id` names


@dataclass(frozen=True)
class Template:
    events: tuple[TemplateEvent, ...]
    lots: tuple[str, ...]  # the lots the template's vials use, in order of first use
    regimen_payload: str
    secret_hash: str
    opened: datetime  # when the template session was opened: times in payloads move with each copy


def schema_key() -> str:
    """A short hash of the schema a fresh database gets from the migrations, and of DATASET_VERSION."""
    from ivig_desktop.store.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "schema.db")
        try:
            rows = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        finally:
            db.close()
    text = json.dumps([DATASET_VERSION, [list(row) for row in rows]])
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def record_template() -> Template:
    """Record the builder's whole session in a scratch database and read its rows back."""
    from PySide6.QtCore import QCoreApplication

    from ivig_desktop.domain.clock import FakeClock
    from tests.reports.builder import T0, full_session

    _app = QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory() as folder:
        built = full_session(Path(folder) / "template.db", FakeClock(T0))
        try:
            db = built.db
            opened = from_iso(db.execute("SELECT opened_at FROM sessions").fetchone()[0])
            rows = db.execute(
                "SELECT id, type, occurred_at, recorded_at, payload, amends FROM events ORDER BY id"
            ).fetchall()
            regimen = db.execute("SELECT payload FROM regimens ORDER BY id LIMIT 1").fetchone()[0]
            secret = db.execute("SELECT hash FROM nurse_secrets ORDER BY id LIMIT 1").fetchone()[0]
        finally:
            built.close()
    index = {row[0]: i for i, row in enumerate(rows)}
    events = []
    lots: list[str] = []
    for _, kind, occurred, recorded, payload, amends in rows:
        data = json.loads(payload)
        if kind == "vial_recorded" and data["lot"] not in lots:
            lots.append(data["lot"])
        reaction = data.get("reaction_id")
        events.append(
            TemplateEvent(
                type=kind,
                occurred=from_iso(occurred) - opened,
                recorded=from_iso(recorded) - opened,
                payload=payload,
                amends=index[amends] if amends is not None else None,
                reaction=index[reaction] if isinstance(reaction, int) else None,
            )
        )
    return Template(tuple(events), tuple(lots), regimen, secret, opened)


def _iso(when: datetime) -> str:
    """`to_iso(when)` for an aware UTC time, without strftime (which is slow once Qt has hooked imports)."""
    return (
        f"{when.year:04d}-{when.month:02d}-{when.day:02d}T{when.hour:02d}:{when.minute:02d}:{when.second:02d}."
        f"{when.microsecond // 1000:03d}Z"
    )


class _Filler:
    """Makes one session's event rows from the template quickly: payloads are split once around what changes."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self.parts: list[list[str]] = []
        self.slots: list[list[tuple[str, object]]] = []
        for event in template.events:
            pattern = "|".join(
                [_ISO.pattern]
                + [re.escape(json.dumps(lot)) for lot in template.lots]
                + ([r'"reaction_id":\d+'] if event.reaction is not None else [])
            )
            parts: list[str] = []
            slots: list[tuple[str, object]] = []
            last = 0
            for match in re.finditer(pattern, event.payload):
                parts.append(event.payload[last : match.start()])
                text = match.group(0)
                if text.startswith('"reaction_id"'):
                    slots.append(("reaction", None))
                elif text.startswith('"'):
                    slots.append(("lot", template.lots.index(json.loads(text))))
                else:
                    slots.append(("time", from_iso(text)))
                last = match.end()
            parts.append(event.payload[last:])
            self.parts.append(parts)
            self.slots.append(slots)

    def rows(
        self, session_id: int, first_id: int, opened: datetime, lots: list[str], nurse_id: int, count: int
    ) -> Iterator[tuple[object, ...]]:
        shift = opened - self.template.opened
        times: dict[timedelta, str] = {}

        def iso(offset: timedelta) -> str:
            text = times.get(offset)
            if text is None:
                text = times[offset] = _iso(opened + offset)
            return text

        for i, event in enumerate(self.template.events[:count]):
            parts, slots = self.parts[i], self.slots[i]
            if slots:
                pieces = [parts[0]]
                for (kind, value), after in zip(slots, parts[1:], strict=True):
                    if kind == "time":
                        assert isinstance(value, datetime)
                        pieces.append(_iso(value + shift))
                    elif kind == "lot":
                        assert isinstance(value, int)
                        pieces.append(json.dumps(lots[value]))
                    else:
                        assert event.reaction is not None
                        pieces.append(f'"reaction_id":{first_id + event.reaction}')
                    pieces.append(after)
                payload = "".join(pieces)
            else:
                payload = event.payload
            yield (
                first_id + i,
                session_id,
                i + 1,
                event.type,
                iso(event.occurred),
                iso(event.recorded),
                nurse_id,
                payload,
                first_id + event.amends if event.amends is not None else None,
            )


FAMILY = ("Doe", "Lima", "Okafor", "Rao", "Nguyen", "Müller", "García", "Smith", "Kowalski", "Haddad", "Tanaka")
GIVEN = ("Jane", "Ana", "Ben", "Priya", "Minh", "Lena", "Luis", "Sam", "Ewa", "Omar", "Yuki", "Noor")


def build(path: Path, sessions: int, template: Template) -> None:
    """Write a database with `sessions` sessions at `path` (replacing nothing: `path` must not exist)."""
    from ivig_desktop.store.database import open_database

    building = path.with_name(path.name + ".building")
    building.unlink(missing_ok=True)
    open_database(building).close()  # the app's schema, triggers and indexes
    conn = sqlite3.connect(building, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")  # a half-built file is thrown away, never used
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")
        conn.execute("BEGIN")
        head = _fill(conn, sessions, template)
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    building.replace(path)
    for side in (".lock", ".head", ".readers"):  # the app's files beside the scratch name: not the final one's
        building.with_name(building.name + side).unlink(missing_ok=True)
    write_head(path, head)


def _chained(chain: BulkChain, table_name: str, rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """Chain `rows` (id first, then the table's chained columns in `tables.py` order); return them."""
    for row in rows:
        chain.add(table_name, int(str(row[0])), row[1:])
    return rows


def _fill(conn: sqlite3.Connection, sessions: int, template: Template) -> HeadEntry:
    first = LAST_OPENED - SPACING * (sessions - 1)
    assert _iso(first) == to_iso(first)
    created = to_iso(first - timedelta(days=30))
    chain = BulkChain(conn)
    conn.executemany(
        "INSERT INTO nurses (id, name, credentials, created_at, staff_id) VALUES (?, ?, ?, ?, ?)",
        _chained(
            chain,
            "nurses",
            [
                (n, f"{GIVEN[n % len(GIVEN)]} {FAMILY[(n * 7) % len(FAMILY)]} {n}", "RN", created, None)
                for n in range(1, NURSES + 1)
            ],
        ),
    )
    conn.executemany(
        "INSERT INTO nurse_secrets (id, nurse_id, created_at, kind, hash) VALUES (?, ?, ?, ?, ?)",
        _chained(
            chain, "nurse_secrets", [(n, n, created, "password", template.secret_hash) for n in range(1, NURSES + 1)]
        ),
    )
    chain.store_keys(range(1, NURSES + 1), PASSWORD, first - timedelta(days=30))
    conn.executemany(
        """INSERT INTO patients (id, family_name, given_name, date_of_birth, mrn, sex, height_cm, weight_kg,
                                 allergies, created_at, created_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        _chained(
            chain,
            "patients",
            [
                (
                    p,
                    f"{FAMILY[p % len(FAMILY)]}{p // len(FAMILY)}",
                    GIVEN[p % len(GIVEN)],
                    f"{1940 + p % 60}-{1 + p % 12:02d}-{1 + p % 28:02d}",
                    f"MRN-{p:06d}",
                    "FM"[p % 2],
                    "165",
                    "72.5",
                    "NKDA",
                    created,
                    1,
                )
                for p in range(1, PATIENTS + 1)
            ],
        ),
    )
    conn.executemany(
        """INSERT INTO regimens (id, patient_id, version, created_at, created_by, reason, payload)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        _chained(
            chain,
            "regimens",
            [(p, p, 1, created, 1, "First regimen", template.regimen_payload) for p in range(1, PATIENTS + 1)],
        ),
    )
    chain.flush()
    filler = _Filler(template)
    active = set(range(sessions - (ACTIVE - 1), sessions + 1)) | {sessions // 2}
    event_id = 1
    batch_sessions: list[tuple[object, ...]] = []
    batch_events: list[tuple[object, ...]] = []
    for s in range(1, sessions + 1):
        opened = first + SPACING * (s - 1)
        patient = 1 + (s - 1) % PATIENTS
        nurse = 1 + s % NURSES
        lots = [f"L{(s - 1) // SESSIONS_PER_LOT:06d}{chr(65 + k)}" for k in range(len(template.lots))]
        count = ACTIVE_PREFIX if s in active else len(template.events)
        session = (s, patient, f"Chair {1 + s % 12}", _iso(opened), nurse)
        batch_sessions.append(session)
        batch_events.extend(chain.add_session(session, list(filler.rows(s, event_id, opened, lots, nurse, count))))
        event_id += count
        if len(batch_sessions) >= 1000 or s == sessions:
            conn.executemany(
                "INSERT INTO sessions (id, patient_id, location, opened_at, opened_by) VALUES (?, ?, ?, ?, ?)",
                batch_sessions,
            )
            conn.executemany(
                """INSERT INTO events (id, session_id, seq, type, occurred_at, recorded_at, nurse_id, payload, amends)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                batch_events,
            )
            chain.flush()
            batch_sessions.clear()
            batch_events.clear()
    return chain.head_entry()


@dataclass(frozen=True)
class Dataset:
    sessions: int
    path: Path  # the cached database: copy it before opening it with the app (which writes)


def ensure(sizes: tuple[int, ...], log: bool = True) -> dict[int, Dataset]:
    """The cached databases of these sizes, built first when missing (or made for another schema)."""
    key = schema_key()
    folder = DATA_DIR / key
    folder.mkdir(parents=True, exist_ok=True)
    for stale in DATA_DIR.iterdir():
        if stale.is_dir() and stale.name not in (key, "work"):
            shutil.rmtree(stale, ignore_errors=True)  # another schema's: never used again
    template: Template | None = None
    found = {}
    for size in sizes:
        path = folder / f"sessions-{size}.db"
        if not path.exists():
            template = template or record_template()
            start = time.perf_counter()
            build(path, size, template)
            if log:
                mib = path.stat().st_size / 2**20
                print(f"  built {path.name}: {size:,} sessions, {mib:,.0f} MiB in {time.perf_counter() - start:.0f} s")
        found[size] = Dataset(size, path)
    return found
