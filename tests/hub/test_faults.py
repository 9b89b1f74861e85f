"""Faults during an exchange, on a real PostgreSQL: a workstation killed with SIGKILL mid-sync, the hub stopped
mid-sync and restarted. Nothing is lost and nothing is stored twice, here or on the hub."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.hub.errors import HubUnreachableError
from ivig_desktop.hub.sync import sync_once
from ivig_desktop.store import hub_link
from ivig_desktop.store.verification import verify_record
from tests.hub.conftest import Hub
from tests.hub.stations import Station
from tests.pgserver import PgServer

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ivig_desktop.domain.clock import SystemClock
    from ivig_desktop.hub.sync import sync_once
    from ivig_desktop.store import hub_link
    from ivig_desktop.store.database import open_database

    db = open_database(Path(sys.argv[1]))
    print("ready", flush=True)
    sync_once(db, hub_link.current(db).url, SystemClock().now, batch=int(sys.argv[2]))
    print("done", flush=True)
    """
)


def busy_station(name: str, path: Path, url: str, sessions: int, notes: int) -> Station:
    station = Station(name, path, FakeClock(T0))
    station.join(url)
    for i in range(sessions):
        session = station.open_session(station.new_patient(f"{name}{i}", f"{name}-{i}"), f"{name} chair {i}")
        for n in range(notes):
            station.note(session, f"{name} {i}.{n}")
    return station


def hub_entries(hub_url: str, workstation: str) -> list[tuple[str, int]]:
    with psycopg.connect(hub_url) as conn:
        rows = conn.execute(
            "SELECT origin, seq FROM ivig_hub.entries WHERE workstation = %s ORDER BY origin, seq", [workstation]
        ).fetchall()
    return [(str(o), int(s)) for o, s in rows]


def local_entries(station: Station) -> list[tuple[str, int]]:
    rows = station.db.execute(
        "SELECT c.origin, c.seq FROM record_chain c JOIN origins o ON o.origin = c.origin ORDER BY c.origin, c.seq"
    ).fetchall()
    return [(str(o), int(s)) for o, s in rows]


def kill_during_sync(path: Path, batch: int, rng: random.Random) -> bool:
    """Run one sync in a child process and SIGKILL it at a random moment of it; True if it was killed first."""
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(batch)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        try:
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.6))  # a kill at a random instant of the exchange (not a timing assertion)
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            return child.returncode == -signal.SIGKILL
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_workstation_killed_during_syncs_loses_and_duplicates_nothing(hub: Hub, tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("IVIG_KILL_SEED", "16")))
    front = busy_station("Front", tmp_path / "front.db", hub.url(), sessions=12, notes=12)
    back = busy_station("Back", tmp_path / "back.db", hub.url(), sessions=2, notes=2)
    workstation = hub_link.workstation_id(front.db)
    front.close()
    back.close()
    pushes_killed = [kill_during_sync(front.path, batch=15, rng=rng) for _ in range(4)]
    pulls_killed = [kill_during_sync(back.path, batch=15, rng=rng) for _ in range(4)]
    assert any(pushes_killed)
    assert any(pulls_killed)
    front.reopen()
    back.reopen()
    try:
        front.sync()
        back.sync()
        front.sync()
        sent = hub_entries(hub.admin_url, workstation)
        assert sent == local_entries(front)  # every entry on the hub, once (its key is origin and number)
        for table in ("patients", "sessions", "events", "nurses"):
            assert front.gids(table) == back.gids(table)
            count = back.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            assert count == len(back.gids(table)) == len(set(back.gids(table)))
        assert front.notes() == back.notes()
        assert verify_record(back.db).sound
        assert verify_record(front.db).sound
    finally:
        front.close()
        back.close()


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    """A server of this test's own, to stop and start."""
    server = PgServer.start_new()
    yield server
    server.stop()


def test_the_hub_stopped_mid_sync_then_restarted_loses_and_duplicates_nothing(
    own_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.hub.conftest import init_hub

    hub = init_hub(own_server, "hub_restart", tmp_path, monkeypatch)
    front = busy_station("Front", tmp_path / "front.db", hub.url(), sessions=6, notes=8)
    back = busy_station("Back", tmp_path / "back.db", hub.url(), sessions=1, notes=1)
    try:
        link = hub_link.current(front.db)
        assert link is not None
        stopped: list[int] = []

        def stop_after_first_batch(done: int, total: int, what: str) -> None:
            if done and not stopped:
                own_server.stop(mode="immediate", remove=False)  # as a crash or a pulled cable would
                stopped.append(done)

        with pytest.raises(HubUnreachableError):
            sync_once(front.db, link.url, front.clock.now, batch=10, progress=stop_after_first_batch)
        assert stopped
        assert front.db.execute("SELECT COUNT(*) FROM hub_pushes").fetchone()[0] >= 1
        own_server.start()
        front.sync()
        back.sync()
        front.sync()
        workstation = hub_link.workstation_id(front.db)
        assert hub_entries(hub.admin_url, workstation) == local_entries(front)
        assert front.notes() == back.notes()
        assert verify_record(back.db).sound
    finally:
        front.close()
        back.close()


def test_a_hub_restored_from_an_older_backup_is_caught_up_and_no_cursor_skips_an_entry(
    hub: Hub, tmp_path: Path
) -> None:
    """pg_dump, more work, then the hub restored from the dump: its feed hands out again numbers the workstations
    had read. Each workstation notices that the entry under its cursor changed, reads the feed again, and re-sends
    what the hub lost."""
    server = hub.server
    front = busy_station("Front", tmp_path / "front.db", hub.url(), sessions=1, notes=1)
    back = busy_station("Back", tmp_path / "back.db", hub.url(), sessions=0, notes=0)
    laptop = busy_station("Laptop", tmp_path / "laptop.db", hub.url(), sessions=0, notes=0)
    stations = (front, back, laptop)
    try:
        for station in stations:
            station.sync()
        dump = tmp_path / "hub.dump"
        bins = server.bin_dir
        subprocess.run(
            [str(bins / "pg_dump"), "-Fc", "-f", str(dump), "-d", server.admin_conninfo(hub.dbname)], check=True
        )
        chair = front.session("Front chair 0").id
        for n in range(3):
            front.note(chair, f"after the backup {n}")
        front.sync()
        back.sync()  # Back's cursor now stands on one of these entries
        with psycopg.connect(server.admin_conninfo(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {hub.dbname} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {hub.dbname}")
        subprocess.run([str(bins / "pg_restore"), "-d", server.admin_conninfo(hub.dbname), str(dump)], check=True)
        # The laptop's work reaches the restored hub first and takes the numbers Front's lost entries had.
        visit = laptop.open_session(laptop.new_patient("Home", "MRN-H"), "Home visit")
        for n in range(5):
            laptop.note(visit, f"home {n}")
        laptop.sync()
        for station in (back, front, back, laptop):
            station.sync()
        assert front.notes() == back.notes() == laptop.notes()
        assert back.notes()["Home visit"] == [f"home {n}" for n in range(5)]
        assert front.notes()["Front chair 0"] == ["Front 0.0"] + [f"after the backup {n}" for n in range(3)]
        for station in stations:
            assert verify_record(station.db).sound
    finally:
        for station in stations:
            station.close()
