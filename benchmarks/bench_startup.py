"""Start-up cost of the GUI modules, as a ratio against importing Qt's widgets alone (DESIGN rule 9).

    uv run python -m benchmarks.bench_startup

Each figure is the median of several fresh interpreters, measured in this run; only ratios are printed, since
seconds depend on the machine.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 7


def median_seconds(code: str) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    baseline = median_seconds("import PySide6.QtWidgets")
    cases = {
        "python alone": "pass",
        "ivig_desktop.cli (the `--help` path)": "import ivig_desktop.cli",
        "ivig_desktop.ui.main_window (the GUI)": "import ivig_desktop.ui.main_window",
        "QtCharts (loaded only when the vitals chart is shown)": "import PySide6.QtCharts",
    }
    print(f"baseline: import PySide6.QtWidgets = 1.00 (median of {RUNS} fresh interpreters)")
    for name, code in cases.items():
        print(f"{name}: {median_seconds(code) / baseline:.2f}")


if __name__ == "__main__":
    main()
