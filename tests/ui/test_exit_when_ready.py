"""`ivig-desktop --exit-when-ready`: in its own process (offscreen), the app starts, shows its window and quits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TIMEOUT_S = 120  # a hang (a dialog waiting for a person) fails instead of blocking the suite


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "ivig_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


def test_the_app_starts_shows_its_window_and_exits_0(tmp_path: Path) -> None:
    db = tmp_path / "ivig.db"
    done = run_app("--db", str(db), "--exit-when-ready")
    assert done.returncode == 0, done.stderr
    assert db.is_file()
    assert "Traceback" not in done.stderr
    again = run_app("--db", str(db), "--exit-when-ready")  # and on an existing database
    assert again.returncode == 0, again.stderr


def test_a_database_that_cannot_be_opened_is_reported_on_stderr_without_a_dialog(tmp_path: Path) -> None:
    db = tmp_path / "ivig.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"not a database" * 100)
    done = run_app("--db", str(db), "--exit-when-ready")
    assert done.returncode == 1
    assert f"the database {db} could not be opened" in done.stderr
