"""A real PostgreSQL server for the hub's tests: one per test session, a fresh database per test.

Skipped with the reason when the machine has no PostgreSQL server binaries, except when IVIG_REQUIRE_POSTGRES is set
(CI sets it after installing them), when a missing server fails the tests instead of hiding them.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

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
