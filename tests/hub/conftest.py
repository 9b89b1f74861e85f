"""A real PostgreSQL server for the hub's tests: one per test session, a fresh database per test.

Skipped with the reason when the machine has no PostgreSQL server binaries, except when IVIG_REQUIRE_POSTGRES is set
(CI sets it after installing them), when a missing server fails the tests instead of hiding them.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.pgserver import REQUIRE_ENV_VAR, PgServer, PgUnavailableError

_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        server = PgServer.start_new()
    except PgUnavailableError as error:
        if os.environ.get(REQUIRE_ENV_VAR):
            pytest.fail(f"{REQUIRE_ENV_VAR} is set but {error}")
        pytest.skip(str(error))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def hub_dbname(pg_server: PgServer) -> Iterator[str]:
    """A new, empty database on the server for this test; dropped afterwards."""
    import psycopg

    name = f"hub_test_{next(_database_numbers)}"
    with psycopg.connect(pg_server.admin_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield name
    with psycopg.connect(pg_server.admin_conninfo(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def admin_url(pg_server: PgServer, hub_dbname: str) -> str:
    """The superuser's URL for this test's database (over the Unix socket)."""
    return pg_server.admin_url(hub_dbname)


WORKSTATION_PASSWORD = "workstation password for tests"


@dataclass(frozen=True)
class Hub:
    """An initialised hub on the test server: its admin URL and a workstation login (password in a passfile)."""

    server: PgServer
    dbname: str
    group: str
    login: str

    @property
    def admin_url(self) -> str:
        return self.server.admin_url(self.dbname)

    def url(self, **params: str) -> str:
        """The workstation's URL: verify-full against the test CA, the password from PGPASSFILE."""
        return self.server.url(self.login, self.dbname, **params)


_hub_numbers = itertools.count(1)


@pytest.fixture
def hub(
    pg_server: PgServer, hub_dbname: str, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Hub:
    """A hub made by `hub init` with a workstation login; PGPASSFILE holds that login's password."""
    return init_hub(pg_server, hub_dbname, tmp_path_factory.mktemp("pgpass"), monkeypatch)


def init_hub(server: PgServer, dbname: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Hub:
    """Create database `dbname` if missing, make it a hub with a workstation login, and point PGPASSFILE at that
    login's password."""
    import psycopg

    from ivig_desktop.hub import migrations, roles
    from ivig_desktop.hub.connection import connect

    with psycopg.connect(server.admin_conninfo(), autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [dbname]).fetchone() is None:
            conn.execute(f"CREATE DATABASE {dbname}")
    number = next(_hub_numbers)
    made = Hub(server, dbname, group=f"ivig_ws_t{number}", login=f"ws_t{number}")
    with connect(made.admin_url) as conn:
        migrations.migrate(conn, made.group)
        with conn.transaction():
            roles.set_login(conn, made.login, WORKSTATION_PASSWORD, made.group)
    passfile = folder / "pgpass"
    passfile.write_text(f"127.0.0.1:{server.port}:{dbname}:{made.login}:{WORKSTATION_PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    return made
