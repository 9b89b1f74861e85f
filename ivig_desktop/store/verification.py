"""Verifying the chain: the whole record (`verify_record`, for `ivig-desktop check` and before a restore); one
session or one patient, for the screens, is store/session_verification.py (`verify_session`, `verify_patient`).

The whole record, in passes that keep memory flat however large the record:
1. every append-only table still has its triggers, as the migrations made them (none missing, none weakened);
2. every row of every chained table has a chain entry, and its content (as it is now) with the entry's `prev`
   gives the entry's hash; every entry's row is still there;
3. each origin's entries follow one another (seq 1, 2, ... with no gap; each `prev` is the hash of the entry
   before it; entry 1 is the origin's own row and links to the entry it follows).
A problem is named by table, local id, gid and chain position, with what is wrong; the first in chain order is
the one `check` prints.

This module reads sessions, signatures and the migrations' append-only tables as well as the chain, so it lives
beside store/chain/ rather than in it: chain/ stays below everything that writes through it (no import cycle).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ivig_desktop.store.chain import encoding, ledger
from ivig_desktop.store.chain.tables import (
    CHAINED_TABLES,
    LEDGER_TABLE,
    MIGRATIONS_TABLE,
    ORIGINS_TABLE,
    TABLES,
    ChainedTable,
    scope_of,
)
from ivig_desktop.store.sql import Database
from ivig_desktop.store.verification_common import Problem, Resolver, has_chain, origin_order, position, tables_of

__all__ = ["Problem", "RecordReport", "has_chain", "incidents", "trigger_problems", "verify_record"]


@dataclass(frozen=True)
class RecordReport:
    """What `verify_record` found."""

    chained: bool  # False: a database from before the chain (opened by this version, it is chained)
    entries: int = 0
    origins: int = 0
    problems: tuple[Problem, ...] = ()
    incidents: tuple[str, ...] = ()  # restores and losses recorded in the record (origins), in words
    signatures: int = 0  # content-bound signatures verified
    unbound_signatures: int = 0  # signatures from before signatures bound content

    @property
    def sound(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        return min(self.problems, key=lambda p: p.order) if self.problems else None


# --- 1. triggers ---------------------------------------------------------------------------------------------

_TRIGGER = re.compile(
    r"^CREATE TRIGGER (\w+)_no_(update|delete) BEFORE (UPDATE|DELETE) ON (\w+) "
    r"BEGIN SELECT RAISE\(ABORT, '[^']*'\); END$"
)


def trigger_problems(db: Database) -> list[Problem]:
    from ivig_desktop.store.migrations.base import APPEND_ONLY_TABLES

    present = tables_of(db)
    found = {
        str(name): " ".join(str(sql).split())
        for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    }
    problems = []
    chained = has_chain(db)
    for table_name in APPEND_ONLY_TABLES:
        if table_name not in present:
            continue
        if table_name == MIGRATIONS_TABLE and not chained:
            continue  # m004 (the chain) made the migrations table append-only: a record from before it has none
        for action in ("update", "delete"):
            name = f"{table_name}_no_{action}"
            sql = found.get(name)
            match = _TRIGGER.match(sql) if sql else None
            good = (
                match is not None
                and match[1] == table_name
                and match[2] == action
                and match[3] == action.upper()
                and match[4] == table_name
            )
            if not good:
                state = "is missing" if sql is None else "was changed"
                problems.append(
                    Problem(f"the trigger {name}, which refuses every {action.upper()}, {state}", table=table_name)
                )
    return problems


# --- 2. rows against their entries -----------------------------------------------------------------------------


def _row_problems(db: Database, spec: ChainedTable, order: dict[str, int], resolve: Resolver) -> Iterator[Problem]:
    columns = ledger.select_columns(spec, db)
    query = (
        f"SELECT t.id, c.origin, c.seq, c.gid, c.prev, c.hash, c.scope, "
        f"{', '.join(c if c.startswith('NULL') else 't.' + c for c in columns.split(', '))} "
        f"FROM {spec.name} t LEFT JOIN {LEDGER_TABLE} c ON c.table_name = ? AND c.row_id = t.id ORDER BY t.id"
    )
    for row_id, origin, seq, gid, prev, digest, scope, *values in db.execute(query, [spec.name]).fetchall():
        if origin is None:
            yield Problem("this row is not in the chain: it was added outside the app", table=spec.name, row_id=row_id)
            continue
        where = {"table": spec.name, "row_id": row_id, "gid": gid, "origin": origin, "seq": seq}
        try:
            content = ledger.encode_row(spec, values, resolve, row_id)
        except ledger.ChainError as error:
            yield Problem(f"{error}", order=position(order, origin, seq), **where)
            continue
        expected = encoding.entry_hash(origin, seq, prev, encoding.content_hash(spec.name, gid, content))
        if expected != digest:
            yield Problem(
                "its content differs from what was written: it was changed outside the app",
                order=position(order, origin, seq),
                **where,
            )
        elif scope != scope_of(spec, gid, content):
            yield Problem(
                "its chain entry names another session: changed outside the app",
                order=position(order, origin, seq),
                **where,
            )
    missing = db.execute(
        f"""SELECT c.origin, c.seq, c.row_id, c.gid FROM {LEDGER_TABLE} c WHERE c.table_name = ?
            AND NOT EXISTS (SELECT 1 FROM {spec.name} t WHERE t.id = c.row_id) ORDER BY c.id""",
        [spec.name],
    ).fetchall()
    for origin, seq, row_id, gid in missing:
        yield Problem(
            "this row was deleted outside the app (its chain entry remains)",
            table=spec.name,
            row_id=row_id,
            gid=gid,
            origin=origin,
            seq=seq,
            order=position(order, origin, seq),
        )


# --- 3. each origin's chain ------------------------------------------------------------------------------------


def _link_problems(db: Database, order: dict[str, int]) -> Iterator[Problem]:
    local = {
        str(row[0]): row
        for row in db.execute("SELECT origin, follows_origin, follows_seq, follows_hash FROM origins").fetchall()
    }
    known = set(TABLES)
    origin: str | None = None
    previous: tuple[int, str] | None = None
    cursor = db.execute(
        f"SELECT origin, seq, table_name, row_id, gid, prev, hash FROM {LEDGER_TABLE} ORDER BY origin, seq"
    )
    for entry_origin, seq, table_name, row_id, gid, prev, digest in cursor:
        where = {"table": table_name, "row_id": row_id, "gid": gid, "origin": entry_origin, "seq": seq}
        at = position(order, entry_origin, seq)
        if entry_origin != origin:
            origin, previous = entry_origin, None
        is_local = entry_origin in local
        if table_name not in known:
            yield Problem(f"this entry names {table_name}, which is not a chained table", order=at, **where)
        if previous is None:
            if is_local:
                if seq != 1:
                    yield Problem(f"entries 1 to {seq - 1} of this origin are missing (deleted)", order=at, **where)
                elif table_name != ORIGINS_TABLE or gid != entry_origin:
                    yield Problem("the first entry of an origin must be the origin's own row", order=at, **where)
                else:
                    _, follows_origin, follows_seq, follows_hash = local[entry_origin]
                    expected = follows_hash or encoding.GENESIS
                    if prev != expected:
                        yield Problem("the origin does not link to the entry it follows", order=at, **where)
                    elif follows_origin is not None:
                        followed = ledger.entry_at(db, str(follows_origin), int(follows_seq))
                        if followed is None or followed.hash != follows_hash:
                            yield Problem("the entry this origin follows is missing or changed", order=at, **where)
        else:
            last_seq, last_hash = previous
            if seq != last_seq + 1:
                if is_local:
                    yield Problem(
                        f"entries {last_seq + 1} to {seq - 1} of this origin are missing (deleted)", order=at, **where
                    )
            elif prev != last_hash:
                yield Problem("this entry does not link to the entry before it", order=at, **where)
        previous = (seq, digest)


# --- the whole record ------------------------------------------------------------------------------------------


def verify_record(db: Database) -> RecordReport:
    """Verify every chained row, every origin's chain, the append-only triggers and every signature."""
    from ivig_desktop.store import signing
    from ivig_desktop.store.sessions import get_event

    if not has_chain(db):
        return RecordReport(chained=False, problems=tuple(trigger_problems(db)))
    order = origin_order(db)
    resolve = Resolver(db)
    present = tables_of(db)
    problems: list[Problem] = trigger_problems(db)
    for spec in CHAINED_TABLES:
        if spec.name in present:
            problems.extend(_row_problems(db, spec, order, resolve))
    problems.extend(_link_problems(db, order))
    verified = unbound = 0
    for (event_id,) in db.execute("SELECT id FROM events WHERE type = 'signed_off' ORDER BY id").fetchall():
        try:
            check = signing.verify_signature(db, get_event(db, int(event_id)))
        except (KeyError, ValueError) as error:
            problems.append(Problem(f"this signature cannot be read ({error})", table="events", row_id=event_id))
            continue
        if check.added_after:
            problems.append(
                Problem(
                    f"entries numbered {', '.join(map(str, check.added_after[:5]))} were added to session "
                    f"{_session_of(db, int(event_id))} after its signature",
                    table="events",
                    row_id=int(event_id),
                    gid=ledger.gid_of(db, "events", int(event_id)),
                )
            )
        if check.state is signing.SignatureState.UNBOUND:
            unbound += 1
        elif check.ok:
            verified += 1
        else:
            entry = ledger.gid_of(db, "events", int(event_id))
            problems.append(
                Problem(
                    f"the signature of session {_session_of(db, int(event_id))} does not hold: {check.state.label}"
                    + (f" ({check.detail})" if check.detail else ""),
                    table="events",
                    row_id=int(event_id),
                    gid=entry,
                )
            )
    entries = db.execute(f"SELECT COUNT(*) FROM {LEDGER_TABLE}").fetchone()[0]
    return RecordReport(
        chained=True,
        entries=int(entries),
        origins=len(order),
        problems=tuple(sorted(problems, key=lambda p: p.order)),
        incidents=tuple(incidents(db)),
        signatures=verified,
        unbound_signatures=unbound,
    )


def _session_of(db: Database, event_id: int) -> object:
    row = db.execute("SELECT session_id FROM events WHERE id = ?", [event_id]).fetchone()
    return row[0] if row else "?"


def incidents(db: Database) -> list[str]:
    """Restores and losses recorded in the record, oldest first, in words."""
    lines = []
    for reason, created_at, detail in db.execute(
        "SELECT reason, created_at, detail FROM origins WHERE reason IN ('restore', 'lost', 'mismatch') ORDER BY id"
    ).fetchall():
        info = ledger.detail_of(str(detail))
        if reason == ledger.RESTORE:
            lines.append(f"restored from backup {info.get('backup', '?')} on {created_at}")
        elif reason == ledger.LOST:
            acknowledged = info.get("acknowledged", {})
            found = info.get("found_seq")
            seq = acknowledged.get("seq") if isinstance(acknowledged, dict) else None
            lost = f"{seq - found} " if isinstance(seq, int) and isinstance(found, int) else ""
            lines.append(f"{lost}saved entries found missing on {created_at}")
        else:
            lines.append(f"the record found different from what was saved, on {created_at}")
    return lines
