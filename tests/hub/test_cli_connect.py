"""`ivig-desktop hub connect`, `status` and `disconnect`: a workstation joins a hub under its chain's workstation id,
the URL is stored without a password, an administrator's role is refused."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from ivig_desktop.cli import main
from ivig_desktop.store import hub_link
from ivig_desktop.store.database import open_database
from tests.hub.conftest import Hub
from tests.pgserver import PgServer


def test_connect_registers_the_workstation_and_stores_the_url(
    hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "front.db"
    url = hub.url()
    assert main(["hub", "connect", "--url", url, "--name", "Front  desk", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    db = open_database(db_path)
    try:
        workstation = hub_link.workstation_id(db)
        link = hub_link.current(db)
    finally:
        db.close()
    assert f"joined the hub {url} as 'Front desk' (workstation {workstation})" in out
    assert link is not None
    assert (link.url, link.workstation_name) == (url, "Front desk")
    with psycopg.connect(hub.admin_url) as conn:
        rows = conn.execute("SELECT workstation_id, name, received_by FROM ivig_hub.workstations").fetchall()
    assert rows == [(workstation, "Front desk", hub.login)]
    # Joining again is once.
    assert main(["hub", "connect", "--url", url, "--name", "Front desk", "--db", str(db_path)]) == 0
    assert "already registered with the hub" in capsys.readouterr().out
    assert main(["hub", "status", "--db", str(db_path)]) == 0
    assert f"connected to the hub {url} as 'Front desk'" in capsys.readouterr().out
    assert main(["hub", "disconnect", "--db", str(db_path)]) == 0
    assert "works alone from now on" in capsys.readouterr().out
    assert main(["hub", "status", "--db", str(db_path)]) == 0
    assert "not connected to a hub" in capsys.readouterr().out


def test_a_url_with_a_password_is_refused_and_nothing_is_stored(
    hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "front.db"
    url = hub.server.url(hub.login, hub.dbname, password="workstation password for tests")
    assert main(["hub", "connect", "--url", url, "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "password file" in err
    assert "workstation password" not in err
    assert not db_path.exists()


def test_the_administrators_role_is_refused(
    pg_server: object, hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "front.db"
    assert main(["hub", "connect", "--url", hub.admin_url, "--name", "Front", "--db", str(db_path)]) == 1
    assert "never as the hub's administrator" in capsys.readouterr().err
    db = open_database(db_path)
    try:
        assert hub_link.current(db) is None
    finally:
        db.close()


def test_a_database_that_is_not_a_hub_is_refused(
    pg_server: PgServer, hub_dbname: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "front.db"
    assert main(["hub", "connect", "--url", pg_server.admin_url(hub_dbname), "--db", str(db_path)]) == 1
    assert "not an IVIG Desktop hub yet" in capsys.readouterr().err


def test_a_weak_sslmode_is_warned_about(hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = hub.url(sslmode="require")
    assert main(["hub", "connect", "--url", url, "--name", "Front", "--db", str(tmp_path / "f.db")]) == 0
    assert "warning: the hub URL has sslmode=require" in capsys.readouterr().err
