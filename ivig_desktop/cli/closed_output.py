"""A reader of standard output that goes away before the output ends (`ivig-desktop products | head -1`): the
command ends quietly, as Unix tools do, with no traceback and no message, whatever the command.

Python ignores SIGPIPE, so a write to a closed pipe raises BrokenPipeError: in the command, or when the last of
the buffered output is flushed, possibly only as the interpreter exits ("Exception ignored ... BrokenPipeError").
`quietly` flushes the output while it can still catch that, and then points standard output at the null device
so that nothing more is written to the closed pipe."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

EXIT_OUTPUT_CLOSED = 128 + 13  # the status a shell reports for a Unix tool ended by SIGPIPE (13): 141


def quietly(run: Callable[[], int]) -> int:
    """`run()`'s exit code; EXIT_OUTPUT_CLOSED, silently, when standard output (or error) was closed under it."""
    try:
        try:
            return run()
        finally:
            sys.stdout.flush()  # here, where a closed pipe is caught, rather than as Python exits
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OUTPUT_CLOSED


def _silence_stdout() -> None:
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError):  # not a file descriptor (a test capturing the output): nothing to redirect
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)
