"""The app's log file (issue 12 item 17): owner-only, rotated, in the user log folder; uncaught exceptions and Qt's
messages in it, by type and place, never their message. (tests/ui/test_log_privacy.py: no patient data.)"""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from ivig_desktop import logs
from ivig_desktop.cli import main
from ivig_desktop.paths import LOG_FILE_NAME, user_log_dir


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_is_owner_only_from_its_first_byte(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "logs"
    umask = os.umask(0)  # the most permissive: the modes are the app's own
    try:
        path = logs.start_logging(folder)
    finally:
        os.umask(umask)
    assert path is not None
    assert path == folder / LOG_FILE_NAME
    logging.getLogger("ivig_desktop.test").info("one line")
    assert mode(path) == 0o600
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    assert "INFO ivig_desktop.test: one line" in path.read_text()


def test_an_older_log_made_world_readable_is_made_owner_only(tmp_path: Path) -> None:
    tmp_path.chmod(0o700)
    old = tmp_path / LOG_FILE_NAME
    old.write_text("before\n")
    old.chmod(0o644)
    logs.start_logging(tmp_path)
    assert mode(old) == 0o600


def test_the_log_rotates_at_1_mb_keeping_five(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert (logs.MAX_BYTES, logs.BACKUP_COUNT) == (1_000_000, 5)
    monkeypatch.setattr(logs, "MAX_BYTES", 10_000)  # the same rotation on 10 kB files: quicker to fill
    path = logs.start_logging(tmp_path)
    assert path is not None
    log = logging.getLogger("ivig_desktop.test")
    for number in range(80):  # 80 lines of about 1 kB: 8 files' worth
        log.info("line %d %s", number, "x" * 1000)
    rotated = sorted(p.name for p in tmp_path.iterdir())
    assert rotated == [LOG_FILE_NAME, *(f"{LOG_FILE_NAME}.{n}" for n in range(1, 6))]
    for file in tmp_path.iterdir():
        assert file.stat().st_size <= 10_000
        assert mode(file) == 0o600
    assert "line 79 " in path.read_text()  # the newest in the current file
    assert "line 0 " not in "".join(f.read_text() for f in tmp_path.iterdir())  # the oldest rotated away


def test_every_command_logs_that_it_ran_in_the_user_log_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["products"]) == 0
    path = user_log_dir() / LOG_FILE_NAME
    assert "ivig-desktop products 0.1.0 started" in path.read_text()
    assert logs.log_path() == path


def test_an_uncaught_exception_is_logged_by_type_and_place_without_its_message(tmp_path: Path) -> None:
    path = logs.start_logging(tmp_path)
    assert path is not None and sys.excepthook is not sys.__excepthook__

    def fails() -> None:
        raise ValueError("Jane Quixote, MRN 123")

    try:
        fails()
    except ValueError as error:
        shown: list[object] = []
        previous = logs._previous_hook
        logs._previous_hook = lambda *args: shown.append(args)  # (not printed to the test's stderr)
        try:
            sys.excepthook(type(error), error, error.__traceback__)
        finally:
            logs._previous_hook = previous
    text = path.read_text()
    assert "CRITICAL ivig_desktop: uncaught exception: builtins.ValueError at test_logs.py:" in text
    assert " fails" in text
    assert "Quixote" not in text and "123" not in text
    assert shown  # and handed on to the previous hook
    logs.stop_logging()
    assert sys.excepthook is logs._previous_hook


@pytest.mark.qt_log_ignore("a message from Qt for the log")
def test_qt_messages_go_to_the_log(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from ivig_desktop.ui.qt_log import route_qt_messages

    path = logs.start_logging(tmp_path)
    assert path is not None
    previous = route_qt_messages()
    try:
        qWarning("a message from Qt for the log")
    finally:
        qInstallMessageHandler(previous)
    assert "WARNING ivig_desktop.qt: a message from Qt for the log" in path.read_text()


def test_a_log_that_cannot_be_written_is_not_kept(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert logs.start_logging(blocker / "logs") is None
    assert logs.log_path() is None
