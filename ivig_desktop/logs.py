"""The app's log file: what the app did and what went wrong, for the administrator, never what the record says.

`start_logging()` (called by the command line, so by the app and by every command) writes the `ivig_desktop`
loggers to `ivig-desktop.log` in the user log folder (paths.user_log_dir), rotated at 1 MB with 5 older files
kept; the folder is made owner-only (0700) and each file is created owner-only (0600) before anything is written.
Uncaught exceptions are written too (sys.excepthook), by type and place only; Qt's own messages are routed in by
ui/qt_log.py.

Never patient data: the lines say what happened (a backup written, an export of N sessions, a PDF saved, a
session signed, by id) and where files went, never a name, an MRN, a date of birth or a note. An exception's
message may quote what the nurse typed, so an uncaught exception is logged by its type and its stack (file, line,
function), without its message. tests/test_logs.py runs a session with a recognisable patient and reads the log.

A log that cannot be written (a read-only home, a full disk) never stops the app: the file is simply not kept.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from ivig_desktop.paths import LOG_FILE_NAME, make_private_dir, user_log_dir

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOGGER_NAME = "ivig_desktop"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(LOGGER_NAME)

_handler: PrivateRotatingFileHandler | None = None
_previous_level = logging.NOTSET
_previous_hook = sys.excepthook


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating file handler whose files are created readable by their owner only (0600)."""

    def _open(self) -> object:  # type: ignore[override]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        Path(self.baseFilename).chmod(0o600)  # an older file made with another mode
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def start_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Write the app's log to `folder` (by default the user log folder); returns the file, or None when it cannot
    be written. Calling it again moves the log (tests, each with its own folder)."""
    stop_logging()
    folder = Path(folder) if folder is not None else user_log_dir()
    try:
        make_private_dir(folder)
        handler = PrivateRotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    log.addHandler(handler)
    global _handler, _previous_level
    _handler, _previous_level = handler, log.level
    log.setLevel(level)
    sys.excepthook = _log_uncaught
    return Path(handler.baseFilename)


def stop_logging() -> None:
    """Close the log file and put back the previous exception hook."""
    global _handler
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
        log.setLevel(_previous_level)
    if sys.excepthook is _log_uncaught:
        sys.excepthook = _previous_hook


def log_path() -> Path | None:
    """The log file being written, or None."""
    return Path(_handler.baseFilename) if _handler is not None else None


def exception_summary(error: BaseException) -> str:
    """An exception by type and place (each frame's file, line and function), without its message."""
    frames = traceback.extract_tb(error.__traceback__)
    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{type(error).__module__}.{type(error).__qualname__} at {where or 'unknown place'}"


def _log_uncaught(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if not issubclass(kind, KeyboardInterrupt):
        log.critical("uncaught exception: %s", exception_summary(error))
    _previous_hook(kind, error, tb)
