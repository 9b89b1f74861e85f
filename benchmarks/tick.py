"""The 1-second tick's p99 (12 active sessions, 24 alerts): `benchmarks/bench_tick.py` runs in its own process
(its own QApplication and window) and its p99 is read from its output.
"""

from __future__ import annotations

import re

from benchmarks.harness import Figure, environment, run_process
from benchmarks.workdir import Workdir

NAME = "the 1-second tick with 12 active sessions and 24 alerts, p99"


def tick_figure(work: Workdir) -> Figure:
    output = run_process(["-m", "benchmarks.bench_tick"], environment(work.data_dir)).stdout
    line = next((text for text in output.splitlines() if "p99" in text and "tick" in text.lower()), "")
    found = re.search(r"p99 ([0-9.]+) ms", line)
    if found is None:
        return Figure(NAME, "-", (), "ms", "<= 2 ms", 2, f"its output: {line or output.strip()[:200]}")
    return Figure(NAME, "one label updated and painted", (float(found[1]),), "ms", "<= 2 ms", 2, line.strip())
