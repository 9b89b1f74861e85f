"""`uv run python -m benchmarks`: every figure of issue 14 and the hub's of issue 16, each against its baseline in
the same run.

Builds (or reuses) the benchmark databases (benchmarks/dataset.py: 1,000 and 100,000 sessions over 5,000 patients,
~40 events a session, the app's own schema and triggers), works on copies of them, runs each figure with its
baseline interleaved (A B A B ...), prints min / median / max of each, and writes the table into
docs/development.md and a one-line summary into the README (between their marker comments).

    uv run python -m benchmarks [--rounds N] [--only NAME ...] [--no-write]

Nothing here runs in the test suite; mypy checks it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from benchmarks import dataset, day_figures, process_figures, report, store_figures, tick
from benchmarks.harness import Figure
from benchmarks.workdir import LARGE, SMALL, Workdir

GROUPS = ("start", "board", "save", "check", "day", "background", "rss", "tick", "hub")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="rounds of each figure (default 7; fewer for slow ones)")
    parser.add_argument("--only", nargs="+", choices=GROUPS, help="run only these groups of figures")
    parser.add_argument("--no-write", action="store_true", help="print the table; leave the docs as they are")
    args = parser.parse_args(argv)
    groups = set(args.only or GROUPS)
    rounds = max(1, args.rounds)
    slow = max(1, min(rounds, 3))  # check, first start of the day, RSS: a round takes seconds to minutes

    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform's note about window hints
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    began = time.perf_counter()
    figures: list[Figure] = []
    if groups <= {"hub"}:  # the hub's figures make their own data: the benchmark databases are not needed
        for figure in _hub_figures(slow):
            figures.append(figure)
            print(f"  {figure.name}: {_line(figure)}", flush=True)
        print()
        print(report.table(figures, slow))
        return 0
    print("benchmark databases:")
    work = Workdir.make(dataset.ensure((SMALL, LARGE)))
    try:
        steps: list[tuple[str, Callable[[], list[Figure]]]] = [
            ("start", lambda: process_figures.start_figures(work, rounds)),
            ("board", lambda: store_figures.store_figures(work, rounds)),
            ("check", lambda: [process_figures.check_figure(work, slow)]),
            ("day", lambda: [process_figures.first_start_of_the_day(work, slow)]),
            ("background", lambda: day_figures.background_figures(work, min(slow, 2))),
            ("tick", lambda: [tick.tick_figure(work)]),
            ("save", lambda: [store_figures.save_figure(work, rounds)]),
            ("rss", lambda: [process_figures.rss_figure(work, slow)]),
            ("hub", lambda: _hub_figures(slow)),
        ]
        for group, run in steps:
            if group in groups:
                print(f"{group} ...", flush=True)
                for figure in run():
                    figures.append(figure)
                    print(f"  {figure.name}: {_line(figure)}", flush=True)
    finally:
        work.remove()
    print()
    text = report.table(figures, rounds)
    print(text)
    print(f"\n({time.perf_counter() - began:.0f} s)")
    if not args.no_write and groups == set(GROUPS):
        for path, generated in ((report.DEVELOPMENT, text), (report.README, report.summary(figures))):
            print(f"written: {path.name}" if report.write(path, generated) else f"no markers in {path}: not written")
    return 0


def _hub_figures(rounds: int) -> list[Figure]:
    """The clinic hub's figures (issue 16): a real PostgreSQL server is started for them (tests/pgserver.py)."""
    from benchmarks import bench_hub  # psycopg and the server only when this group runs

    return bench_hub.hub_figures(rounds)


def _line(figure: Figure) -> str:
    if not figure.values:
        return f"not measured: {figure.note}"
    cells = "  ".join(
        f"{label} {figure.cell(v)}"
        for label, v in (("min", figure.low), ("median", figure.median), ("max", figure.high))
    )
    return f"{cells}  (goal {figure.goal}; {report.verdict(figure)}) {figure.note}"


if __name__ == "__main__":
    sys.exit(main())
