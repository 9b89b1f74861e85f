"""m006: look up a vial by its GTIN and serial number without scanning the record.

A vial's GTIN + serial, once recorded in a session, is refused in every other session (and a second time in the
same one) unless the earlier entry was marked entered in error (`store/vials.py`). That look-up runs before every
vial is recorded, so it must not read every event: two partial expression indexes find the vial events with a
given GTIN and serial, and the amendments whose corrected values carry them. No table is added: the indexes follow
the append-only events as they are written (here or, later, by the hub), in the same transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ivig_desktop.store.migrations.base import migrations

if TYPE_CHECKING:
    from sqlite_utils import Database  # for annotations only: a start must not load sqlite-utils


@migrations()
def m006_vial_serials(db: Database) -> None:
    db.execute(
        """CREATE INDEX events_vial_serial
           ON events (json_extract(payload, '$.gtin'), json_extract(payload, '$.serial'))
           WHERE type = 'vial_recorded'"""
    )
    db.execute(
        """CREATE INDEX events_vial_serial_corrected
           ON events (json_extract(payload, '$.replacement.gtin'), json_extract(payload, '$.replacement.serial'))
           WHERE type = 'amendment'"""
    )
