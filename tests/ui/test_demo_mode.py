"""`--demo` and demo databases in the window (issue 12 item 13): a DEMO banner in a fixed place and DEMO in the
title, whatever opens a database marked demo; `--demo` never touches the clinic's database."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.paths import default_db_path
from ivig_desktop.ui.demo_banner import DEMO_PASSWORD
from ivig_desktop.ui.demo_data import write_demo_database
from ivig_desktop.ui.demo_mode import DemoFolder
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.recovery import folder_for

from .conftest import MakeWindow
from .test_layout import place

NOW = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)  # the FakeClock's start (conftest.T0)


@pytest.fixture
def demo_window(qapp: QApplication, db_path: Path, make_window: MakeWindow) -> MainWindow:
    write_demo_database(db_path, NOW, time_zone="America/Toronto")
    return make_window()


def sign_in(qtbot: QtBot, window: MainWindow) -> None:
    page = window.sign_in_page
    page.profiles.setCurrentRow(0)
    qtbot.keyClicks(page.secret_edit, DEMO_PASSWORD)
    qtbot.keyClick(page.secret_edit, "\r")


def test_a_demo_database_shows_demo_in_a_fixed_banner_and_in_the_title(
    qtbot: QtBot, demo_window: MainWindow, clock: FakeClock
) -> None:
    window = demo_window
    banner = window.simulation_banner
    assert banner.isVisible() and banner.text().startswith("DEMO - fictional patients")
    assert DEMO_PASSWORD in banner.text()
    assert window.windowTitle().startswith("DEMO")
    sign_in(qtbot, window)
    assert window.stack.currentWidget() is window.work_page
    assert window.windowTitle().startswith("DEMO") and "Demo Nurse Ana" in window.windowTitle()
    window.tick()
    QApplication.processEvents()
    where = place(banner)  # (on the sign-in page it is the top row: the toolbar shows once someone signs in)
    board = {card.session_id: place(card) for card in window.board.cards}
    assert len(board) == 3
    clock.advance(timedelta(minutes=40))  # vitals and a step fall due: alerts arrive
    window.tick()
    QApplication.processEvents()
    assert window.alerts.alerts
    assert banner.isVisible() and place(banner) == where
    assert {card.session_id: place(card) for card in window.board.cards} == board


def test_a_clinic_database_has_no_banner(window: MainWindow) -> None:
    assert not window.simulation_banner.isVisible()
    assert "DEMO" not in window.windowTitle()


def test_demo_opens_a_database_of_its_own_and_leaves_nothing_behind(tmp_path: Path) -> None:
    """In its own process: the real default database is never made, and the demo's folder is gone at the end."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(temp))
    done = subprocess.run(
        [sys.executable, "-m", "ivig_desktop", "--demo", "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not default_db_path().exists()
    assert list(temp.iterdir()) == []


def test_demo_with_a_database_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from ivig_desktop.cli import main

    assert main(["--demo", "--db", str(tmp_path / "x.db")]) == 2
    assert "--demo makes its own database" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_the_demo_folder_goes_at_the_end_with_the_drafts_kept_for_it(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    with DemoFolder(FakeClock(NOW)) as demo:
        path = demo.new_database()
        assert path.parent.parent == tmp_path and path.is_file()
        drafts = folder_for(path)
        drafts.mkdir(parents=True)
        (drafts / "vitals.json").write_text("{}", encoding="utf-8")
    assert not path.parent.exists()
    assert not drafts.exists()
    assert default_db_path().parent not in (path.parent, path.parent.parent)
