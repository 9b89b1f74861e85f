"""Command line: the GUI by default, and headless subcommands.

`ivig-desktop [--db PATH] [--passphrase-file PATH]` starts the GUI (an encrypted database: the passphrase from
the file, else IVIG_DESKTOP_PASSPHRASE, else the app asks for it). Each command lives in its own module of this
package with a `register(commands)` function that adds its parser and sets `handler` (`args -> exit code`);
handlers import what they need lazily so that start-up stays fast. To add a command, add a module and one line
to `COMMAND_MODULES`.
Exit codes: 0 success, 1 a bundled resource failed validation or the command failed, 2 bad usage or bad input
(one line on stderr saying what is accepted).

Commands:
- (none): the desktop app (gui.py).
- `products [--json]`, `schedule ...`: the product catalog and the infusion plan, with its working (plans.py).
- `export`: session records to PDF, CSV, JSON or FHIR; the database is opened read-only (export.py).
- `lots LOT`: recall look-up (lots.py).
- `check`, `backup`, `encrypt`, `decrypt`: database maintenance (maintenance.py).
- `restore BACKUP`: a backup back in place of the database, the app closed (restore.py).
- `change-passphrase`: a new passphrase for an encrypted database (change_passphrase.py).
- `hub init|connect|disconnect|status`: the clinic hub (PostgreSQL) and this workstation's link to it (hub.py).
- `sync`: one exchange with the hub (sync.py).
- `install-desktop-entry`: the application menu entry and icon for this user (desktop_entry.py).
- `demo --db PATH`: a new demo database of fictional patients, marked DEMO (demo.py; the data: ui/demo_data.py).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from ivig_desktop import APP_NAME, __version__, logs
from ivig_desktop.cli import (
    change_passphrase,
    closed_output,
    demo,
    desktop_entry,
    export,
    gui,
    hub,
    lots,
    maintenance,
    plans,
    restore,
    sync,
)
from ivig_desktop.cli.common import Parser
from ivig_desktop.paths import DB_ENV_VAR

Handler = Callable[[argparse.Namespace], int]

COMMAND_MODULES = (plans, maintenance, lots, export, restore, change_passphrase, hub, sync, desktop_entry, demo)
DEBUG_ENV_VAR = "IVIG_DESKTOP_DEBUG"

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="ivig-desktop",
        description=f"{APP_NAME}: IVIG session companion. Without a subcommand, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"database file to use (default: ${DB_ENV_VAR}, else ivig-desktop.db in the user data dir)",
    )
    gui.register(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


class OneLineMessages(io.TextIOBase):
    """Standard error for the commands: each message stays on its one line even when it quotes a path or a value
    with a line break or another control character in it (shown escaped, as \\n or \\x1b)."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        ending = "\n" if text.endswith("\n") else ""
        body = text[: len(text) - len(ending)]
        if body:
            self._stream.write(_CONTROL.sub(_escape, body))
        if ending:
            self._stream.write(ending)
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char) or f"\\x{ord(char):02x}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line. Whatever the input, the answer is output and an exit code, never a traceback: a
    file-system error no command foresaw is one line (exit 2 for a path that cannot be one, 1 otherwise), and
    so is a defect (exit 1, "internal error"; IVIG_DESKTOP_DEBUG=1 shows the traceback instead)."""
    with contextlib.redirect_stderr(OneLineMessages(sys.stderr)):
        return closed_output.quietly(lambda: _run(argv))  # `| head -1`: ends quietly, as Unix tools do


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    name = f"ivig-desktop {args.command}" if args.command else "ivig-desktop"
    logs.start_logging()  # the user log folder (ivig_desktop/logs.py); never stops a command when it cannot
    log.info("%s %s started", name, __version__)
    try:
        return handler(args)
    except KeyboardInterrupt:
        print(f"{name}: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise  # the reader of the output went away: closed_output ends the command quietly
    except OSError as error:
        if os.environ.get(DEBUG_ENV_VAR):
            raise
        where = f" ({error.filename})" if error.filename else ""
        bad_path = error.errno in (errno.ENAMETOOLONG, errno.ENOTDIR, errno.EINVAL, errno.ELOOP)
        what = "the name is longer than the file system allows" if error.errno == errno.ENAMETOOLONG else None
        print(f"{name}: error: {what or error.strerror or error}{where}.", file=sys.stderr)
        return 2 if bad_path else 1
    except Exception as error:  # a defect: say so in one line, and let the log have the details
        if os.environ.get(DEBUG_ENV_VAR):
            raise
        log.debug("internal error", exc_info=True)  # (not an ERROR: an unconfigured log would print it all)
        if logs.log_path() is not None:
            log.error("internal error: %s", logs.exception_summary(error))
        summary = " ".join(str(error).split())[:200]
        print(f"{name}: internal error ({type(error).__name__}: {summary}); please report it.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
