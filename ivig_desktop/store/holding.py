"""Which workstation holds a session (writes it), and the names of workstations (domain/handover.py).

The holder is the workstation a take-over last handed the session to, else the one that opened it: the origin of
the session's row (this database's own origins are this workstation; a row pulled from the hub names its origin's
workstation in `hub_origins`). A workstation that never joined a hub holds every session it has.
"""

from __future__ import annotations

from ivig_desktop.domain.handover import Workstation
from ivig_desktop.domain.session import Session
from ivig_desktop.store import hub_link
from ivig_desktop.store.chain.tables import LEDGER_TABLE
from ivig_desktop.store.sql import Database

THIS_WORKSTATION = "this workstation"


def here(db: Database) -> Workstation:
    link = hub_link.current(db)
    return Workstation(hub_link.workstation_id(db), link.workstation_name if link else THIS_WORKSTATION)


def name_of(db: Database, workstation: str) -> str:
    mine = here(db)
    if workstation == mine.id:
        return mine.name
    row = db.execute("SELECT name FROM hub_workstations WHERE workstation = ?", [workstation]).fetchone()
    return str(row[0]) if row else f"workstation {workstation[:8]}"


def opener(db: Database, session_id: int) -> str:
    """The workstation id that opened the session."""
    return written_by(db, "sessions", session_id)


def written_by(db: Database, table_name: str, row_id: int) -> str:
    """The workstation id that wrote a record row (its origin's workstation)."""
    row = db.execute(
        f"""SELECT c.origin, o.workstation, h.workstation FROM {LEDGER_TABLE} c
            LEFT JOIN origins o ON o.origin = c.origin LEFT JOIN hub_origins h ON h.origin = c.origin
            WHERE c.table_name = ? AND c.row_id = ?""",
        [table_name, row_id],
    ).fetchone()
    if row is None or (row[1] is None and row[2] is None):
        return hub_link.workstation_id(db)  # (a row without its chain entry is reported by `check`)
    return str(row[1] if row[1] is not None else row[2])


def holder(db: Database, session: Session) -> Workstation:
    workstation = session.handed_to or opener(db, session.id)
    return Workstation(workstation, name_of(db, workstation))


def holds(db: Database, session: Session) -> bool:
    return holder(db, session).id == hub_link.workstation_id(db)
