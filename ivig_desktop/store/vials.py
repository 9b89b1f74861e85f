"""A vial is used once: find where a GTIN + serial was recorded before, and record a vial only if it was not.

The look-up reads two partial expression indexes of the events (migration m006): the vial events with this GTIN
and serial, and the amendments whose corrected values carry them. Each candidate is then read as it now stands
(its amendments applied, through the domain's own `TimelineEntry`): an entry marked entered in error does not
count, and a corrected entry counts with its corrected GTIN and serial. `append_vial` runs the look-up inside the
write transaction, so two chairs cannot record the same vial between the check and the write.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ivig_desktop.domain.events import Event, EventType, NewEvent
from ivig_desktop.domain.session_entries import TimelineEntry
from ivig_desktop.domain.vial_entry import PriorUse, Vial
from ivig_desktop.domain.vials import refuse_reused_vial, vial_used_elsewhere_message
from ivig_desktop.store.sessions import append_all, get_event, get_header
from ivig_desktop.store.sql import Database

# The vial events and the corrections that may carry this GTIN + serial (each half reads its own index).
CANDIDATES_SQL = """
SELECT e.id AS event_id FROM events e
 WHERE e.type = 'vial_recorded'
   AND json_extract(e.payload, '$.gtin') = :gtin AND json_extract(e.payload, '$.serial') = :serial
UNION
SELECT a.amends AS event_id FROM events a
 WHERE a.type = 'amendment'
   AND json_extract(a.payload, '$.replacement.gtin') = :gtin
   AND json_extract(a.payload, '$.replacement.serial') = :serial
"""

# The amendments of one event, oldest first (the events_amends index).
AMENDMENTS_SQL = "SELECT id FROM events WHERE amends = ? ORDER BY seq"


def vial_uses(db: Database, gtin: str, serial: str, *, patient_id: int | None = None) -> list[PriorUse]:
    """Every current entry (not entered in error) of the vial with this GTIN and serial, oldest first.
    `same_patient` compares each entry's session's patient with `patient_id`."""
    ids = [row[0] for row in db.execute(CANDIDATES_SQL, {"gtin": gtin, "serial": serial}).fetchall()]
    uses: list[PriorUse] = []
    for event_id in sorted(ids):
        event = get_event(db, event_id)
        if event.type is not EventType.VIAL_RECORDED:
            continue
        amendment_ids = db.execute(AMENDMENTS_SQL, [event_id]).fetchall()
        entry = TimelineEntry(event, tuple(get_event(db, row[0]) for row in amendment_ids))
        payload = entry.current_payload
        if entry.entered_in_error or payload.get("gtin") != gtin or payload.get("serial") != serial:
            continue
        header = get_header(db, event.session_id)
        uses.append(PriorUse(header.id, header.location, event.occurred_at, header.patient_id == patient_id))
    return uses


def used_elsewhere(db: Database, session_id: int, patient_id: int, vials: Sequence[Vial]) -> list[str]:
    """For each vial of this session (its current entries) that is also recorded, not in error, in another
    session, why it is flagged: two workstations recorded it while apart (the hub brought both), since each
    refuses a vial it knows is used. A few index look-ups per vial."""
    flagged = []
    for vial in vials:
        if not (vial.gtin and vial.serial):
            continue
        elsewhere = [
            u for u in vial_uses(db, vial.gtin, vial.serial, patient_id=patient_id) if u.session_id != session_id
        ]
        if elsewhere:
            flagged.append(vial_used_elsewhere_message(vial.gtin, vial.serial, elsewhere))
    return flagged


def append_vial(
    db: Database, session_id: int, patient_id: int, nurse_id: int, new: NewEvent, recorded_at: datetime
) -> Event:
    """Record a vial event, refused (ValidationError on 'serial', nothing written) when its GTIN + serial is
    already recorded and not entered in error, in any session. The look-up and the write are one transaction."""
    if new.type is not EventType.VIAL_RECORDED:
        raise ValueError(f"append_vial records vials, not {new.type.value}")
    gtin, serial = new.payload.get("gtin"), new.payload.get("serial")

    def check(db: Database) -> None:
        if isinstance(gtin, str) and isinstance(serial, str):
            uses = vial_uses(db, gtin, serial, patient_id=patient_id)
            refuse_reused_vial(gtin, serial, uses, session_id=session_id)

    return append_all(db, session_id, nurse_id, [new], recorded_at, check=check)[0]
