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
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.dataset import LAST_OPENED
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.workstation import Workstation


class SilentPlayer:
    """An alert player that plays nothing (ui/sound.py's AlertPlayer): a benchmark measures the window, not audio."""

    def prepare(self, report: Callable[[str], None]) -> None:
        del report

    def play(self, escalated: bool) -> None:
        del escalated


def rss_mib() -> float:
    """This process's resident memory now."""
    with Path("/proc/self/statm").open() as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mib() -> float:
    """This process's peak resident memory since it started its program (VmHWM: not counting what the process
    it was forked from had, which ru_maxrss counts)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


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
    finish_loading = getattr(window, "finish_loading", None)  # (a version before it built everything at once)
    if finish_loading is not None:
        finish_loading()  # as the app does once its window is shown (the day's backup and check included)
    workstation.sign_in(workstation.nurses()[0])
    window.sign_in_page.signed_in.emit()
    window.show_session(workstation.controllers()[-1].session_id)
    seen: dict[str, float] = {}
    done = 0

    def tick() -> None:
        # One tick as the window's timer runs it, from the event loop (so that what a tick deletes is deleted).
        nonlocal done
        clock.advance(timedelta(seconds=1))
        window.tick()
        done += 1
        if done in (1000, args.ticks):
            seen[f"rss_mib_after_{done}"] = rss_mib()
        if done >= args.ticks:
            driver.stop()
            app.quit()

    driver = QTimer()
    driver.setInterval(0)
    driver.timeout.connect(tick)
    driver.start()
    app.exec()
    window.close()
    db.close()
    seen["peak_rss_mib"] = peak_rss_mib()
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
