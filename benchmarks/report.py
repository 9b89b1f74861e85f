"""The table: printed, written into docs/development.md, and summed up in one line of the README.

Each file holds the generated part between two marker comments; the rest of the file is left as it is.
"""

from __future__ import annotations

import os
import platform
import re
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from benchmarks.harness import ROOT, Figure

DEVELOPMENT = ROOT / "docs" / "development.md"
README = ROOT / "README.md"
START = "<!-- benchmarks: start (written by `uv run python -m benchmarks`) -->"
END = "<!-- benchmarks: end -->"


def today() -> str:
    return datetime.now().astimezone().date().isoformat()


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from PySide6 import __version__ as pyside

    return (
        f"{platform.node()}: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, PySide6 {pyside}"
    )


def verdict(figure: Figure) -> str:
    if not figure.values:
        return "see note"
    met = figure.met
    return "n/a" if met is None else ("yes" if met else "**no**")


def table(figures: Sequence[Figure], rounds: int) -> str:
    lines = [
        f"Measured {today()} on {machine()}; {rounds} rounds a figure, A and B interleaved.",
        "",
        "| figure | baseline | min | median | max | goal | met | measured |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in figures:
        cells = [f.cell(f.low), f.cell(f.median), f.cell(f.high)] if f.values else ["-", "-", "-"]
        lines.append(f"| {f.name} | {f.baseline} | {' | '.join(cells)} | {f.goal} | {verdict(f)} | {f.note} |")
    return "\n".join(lines)


def summary(figures: Sequence[Figure]) -> str:
    judged = [f for f in figures if f.met is not None]
    missed = [f for f in judged if not f.met]
    start = next((f for f in figures if f.name.startswith("process start") and "1,000" in f.name), None)
    head = f"start {start.median:.2f}x a bare Qt window; " if start is not None else ""
    if missed:
        names = "; ".join(f.short or f.name for f in missed)
        verdicts = f"{len(judged) - len(missed)} of {len(judged)} goals met (missed: {names})"
    else:
        verdicts = f"all {len(judged)} goals met"
    where = "[docs/development.md](docs/development.md#benchmarks)"
    return f"Performance ({today()}, `uv run python -m benchmarks`): {head}{verdicts}; the table and method: {where}."


def write(path: Path, generated: str) -> bool:
    """Replace what lies between the markers in `path`; False (nothing written) when the markers are missing."""
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(text):
        return False
    path.write_text(pattern.sub(lambda _: f"{START}\n{generated}\n{END}", text), encoding="utf-8")
    return True
