"""A reader that closes standard output early (`ivig-desktop products | head -1`) ends every command quietly, as
Unix tools do: no traceback, no message, exit status 141 (128 + SIGPIPE). Real subprocesses, their output a pipe
whose reader is gone, or goes after one line."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ivig_desktop.cli import build_parser, main
from ivig_desktop.cli.closed_output import EXIT_OUTPUT_CLOSED
from ivig_desktop.paths import DB_ENV_VAR

SCHEDULE = ["schedule", "--product", "privigen", "--indication", "PI", "--weight-kg", "70", "--dose-g-per-kg", "0.4"]
LISTINGS = [["products"], ["products", "--json"], SCHEDULE, [*SCHEDULE, "--json"], ["--help"], ["--version"]]
COMMANDS = sorted(
    name
    for action in build_parser()._actions
    if isinstance(action, argparse._SubParsersAction)
    for name in action.choices
)


def environment(tmp_path: Path, *, unbuffered: bool = False) -> dict[str, str]:
    """Never the real user's data or configuration: the database and every per-user folder in tmp_path. Standard
    output buffered, as in a user's shell (unless `unbuffered`, as PYTHONUNBUFFERED=1 makes it)."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    env.update(
        {
            DB_ENV_VAR: str(tmp_path / "ivig.db"),
            "HOME": str(tmp_path),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
    )
    return env


def run_into_closed_pipe(arguments: list[str], tmp_path: Path, *, unbuffered: bool = False) -> tuple[int, str]:
    """Run the command with its standard output a pipe whose reader has already gone: its first write fails."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ivig_desktop", *arguments],
            stdout=writer,
            stderr=subprocess.PIPE,
            env=environment(tmp_path, unbuffered=unbuffered),
            timeout=120,
            check=False,
        )
    finally:
        os.close(writer)
    return done.returncode, done.stderr.decode()


@pytest.mark.parametrize("arguments", LISTINGS, ids=" ".join)
def test_a_listing_into_a_closed_pipe_ends_quietly(arguments: list[str], tmp_path: Path) -> None:
    code, err = run_into_closed_pipe(arguments, tmp_path)
    assert (code, err) == (EXIT_OUTPUT_CLOSED, "")


@pytest.mark.parametrize("arguments", [["products"], [*SCHEDULE, "--json"]], ids=" ".join)
def test_unbuffered_output_into_a_closed_pipe_ends_quietly(arguments: list[str], tmp_path: Path) -> None:
    code, err = run_into_closed_pipe(arguments, tmp_path, unbuffered=True)
    assert (code, err) == (EXIT_OUTPUT_CLOSED, "")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_commands_help_into_a_closed_pipe_ends_quietly(command: str, tmp_path: Path) -> None:
    code, err = run_into_closed_pipe([command, "--help"], tmp_path)
    assert (code, err) == (EXIT_OUTPUT_CLOSED, "")


def test_a_reader_that_stops_after_one_line(tmp_path: Path) -> None:
    """`| head -1`: the first line is read, then the reader goes. The command may have written everything by then
    (exit 0) or not (141); either way, nothing on standard error."""
    child = subprocess.Popen(
        [sys.executable, "-m", "ivig_desktop", "products", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(tmp_path),
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.readline() == b"{\n"
    child.stdout.close()
    with child.stderr:
        err = child.stderr.read().decode()
    assert child.wait(timeout=120) in (0, EXIT_OUTPUT_CLOSED)
    assert err == ""


def test_in_process_the_output_is_untouched(capsys: pytest.CaptureFixture[str]) -> None:
    """A command whose output is not a pipe (a test capturing it) is unaffected."""
    assert main(["products"]) == 0
    assert capsys.readouterr().out.startswith("ID ")
