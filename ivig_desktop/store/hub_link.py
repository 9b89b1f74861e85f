"""The workstation's link to a clinic hub (`hub_links`, append-only: the latest row counts).

The stored URL never holds a password (the hub package refuses one before it gets here, and the table would keep
it for ever): libpq finds the password in the password file or the environment when the workstation connects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.store.database import write_transaction
from ivig_desktop.store.sql import Database


@dataclass(frozen=True)
class HubLink:
    url: str
    workstation_name: str
    since: datetime


def current(db: Database) -> HubLink | None:
    """The hub this workstation syncs with, or None (never joined one, or disconnected since)."""
    if "hub_links" not in db.table_names():
        return None  # a database opened read-only before its migration to m009
    row = db.execute("SELECT at, url, workstation_name FROM hub_links ORDER BY id DESC LIMIT 1").fetchone()
    if row is None or row[1] is None:
        return None
    return HubLink(url=row[1], workstation_name=row[2], since=from_iso(row[0]))


def workstation_id(db: Database) -> str:
    """This workstation's id: the one every origin of this database's chain carries (store/chain/ledger.py)."""
    from ivig_desktop.store.chain import ledger

    return ledger.current_origin(db).workstation


def connect(db: Database, url: str, workstation_name: str, at: datetime) -> HubLink:
    """Record that this workstation syncs with the hub at `url` from now on."""
    with write_transaction(db):
        db.execute(
            "INSERT INTO hub_links (at, url, workstation_name) VALUES (?, ?, ?)", [to_iso(at), url, workstation_name]
        )
    return HubLink(url=url, workstation_name=workstation_name, since=at)


def disconnect(db: Database, at: datetime) -> None:
    """Record that this workstation no longer syncs with any hub (its record stays as it is)."""
    with write_transaction(db):
        db.execute("INSERT INTO hub_links (at, url, workstation_name) VALUES (?, NULL, NULL)", [to_iso(at)])
