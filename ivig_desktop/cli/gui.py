"""The desktop app: what `ivig-desktop` does without a subcommand (options on the top-level parser)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ivig_desktop.cli.common import bad_input, passphrase_option
from ivig_desktop.paths import default_db_path, resolve_db_path


def register(parser: argparse.ArgumentParser) -> None:
    """The GUI's own options on the top-level parser; the GUI is the handler when no subcommand is given."""
    parser.add_argument(
        "--simulate",
        metavar="SPEED",
        type=speed,
        help="training mode: a clock running SPEED times faster (e.g. 60: an hour a minute) on a separate "
        "simulation database, with a permanent 'SIMULATION - not for patient care' banner",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on a new demo database of fictional patients (in a temporary folder, removed at the "
        "end; never the clinic's database or its accounts), with a permanent DEMO banner; every demo nurse's "
        "password is demo-password",
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="quit (exit 0) as soon as the main window has been shown and the event loop is idle: to time "
        "start-up, or to check that the app starts; no dialog waits for a person (a failure is printed, exit 1)",
    )
    parser.add_argument(
        "--language",
        choices=("fr", "en"),
        help="the language of the window (default: language= in the workstation's settings.ini, else the "
        "system's; English where no translation exists)",
    )
    passphrase_option(parser, default=None)
    parser.set_defaults(handler=cmd_gui)


def speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"SPEED must be a number, for example 60 (got {text!r})") from None
    if not 1 <= value <= 3600:
        raise argparse.ArgumentTypeError(f"SPEED must be between 1 and 3600 (got {text})")
    return value


def cmd_gui(args: argparse.Namespace) -> int:
    from ivig_desktop.passphrase import PassphraseSourceError, given_passphrase, readable_by_others
    from ivig_desktop.ui.app import run_gui

    try:
        passphrase = given_passphrase(args.passphrase_file)
    except PassphraseSourceError as error:
        return bad_input("--passphrase-file", str(error))
    warnings = []
    if args.passphrase_file and readable_by_others(Path(args.passphrase_file)):
        warnings.append(
            f"Warning: the passphrase file {args.passphrase_file} can be read by other users of this computer, "
            "and with it the whole record: make it readable by its owner only (chmod 600), or type the "
            "passphrase at start instead."
        )
    if getattr(args, "demo", False):  # (a Namespace made without the option: no demo)
        if args.db or args.simulate is not None:
            return bad_input(
                "--demo",
                "--demo makes its own database; to open a demo database written by `demo --db PATH`, use --db PATH",
            )
        return run_gui(
            default_db_path(),
            warnings=warnings,
            exit_when_ready=args.exit_when_ready,
            demo=True,
            language=getattr(args, "language", None),
        )
    if args.simulate is None:
        path = resolve_db_path(args.db)
        if not path.parent.is_dir() and path != default_db_path():
            # A chosen file's folder is never created: a missing folder is more often a drive not plugged in than
            # a wish for a new, empty database.
            return bad_input(
                "--db",
                f"the folder {path.parent} does not exist (is the drive connected?); create it or choose another",
            )
        return run_gui(
            path,
            passphrase=passphrase,
            warnings=warnings,
            exit_when_ready=args.exit_when_ready,
            language=getattr(args, "language", None),  # (callers that build the Namespace may omit it)
        )
    from ivig_desktop.domain.clock import ScaledClock
    from ivig_desktop.paths import simulation_db_path

    db_path = Path(args.db).expanduser() if args.db else simulation_db_path()
    if db_path.resolve() == resolve_db_path(None).resolve():
        return bad_input("--simulate", f"{db_path} is the clinical database; simulation uses a separate file.")
    return run_gui(
        db_path,
        ScaledClock(args.simulate),
        simulation=True,
        passphrase=passphrase,
        warnings=warnings,
        exit_when_ready=args.exit_when_ready,
        language=getattr(args, "language", None),  # (callers that build the Namespace may omit it)
    )
