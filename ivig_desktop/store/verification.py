"""Verifying the chain: the whole record (`verify_record`, for `ivig-desktop check` and before a restore) and one
session (`verify_session`, for the screens).

The whole record, in passes that keep memory flat however large the record:
1. every append-only table still has its triggers, as the migrations made them (none missing, none weakened);
2. every row of every chained table has a chain entry, and its content (as it is now) with the entry's `prev`
   gives the entry's hash; every entry's row is still there;
3. each origin's entries follow one another (seq 1, 2, ... with no gap; each `prev` is the hash of the entry
   before it; entry 1 is the origin's own row and links to the entry it follows).
A problem is named by table, local id, gid and chain position, with what is wrong; the first in chain order is
the one `check` prints.

One session: the session's row, its patient's row (and the corrections of her details) and its events, each
against its entry and its neighbours in the chain (the entry before and the entry after), the events numbered
1..n without a gap, and the signature. It reads a few rows per event, so a screen can afford it; rows of other
sessions are `check`'s work.

This module reads sessions, signatures and the migrations' append-only tables as well as the chain, so it lives
beside store/chain/ rather than in it: chain/ stays below everything that writes through it (no import cycle).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from ivig_desktop.store.signing import SignatureCheck


@dataclass(frozen=True)
class Problem:
    """One way the record differs from its chain."""

    what: str
    table: str | None = None
    row_id: int | None = None
    gid: str | None = None
    origin: str | None = None
    seq: int | None = None
    order: tuple[int, int] = (1 << 62, 0)  # chain position, for "the first problem"

    def describe(self) -> str:
        """'events row 12 (gid …, entry 41 of origin …): what is wrong'."""
        where = "" if self.table is None else self.table
        if self.table is not None and self.row_id is not None:
            where += f" row {self.row_id}"
        details = []
        if self.gid:
            details.append(f"gid {self.gid}")
        if self.origin is not None and self.seq is not None:
            details.append(f"entry {self.seq} of origin {self.origin}")
        if details:
            where += f" ({', '.join(details)})"
        return f"{where}: {self.what}" if where else self.what


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


class _Resolver:
    """Gids by (table, local id), read from the ledger once each."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._known: dict[tuple[str, int], str | None] = {}

    def __call__(self, table_name: str, row_id: int) -> str | None:
        key = (table_name, row_id)
        if key not in self._known:
            if len(self._known) > 100_000:
                self._known.clear()
            self._known[key] = ledger.gid_of(self._db, table_name, row_id)
        return self._known[key]


def has_chain(db: Database) -> bool:
    return LEDGER_TABLE in _tables(db)


def _tables(db: Database) -> set[str]:
    return {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}


def _origin_order(db: Database) -> dict[str, int]:
    """Local origins first, in the order they began; then any other origin (pulled from elsewhere)."""
    order = {str(o): i for i, (o,) in enumerate(db.execute("SELECT origin FROM origins ORDER BY id").fetchall())}
    for (origin,) in db.execute(f"SELECT DISTINCT origin FROM {LEDGER_TABLE}").fetchall():
        order.setdefault(str(origin), len(order))
    return order


def _position(order: dict[str, int], origin: str | None, seq: int | None) -> tuple[int, int]:
    if origin is None or seq is None:
        return (1 << 62, 0)
    return (order.get(origin, 1 << 61), seq)


# --- 1. triggers ---------------------------------------------------------------------------------------------

_TRIGGER = re.compile(
    r"^CREATE TRIGGER (\w+)_no_(update|delete) BEFORE (UPDATE|DELETE) ON (\w+) "
    r"BEGIN SELECT RAISE\(ABORT, '[^']*'\); END$"
)


def trigger_problems(db: Database) -> list[Problem]:
    from ivig_desktop.store.migrations.base import APPEND_ONLY_TABLES

    present = _tables(db)
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


def _row_problems(db: Database, spec: ChainedTable, order: dict[str, int], resolve: _Resolver) -> Iterator[Problem]:
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
            yield Problem(f"{error}", order=_position(order, origin, seq), **where)
            continue
        expected = encoding.entry_hash(origin, seq, prev, encoding.content_hash(spec.name, gid, content))
        if expected != digest:
            yield Problem(
                "its content differs from what was written: it was changed outside the app",
                order=_position(order, origin, seq),
                **where,
            )
        elif scope != scope_of(spec, gid, content):
            yield Problem(
                "its chain entry names another session: changed outside the app",
                order=_position(order, origin, seq),
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
            order=_position(order, origin, seq),
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
        at = _position(order, entry_origin, seq)
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
    order = _origin_order(db)
    resolve = _Resolver(db)
    present = _tables(db)
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


# --- one session -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionIntegrity:
    session_id: int
    problems: tuple[Problem, ...] = ()
    signature: SignatureCheck | None = None  # the latest signature's check, or None when unsigned
    chained: bool = True
    head: str | None = None  # the session's digest through its last event (what a signature would bind now)

    @property
    def altered(self) -> bool:
        signature = self.signature
        return bool(self.problems) or (signature is not None and (not signature.ok or bool(signature.added_after)))

    @property
    def summary(self) -> str:
        """One line for a screen or the printed record."""
        if not self.chained:
            return "not yet chained"
        if self.problems:
            return "RECORD ALTERED OUTSIDE THE APP: " + self.problems[0].describe()
        if self.signature is not None and not self.signature.ok:
            return "RECORD ALTERED OUTSIDE THE APP: " + self.signature.state.label
        if self.signature is not None and self.signature.added_after:
            seqs = ", ".join(map(str, self.signature.added_after[:5]))
            return f"RECORD ALTERED OUTSIDE THE APP: entries {seqs} were added after the signature"
        return "record verified"


@dataclass
class _Checker:
    db: Database
    resolve: _Resolver
    local: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def row(self, table_name: str, row_id: int) -> None:
        spec = TABLES[table_name]
        entry = self.db.execute(
            f"SELECT origin, seq, gid, prev, hash FROM {LEDGER_TABLE} WHERE table_name = ? AND row_id = ?",
            [table_name, row_id],
        ).fetchone()
        if entry is None:
            self.problems.append(
                Problem("this row is not in the chain: it was added outside the app", table_name, row_id)
            )
            return
        origin, seq, gid, prev, digest = entry
        where = {"table": table_name, "row_id": row_id, "gid": gid, "origin": origin, "seq": seq}
        try:
            content = ledger.row_content(self.db, spec, row_id, self.resolve)
        except ledger.ChainError as error:
            self.problems.append(Problem(str(error), **where))
            return
        if content is None:
            self.problems.append(Problem("this row was deleted outside the app", **where))
            return
        if encoding.entry_hash(origin, seq, prev, encoding.content_hash(table_name, gid, content)) != digest:
            self.problems.append(Problem("its content differs from what was written: changed outside the app", **where))
            return
        before = ledger.entry_at(self.db, origin, seq - 1) if seq > 1 else None
        if seq > 1 and (before is None or before.hash != prev):
            self.problems.append(Problem("the chain entry before it is missing or changed", **where))
        after = ledger.entry_at(self.db, origin, seq + 1)
        if after is not None and after.prev != digest:
            self.problems.append(Problem("the chain entry after it does not link to it", **where))


def verify_session(db: Database, session_id: int) -> SessionIntegrity:
    """The session's own rows against the chain, and its signature (a few reads per event)."""
    from ivig_desktop.store import signing
    from ivig_desktop.store.sessions import get_event

    if not has_chain(db):
        return SessionIntegrity(session_id, chained=False)
    checker = _Checker(db, _Resolver(db))
    row = db.execute("SELECT patient_id FROM sessions WHERE id = ?", [session_id]).fetchone()
    if row is None:
        return SessionIntegrity(session_id, (Problem("this session is missing", "sessions", session_id),))
    _patient_rows(checker, int(row[0]))
    events = db.execute("SELECT id, seq, type FROM events WHERE session_id = ? ORDER BY seq", [session_id]).fetchall()
    # The session's rows as they are, and every entry the chain holds for the session (a row deleted with its
    # entry left behind is found by the entry).
    rows = {("sessions", session_id), *(("events", int(event_id)) for event_id, _, _ in events)}
    gid = checker.resolve("sessions", session_id)
    if gid is not None:
        scoped = db.execute(f"SELECT table_name, row_id FROM {LEDGER_TABLE} WHERE scope = ?", [gid]).fetchall()
        rows.update((str(t), int(r)) for t, r in scoped if str(t) in TABLES)
    for table_name, row_id in sorted(rows, key=lambda key: (key[0] != "sessions", key[1])):
        checker.row(table_name, row_id)
    seqs = [int(seq) for _, seq, _ in events]
    if seqs != list(range(1, len(seqs) + 1)):
        gaps = sorted(set(range(1, (max(seqs) if seqs else 0) + 1)) - set(seqs))
        if gaps:
            checker.problems.append(
                Problem(
                    f"entries numbered {', '.join(map(str, gaps[:5]))} of this session are missing (deleted)", "events"
                )
            )
    signature = None
    signed = [int(event_id) for event_id, _, kind in events if kind == "signed_off"]
    if signed:
        signature = signing.verify_signature(db, get_event(db, signed[-1]))
    head = None
    if not checker.problems and seqs:
        from ivig_desktop.store.chain.digest import DigestError, session_digest

        try:
            head = session_digest(db, session_id, seqs[-1], checker.resolve)
        except DigestError:
            head = None
    return SessionIntegrity(session_id, tuple(checker.problems), signature, head=head)


def _patient_rows(checker: _Checker, patient_id: int) -> None:
    """The patient's row and the corrections of her details (m007): the screens show her as corrected."""
    checker.row("patients", patient_id)
    if "patient_amendments" in _tables(checker.db):
        for (amendment_id,) in checker.db.execute(
            "SELECT id FROM patient_amendments WHERE patient_id = ? ORDER BY id", [patient_id]
        ).fetchall():
            checker.row("patient_amendments", int(amendment_id))


def verify_patient(db: Database, patient_id: int) -> tuple[Problem, ...]:
    """The patient's row, the corrections of her details and her regimen versions against the chain (her sessions:
    `verify_session`)."""
    if not has_chain(db):
        return ()
    checker = _Checker(db, _Resolver(db))
    _patient_rows(checker, patient_id)
    for (regimen_id,) in db.execute(
        "SELECT id FROM regimens WHERE patient_id = ? ORDER BY id", [patient_id]
    ).fetchall():
        checker.row("regimens", int(regimen_id))
    return tuple(checker.problems)
