"""The hub's schema, in numbered steps applied in order by `hub init` (never edited once released).

Each step is SQL run in one transaction with the others pending (PostgreSQL's DDL is transactional: a failed
upgrade leaves the hub as it was), under an advisory lock so two `hub init` never race, and recorded in
`ivig_hub.schema_migrations`. A workstation syncs only with a hub whose schema is the version it knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ivig_desktop.hub import roles
from ivig_desktop.hub.connection import scalar
from ivig_desktop.hub.errors import HubSchemaError
from ivig_desktop.hub.migrations import h001_base, h002_entries

if TYPE_CHECKING:
    from ivig_desktop.hub.connection import HubConnection

MIGRATION_LOCK_KEY = 0x49564948


@dataclass(frozen=True)
class HubMigration:
    version: int
    name: str
    sql: str


MIGRATIONS = (HubMigration(1, "base", h001_base.STEP), HubMigration(2, "entries", h002_entries.STEP))
LATEST = MIGRATIONS[-1].version


@dataclass(frozen=True)
class MigrationResult:
    before: int
    after: int
    group_role_created: bool


def schema_version(conn: HubConnection) -> int:
    """The hub schema's version: 0 when this database has none."""
    if not scalar(conn, "SELECT to_regclass('ivig_hub.schema_migrations') IS NOT NULL"):
        return 0
    return int(scalar(conn, "SELECT COALESCE(max(version), 0) FROM ivig_hub.schema_migrations"))


def migrate(conn: HubConnection, group_role: str) -> MigrationResult:
    """Create or upgrade the hub's schema and set the workstations' rights, all in one transaction."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [MIGRATION_LOCK_KEY])
        before = schema_version(conn)
        if before > LATEST:
            raise HubSchemaError(newer_message(before))
        conn.execute("CREATE SCHEMA IF NOT EXISTS ivig_hub")
        for step in MIGRATIONS:
            if step.version <= before:
                continue
            conn.execute(step.sql.encode())
            conn.execute(
                "INSERT INTO ivig_hub.schema_migrations (version, name) VALUES (%s, %s)", [step.version, step.name]
            )
        created = roles.ensure_group_role(conn, group_role)
        roles.grant(conn, group_role)
    return MigrationResult(before=before, after=LATEST, group_role_created=created)


def newer_message(version: int) -> str:
    return (
        f"The hub's schema is version {version}, newer than this IVIG Desktop knows ({LATEST}): upgrade "
        "IVIG Desktop on this machine first. Nothing was changed."
    )


def require_current(conn: HubConnection) -> None:
    """HubSchemaError unless the hub's schema is the version this app knows."""
    version = schema_version(conn)
    if version == LATEST:
        return
    if version == 0:
        raise HubSchemaError(
            "This database is not an IVIG Desktop hub yet (or this role may not see it): an administrator sets it "
            "up with `ivig-desktop hub init --url URL`."
        )
    if version > LATEST:
        raise HubSchemaError(newer_message(version))
    raise HubSchemaError(
        f"The hub's schema is version {version}, older than this IVIG Desktop's ({LATEST}): an administrator "
        "upgrades it with `ivig-desktop hub init --url URL`."
    )
