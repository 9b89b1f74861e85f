"""The benchmark databases' rows chained as the app chains them, in bulk (benchmarks/dataset.py writes the rows).

Every row gets the chain entry `ledger.append` would write (ivig_desktop/store/chain/ledger.py): the next seq of
the database's current origin, the previous entry's hash, a new gid (UUIDv7), the content hash of the row as
`ledger.encode_row` encodes it and the entry hash (store/chain/encoding.py), with the references as gids. The head
is kept in memory and the entries are written with executemany, instead of the few queries per row of `append`.
A closed session's signature is made as `signing.signed_payload` makes it, from the content hashes in memory
(store/chain/digest.py), with its nurse's key (written by `signing_keys.store_key`, as the app does).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from ivig_desktop.store import headfile, signing, signing_keys
from ivig_desktop.store.chain import digest, encoding, ledger
from ivig_desktop.store.chain.ids import new_gid
from ivig_desktop.store.chain.tables import LEDGER_TABLE, scope_of, table
from ivig_desktop.store.sessions import encode_payload
from ivig_desktop.store.sql import SqlDatabase

KEPT = ("nurses", "patients", "sessions", "nurse_keys")  # tables whose gids are kept (others refer to them)


class BulkChain:
    """Chain entries of rows written on `conn`, inside its one open transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.db = SqlDatabase(conn)
        self.origin = ledger.current_origin(self.db).origin
        self._read_head()
        self.gids: dict[str, dict[int, str]] = {name: {} for name in (*KEPT, "events")}
        self.content: dict[str, dict[int, str]] = {"patients": {}}  # content hashes kept for signatures
        self.entries: list[tuple[object, ...]] = []

    def _read_head(self) -> None:
        last = ledger.head(self.db, self.origin)
        if last is None:
            raise ledger.ChainError(f"origin {self.origin} has no first entry")
        self.seq, self.prev = last

    def resolve(self, table_name: str, row_id: int) -> str | None:
        known = self.gids.get(table_name)
        found = None if known is None else known.get(row_id)
        return found if found is not None else ledger.gid_of(self.db, table_name, row_id)

    def add(self, table_name: str, row_id: int, values: Sequence[object]) -> str:
        """The entry of row `row_id` of `table_name`, whose `values` are those of `spec.columns + spec.added` as
        stored; returns its content hash."""
        spec = table(table_name)
        gid = new_gid()
        content = ledger.encode_row(spec, values, self.resolve, row_id)
        content_hash = encoding.content_hash(spec.name, gid, content)
        self.seq += 1
        entry = encoding.entry_hash(self.origin, self.seq, self.prev, content_hash)
        self.entries.append(
            (self.origin, self.seq, spec.name, row_id, gid, self.prev, entry, scope_of(spec, gid, content))
        )
        self.prev = entry
        kept = self.gids.get(spec.name)
        if kept is not None:
            kept[row_id] = gid
        kept_content = self.content.get(spec.name)
        if kept_content is not None:
            kept_content[row_id] = content_hash
        return content_hash

    def flush(self) -> None:
        self.db.conn.executemany(
            f"INSERT INTO {LEDGER_TABLE} (origin, seq, table_name, row_id, gid, prev, hash, scope) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            self.entries,
        )
        self.entries.clear()

    def store_keys(self, nurses: Sequence[int], secret: str, at: datetime) -> None:
        """Each nurse's signing key, written by the app's `signing_keys.store_key` (through `ledger.insert`)."""
        self.flush()
        self.keys: dict[int, tuple[str, Any]] = {}
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        for nurse in nurses:
            prepared = signing_keys.prepare_key(secret)
            key_id = signing_keys.store_key(self.db, nurse, prepared, at, "first")
            key_gid = ledger.gid_of(self.db, "nurse_keys", key_id)
            assert key_gid is not None
            self.keys[nurse] = (key_gid, Ed25519PrivateKey.from_private_bytes(prepared.private_raw))
        self._read_head()

    def signed(
        self, payload: dict[str, Any], session: int, patient: int, nurse: int, events: list[str], at: str
    ) -> str:
        """The signed_off payload of `session` through its `events` (their content hashes, seq order), signed by
        `nurse` at `at` (the event's occurred_at as stored), as `signing.signed_payload` makes it."""
        current = digest.opening_digest(self.content["patients"][patient], self.session_content)
        for event in events:
            current = digest.next_digest(current, event)
        key_gid, private = self.keys[nurse]
        message = signing.signature_message(
            session_gid=self.gids["sessions"][session],
            through_seq=len(events),
            digest=current,
            signer_gid=self.gids["nurses"][nurse],
            key_gid=key_gid,
            payload=payload,
            signed_at=at,
        )
        signature = private.sign(message)
        payload = dict(payload)
        payload.update(
            {"through_seq": len(events), "digest": current, "key": key_gid, "signature": signing_keys.b64(signature)}
        )
        return encode_payload(payload)

    def add_session(self, session: tuple[object, ...], events: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
        """Chain a session's row (id first, then its columns) and its event rows (id first), signing a signed_off
        event; returns the event rows as they are to be written (a signature's payload filled in)."""
        session_id, patient = int(str(session[0])), int(str(session[1]))
        self.session_content = self.add("sessions", session_id, session[1:])
        self.gids["events"].clear()  # an event's amends names an event of its own session
        hashes: list[str] = []
        written = []
        for row in events:
            if row[3] == "signed_off":
                payload = ledger.detail_of(str(row[7]))
                text = self.signed(payload, session_id, patient, int(str(row[6])), hashes, str(row[4]))
                row = (*row[:7], text, row[8])
            event_id = int(str(row[0]))
            hashes.append(self.add("events", event_id, row[1:]))
            written.append(row)
        return written

    def head_entry(self) -> headfile.HeadEntry:
        return headfile.HeadEntry(self.origin, self.seq, self.prev)


def write_head(path: Path, head: headfile.HeadEntry) -> None:
    """The head file beside the finished database, as the app writes it after a commit (committed = pending)."""
    headfile.write(path, head, head)
