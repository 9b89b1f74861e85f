"""`ivig-desktop --db PATH` opens the window on that database, creating folder and file on first run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ivig_desktop.cli import main
from ivig_desktop.ui.main_window import MainWindow


def shown_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


@pytest.fixture
def no_event_loop(monkeypatch: pytest.MonkeyPatch) -> list[list[MainWindow]]:
    """Replace the blocking event loop: record the windows shown, then return as if the nurse quit."""
    seen: list[list[MainWindow]] = []

    def exec_once() -> int:
        seen.append(shown_windows())
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    return seen


def test_gui_opens_on_the_given_database(
    qapp: QApplication, tmp_path: Path, no_event_loop: list[list[MainWindow]]
) -> None:
    db = tmp_path / "x.db"
    assert main(["--db", str(db)]) == 0
    assert db.is_file()
    [windows] = no_event_loop
    assert len(windows) == 1
    assert windows[0].workstation.db_path == db
    assert windows[0].stack.currentWidget() is windows[0].welcome_page  # no account yet: the first-run welcome


def test_gui_uses_the_default_database_in_the_user_data_dir(
    qapp: QApplication, _isolated_paths: Path, no_event_loop: list[list[MainWindow]]
) -> None:
    assert main([]) == 0
    assert (_isolated_paths / "ivig-desktop.db").is_file()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith("ivig-desktop 0.1.0")


def test_simulation_uses_its_own_database_a_fast_clock_and_a_permanent_banner(
    qapp: QApplication, _isolated_paths: Path, no_event_loop: list[list[MainWindow]]
) -> None:
    from ivig_desktop.domain.clock import ScaledClock, SystemClock

    assert main(["--simulate", "60"]) == 0
    [windows] = no_event_loop
    window = windows[0]
    assert window.workstation.db_path == _isolated_paths / "ivig-desktop-simulation.db"
    assert not (_isolated_paths / "ivig-desktop.db").exists()
    assert isinstance(window.workstation.clock, ScaledClock) and window.workstation.clock.speed == 60
    assert isinstance(window.workstation.human_clock, SystemClock)  # auto-lock and lockouts on real time
    assert window.simulation_banner.isVisibleTo(window)  # (the window is closed once the app returns)
    assert window.simulation_banner.text() == "SIMULATION - not for patient care"
    assert window.windowTitle().startswith("SIMULATION - not for patient care")


@pytest.mark.parametrize("speed", ["0", "fast", "5000"])
def test_simulation_speed_is_checked(speed: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--simulate", speed])
    assert caught.value.code == 2
    assert "SPEED must be" in capsys.readouterr().err


def test_simulation_refuses_the_clinical_database(_isolated_paths: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--simulate", "10", "--db", str(_isolated_paths / "ivig-desktop.db")]) == 2
    assert "is the clinical database" in capsys.readouterr().err


def test_a_chosen_database_in_a_missing_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing folder is more often a drive not plugged in than a wish for a new, empty database."""
    assert main(["--db", str(tmp_path / "usb" / "ivig.db")]) == 2
    assert "does not exist (is the drive connected?)" in capsys.readouterr().err
    monkeypatch.setenv("IVIG_DESKTOP_DB", str(tmp_path / "gone" / "ivig.db"))
    assert main([]) == 2
    assert not (tmp_path / "usb").exists() and not (tmp_path / "gone").exists()
