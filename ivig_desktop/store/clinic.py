"""The clinic's settings recorded with the database (table `clinic_settings`, append-only: the latest row of a key
stands). See domain/clinic.py for which setting wins where."""

from __future__ import annotations

from datetime import datetime

from ivig_desktop.domain.clinic import CLINIC_FIELDS, ClinicIdentity
from ivig_desktop.domain.clock import to_iso
from ivig_desktop.domain.times import machine_zone_name, zone_info
from ivig_desktop.store.chain import ledger
from ivig_desktop.store.connection import write_transaction
from ivig_desktop.store.sql import Database

FROM_FILE = "clinic.toml"
FROM_COMPUTER = "this computer"
FROM_TRAINING = "training mode"


def recorded(db: Database) -> dict[str, str]:
    """The settings recorded with the database: key -> the latest value (a database older than m005: none)."""
    if "clinic_settings" not in db.table_names():
        return {}
    rows = db.execute(
        "SELECT key, value FROM clinic_settings WHERE id IN (SELECT MAX(id) FROM clinic_settings GROUP BY key)"
    ).fetchall()  # a handful of rows: one per setting and change
    return {str(key): str(value) for key, value in rows}


def in_force(db: Database, configured: ClinicIdentity, machine_zone: str | None = None) -> ClinicIdentity:
    """The settings in force for this database, without writing: clinic.toml's where set, else the recorded ones,
    else (the time zone) this computer's."""
    return configured.merged(recorded(db), machine_zone or machine_zone_name())


def record(db: Database, configured: ClinicIdentity, now: datetime, machine_zone: str | None = None) -> ClinicIdentity:
    """Record every setting in force that differs from what the database holds (one transaction), and return them.
    Called when the app opens its database for writing."""
    held = recorded(db)
    settings = configured.merged(held, machine_zone or machine_zone_name())
    changes = []
    for key in CLINIC_FIELDS:
        value = getattr(settings, key)
        if value and held.get(key) != value:
            source = FROM_FILE if getattr(configured, key) else FROM_COMPUTER
            changes.append((key, value, to_iso(now), source))
    if changes:
        with write_transaction(db):
            for key, value, at, source in changes:
                ledger.insert(db, "clinic_settings", {"key": key, "value": value, "recorded_at": at, "source": source})
    return settings


TRAINING = "yes"
DEMO = "demo"  # the `training` setting's value of a demo database (`ivig-desktop demo`): fictional patients


def mark_training(db: Database, now: datetime, value: str = TRAINING) -> None:
    """Record that this database is a training (simulation) database, once: its records print as SIMULATION (as
    DEMO when `value` is DEMO). A demo database stays one whatever mode opens it later."""
    if is_training(db):
        return
    with write_transaction(db):
        ledger.insert(
            db,
            "clinic_settings",
            {"key": "training", "value": value, "recorded_at": to_iso(now), "source": FROM_TRAINING},
        )


def mark_demo(db: Database, now: datetime) -> None:
    """Record that this database holds demo data (fictional patients): the window shows DEMO, records print DEMO."""
    mark_training(db, now, DEMO)


def is_training(db: Database) -> bool:
    """Whether this is a training (simulation) or demo database: not a patient's care."""
    return recorded(db).get("training") in (TRAINING, DEMO)


def is_demo(db: Database) -> bool:
    """Whether this database holds demo data (written by `ivig-desktop demo`)."""
    return recorded(db).get("training") == DEMO


def choose_time_zone(db: Database, zone: str, now: datetime) -> None:
    """Record the clinic's IANA time zone chosen on this computer (the first-run welcome). clinic.toml's
    `time_zone`, when set, still wins (domain/clinic.py). Raises ZoneError for a zone that does not exist."""
    zone_info(zone)
    if recorded(db).get("time_zone") == zone:
        return
    with write_transaction(db):
        ledger.insert(
            db,
            "clinic_settings",
            {"key": "time_zone", "value": zone, "recorded_at": to_iso(now), "source": FROM_COMPUTER},
        )
