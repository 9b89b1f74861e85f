"""Sessions and their append-only event record.

`append` writes one event in one transaction and returns only after the commit, so an event returned by it
is on disk. The event's `seq` is the next number in its session; `recorded_at` is the time of writing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.events import Event, NewEvent, Payload, event_type
from ivig_desktop.domain.session import Session
from ivig_desktop.domain.session_entries import SessionHeader
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.connection import write_transaction
from ivig_desktop.store.sql import Database


def _header(row: dict[str, Any]) -> SessionHeader:
    return SessionHeader(
        id=row["id"],
        patient_id=row["patient_id"],
        location=row["location"],
        opened_at=from_iso(row["opened_at"]),
        opened_by=row["opened_by"],
    )


def _event(row: dict[str, Any]) -> Event:
    return Event(
        id=row["id"],
        session_id=row["session_id"],
        seq=row["seq"],
        type=event_type(row["type"]),
        occurred_at=from_iso(row["occurred_at"]),
        recorded_at=from_iso(row["recorded_at"]),
        nurse_id=row["nurse_id"],
        payload=json.loads(row["payload"]),
        amends=row["amends"],
    )


def encode_payload(payload: Payload) -> str:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def open_session(db: Database, patient_id: int, location: str, nurse_id: int, opened_at: datetime) -> SessionHeader:
    """Open a new session for a patient at a chair or location."""
    with write_transaction(db):
        session_id = ledger.insert(
            db,
            "sessions",
            {"patient_id": patient_id, "location": location, "opened_at": to_iso(opened_at), "opened_by": nurse_id},
        )
        return get_header(db, session_id)  # (read inside the transaction: see append_all)


def append(db: Database, session_id: int, nurse_id: int, new: NewEvent, recorded_at: datetime) -> Event:
    """Append one event in one durable transaction; return it as stored."""
    return append_all(db, session_id, nurse_id, [new], recorded_at)[0]


def append_all(
    db: Database,
    session_id: int,
    nurse_id: int,
    news: list[NewEvent],
    recorded_at: datetime,
    *,
    check: Callable[[Database], None] | None = None,
) -> list[Event]:
    """Append events in order in one durable transaction (all or none); return them as stored (built from the
    values written, exactly as reading them back would give them, without a query more per save). `check`, when
    given, runs first inside the transaction (holding the write lock): what it raises refuses the write."""
    with write_transaction(db):
        if check is not None:
            check(db)
        rows = _insert_rows(db, session_id, nurse_id, news, recorded_at)
    return [_event(row) for row in rows]


def last_seq(db: Database, session_id: int) -> int:
    return int(db.execute("SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = ?", [session_id]).fetchone()[0])


def insert_events(
    db: Database, session_id: int, nurse_id: int, news: list[NewEvent], recorded_at: datetime
) -> list[int]:
    """Insert events in order, each with its chain entry, inside the caller's write transaction; their ids.

    A signed session takes no more entries (its signature binds what it holds): DomainError."""
    return [row["id"] for row in _insert_rows(db, session_id, nurse_id, news, recorded_at)]


def _insert_rows(
    db: Database, session_id: int, nurse_id: int, news: list[NewEvent], recorded_at: datetime
) -> list[dict[str, Any]]:
    """`insert_events`, giving each row as written (with its id)."""
    signed = db.execute(
        "SELECT 1 FROM events WHERE session_id = ? AND type = 'signed_off' LIMIT 1", [session_id]
    ).fetchone()
    if signed is not None:
        raise DomainError(f"Session {session_id} is signed and closed: nothing more can be added to it.")
    rows: list[dict[str, Any]] = []
    seq = last_seq(db, session_id)
    for new in news:
        seq += 1
        row: dict[str, Any] = {
            "session_id": session_id,
            "seq": seq,
            "type": new.type.value,
            "occurred_at": to_iso(new.occurred_at),
            "recorded_at": to_iso(recorded_at),
            "nurse_id": nurse_id,
            "payload": encode_payload(new.payload),
            "amends": new.amends,
        }
        rows.append({"id": ledger.insert(db, "events", row), **row})
    return rows


def get_header(db: Database, session_id: int) -> SessionHeader:
    rows = list(db.query("SELECT * FROM sessions WHERE id = ?", [session_id]))
    if not rows:
        raise KeyError(f"no session {session_id}")
    return _header(rows[0])


def get_event(db: Database, event_id: int) -> Event:
    rows = list(db.query("SELECT * FROM events WHERE id = ?", [event_id]))
    if not rows:
        raise KeyError(f"no event {event_id}")
    return _event(rows[0])


def events(db: Database, session_id: int) -> list[Event]:
    """The session's events in order: by number, and entries that share a number (written on two workstations
    while apart, see Session.parallel_seqs) by the time they happened, then were written."""
    rows = db.query(
        "SELECT * FROM events WHERE session_id = ? ORDER BY seq, occurred_at, recorded_at, id", [session_id]
    )
    return [_event(row) for row in rows]


def load(db: Database, session_id: int) -> Session:
    """The session folded from its stored events."""
    return Session.fold(get_header(db, session_id), events(db, session_id))


def headers(db: Database, session_ids: Iterable[int] | None = None) -> list[SessionHeader]:
    if session_ids is None:
        rows = db.query("SELECT * FROM sessions ORDER BY opened_at, id")
    else:
        ids = list(session_ids)
        marks = ",".join("?" * len(ids))
        rows = db.query(f"SELECT * FROM sessions WHERE id IN ({marks}) ORDER BY opened_at, id", ids)
    return [_header(row) for row in rows]


def opened_since(db: Database, start: datetime) -> list[SessionHeader]:
    """Sessions opened at or after `start`, oldest first (through the index on opened_at, migration m008)."""
    return opened_between(db, start, None)


def opened_between(
    db: Database, start: datetime | None, end: datetime | None, *, patient_id: int | None = None
) -> list[SessionHeader]:
    """Sessions opened from `start` (included) to `end` (excluded), either open-ended, of one patient or of all,
    oldest first. A patient's are read through the index on the patient, a time range through the index on
    opened_at (migration m008): an export of a month reads that month's sessions only. With neither, every session
    (an export of the whole record)."""
    if patient_id is not None:
        rows = db.query("SELECT * FROM sessions WHERE patient_id = ? ORDER BY opened_at, id", [patient_id])
        found = [_header(row) for row in rows]
        return [h for h in found if (start is None or h.opened_at >= start) and (end is None or h.opened_at < end)]
    if start is None and end is None:
        return headers(db)
    rows = db.query(
        "SELECT * FROM sessions WHERE opened_at >= ? AND opened_at < ? ORDER BY opened_at, id",
        [to_iso(start) if start is not None else "", to_iso(end) if end is not None else "~"],  # ('~' sorts last)
    )
    return [_header(row) for row in rows]


def patient_sessions(db: Database, patient_id: int) -> list[Session]:
    """Every session of a patient, folded, oldest first (for history, first-infusion and tolerance checks)."""
    rows = db.query("SELECT id FROM sessions WHERE patient_id = ? ORDER BY opened_at, id", [patient_id])
    return [load(db, row["id"]) for row in rows]


def patient_stamp(db: Database, patient_id: int, exclude: int) -> tuple[int, int]:
    """(sessions, last event id) of the patient's sessions other than `exclude`: it changes whenever their record
    does (rows are only ever added), so what was folded from them can be kept until it does."""
    row = db.execute(
        """SELECT COUNT(DISTINCT s.id), COALESCE(MAX(e.id), 0)
           FROM sessions s LEFT JOIN events e ON e.session_id = s.id
           WHERE s.patient_id = ? AND s.id != ?""",
        [patient_id, exclude],
    ).fetchone()
    return int(row[0]), int(row[1])


def active_headers(db: Database) -> list[SessionHeader]:
    """Sessions still open (not signed off), oldest first: from the `open_sessions` projection (migration m008),
    so that finding them does not read the closed ones."""
    rows = db.query(  # CROSS JOIN: open_sessions first (SQLite keeps that order), never a walk of every session
        """SELECT s.* FROM open_sessions o CROSS JOIN sessions s ON s.id = o.session_id
           ORDER BY s.opened_at, s.id"""
    )
    return [_header(row) for row in rows]


def active_sessions(db: Database) -> list[Session]:
    """The sessions still open, folded, oldest first: what the board shows (their events in one query)."""
    headers = active_headers(db)
    if not headers:
        return []
    by_session: dict[int, list[Event]] = {header.id: [] for header in headers}
    rows = db.query(
        """SELECT e.* FROM open_sessions o CROSS JOIN events e ON e.session_id = o.session_id
           ORDER BY e.session_id, e.seq"""
    )
    for row in rows:
        by_session[row["session_id"]].append(_event(row))
    return [Session.fold(header, by_session[header.id]) for header in headers]
