"""Command line: the GUI by default, and headless subcommands.

`ivig-desktop [--db PATH]` starts the GUI. Each subcommand is registered in `build_parser()` with a handler
`_cmd_<name>(args) -> int`; handlers import what they need lazily so that start-up stays fast.
Exit codes: 0 success, 2 bad usage or bad input (one line on stderr saying what is accepted).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from ivig_desktop import APP_NAME, __version__
from ivig_desktop.maintenance import add_commands as add_maintenance_commands
from ivig_desktop.paths import DB_ENV_VAR, resolve_db_path

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ivig-desktop",
        description=f"{APP_NAME}: IVIG session companion. Without a subcommand, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"database file to use (default: ${DB_ENV_VAR}, else ivig-desktop.db in the user data dir)",
    )
    parser.set_defaults(handler=_cmd_gui)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_maintenance_commands(commands)  # check, backup
    return parser


def _cmd_gui(args: argparse.Namespace) -> int:
    from ivig_desktop.ui.app import run_gui

    return run_gui(resolve_db_path(args.db))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
