"""A window left running: signed in, a session page open, N one-second ticks; prints its RSS along the way.

    python -m benchmarks.ticking --db PATH --ticks 6000

Runs on a copy of a benchmark database (its twelve open sessions on the board) with a fake clock that advances one
second a tick, so that 6,000 ticks (100 minutes of a working day) take as long as the ticks themselves. The last
line of output is JSON: the RSS after 1,000 ticks and at the end, in MiB (the peak is read by the caller).
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.dataset import LAST_OPENED
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.workstation import Workstation


class SilentPlayer:
    def play(self, escalated: bool) -> None:
        del escalated


def rss_mib() -> float:
    with Path("/proc/self/statm").open() as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--ticks", type=int, default=6000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    clock = FakeClock(LAST_OPENED + timedelta(hours=2))
    db = open_database(args.db)
    workstation = Workstation(db, clock, args.db)
    window = MainWindow(workstation, player=SilentPlayer())
    window.show()
    app.processEvents()
    window.finish_loading()  # as the app does once its window is shown (the day's backup and check included)
    workstation.sign_in(workstation.nurses()[0])
    window.sign_in_page.signed_in.emit()
    window.show_session(workstation.controllers()[-1].session_id)
    app.processEvents()
    seen: dict[str, float] = {}
    for tick in range(1, args.ticks + 1):
        clock.advance(timedelta(seconds=1))
        window.tick()
        app.processEvents()
        if tick in (1000, args.ticks):
            seen[f"rss_mib_after_{tick}"] = rss_mib()
    window.close()
    db.close()
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
