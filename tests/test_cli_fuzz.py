"""Bad command-line input never gives a traceback and never hangs: every command's arguments, fuzzed.

Hypothesis builds command lines from the parser itself (every subcommand, every option, its choices), filling
the values from a pool of nasty ones (paths longer than the file system allows, integers past 64 bits, dates
before 1900, `1e999999999`, a FIFO, a damaged database, an empty file, a folder) and from random text. Each
command runs in-process through `ivig_desktop.cli.main`; the answer must be an exit code of 0, 1 or 2 and, when
it is not 0, exactly one line (on stderr, besides any warning; `check` says DAMAGED on stdout) that is not an
"internal error". Two guards stand for "within a second":
a command may use at most CPU_LIMIT_S of processor time (a number spelled out for ever spins the CPU) and may
not be blocked for WALL_LIMIT_S (a FIFO opened for reading blocks without using the CPU). They are the only
timing in the test: the guards fail a hang, nothing else is timed. The FIFO cases also run in a child process
with a timeout, as a user would meet them.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from ivig_desktop.cli import build_parser, main
from ivig_desktop.domain.clock import FakeClock
from tests.faults import damage

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the hang guards use POSIX interval timers")

CPU_LIMIT_S = 1.0
WALL_LIMIT_S = 10.0
REPO = Path(__file__).resolve().parent.parent


class HungError(Exception):
    pass


@contextlib.contextmanager
def hang_guard() -> Iterator[None]:
    def fire(signum: int, frame: FrameType | None) -> None:
        what = "used more than 1 s of CPU" if signum == signal.SIGPROF else f"blocked for {WALL_LIMIT_S:g} s"
        raise HungError(what)

    old_prof = signal.signal(signal.SIGPROF, fire)
    old_alarm = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_PROF, CPU_LIMIT_S)
    signal.setitimer(signal.ITIMER_REAL, WALL_LIMIT_S)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGPROF, old_prof)
        signal.signal(signal.SIGALRM, old_alarm)


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), hang_guard():
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
    return code, out.getvalue(), err.getvalue()


class Files:
    """The paths the fuzz uses, made once: a sound database (copied afresh for each example, since commands like
    `encrypt` change it), a damaged one, an empty file, a text file, a folder, a FIFO, passphrase files."""

    def __init__(self, root: Path) -> None:
        from tests.reports.builder import full_session

        self.root = root
        self.template = root / "template" / "ivig.db"
        self.template.parent.mkdir(parents=True)
        from datetime import UTC, datetime

        full_session(self.template, FakeClock(datetime(2026, 11, 24, 7, 0, tzinfo=UTC))).close()
        self.work = root / "work"
        self.work.mkdir()
        self.good = self.work / "good" / "ivig.db"
        self.damaged = root / "damaged" / "ivig.db"
        self.damaged.parent.mkdir()
        shutil.copyfile(self.template, self.damaged)
        damage(self.damaged)
        self.empty = root / "empty.db"
        self.empty.touch()
        self.text = root / "notes.db"
        self.text.write_bytes((b"not a database, just notes\n" * 40)[:1024])
        self.fifo = root / "pipe"
        os.mkfifo(self.fifo)
        self.passphrase = root / "passphrase.txt"
        self.passphrase.write_text("a passphrase of some length\n", encoding="utf-8")
        self.passphrase.chmod(0o600)
        self.short_passphrase = root / "short.txt"
        self.short_passphrase.write_text("short\n", encoding="utf-8")
        self.short_passphrase.chmod(0o600)
        self.folder = root / "a-folder"
        self.folder.mkdir()

    def fresh(self) -> None:
        """The sound database as it was, and nothing else written by an earlier example."""
        shutil.rmtree(self.work)
        self.good.parent.mkdir(parents=True)
        shutil.copyfile(self.template, self.good)

    def paths(self) -> list[str]:
        long_name = str(self.root / ("n" * 300))  # a name longer than NAME_MAX (255)
        long_path = str(self.root / "/".join(["deep" * 60] * 20))  # a path longer than PATH_MAX (4096)
        return [
            str(self.good),
            str(self.damaged),
            str(self.empty),
            str(self.text),
            str(self.fifo),
            str(self.folder),
            str(self.root / "missing" / "ivig.db"),
            str(self.root / "missing.db"),
            str(self.passphrase),
            str(self.short_passphrase),
            long_name,
            long_path,
            str(self.work / "out"),
            str(self.work / "out.pdf"),
            str(self.good) + "/below-a-file",
        ]


NASTY = [
    "9223372036854775808",
    "9223372036854775807",
    "-9223372036854775809",
    "99999999999999999999999999999999999999",
    "0",
    "-1",
    "1",
    "2",
    "1e999999999",
    "-1e999999999",
    "1e-999999999",
    "0E-999999999",
    "1" * 5000,
    "nan",
    "inf",
    "-inf",
    "0001-01-01",
    "1899-12-31",
    "9999-12-31",
    "2026-02-30",
    "2026-11-24",
    "",
    " ",
    "72.5",
    "0.4",
    "PI",
    "gammagard-liquid",
    "privigen",
    "é日本",
    "--",
]

SAFE_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00/~"), max_size=30).filter(
    lambda text: text == "" or text.strip(".") != ""
)  # never a way up out of the test's folder

NUMBERS = ["72.5", "0.4", "170", "10", "0.08", "1e999999999", "0E-999999999", "-5", "1" * 30, "12,5", "1e3"]
MEANINGFUL: dict[str, list[str]] = {  # values that take a command past its first checks, by option
    "product": ["privigen", "gammagard-liquid", "octagam-10", "gamunex-c", "nope"],
    "previous_product": ["privigen", "hizentra"],
    "indication": ["PI", "ITP", "CIDP", "KD", "OTHER", "pi"],
    "weight_kg": NUMBERS,
    "height_cm": NUMBERS,
    "dose_g_per_kg": NUMBERS,
    "weeks_since_last": NUMBERS,
    "concentration_percent": NUMBERS,
    "personal_start_mg_per_kg_min": NUMBERS,
    "personal_max_mg_per_kg_min": NUMBERS,
    "max_mg_per_kg_min": NUMBERS,
    "session": ["1", "2", "0", "9223372036854775808", "9223372036854775807"],
    "since": ["2026-11-01", "2020-01-01", "0001-01-01", "1899-12-31", "9999-12-31"],
    "lot": ["P100234", "LOT-A", " ", "a" * 300],
}


def command_specs() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    [subparsers] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(subparsers.choices)


SPECS = command_specs()


@st.composite
def command_lines(draw: st.DrawFn, files: Files) -> list[str]:
    name = draw(st.sampled_from(sorted(SPECS)))
    parser = SPECS[name]
    paths = files.paths()

    def values_for(action: argparse.Action) -> st.SearchStrategy[str]:
        meaningful = MEANINGFUL.get(action.dest)
        if action.dest in ("db", "passphrase_file", "out", "to") or action.metavar == "PATH":
            meaningful = paths
        pool = st.sampled_from(NASTY + paths)
        return st.one_of(st.sampled_from(meaningful), pool, SAFE_TEXT) if meaningful else st.one_of(pool, SAFE_TEXT)

    argv = [name]
    # Mostly give what is required (one of each required group), so that the commands get past argparse.
    chosen_in_groups = {
        id(draw(st.sampled_from(group._group_actions))) for group in parser._mutually_exclusive_groups if group.required
    }
    grouped = {id(a) for group in parser._mutually_exclusive_groups for a in group._group_actions}
    complete = draw(st.integers(0, 9)) > 0
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if not action.option_strings:  # a positional
            argv.append(draw(values_for(action)))
            continue
        required = action.required or id(action) in chosen_in_groups
        if id(action) in grouped and id(action) not in chosen_in_groups and complete:
            continue
        if not (required and complete) and not draw(st.booleans()):
            continue
        option = draw(st.sampled_from(action.option_strings))
        if action.nargs == 0:
            argv.append(option)
        elif action.choices is not None and draw(st.booleans()):
            argv += [option, str(draw(st.sampled_from(list(action.choices))))]
        else:
            argv += [option, draw(values_for(action))]
    if draw(st.integers(0, 9)) == 0:
        argv = ["--db", draw(st.sampled_from(paths)), *argv]
    return draw(st.permutations(argv[1:]).map(lambda rest: [argv[0], *rest])) if draw(st.booleans()) else argv


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Files:
    return Files(tmp_path_factory.mktemp("fuzz"))


def check_answer(argv: list[str], code: int, out: str, err: str) -> None:
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err and "Traceback" not in out, (argv, err)
    assert "internal error" not in err, (argv, err)
    if code != 0:  # one line saying what went wrong (beside any warning, e.g. a passphrase file others can read)
        said = [line for line in err.splitlines() if ": warning: " not in line]
        if not said:  # `check` reports damage on stdout, its one-line contract
            said = out.splitlines()
        assert len(said) == 1, (argv, code, out, err)


@settings(
    max_examples=int(os.environ.get("IVIG_CLI_FUZZ_EXAMPLES", "150")),
    deadline=None,  # the hang guards time each command; hypothesis's own deadline would fail a slow machine
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_every_command_answers_bad_input_in_one_line_and_never_hangs(
    data: st.DataObject, files: Files, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(files.root)
    files.fresh()
    argv = data.draw(command_lines(files))
    code, out, err = run(argv)
    event(f"{next(a for a in argv if a in SPECS) if any(a in SPECS for a in argv) else '?'} exit {code}")
    check_answer(argv, code, out, err)


CASES = {
    "an id past 64 bits": ["export", "--session", "9223372036854775808", "--format", "csv", "--out", "OUT"],
    "a date before 1900": ["export", "--since", "0001-01-01", "--format", "csv", "--out", "OUT"],
    "a number spelled out for ever": [
        "schedule",
        "--product",
        "privigen",
        "--indication",
        "PI",
        "--weight-kg",
        "1e999999999",
    ],
    "a dose with a huge exponent": [
        "schedule",
        "--product",
        "privigen",
        "--indication",
        "PI",
        "--weight-kg",
        "70",
        "--dose-g-per-kg",
        "0E-999999999",
    ],
    "a name too long": ["check", "--db", "LONG"],
    "a path too long": ["lots", "A1", "--db", "DEEP"],
    "a FIFO as the passphrase file": ["check", "--passphrase-file", "FIFO"],
    "a FIFO as --out": ["export", "--session", "1", "--format", "pdf", "--out", "FIFO"],
    "a FIFO as the database": ["backup", "--db", "FIFO"],
    "a damaged database to export": ["export", "--session", "1", "--format", "json", "--out", "OUT"],
}


def resolve(argv: list[str], files: Files, *, damaged: bool = False) -> list[str]:
    names = {
        "OUT": str(files.work / "out"),
        "LONG": str(files.root / ("n" * 300)),
        "DEEP": str(files.root / "/".join(["deep" * 60] * 20)),
        "FIFO": str(files.fifo),
    }
    resolved = [names.get(arg, arg) for arg in argv]
    if resolved[0] in ("export", "lots", "check", "backup") and "--db" not in resolved:
        resolved += ["--db", str(files.damaged if damaged else files.good)]
    return resolved


@pytest.mark.parametrize("case", list(CASES))
def test_each_reported_case_gets_one_line(case: str, files: Files, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(files.root)
    files.fresh()
    argv = resolve(CASES[case], files, damaged="damaged" in case)
    code, out, err = run(argv)
    check_answer(argv, code, out, err)
    assert code in (1, 2), (argv, out)


@pytest.mark.parametrize("case", [c for c in CASES if "FIFO" in c])
def test_a_fifo_does_not_hang_the_command_in_its_own_process(case: str, files: Files) -> None:
    files.fresh()
    argv = resolve(CASES[case], files)
    done = subprocess.run(
        [sys.executable, "-m", "ivig_desktop", *argv],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,  # the hang guard: a command blocked on the FIFO never returns
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode in (1, 2), done
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
