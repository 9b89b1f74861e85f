"""m005 (e-records): the clinic's settings recorded with the database, and nurses' licence or staff numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ivig_desktop.store.migrations.base import append_only, migrations

if TYPE_CHECKING:
    from sqlite_utils import Database  # for annotations only: a start must not load sqlite-utils


@migrations()
def m005_clinic_settings(db: Database) -> None:
    """`clinic_settings`: the clinic's name, address, IANA time zone and identifier systems as in force, one row per
    setting and change (the latest row of a key stands), so that a database moved to another computer keeps its
    clinic's zone; `training` = 'yes' marks a training (simulation) database, whose every record prints as a
    SIMULATION. `nurses.staff_id`: the nurse's licence or staff number, NULL when none was given (so the rows
    written before this step, NULL here, keep their chain hashes: store/chain/tables.py declares it in `added`)."""
    db.execute(
        """CREATE TABLE clinic_settings (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL CHECK (
                key IN ('name', 'address', 'time_zone', 'mrn_system', 'staff_id_system', 'training')
            ),
            value TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('clinic.toml', 'this computer', 'training mode'))
        )"""
    )
    db.execute("CREATE INDEX clinic_settings_key ON clinic_settings(key, id)")
    append_only(db, "clinic_settings", "a change of setting is a new row")
    db.execute("ALTER TABLE nurses ADD COLUMN staff_id TEXT CHECK (staff_id IS NULL OR length(staff_id) > 0)")
