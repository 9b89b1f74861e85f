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
- `hub init|connect|disconnect|status`: the clinic hub (PostgreSQL) and this workstation's link to it (hub.py).
- `sync`: one exchange with the hub (sync.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from ivig_desktop import APP_NAME, __version__
from ivig_desktop.cli import export, gui, hub, lots, maintenance, plans, sync
from ivig_desktop.cli.common import Parser
from ivig_desktop.paths import DB_ENV_VAR

Handler = Callable[[argparse.Namespace], int]

COMMAND_MODULES = (plans, maintenance, lots, export, hub, sync)


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
