"""`ivig-desktop sync`: one exchange, and what moved, in one line; offline, what waits."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ivig_desktop.cli import main
from ivig_desktop.domain.people import new_nurse_profile
from ivig_desktop.store import hub_link, nurses
from ivig_desktop.store.database import open_database
from tests.hub.conftest import Hub
from tests.pgserver import free_port


def test_sync_sends_then_receives_and_says_what_moved(
    hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    front, back = tmp_path / "front.db", tmp_path / "back.db"
    for path, name in ((front, "Front"), (back, "Back")):
        assert main(["hub", "connect", "--url", hub.url(), "--name", name, "--db", str(path)]) == 0
    db = open_database(front)
    nurses.add_nurse(db, new_nurse_profile("Ana Lima", "RN"), datetime(2026, 11, 24, 7, 0, tzinfo=UTC))
    db.close()
    capsys.readouterr()
    assert main(["sync", "--db", str(front)]) == 0
    out = capsys.readouterr().out
    assert re.fullmatch(rf"hub {re.escape(hub.url())}: sent \d+ entries, received 0; synced \d\d:\d\d\n", out)
    assert main(["sync", "--db", str(back)]) == 0
    out = capsys.readouterr().out
    assert "received 1;" in out  # the nurse (an origin's own row and its migration rows stay with it)
    assert main(["sync", "--db", str(back)]) == 0
    assert "sent 0 entries, received 0" in capsys.readouterr().out


def test_sync_without_a_hub_does_nothing_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "alone.db"
    open_database(path).close()
    assert main(["sync", "--db", str(path)]) == 0
    assert "not connected to a hub: nothing to do" in capsys.readouterr().out
    assert main(["sync", "--db", str(tmp_path / "missing.db")]) == 2


def test_sync_offline_says_what_waits(hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "front.db"
    assert main(["hub", "connect", "--url", hub.url(), "--name", "Front", "--db", str(path)]) == 0
    db = open_database(path)
    dead = f"postgresql://{hub.login}@127.0.0.1:{free_port()}/{hub.dbname}?sslmode=disable&connect_timeout=2"
    hub_link.connect(db, dead, "Front", hub_link.current(db).since)  # type: ignore[union-attr]
    db.close()
    capsys.readouterr()
    assert main(["sync", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "cannot be reached" in err
    assert re.search(r"hub: offline, \d+ entries waiting", err)
