"""The hub's schema on a real PostgreSQL: created, upgraded idempotently, append-only, and the workstations' role
may INSERT and SELECT, never UPDATE, DELETE or TRUNCATE."""

from __future__ import annotations

import psycopg
import pytest

from ivig_desktop.hub import migrations, roles
from ivig_desktop.hub.connection import connect
from ivig_desktop.hub.errors import HubError, HubSchemaError
from tests.pgserver import PgServer

PASSWORD = "correct horse battery staple"


def init(admin_url: str, group: str = roles.DEFAULT_GROUP_ROLE) -> migrations.MigrationResult:
    with connect(admin_url) as conn:
        return migrations.migrate(conn, group)


def add_login(admin_url: str, login: str, group: str = roles.DEFAULT_GROUP_ROLE) -> None:
    with connect(admin_url) as conn, conn.transaction():
        roles.set_login(conn, login, PASSWORD, group)


def test_init_creates_the_schema_then_finds_it_up_to_date(admin_url: str) -> None:
    first = init(admin_url)
    assert (first.before, first.after) == (0, migrations.LATEST)
    second = init(admin_url)
    assert (second.before, second.after) == (migrations.LATEST, migrations.LATEST)
    assert not second.group_role_created
    with connect(admin_url) as conn:
        versions = conn.execute("SELECT version, name FROM ivig_hub.schema_migrations ORDER BY version").fetchall()
        migrations.require_current(conn)
    assert [v for v, _ in versions] == list(range(1, migrations.LATEST + 1))


def test_an_empty_database_is_not_a_hub(admin_url: str) -> None:
    with connect(admin_url) as conn, pytest.raises(HubSchemaError, match="hub init"):
        migrations.require_current(conn)


def test_a_newer_hub_is_left_alone(admin_url: str) -> None:
    init(admin_url)
    with connect(admin_url) as conn, conn.transaction():
        conn.execute("INSERT INTO ivig_hub.schema_migrations (version, name) VALUES (%s, 'future')", [99])
    with pytest.raises(HubSchemaError, match="newer"):
        init(admin_url)
    with connect(admin_url) as conn, pytest.raises(HubSchemaError, match="upgrade IVIG Desktop"):
        migrations.require_current(conn)


def test_hub_rows_are_append_only_even_for_the_owner(admin_url: str) -> None:
    init(admin_url)
    with connect(admin_url) as conn:
        conn.execute("INSERT INTO ivig_hub.workstations (workstation_id, name) VALUES ('w1', 'Front desk')")
        conn.commit()
        for statement in (
            "UPDATE ivig_hub.workstations SET name = 'Changed'",
            "DELETE FROM ivig_hub.workstations",
            "TRUNCATE ivig_hub.workstations",
            "DELETE FROM ivig_hub.schema_migrations",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only on the hub"):
                conn.execute(statement)
            conn.rollback()
        assert conn.execute("SELECT name FROM ivig_hub.workstations").fetchall() == [("Front desk",)]


def test_the_feed_number_comes_from_the_hub_not_the_sender(admin_url: str) -> None:
    init(admin_url)
    with connect(admin_url) as conn:
        conn.execute(
            "INSERT INTO ivig_hub.workstations (workstation_id, name, hub_seq, received_by) "
            "VALUES ('w1', 'A', 1000000, 'someone else'), ('w2', 'B', 5, 'x')"
        )
        rows = conn.execute("SELECT hub_seq, received_by FROM ivig_hub.workstations ORDER BY hub_seq").fetchall()
    assert [seq for seq, _ in rows] == [1, 2]
    assert {by for _, by in rows} == {"hubadmin"}


def test_a_workstation_role_may_insert_and_select_never_update_or_delete(pg_server: PgServer, hub_dbname: str) -> None:
    admin_url = pg_server.admin_url(hub_dbname)
    group = "ivig_ws_rights"
    result = init(admin_url, group)
    assert result.group_role_created
    add_login(admin_url, "ws_rights_1", group)
    url = pg_server.url("ws_rights_1", hub_dbname, password=PASSWORD)
    with connect(url) as conn:
        assert conn.info.transaction_status is not None
        assert not roles.may_change_records(conn)
        conn.execute("INSERT INTO ivig_hub.workstations (workstation_id, name) VALUES ('w1', 'Front desk')")
        conn.commit()
        assert conn.execute("SELECT received_by FROM ivig_hub.workstations").fetchall() == [("ws_rights_1",)]
        refused = (
            "UPDATE ivig_hub.workstations SET name = 'Changed'",
            "DELETE FROM ivig_hub.workstations",
            "TRUNCATE ivig_hub.workstations",
            "INSERT INTO ivig_hub.schema_migrations (version, name) VALUES (100, 'forged')",
            "SELECT setval('ivig_hub.feed_seq', 1)",
            "SELECT nextval('ivig_hub.feed_seq')",
            "ALTER TABLE ivig_hub.workstations DISABLE TRIGGER USER",
            "CREATE TABLE ivig_hub.mine (x int)",
            "CREATE TABLE public.mine (x int)",
        )
        for statement in refused:
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as refusal:
                conn.execute(statement.encode())
            assert "append-only" not in str(refusal.value), statement  # refused by the rights, before any trigger
            conn.rollback()
        assert conn.execute("SELECT name FROM ivig_hub.workstations").fetchall() == [("Front desk",)]
    with connect(admin_url) as conn:
        assert roles.may_change_records(conn)


def test_the_password_reaches_the_server_as_a_verifier_only(pg_server: PgServer, hub_dbname: str) -> None:
    admin_url = pg_server.admin_url(hub_dbname)
    init(admin_url, "ivig_ws_pw")
    add_login(admin_url, "ws_pw_1", "ivig_ws_pw")
    with connect(admin_url) as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'ws_pw_1'").fetchone()
    assert stored is not None
    assert str(stored[0]).startswith("SCRAM-SHA-256$")
    assert PASSWORD not in str(stored[0])
    with pytest.raises(HubError, match="refused the sign-in"):
        connect(pg_server.url("ws_pw_1", hub_dbname, password="not the password"))


def test_logins_that_could_do_more_are_refused(admin_url: str) -> None:
    init(admin_url, "ivig_ws_refuse")
    with connect(admin_url) as conn:
        with pytest.raises(HubError, match="too short"):
            roles.set_login(conn, "ws_short", "short", "ivig_ws_refuse")
        with pytest.raises(HubError, match="can do more than a workstation"):
            roles.set_login(conn, "hubadmin", PASSWORD, "ivig_ws_refuse")
        with pytest.raises(HubError, match="cannot be a role name"):
            roles.set_login(conn, 'x"; DROP TABLE y; --', PASSWORD, "ivig_ws_refuse")
    with pytest.raises(HubError, match="can do more than a workstation"):
        init(admin_url, "hubadmin")
