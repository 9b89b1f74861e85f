"""Figures measured in this process, on the working copies: the board, the lot look-up, a durable save.

- Loading the board: what the window does to show the active sessions (find them, fold each, read its patient),
  at 100,000 sessions against 1,000.
- The lot look-up (`lots LOT`, Ctrl+L) of a lot used by 20 sessions, at 100,000 sessions against 1,000.
- A durable vitals save (the controller's `record_vitals`: validated, one BEGIN IMMEDIATE transaction, WAL and
  synchronous=FULL, read back and folded) against a raw INSERT + COMMIT into a table of the same shape with the
  same pragmas, on the same disk; saves alternate with raw inserts one by one, and each round compares their p99.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.dataset import LAST_OPENED, SESSIONS_PER_LOT
from benchmarks.harness import Figure, Rounds, interleave, percentile
from benchmarks.workdir import LARGE, SMALL, Workdir
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.config import ClinicConfig, load_clinic_config
from ivig_desktop.domain.vitals import VitalsInput
from ivig_desktop.paths import resources_dir
from ivig_desktop.store.database import IvigDatabase, open_database
from ivig_desktop.store.lots import lot_uses
from ivig_desktop.ui.workstation import Workstation

REPEAT = 5  # calls per measurement (the median is kept)


def best_of(call: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def board_load(db: IvigDatabase, path: Path, config: ClinicConfig) -> Callable[[], object]:
    """Open the window's model on the database: it finds the active sessions and folds them for the board."""

    def load() -> object:
        workstation = Workstation(db, FakeClock(LAST_OPENED + timedelta(hours=2)), path, config)
        count = len(workstation.controllers())
        workstation.deleteLater()
        return count

    return load


def middle_lot(sessions: int) -> str:
    return f"L{(sessions // 2 - 1) // SESSIONS_PER_LOT:06d}A"


def store_figures(work: Workdir, rounds: int) -> list[Figure]:
    config = load_clinic_config(resources_dir())
    large = open_database(work.large)
    small = open_database(work.small)
    try:
        board = interleave(
            lambda: best_of(board_load(large, work.large, config)),
            lambda: best_of(board_load(small, work.small, config)),
            rounds,
        )
        lot_large, lot_small = middle_lot(LARGE), middle_lot(SMALL)
        found = (len(lot_uses(large, lot_large)), len(lot_uses(small, lot_small)))
        lots = interleave(
            lambda: best_of(lambda: lot_uses(large, lot_large)),
            lambda: best_of(lambda: lot_uses(small, lot_small)),
            rounds,
        )
    finally:
        large.close()
        small.close()
    return [
        Figure(
            "loading the board (active sessions), 100,000 sessions",
            "the same at 1,000 sessions",
            board.ratios(),
            "x",
            "<= 1.5x",
            1.5,
            f"median {_ms(board.a)} vs {_ms(board.b)}",
            short="board, 100k vs 1k",
        ),
        Figure(
            "lot look-up, 100,000 sessions",
            "the same at 1,000 sessions",
            lots.ratios(),
            "x",
            "<= 1.5x",
            1.5,
            f"median {_ms(lots.a)} vs {_ms(lots.b)}; {found[0]} and {found[1]} vials found",
            short="lot look-up, 100k vs 1k",
        ),
    ]


def _ms(values: list[float]) -> str:
    return f"{sorted(values)[len(values) // 2] * 1e3:.1f} ms"


SAVES = 200
VITALS = VitalsInput("128", "76", "72", "16", "36.8", "98", "0")


def save_figure(work: Workdir, rounds: int) -> Figure:
    """Each round on a fresh copy of the 1,000-session database, its saves spread over the twelve open sessions
    (about 17 vitals each: sessions of a realistic length, not one session growing for thousands of saves)."""
    config = load_clinic_config(resources_dir())
    raw = _raw_table(work.root / "raw.db")

    medians: list[float] = []

    def one_round(copy: Path) -> tuple[float, float]:
        shutil.copyfile(work.small, copy)
        db = open_database(copy)
        try:
            clock = FakeClock(LAST_OPENED + timedelta(hours=2))
            workstation = Workstation(db, clock, copy, config)
            workstation.sign_in(workstation.nurses()[0])
            controllers = workstation.controllers()
            saves, inserts = [], []
            for n in range(SAVES):  # A B A B ...: a save, a raw insert
                clock.advance(timedelta(minutes=1))
                start = time.perf_counter()
                controllers[n % len(controllers)].record_vitals(VITALS)
                saves.append(time.perf_counter() - start)
                start = time.perf_counter()
                raw.execute("BEGIN")
                raw.execute(
                    "INSERT INTO e (session_id, seq, type, occurred_at, recorded_at, nurse_id, payload) "
                    "VALUES (1, 1, 'vitals', ?, ?, 1, ?)",
                    [clock.now().isoformat(), clock.now().isoformat(), '{"systolic_mmhg":"128"}'],
                )
                raw.execute("COMMIT")
                inserts.append(time.perf_counter() - start)
        finally:
            db.close()
        medians.append(percentile(saves, 0.5) / percentile(inserts, 0.5))
        return percentile(saves, 0.99), percentile(inserts, 0.99)

    measured = Rounds()
    copy = work.root / "saves" / "ivig.db"
    copy.parent.mkdir(exist_ok=True)
    try:
        one_round(copy)  # warm-up, not kept
        for _ in range(rounds):
            save, insert = one_round(copy)
            measured.a.append(save)
            measured.b.append(insert)
    finally:
        raw.close()
    return Figure(
        "durable vitals save, p99",
        "raw INSERT + COMMIT, same pragmas",
        measured.ratios(),
        "x",
        "<= 1.5x",
        1.5,
        f"median p99 {_ms(measured.a)} vs {_ms(measured.b)} ({SAVES} of each a round, alternating); "
        f"p50 ratio {sorted(medians[1:])[len(medians[1:]) // 2]:.2f}x",
        short="save p99",
    )


def _raw_table(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS e (id INTEGER PRIMARY KEY, session_id INT, seq INT, type TEXT, "
        "occurred_at TEXT, recorded_at TEXT, nurse_id INT, payload TEXT, amends INT)"
    )
    return conn
