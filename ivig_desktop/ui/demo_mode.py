"""Where `--demo` (and the welcome's demo offer) keeps its database: a new temporary folder of its own, never the
user data dir, removed when the app ends, with the unsaved-form drafts the app kept for it (ui/recovery.py keeps
them in the user data dir). Demo data is written fresh each time, timed from now."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from types import TracebackType

from ivig_desktop.domain.clock import Clock, SystemClock
from ivig_desktop.ui.workstation import Workstation

DEMO_DB_NAME = "ivig-desktop-demo.db"


class DemoFolder:
    """A context: `new_database()` makes a temporary folder (owner-only) and writes a demo database in it; the
    folder goes when the context ends. Nothing is made unless a demo database is asked for."""

    def __init__(self, clock: Clock | None = None) -> None:
        self._clock = clock or SystemClock()
        self._folders: list[Path] = []

    def new_database(self) -> Path:
        from ivig_desktop.ui.demo_data import write_demo_database

        folder = Path(tempfile.mkdtemp(prefix="ivig-desktop-demo-"))  # 0700
        self._folders.append(folder)
        path = folder / DEMO_DB_NAME
        write_demo_database(path, self._clock.now())
        return path

    def __enter__(self) -> DemoFolder:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        from ivig_desktop.ui.recovery import folder_for

        for folder in self._folders:
            shutil.rmtree(folder_for(folder / DEMO_DB_NAME), ignore_errors=True)
            shutil.rmtree(folder, ignore_errors=True)
        self._folders = []


def first_run(workstation: Workstation, exit_when_ready: bool) -> bool:
    """Open on the welcome: a database with no account yet, writable, not demo data (and not when only timing the
    start: nobody is there to read it)."""
    if exit_when_ready or workstation.demo or workstation.read_only_reason is not None:
        return False
    return not workstation.nurses()
