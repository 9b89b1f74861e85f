"""Where the passphrase of an encrypted database comes from.

In this order: the `--passphrase-file PATH` option (the file's first line, without its line ending), then the
`IVIG_DESKTOP_PASSPHRASE` environment variable. When neither is given and the database is encrypted, the desktop
app asks for it at start, and `ivig-desktop encrypt` asks for it on a terminal. Either is only as safe as the
file or the environment it is in: keep the file readable by its owner only (the commands warn when it is not).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

PASSPHRASE_ENV_VAR = "IVIG_DESKTOP_PASSPHRASE"
MAX_FILE_BYTES = 64 * 1024  # a passphrase file is a line; a larger file is the wrong file


class PassphraseSourceError(Exception):
    """The passphrase file could not be read, or holds no passphrase; the message says which."""


def read_passphrase_file(path: Path) -> str:
    """The first line of the file at `path`, without its line ending."""
    path = Path(path).expanduser()
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe would block for ever waiting for a writer
            raise PassphraseSourceError(f"the passphrase file {path} is not a regular file (a folder, pipe or device?)")
        if info.st_size > MAX_FILE_BYTES:
            raise PassphraseSourceError(f"the passphrase file {path} is too large to be one ({info.st_size} bytes)")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PassphraseSourceError(f"the passphrase file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as error:
        why = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise PassphraseSourceError(f"the passphrase file {path} could not be read ({why})") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise PassphraseSourceError(f"the passphrase file {path} is empty (its first line is the passphrase)")
    return lines[0]


def readable_by_others(path: Path) -> bool:
    """Can users other than its owner read the file? (Always False on Windows, which has no such bits.)"""
    if sys.platform == "win32":
        return False
    try:
        mode = Path(path).expanduser().stat().st_mode
    except OSError:
        return False
    return bool(mode & (stat.S_IRGRP | stat.S_IROTH))


def given_passphrase(passphrase_file: str | os.PathLike[str] | None) -> str | None:
    """The passphrase given on the command line or in the environment, or None (raises PassphraseSourceError)."""
    if passphrase_file:
        return read_passphrase_file(Path(passphrase_file))
    return os.environ.get(PASSPHRASE_ENV_VAR) or None
