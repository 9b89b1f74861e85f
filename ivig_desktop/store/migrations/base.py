"""The migration set and what every migration shares. A released migration is never edited: add a new one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("ivig_desktop")

APPEND_ONLY_TABLES = (
    "nurses",
    "patients",
    "sessions",
    "events",
    "regimens",
    "nurse_secrets",
    "sign_in_attempts",
    "origins",
    "record_chain",
    "nurse_keys",
    "_sqlite_migrations",
    "hub_links",
    "hub_pulls",
    "hub_pushes",
    "hub_origins",
    "hub_workstations",
    "patient_links",
)

# This workstation's own settings and sync state: not part of the record, so neither chained nor sent to a hub.
LOCAL_TABLES = ("hub_links", "hub_pulls", "hub_pushes", "hub_origins", "hub_workstations", "hub_applying")


def append_only(db: Database, table: str, what: str) -> None:
    """Triggers that abort any UPDATE or DELETE on `table` with a message saying what to do instead."""
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} are append-only: {what}'); END"
        )
