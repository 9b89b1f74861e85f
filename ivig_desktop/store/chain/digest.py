"""The digest of a session: what a signature binds.

The digest is the head of a small chain over the session's own rows, from their content hashes
(store/chain/encoding.py), independent of where the rows sit in the workstation's chain:

    d0 = SHA-256(canonical({"v": 1, "kind": "session", "patient": CONTENT(patient), "session": CONTENT(session)}))
    dk = SHA-256(canonical({"v": 1, "prev": d(k-1), "event": CONTENT(event with seq k)}))        for k = 1 .. n

and the digest of the session *through seq n* is dn. Signing records n and dn with the signature; any change to
the patient's row, the session's row or an event up to n (an edit, a deletion, a swap, an event inserted with a
seq at or below n) changes dn, and events after the signature are visibly after it (seq > n + 1).
"""

from __future__ import annotations

from ivig_desktop.store.chain import encoding, ledger
from ivig_desktop.store.chain.tables import table
from ivig_desktop.store.sql import Database


class DigestError(Exception):
    """The session's rows cannot be hashed (a row is missing or not in the chain)."""


def content_hash_of(db: Database, table_name: str, row_id: int, resolve: ledger.Resolver) -> str:
    spec = table(table_name)
    gid = resolve(table_name, row_id)
    if gid is None:
        raise DigestError(f"{table_name} row {row_id} is not in the chain")
    try:
        content = ledger.row_content(db, spec, row_id, resolve)
    except ledger.ChainError as error:
        raise DigestError(str(error)) from error
    if content is None:
        raise DigestError(f"{table_name} row {row_id} is missing")
    return encoding.content_hash(table_name, gid, content)


def opening_digest(patient_content: str, session_content: str) -> str:
    """d0: from the content hashes of the session's patient and of the session's own row."""
    return encoding.sha256_hex(
        encoding.canonical(
            {"v": encoding.VERSION, "kind": "session", "patient": patient_content, "session": session_content}
        )
    )


def next_digest(previous: str, event_content: str) -> str:
    """dk: from d(k-1) and the content hash of the event with seq k."""
    return encoding.sha256_hex(encoding.canonical({"v": encoding.VERSION, "prev": previous, "event": event_content}))


def session_digest(db: Database, session_id: int, through_seq: int, resolve: ledger.Resolver | None = None) -> str:
    """The digest of session `session_id` through event `through_seq` (0: the session row and patient only)."""
    look_up = resolve or (lambda name, row_id: ledger.gid_of(db, name, row_id))
    row = db.execute("SELECT patient_id FROM sessions WHERE id = ?", [session_id]).fetchone()
    if row is None:
        raise DigestError(f"session {session_id} is missing")
    current = opening_digest(
        content_hash_of(db, "patients", int(row[0]), look_up), content_hash_of(db, "sessions", session_id, look_up)
    )
    events = db.execute(
        "SELECT id, seq FROM events WHERE session_id = ? AND seq <= ? ORDER BY seq", [session_id, through_seq]
    ).fetchall()
    if [seq for _, seq in events] != list(range(1, through_seq + 1)):
        raise DigestError(f"session {session_id}: events up to {through_seq} are not all there")
    for event_id, _ in events:
        current = next_digest(current, content_hash_of(db, "events", event_id, look_up))
    return current
