"""The test server itself: run as the `postgres` user when root, behind a private /dev/null when that user cannot
write the machine's, directly otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.pgserver import SERVICE_USER, _Runner, find_binaries

ROOT = Path(__file__).resolve().parents[2]


def test_commands_run_directly_as_a_normal_user() -> None:
    assert _Runner(as_service_user=False).command(["initdb", "-D", "x"]) == ["initdb", "-D", "x"]


def test_commands_run_as_the_service_user_when_root(tmp_path: Path) -> None:
    assert _Runner(as_service_user=True).command(["pg_ctl", "start"]) == [
        "runuser", "-u", SERVICE_USER, "--", "pg_ctl", "start",
    ]  # fmt: skip
    null = tmp_path / "null"
    command = _Runner(as_service_user=True, private_null=null).command(["initdb", "-D", "a dir"])
    assert command[:3] == ["unshare", "-m", "sh"]
    assert command[-7:] == [str(null), "runuser", "-u", SERVICE_USER, "--", "initdb", "-D", "a dir"][-7:]
    assert 'mount --bind "$0" /dev/null' in command[4]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs root (to make a private mount namespace)")
@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare(1)")
def test_a_server_starts_where_the_postgres_user_cannot_write_dev_null(tmp_path: Path) -> None:
    """Reproduces the machines whose /dev/null only root may write: in a mount namespace of its own, /dev/null
    is made owner-only, and a server still starts (behind its private null device) and answers."""
    if find_binaries() is None:
        pytest.skip("no PostgreSQL server binaries")
    masked = tmp_path / "owner-only-null"
    os.mknod(masked, 0o600 | 0o020000, os.makedev(1, 3))
    script = textwrap.dedent(
        """
        import subprocess, psycopg
        from tests.pgserver import PgServer, SERVICE_USER
        probe = subprocess.run(["runuser", "-u", SERVICE_USER, "--", "sh", "-c", ": > /dev/null"])
        assert probe.returncode != 0, "the machine's /dev/null should be unwritable here"
        server = PgServer.start_new()
        try:
            assert server.runner.private_null is not None
            with psycopg.connect(server.admin_conninfo()) as conn:
                print("answer", conn.execute("SELECT 6 * 7").fetchone()[0])
        finally:
            server.stop()
        """
    )
    bind = 'mount --bind "$0" /dev/null && exec "$@"'
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", bind, str(masked), sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "answer 42" in done.stdout
