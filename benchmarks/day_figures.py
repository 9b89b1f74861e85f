"""The first start of the day at 100,000 sessions, seen from inside: while the day's backup and check run in the
background, how long is the event loop ever held up, and how long does a durable save take?

A window is opened on the 100,000-session copy as the app opens it (signed in, a session page open), with today's
backup still to make; `finish_loading()` starts the backup and then the check (ui/housekeeping.py). Until both have
ended, a 10 ms timer measures the event loop's longest stall (how late a timer fires), and every 250 ms a vitals
set is saved through the controller (each save's duration is kept). The baseline is the same window, the same
timer and the same saves, for as long, with today's backup already made (nothing runs in the background).
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from benchmarks.dataset import LAST_OPENED
from benchmarks.harness import Figure, Rounds, percentile
from benchmarks.ticking import SilentPlayer
from benchmarks.workdir import Workdir, todays_daily_backups
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.vitals import VitalsInput
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.workstation import Workstation

TICK_MS = 10
SAVE_EVERY_MS = 250
VITALS = VitalsInput("128", "76", "72", "16", "36.8", "98", "0")


class _Watch:
    """A 10 ms timer that keeps the longest gap between two of its timeouts, and saves every 250 ms."""

    def __init__(self, save: object) -> None:
        self.longest = 0.0
        self.saves: list[float] = []
        self._last = time.perf_counter()
        self._next_save = self._last
        self._save = save
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last - TICK_MS / 1000)
        if now >= self._next_save:
            start = time.perf_counter()
            self._save()  # type: ignore[operator]
            self.saves.append(time.perf_counter() - start)
            self._next_save = time.perf_counter() + SAVE_EVERY_MS / 1000
        self._last = time.perf_counter()


def _one(db_path: Path, *, backup_due: bool, seconds: float | None) -> tuple[float, list[float], float]:
    """(longest stall s, save durations, seconds watched)."""
    app = QCoreApplication.instance()
    assert app is not None
    db = open_database(db_path)
    clock = FakeClock(LAST_OPENED + timedelta(hours=2))
    workstation = Workstation(db, clock, db_path)
    window = MainWindow(workstation, player=SilentPlayer())
    window.show()
    app.processEvents()
    workstation.sign_in(workstation.nurses()[0])
    window.sign_in_page.signed_in.emit()
    controller = workstation.controllers()[-1]
    window.show_session(controller.session_id)
    app.processEvents()

    def save() -> None:
        clock.advance(timedelta(minutes=1))
        controller.record_vitals(VITALS)

    watch = _Watch(save)
    start = time.perf_counter()
    watch.timer.start()
    window.finish_loading()
    housekeeping = window.housekeeping
    assert housekeeping is not None
    assert housekeeping.running == backup_due
    while housekeeping.running if seconds is None else time.perf_counter() - start < seconds:
        app.processEvents()
        time.sleep(0.001)
    watched = time.perf_counter() - start
    watch.timer.stop()
    window.close()
    db.close()
    return watch.longest, watch.saves, watched


def background_figures(work: Workdir, rounds: int) -> list[Figure]:
    stalls, saves_p99 = Rounds(), Rounds()
    durations: list[float] = []
    db = work.large
    for _ in range(rounds):
        for made in todays_daily_backups(db):
            made.unlink()
        stall, saves, watched = _one(db, backup_due=True, seconds=None)  # A: backup and check in the background
        durations.append(watched)
        base_stall, base_saves, _ = _one(db, backup_due=False, seconds=watched)  # B: nothing in the background
        stalls.a.append(stall)
        stalls.b.append(base_stall)
        saves_p99.a.append(percentile(saves, 0.99))
        saves_p99.b.append(percentile(base_saves, 0.99))
    took = sorted(durations)[len(durations) // 2]
    return [
        Figure(
            "first start of the day, 100,000 sessions: longest event-loop stall while the backup and check run",
            "the same window with today's backup already made",
            tuple(x * 1e3 for x in stalls.a),
            "ms",
            "the window never waits for them",
            None,
            f"backup then check took {took:.0f} s in the background; baseline stall "
            f"{sorted(stalls.b)[len(stalls.b) // 2] * 1e3:.0f} ms",
        ),
        Figure(
            "the same: a durable vitals save's p99 while they run",
            "the same saves with nothing in the background",
            saves_p99.ratios(),
            "x",
            "never blocked",
            None,
            f"p99 {sorted(saves_p99.a)[len(saves_p99.a) // 2] * 1e3:.1f} ms vs "
            f"{sorted(saves_p99.b)[len(saves_p99.b) // 2] * 1e3:.1f} ms, a save every {SAVE_EVERY_MS} ms",
        ),
    ]
