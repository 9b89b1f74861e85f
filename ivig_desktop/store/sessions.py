"""Sessions and their append-only event record.

`append` writes one event in one transaction and returns only after the commit, so an event returned by it
is on disk. The event's `seq` is the next number in its session; `recorded_at` is the time of writing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.events import Event, NewEvent, Payload, event_type
from ivig_desktop.domain.session import Session, SessionHeader
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.database import write_transaction


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
    return get_header(db, session_id)


def append(db: Database, session_id: int, nurse_id: int, new: NewEvent, recorded_at: datetime) -> Event:
    """Append one event in one durable transaction; return it as stored."""
    return append_all(db, session_id, nurse_id, [new], recorded_at)[0]


def append_all(
    db: Database, session_id: int, nurse_id: int, news: list[NewEvent], recorded_at: datetime
) -> list[Event]:
    """Append events in order in one durable transaction (all or none); return them as stored."""
    with write_transaction(db):
        ids = insert_events(db, session_id, nurse_id, news, recorded_at)
    return [get_event(db, event_id) for event_id in ids]


def last_seq(db: Database, session_id: int) -> int:
    return int(db.execute("SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = ?", [session_id]).fetchone()[0])


def insert_events(
    db: Database, session_id: int, nurse_id: int, news: list[NewEvent], recorded_at: datetime
) -> list[int]:
    """Insert events in order, each with its chain entry, inside the caller's write transaction; their ids.

    A signed session takes no more entries (its signature binds what it holds): DomainError."""
    signed = db.execute(
        "SELECT 1 FROM events WHERE session_id = ? AND type = 'signed_off' LIMIT 1", [session_id]
    ).fetchone()
    if signed is not None:
        raise DomainError(f"Session {session_id} is signed and closed: nothing more can be added to it.")
    ids = []
    seq = last_seq(db, session_id)
    for new in news:
        seq += 1
        ids.append(
            ledger.insert(
                db,
                "events",
                {
                    "session_id": session_id,
                    "seq": seq,
                    "type": new.type.value,
                    "occurred_at": to_iso(new.occurred_at),
                    "recorded_at": to_iso(recorded_at),
                    "nurse_id": nurse_id,
                    "payload": encode_payload(new.payload),
                    "amends": new.amends,
                },
            )
        )
    return ids


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


def patient_sessions(db: Database, patient_id: int) -> list[Session]:
    """Every session of a patient, folded, oldest first (for history, first-infusion and tolerance checks)."""
    rows = db.query("SELECT id FROM sessions WHERE patient_id = ? ORDER BY opened_at, id", [patient_id])
    return [load(db, row["id"]) for row in rows]


def active_headers(db: Database) -> list[SessionHeader]:
    """Sessions still open (not signed off), oldest first."""
    rows = db.query(
        """SELECT * FROM sessions s
           WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.session_id = s.id AND e.type = 'signed_off')
           ORDER BY opened_at, id"""
    )
    return [_header(row) for row in rows]
