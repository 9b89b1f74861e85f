"""A workstation joining a hub: its id and name in `ivig_hub.workstations` (append-only; joining twice is once).

Refused when the connected role could UPDATE or DELETE hub rows: a workstation connects as a member of the
workstations' role (roles.py), never as the administrator that owns the schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ivig_desktop.hub import migrations, roles
from ivig_desktop.hub.errors import HubError

if TYPE_CHECKING:
    from ivig_desktop.hub.connection import HubConnection


@dataclass(frozen=True)
class Registration:
    workstation_id: str
    name: str
    hub_seq: int
    received_at: datetime
    received_by: str
    new: bool


def register(conn: HubConnection, workstation_id: str, name: str) -> Registration:
    """Join the hub as `workstation_id` (its record's origin) under a readable `name`, in one transaction."""
    clean = " ".join(name.split())
    if not clean:
        raise HubError("Give this workstation a name the others will see (for example Front desk)")
    with conn.transaction():
        migrations.require_current(conn)
        if roles.may_change_records(conn):
            raise HubError(
                f"The role {conn.info.user} can change or delete hub rows: workstations connect as a member of the "
                "workstations' role (INSERT and SELECT only), never as the hub's administrator. Create one with "
                "`ivig-desktop hub init --url ADMIN_URL --login NAME`."
            )
        inserted = conn.execute(
            "INSERT INTO ivig_hub.workstations (workstation_id, name) VALUES (%s, %s) "
            "ON CONFLICT (workstation_id) DO NOTHING",
            [workstation_id, clean],
        ).rowcount
        row = conn.execute(
            "SELECT workstation_id, name, hub_seq, received_at, received_by FROM ivig_hub.workstations "
            "WHERE workstation_id = %s",
            [workstation_id],
        ).fetchone()
    assert row is not None
    return Registration(
        workstation_id=str(row[0]),
        name=str(row[1]),
        hub_seq=int(row[2]),
        received_at=row[3],
        received_by=str(row[4]),
        new=inserted == 1,
    )
