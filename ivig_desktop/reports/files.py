"""Writing report files: owner-only (0600) from the first byte, folders created owner-only (0700) when missing.

A report holds patient data; on a shared workstation other accounts must not read it. An existing file is
replaced (so repeated exports give identical files) and its permissions are set to owner-only as well.
"""

from __future__ import annotations

import os
from pathlib import Path

from ivig_desktop.paths import make_private_dir

FILE_MODE = 0o600
DIR_MODE = 0o700


class OutputError(Exception):
    """A report file or folder could not be written; the message names it and says why."""


def ensure_dir(path: Path) -> Path:
    """The folder at `path`, created (with its parents) owner-only if missing; an existing file there is refused."""
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path} is a file, not a folder")
    try:
        make_private_dir(path)  # the parents it makes are owner-only too
    except OSError as error:
        raise OutputError(f"cannot create the folder {path}: {error.strerror or error}") from error
    return path


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to `path`, readable and writable by its owner only."""
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name")
    if path.exists() and not path.is_file():
        raise OutputError(f"{path} is not a regular file (a pipe or a device?); give a file name")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NONBLOCK", 0), FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), FILE_MODE)  # an existing file keeps its old mode otherwise
            handle.write(data)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from error
    return path


def write_text(path: Path, content: str) -> Path:
    return write_private(path, content.encode("utf-8"))
