"""m010 (h-hub): the workstation's link to a clinic hub.

`hub_links` is append-only: `hub connect` adds a row with the hub's URL (never a password) and the name this
workstation registered under; `hub disconnect` adds one with no URL. The latest row counts. A database that never
joined a hub has no row and behaves as a lone workstation.
"""

from __future__ import annotations

from sqlite_utils import Database

from ivig_desktop.store.migrations.base import append_only, migrations


@migrations()
def m010_hub_link(db: Database) -> None:
    db.execute(
        """CREATE TABLE hub_links (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            url TEXT CHECK (url IS NULL OR url LIKE 'postgres%://%'),
            workstation_name TEXT CHECK (workstation_name IS NULL OR length(trim(workstation_name)) > 0),
            CHECK ((url IS NULL) = (workstation_name IS NULL))
        )"""
    )
    append_only(db, "hub_links", "connect or disconnect again instead")
