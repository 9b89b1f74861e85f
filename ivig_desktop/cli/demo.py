"""`ivig-desktop demo --db PATH`: write a demo database (fictional patients) without opening a window."""

from __future__ import annotations

import argparse
from pathlib import Path

from ivig_desktop.cli.common import Commands, bad_input, db_option


def register(commands: Commands) -> None:
    parser = commands.add_parser(
        "demo",
        help="write a demo database of fictional patients (past sessions, a reaction, lots, sign-offs, a session "
        "in progress) into a new file",
        description="Write a demo database into a new file: fictional patients (family name FICTIONAL, MRNs "
        "DEMO-...), past sessions with vitals, a reaction handled and resumed at a lower rate, vial lots, "
        "signatures, and today's sessions in progress, timed from now. The record is marked DEMO: the app shows "
        "a DEMO banner on it and every printout and FHIR export says DEMO. Every demo nurse's password is "
        "'demo-password'. An existing file is refused: demo data is never mixed with a record.",
    )
    db_option(parser)
    parser.add_argument(
        "--time-zone",
        metavar="ZONE",
        default="",
        help="the demo clinic's IANA time zone, e.g. America/Toronto (default: this computer's)",
    )
    parser.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from ivig_desktop.domain.clock import SystemClock
    from ivig_desktop.domain.times import ZoneError, zone_info

    if not args.db:
        return bad_input("demo", "--db PATH is required: the new file to write the demo database into")
    path = Path(args.db).expanduser()
    if path.exists() or path.is_symlink():
        return bad_input("demo", f"{path} exists: demo data is written only into a new file (choose another name)")
    if not path.parent.is_dir():
        return bad_input("demo", f"the folder {path.parent} does not exist; create it or choose another")
    if args.time_zone:
        try:
            zone_info(args.time_zone)
        except ZoneError as error:
            return bad_input("demo", f"--time-zone: {error}")
    from ivig_desktop.ui.demo_data import write_demo_database

    write_demo_database(path, SystemClock().now(), time_zone=args.time_zone)
    print(f"Demo database written: {path} (fictional patients; sign in with the password 'demo-password').")
    return 0
