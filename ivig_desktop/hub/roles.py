"""Who may do what on the hub.

Workstations connect as members of one group role (default `ivig_workstation`, made by `hub init`) that may
SELECT every hub table and INSERT into the record's tables, never UPDATE, DELETE or TRUNCATE, and has no right on
the feed sequence or the schema's functions. The schema belongs to the role that ran `hub init` (an administrator),
which workstations never use. Login roles for workstations are made members of the group; their password reaches
the server only as a SCRAM-SHA-256 verifier computed here (libpq's PQencryptPasswordConn), never in clear, so it
cannot appear in the server's statement log.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ivig_desktop.hub.connection import scalar
from ivig_desktop.hub.errors import HubError

if TYPE_CHECKING:
    from ivig_desktop.hub.connection import HubConnection

DEFAULT_GROUP_ROLE = "ivig_workstation"
MIN_PASSWORD_CHARS = 12
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
READ_ONLY_TABLES = ("schema_migrations", "hub")


def check_role_name(name: str) -> str:
    if not _ROLE_NAME.match(name):
        raise HubError(
            f"{name!r} cannot be a role name here: use lower-case letters, digits and _, starting with a letter "
            "(at most 63)"
        )
    return name


def role_exists(conn: HubConnection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone() is not None


def ensure_group_role(conn: HubConnection, group: str) -> bool:
    """Create the workstations' group role unless it exists (roles belong to the whole server); True if made."""
    from psycopg import sql

    check_role_name(group)
    if role_exists(conn, group):
        _refuse_powerful(conn, group)
        return False
    conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
    return True


def grant(conn: HubConnection, group: str) -> None:
    """The group's rights on this hub, set afresh (every `hub init` runs it, so a new table is covered)."""
    from psycopg import sql

    role = sql.Identifier(group)
    statements: list[sql.SQL | sql.Composed] = [
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
            sql.Identifier(str(scalar(conn, "SELECT current_database()"))), role
        ),
        sql.SQL("REVOKE ALL ON SCHEMA ivig_hub FROM PUBLIC"),
        sql.SQL("GRANT USAGE ON SCHEMA ivig_hub TO {}").format(role),
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA ivig_hub FROM PUBLIC, {}").format(role),
        sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA ivig_hub FROM PUBLIC, {}").format(role),
        sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ivig_hub FROM PUBLIC, {}").format(role),
        sql.SQL("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA ivig_hub TO {}").format(role),
    ]
    statements += [
        sql.SQL("REVOKE INSERT ON ivig_hub.{} FROM {}").format(sql.Identifier(table), role)
        for table in READ_ONLY_TABLES
    ]
    for statement in statements:
        conn.execute(statement)


def _refuse_powerful(conn: HubConnection, name: str) -> None:
    row = conn.execute(
        "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication FROM pg_roles "
        "WHERE rolname = %s",
        [name],
    ).fetchone()
    if row is not None and row[0]:
        raise HubError(
            f"The role {name} can do more than a workstation should (superuser, or it creates roles or databases, "
            "or bypasses row security): choose another name for the workstations' role"
        )


def set_login(conn: HubConnection, login: str, password: str, group: str) -> bool:
    """Create (or give a new password to) a workstation login role in `group`; True if it was created.

    Refused for a role that can do more than a workstation (a superuser, or one that makes roles or databases).
    """
    from psycopg import sql

    check_role_name(login)
    if len(password) < MIN_PASSWORD_CHARS:
        raise HubError(f"The password of {login} is too short: use at least {MIN_PASSWORD_CHARS} characters")
    if login == group:
        raise HubError(f"The login role must not be the group role {group} itself: choose another name")
    verifier = conn.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()
    created = not role_exists(conn, login)
    if created:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(verifier)
            )
        )
    else:
        _refuse_powerful(conn, login)
        conn.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(login), sql.Literal(verifier)))
    conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(login)))
    return created


def may_change_records(conn: HubConnection) -> bool:
    """Could the connected role UPDATE or DELETE hub rows (an administrator's, not a workstation's role)?"""
    row = conn.execute(
        "SELECT has_table_privilege('ivig_hub.workstations', 'UPDATE') "
        "OR has_table_privilege('ivig_hub.workstations', 'DELETE')"
    ).fetchone()
    return bool(row and row[0])
