"""What every figure shares: A/B rounds interleaved, and a figure's min / median / max against its goal."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Figure:
    """One row of the table: the values of its rounds (ratios, seconds or MiB) and its goal."""

    name: str
    baseline: str
    values: tuple[float, ...]
    unit: str  # "x" (a ratio), "s", "ms" or "MiB"
    goal: str  # as the issue states it, e.g. "<= 1.5x"
    limit: float | None  # the median must be at most this to meet the goal (None: no goal, reported only)
    note: str = ""  # what else the run measured (seconds behind the ratio, flatness, ...)
    short: str = ""  # a few words for the README's summary line

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    @property
    def met(self) -> bool | None:
        if self.limit is None or not self.values:
            return None
        return self.median <= self.limit

    def cell(self, value: float) -> str:
        if self.unit == "x":
            return f"{value:.2f}x"
        if self.unit == "s":
            return f"{value:+.2f} s" if self.limit == 0 else f"{value:.2f} s"
        if self.unit == "ms":
            return f"{value:.1f} ms"
        return f"{value:+.0f} MiB"


@dataclass
class Rounds:
    """Measurements of A (the figure) and B (its baseline), round by round."""

    a: list[float] = field(default_factory=list)
    b: list[float] = field(default_factory=list)

    def ratios(self) -> tuple[float, ...]:
        return tuple(x / y for x, y in zip(self.a, self.b, strict=True))

    def differences(self) -> tuple[float, ...]:
        return tuple(x - y for x, y in zip(self.a, self.b, strict=True))


def interleave(a: Callable[[], float], b: Callable[[], float], rounds: int, warmup: int = 1) -> Rounds:
    """Run A B A B ... (`warmup` pairs first, not kept) and keep what each returns."""
    for _ in range(warmup):
        a()
        b()
    done = Rounds()
    for _ in range(rounds):
        done.a.append(a())
        done.b.append(b())
    return done


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def environment(data_dir: Path) -> dict[str, str]:
    """The environment of a measured process: offscreen, its own user data dir, no database or passphrase of ours,
    and Python's compiled bytecode kept as on a nurse's computer (Python writes it at the first start and reads it
    at every later one). A development shell may set PYTHONDONTWRITEBYTECODE (this VM does), which would measure the
    compilation of every module of the app and of PySide6 at every start (about 0.5 s here): the measured processes
    run without it, and each figure's warm-up round writes the bytecode."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("IVIG_DESKTOP_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.qpa.*=false",
        IVIG_DESKTOP_DATA_DIR=str(data_dir),
        PYTHONPATH=str(ROOT),
    )
    return env


@dataclass(frozen=True)
class Run:
    seconds: float
    stdout: str


def run_process(args: Sequence[str], env: dict[str, str]) -> Run:
    """Run `python ARGS` to its end: wall time from spawn to exit, and what it printed."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    return Run(seconds, done.stdout)
