"""Figures measured from outside, as a nurse meets them: whole processes, from spawn to exit.

- Start-up: `ivig-desktop --db PATH --exit-when-ready` (spawn to the window shown and the event loop idle) on an
  empty database, on 1,000 and on 100,000 sessions, against a bare PySide6 process showing an empty QMainWindow
  (benchmarks/bare_qt.py, the same rule for ready). One round runs the four, one after the other.
- First start of the day at 100,000 sessions: the same start when today's daily backup is still to be taken, against
  one where it has been taken; the figure is the difference, in seconds, that the nurse waits for.
- `ivig-desktop check` at 100,000 sessions against 1,000.
- Peak RSS (ru_maxrss) of a window with a session page open after 6,000 one-second ticks (benchmarks/ticking.py),
  against the bare process.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from benchmarks.harness import ROOT, Figure, Rounds, environment, interleave, run_process
from benchmarks.workdir import Workdir, todays_daily_backups

BARE = [str(ROOT / "benchmarks" / "bare_qt.py")]


def app_start(db: Path) -> list[str]:
    return ["-m", "ivig_desktop", "--db", str(db), "--exit-when-ready"]


def start_figures(work: Workdir, rounds: int) -> list[Figure]:
    env = environment(work.data_dir)
    run_process(app_start(work.empty), env)  # creates the empty database; its first start is not the figure
    for db in (work.small, work.large):
        run_process(app_start(db), env)  # the day's first start (and its daily backup) is measured apart
    kinds = {
        "bare": BARE,
        "empty": app_start(work.empty),
        "small": app_start(work.small),
        "large": app_start(work.large),
    }
    seconds: dict[str, list[float]] = {kind: [] for kind in kinds}
    for round_ in range(rounds + 1):
        for kind, args in kinds.items():
            took = run_process(args, env).seconds
            if round_:  # the first round warms the disk cache and is not kept
                seconds[kind].append(took)
    empty = Rounds(seconds["empty"], seconds["bare"])
    small = Rounds(seconds["small"], seconds["bare"])
    large = Rounds(seconds["large"], seconds["small"])

    def note(values: list[float]) -> str:
        return f"median {sorted(values)[len(values) // 2]:.2f} s"

    return [
        Figure(
            "process start to main window shown, empty database",
            "bare PySide6 process showing an empty QMainWindow",
            empty.ratios(),
            "x",
            "<= 1.5x",
            1.5,
            f"{note(seconds['empty'])} vs bare {note(seconds['bare'])}",
            short="start, empty database",
        ),
        Figure(
            "process start to main window shown, 1,000 sessions",
            "bare PySide6 process showing an empty QMainWindow",
            small.ratios(),
            "x",
            "<= 1.5x",
            1.5,
            f"{note(seconds['small'])} vs bare {note(seconds['bare'])}",
            short="start, 1,000 sessions",
        ),
        Figure(
            "process start to main window shown, 100,000 sessions",
            "the same at 1,000 sessions",
            large.ratios(),
            "x",
            "<= 1.2x",
            1.2,
            f"{note(seconds['large'])} vs {note(seconds['small'])}",
            short="start, 100k vs 1k",
        ),
    ]


def first_start_of_the_day(work: Workdir, rounds: int) -> Figure:
    """Start at 100k with today's daily backup to take (A) and taken (B): seconds A - B."""
    env = environment(work.data_dir)
    db = work.large
    if not todays_daily_backups(db):
        _take_daily_backup(db)
    aside = work.root / "aside"
    aside.mkdir(exist_ok=True)

    def due() -> float:
        taken = todays_daily_backups(db)
        for path in taken:
            shutil.move(path, aside / path.name)
        try:
            return run_process(app_start(db), env).seconds
        finally:
            for made in todays_daily_backups(db):  # one this start took (the old way): not needed again
                made.unlink()
            for path in taken:
                shutil.move(aside / path.name, path)

    def done() -> float:
        return run_process(app_start(db), env).seconds

    measured = interleave(due, done, rounds)
    return Figure(
        "first start of the day, 100,000 sessions: time in front of the nurse added by the daily backup",
        "the same start with today's backup already taken",
        measured.differences(),
        "s",
        "0 s",
        0.05,
        f"start {sorted(measured.a)[len(measured.a) // 2]:.2f} s vs {sorted(measured.b)[len(measured.b) // 2]:.2f} s",
    )


def _take_daily_backup(db: Path) -> None:
    from datetime import UTC, datetime

    from ivig_desktop.store.backup import DAILY, backup_database
    from ivig_desktop.store.database import open_database

    opened = open_database(db)
    try:
        backup_database(opened, reason=DAILY, now=datetime.now(UTC))
    finally:
        opened.close()


def check_figure(work: Workdir, rounds: int) -> Figure:
    env = environment(work.data_dir)

    def check(db: Path) -> float:
        return run_process(["-m", "ivig_desktop", "check", "--db", str(db)], env).seconds

    measured = interleave(lambda: check(work.large), lambda: check(work.small), rounds)
    return Figure(
        "`check` (integrity, foreign keys), 100,000 sessions",
        "the same at 1,000 sessions",
        measured.ratios(),
        "x",
        "a start never waits for it",
        None,
        f"median {sorted(measured.a)[len(measured.a) // 2]:.1f} s vs {sorted(measured.b)[len(measured.b) // 2]:.2f} s",
    )


TICKS = 6_000


def rss_figure(work: Workdir, rounds: int) -> Figure:
    env = environment(work.data_dir)
    notes: list[dict[str, float]] = []

    def app() -> float:
        run = run_process(["-m", "benchmarks.ticking", "--db", str(work.small), "--ticks", str(TICKS)], env)
        notes.append(json.loads(run.stdout.strip().splitlines()[-1]))
        return float(notes[-1]["peak_rss_mib"])

    def bare() -> float:
        run = run_process([*BARE, "--peak-rss"], env)
        return float(json.loads(run.stdout.strip().splitlines()[-1])["peak_rss_mib"])

    measured = interleave(app, bare, rounds, warmup=0)
    growth = [n[f"rss_mib_after_{TICKS}"] - n["rss_mib_after_1000"] for n in notes]
    return Figure(
        f"peak RSS after {TICKS:,} ticks with a session page open",
        "bare PySide6 process showing an empty QMainWindow",
        measured.differences(),
        "MiB",
        "<= bare + 80 MiB, flat",
        80,
        f"bare {sorted(measured.b)[len(measured.b) // 2]:.0f} MiB; RSS from tick 1,000 to {TICKS:,}: "
        + ", ".join(f"{g:+.1f} MiB" for g in growth),
    )
