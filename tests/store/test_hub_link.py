"""The workstation's link to a hub: append-only, the latest row counts, no password ever stored."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from ivig_desktop.store import hub_link
from ivig_desktop.store.check import check_database
from ivig_desktop.store.database import INTEGRITY_ERRORS, open_database

from .conftest import T0

URL = "postgresql://ws_front@hub.clinic.example/ivig?sslmode=verify-full"


def test_a_lone_workstation_has_no_hub(db: Database) -> None:
    assert hub_link.current(db) is None


def test_connect_then_disconnect_then_connect_again(db: Database) -> None:
    hub_link.connect(db, URL, "Front desk", T0)
    link = hub_link.current(db)
    assert link is not None
    assert (link.url, link.workstation_name, link.since) == (URL, "Front desk", T0)
    hub_link.disconnect(db, T0 + timedelta(days=1))
    assert hub_link.current(db) is None
    other = URL.replace("hub.", "hub2.")
    hub_link.connect(db, other, "Front desk", T0 + timedelta(days=2))
    again = hub_link.current(db)
    assert again is not None
    assert again.url == other
    assert db.execute("SELECT COUNT(*) FROM hub_links").fetchone()[0] == 3


def test_links_are_append_only(db: Database) -> None:
    hub_link.connect(db, URL, "Front desk", T0)
    for statement in ("UPDATE hub_links SET url = 'postgresql://x@y/z'", "DELETE FROM hub_links"):
        with pytest.raises(INTEGRITY_ERRORS, match="hub_links are append-only"):
            db.execute(statement)


def test_only_a_hub_url_is_stored(db: Database) -> None:
    with pytest.raises(INTEGRITY_ERRORS):
        hub_link.connect(db, "mysql://hub/x", "Front desk", T0)
    with pytest.raises(INTEGRITY_ERRORS):
        hub_link.connect(db, URL, "   ", T0)


def test_check_finds_the_hubs_guard_left_holding_a_row(tmp_path: Path) -> None:
    """m009's guard turns off the numbering and MRN rules while a pull writes; committed, it would leave them off
    for every write: `check` (and the daily check in the background) says the record was altered."""
    path = tmp_path / "ivig.db"
    open_database(path, now=T0).close()
    assert check_database(path).sound
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO hub_applying (id) VALUES (1)")
    conn.close()
    report = check_database(path)
    assert report.kind == "altered"
    assert report.problem is not None and "hub_applying" in report.problem
