"""Verifying one session or one patient against the chain, for the screens (`verify_session`, `verify_patient`;
the whole record is store/verification.py's).

One session: the session's row, its patient's row (and the corrections of her details) and its events, each
against its entry and its neighbours in the chain (the entry before and the entry after), the events numbered
1..n without a gap, and the signature. It reads a few rows per event, so a screen can afford it; rows of other
sessions are `check`'s work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ivig_desktop.store.chain import encoding, ledger
from ivig_desktop.store.chain.tables import LEDGER_TABLE, TABLES
from ivig_desktop.store.sql import Database
from ivig_desktop.store.verification_common import Problem, Resolver, has_chain, tables_of

if TYPE_CHECKING:
    from ivig_desktop.store.signing import SignatureCheck


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
    resolve: Resolver
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
    checker = _Checker(db, Resolver(db))
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
    if "patient_amendments" in tables_of(checker.db):
        for (amendment_id,) in checker.db.execute(
            "SELECT id FROM patient_amendments WHERE patient_id = ? ORDER BY id", [patient_id]
        ).fetchall():
            checker.row("patient_amendments", int(amendment_id))


def verify_patient(db: Database, patient_id: int) -> tuple[Problem, ...]:
    """The patient's row, the corrections of her details and her regimen versions against the chain (her sessions:
    `verify_session`)."""
    if not has_chain(db):
        return ()
    checker = _Checker(db, Resolver(db))
    _patient_rows(checker, patient_id)
    for (regimen_id,) in db.execute(
        "SELECT id FROM regimens WHERE patient_id = ? ORDER BY id", [patient_id]
    ).fetchall():
        checker.row("regimens", int(regimen_id))
    return tuple(checker.problems)
