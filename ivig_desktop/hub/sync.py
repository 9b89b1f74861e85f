"""One exchange with the hub: push what the hub lacks of this workstation's record, then pull what others wrote.

Push: for each of this workstation's origins, the hub says the last entry it holds; the entries after it go in
batches, each batch one hub transaction (the hub verifies each origin's chain as they arrive, and an entry it
already holds is skipped, so sending twice stores once). After each batch the hub's copy is compared with what was
sent: a different entry under the same number (a forked chain) stops the exchange with a clear error instead of
being dropped. The acknowledgement is then noted locally, for the count of entries waiting.

Pull: the entries of other workstations after this workstation's cursor on the hub's feed, in feed order, in
batches, each written locally in one transaction with the new cursor (store/replica.py). The feed is numbered in
commit order (hub/migrations/h001_base.py), so no entry is ever left behind a cursor. The cursor remembers which
entry it stands on: a hub restored from an older backup (where that number is gone, or names another entry) is read
again from the start; rows already here are skipped.

Nothing here blocks for long on a dead hub: connecting waits 5 s at most, a statement 60 s at most. Every failure is
a HubError (HubUnreachableError when the hub cannot be reached: the workstation works on and tries again later).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ivig_desktop.hub import migrations
from ivig_desktop.hub.connection import connect, scalar
from ivig_desktop.hub.errors import HubError, HubUnreachableError
from ivig_desktop.hub.url import redact
from ivig_desktop.store import hub_link, replica

if TYPE_CHECKING:
    from ivig_desktop.hub.connection import HubConnection
    from ivig_desktop.store.sql import Database

log = logging.getLogger(__name__)

BATCH = 500
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class SyncReport:
    hub: str
    pushed: int  # entries the hub took in this exchange
    pulled: int  # rows written here from other workstations
    waiting: int  # this workstation's entries the hub still lacks (0 after a full exchange)
    at: datetime

    def describe(self) -> str:
        return f"sent {self.pushed} {'entry' if self.pushed == 1 else 'entries'}, received {self.pulled}" + (
            f", {self.waiting} waiting" if self.waiting else ""
        )


@contextlib.contextmanager
def _hub_errors(url: str) -> Iterator[None]:
    """psycopg's errors as HubError: refusals by the hub in its own words, a lost connection as unreachable."""
    import psycopg

    try:
        yield
    except psycopg.OperationalError as error:  # (connect() maps its own failures): the connection went away
        detail = " ".join(str(error).split())
        raise HubUnreachableError(f"The connection to the hub at {redact(url)} was lost: {detail}") from None
    except psycopg.Error as error:
        text = " ".join(str(error).split())
        if text.startswith("ivig_hub: "):
            raise HubError(f"The hub refused this workstation's record: {text[10:]}. Nothing more was sent.") from None
        raise HubError(f"The hub at {redact(url)} failed: {text}") from None


def sync_once(
    db: Database, url: str, now: Callable[[], datetime], *, batch: int = BATCH, progress: Progress | None = None
) -> SyncReport:
    """Push, then pull, through the hub at `url` (see the module's docstring)."""
    report = progress or (lambda done, total, what: None)
    workstation = hub_link.workstation_id(db)
    with _hub_errors(url), connect(url) as conn:
        with conn.transaction():
            migrations.require_current(conn)
            hub_id = str(scalar(conn, "SELECT hub_id FROM ivig_hub.hub"))
        pushed = _push(conn, db, hub_id, now, batch, report)
        pulled = _pull(conn, db, hub_id, workstation, now, batch, report)
    return SyncReport(hub=hub_id, pushed=pushed, pulled=pulled, waiting=replica.waiting(db, hub_id), at=now())


def _push(
    conn: HubConnection, db: Database, hub_id: str, now: Callable[[], datetime], batch: int, report: Progress
) -> int:
    sent = 0
    for origin, last in list(replica.pending_origins(db)):
        with conn.transaction():
            held = int(scalar(conn, "SELECT COALESCE(max(seq), 0) FROM ivig_hub.entries WHERE origin = %s", [origin]))
        if held >= last:
            if replica.acknowledged(db, hub_id, origin) < last:
                replica.record_push(db, hub_id, origin, last, now())
            continue
        while held < last:
            entries = replica.entries_after(db, origin, held, batch)
            if not entries:
                break
            with conn.transaction():
                took = conn.execute(
                    """INSERT INTO ivig_hub.entries (origin, seq, gid, table_name, prev, hash, content)
                       SELECT * FROM unnest(%s::text[], %s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[],
                                            %s::text[]) AS u ORDER BY 2
                       ON CONFLICT DO NOTHING""",
                    [
                        [e.origin for e in entries],
                        [e.seq for e in entries],
                        [e.gid for e in entries],
                        [e.table_name for e in entries],
                        [e.prev for e in entries],
                        [e.hash for e in entries],
                        [e.content for e in entries],
                    ],
                ).rowcount
                stored: dict[int, str] = dict(
                    conn.execute(
                        "SELECT seq, hash FROM ivig_hub.entries WHERE origin = %s AND seq BETWEEN %s AND %s",
                        [origin, entries[0].seq, entries[-1].seq],
                    ).fetchall()
                )
            for entry in entries:
                if stored.get(entry.seq) != entry.hash:
                    raise HubError(
                        f"The hub holds a different entry {entry.seq} of origin {origin} than this workstation "
                        "(the record forked, perhaps a copy of this database runs elsewhere). Nothing more was "
                        "sent; tell the administrator."
                    )
            sent += max(took, 0)
            held = entries[-1].seq
            replica.record_push(db, hub_id, origin, held, now())
            report(sent, 0, "Sending to the hub")
    return sent


def _pull(
    conn: HubConnection,
    db: Database,
    hub_id: str,
    workstation: str,
    now: Callable[[], datetime],
    batch: int,
    report: Progress,
) -> int:
    cursor, last_gid = replica.pull_cursor(db, hub_id)
    with conn.transaction():
        names = conn.execute("SELECT workstation_id, name FROM ivig_hub.workstations").fetchall()
        there = scalar(conn, "SELECT gid FROM ivig_hub.entries WHERE hub_seq = %s", [cursor]) if cursor else None
    replica.record_workstations(db, [(str(w), str(n)) for w, n in names])
    if cursor and there != last_gid:
        # The entry this workstation read last is gone from its place in the feed: the hub was restored from a
        # backup (or rebuilt). Read the whole feed again; rows already here are skipped.
        log.warning("the hub's feed no longer holds this workstation's cursor (restored?): reading it again")
        cursor = 0
    written = 0
    while True:
        with conn.transaction():
            rows = conn.execute(
                """SELECT hub_seq, origin, seq, gid, table_name, prev, hash, content, workstation FROM ivig_hub.entries
                   WHERE hub_seq > %s AND workstation <> %s ORDER BY hub_seq LIMIT %s""",
                [cursor, workstation, batch],
            ).fetchall()
        if not rows:
            return written
        entries = [
            replica.IncomingEntry(
                int(r[0]), str(r[1]), int(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]), str(r[7]), str(r[8])
            )
            for r in rows
        ]
        cursor = entries[-1].hub_seq
        written += replica.apply_entries(db, hub_id, entries, cursor, now())
        report(written, 0, "Receiving from the hub")
