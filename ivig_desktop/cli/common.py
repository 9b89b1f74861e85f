"""What every subcommand shares: the parser class, one-line errors, the --db and --passphrase-file options."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn, TypeAlias

from ivig_desktop.passphrase import PASSPHRASE_ENV_VAR, PassphraseSourceError, given_passphrase, readable_by_others


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr and exit code 2 (`--help` is unchanged)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {' '.join(message.split())}\n")


# The parser's `add_subparsers()`: each command module registers its parser on it.
Commands: TypeAlias = "argparse._SubParsersAction[Parser]"


def bad_input(command: str, message: str) -> int:
    print(f"ivig-desktop {command}: error: {' '.join(message.split())}", file=sys.stderr)
    return 2


def db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: `ivig-desktop --db X check` and `ivig-desktop check --db X` both work, neither undoes the other.
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file to use")


def passphrase_option(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        default=default,
        help=f"file whose first line is the passphrase of an encrypted database (default: ${PASSPHRASE_ENV_VAR})",
    )


class NoPassphraseError(Exception):
    pass


def given(command: str, args: argparse.Namespace) -> str | None:
    """The passphrase from --passphrase-file or the environment; NoPassphraseError (after saying why) if unusable."""
    passphrase_file = getattr(args, "passphrase_file", None)
    try:
        passphrase = given_passphrase(passphrase_file)
    except PassphraseSourceError as error:
        print(f"ivig-desktop {command}: {error}.", file=sys.stderr)
        raise NoPassphraseError from None
    if passphrase_file and readable_by_others(Path(passphrase_file)):
        print(
            f"ivig-desktop {command}: warning: the passphrase file {passphrase_file} can be read by other users; "
            "make it readable by its owner only (chmod 600).",
            file=sys.stderr,
        )
    return passphrase


def count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


MAX_ID = 2**63 - 1  # SQLite's largest integer: a larger number is no row's id


def session_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise argparse.ArgumentTypeError(f"ID must be a session number, for example 12 (got {shown!r})") from None
    if not 1 <= value <= MAX_ID:
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise argparse.ArgumentTypeError(f"ID must be a session number from 1 to {MAX_ID} (got {shown})")
    return value
