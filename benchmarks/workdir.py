"""The working copies the figures use: the app writes to a database it opens (WAL, lock file, backups), so every
run works on copies of the cached databases, in `benchmarks/.data/work/` (removed at the end of the run)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.dataset import DATA_DIR, Dataset

SMALL = 1_000
LARGE = 100_000


@dataclass(frozen=True)
class Workdir:
    root: Path
    empty: Path  # a database with no session (made by the app's first start)
    small: Path  # 1,000 sessions
    large: Path  # 100,000 sessions
    data_dir: Path  # the measured processes' user data dir

    @staticmethod
    def make(datasets: dict[int, Dataset]) -> Workdir:
        root = DATA_DIR / "work"
        shutil.rmtree(root, ignore_errors=True)
        paths = {}
        for name, size in (("small", SMALL), ("large", LARGE)):
            folder = root / name
            folder.mkdir(parents=True)
            paths[name] = folder / "ivig.db"
            shutil.copyfile(datasets[size].path, paths[name])
        (root / "empty").mkdir()
        (root / "user-data").mkdir()
        return Workdir(root, root / "empty" / "ivig.db", paths["small"], paths["large"], root / "user-data")

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def todays_daily_backups(db_path: Path) -> list[Path]:
    """The daily backups of today (UTC) beside the database at `db_path`."""
    today = datetime.now(UTC).strftime("%Y%m%d")
    folder = db_path.parent / "backups"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if f"-{today}-" in p.name and "-daily" in p.name)
