"""The same export on two machines is byte-identical: the clinic's zone (recorded with the database) is used, never
the zone of the machine that exports. Each export runs in its own process, under its own TZ."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .builder import Built


def export_under(tz: str, db_path: Path, out: Path, *args: str) -> None:
    env = {**os.environ, "TZ": tz}
    result = subprocess.run(
        [sys.executable, "-m", "ivig_desktop", "export", "--db", str(db_path), "--out", str(out), *args],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    "args",
    [
        ("--since", "2026-11-23", "--format", "csv", "--excel"),
        ("--since", "2026-11-23", "--format", "json"),
        ("--since", "2026-11-23", "--format", "fhir", "--bundle", "transaction"),
    ],
    ids=["csv", "json", "fhir"],
)
def test_the_same_export_under_two_time_zones_is_byte_identical(
    built: Built, db_path: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    tokyo, los_angeles = tmp_path / "tokyo", tmp_path / "los-angeles"
    export_under("Asia/Tokyo", db_path, tokyo, *args)
    export_under("America/Los_Angeles", db_path, los_angeles, *args)
    assert files(tokyo) and files(tokyo) == files(los_angeles)
    if args[3] == "csv":
        sessions = (tokyo / "sessions.csv").read_text(encoding="utf-8-sig")
        assert "2026-11-24T02:05:00-05:00" in sessions  # the clinic's zone: America/Toronto, EST


def test_local_dates_are_the_clinics(built: Built, db_path: Path, tmp_path: Path) -> None:
    """Opened 07:05 UTC on 24 Nov: 02:05 in Toronto (the clinic), 16:05 in Tokyo. '--until 2026-11-23' finds nothing
    wherever it runs, '--since 2026-11-24' finds it."""
    for tz in ("Asia/Tokyo", "Pacific/Honolulu"):
        out = tmp_path / f"since-{tz.replace('/', '-')}"
        export_under(tz, db_path, out, "--since", "2026-11-24", "--until", "2026-11-24", "--format", "json")
        assert (out / "sessions.json").exists()
        none = tmp_path / f"until-{tz.replace('/', '-')}"
        export_under(tz, db_path, none, "--until", "2026-11-23", "--format", "json")
        assert not none.exists()
