"""The application icon and the freedesktop menu entry (issue 12 item 14), and `install-desktop-entry`."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ivig_desktop.cli import main
from ivig_desktop.paths import resources_dir


def test_the_desktop_file_names_the_command_the_icon_and_the_category() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(resources_dir() / "ivig-desktop.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "IVIG Desktop"
    assert entry["Exec"] == "ivig-desktop"
    assert entry["Icon"] == "ivig-desktop"
    assert "MedicalSoftware" in entry["Categories"].split(";")
    assert entry["Categories"].endswith(";")


def test_the_icon_is_an_svg_with_pngs_at_every_size(qapp: object) -> None:
    from PySide6.QtGui import QImage

    from ivig_desktop.ui.icon import SIZES, app_icon

    root = ET.parse(resources_dir() / "icons" / "ivig-desktop.svg").getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
    for size in SIZES:
        image = QImage(str(resources_dir() / "icons" / f"ivig-desktop-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert sorted(s.width() for s in app_icon().availableSizes()) == sorted(SIZES)


def test_install_and_uninstall_the_menu_entry_for_this_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["install-desktop-entry"]) == 0
    desktop = tmp_path / "applications" / "ivig-desktop.desktop"
    assert desktop.read_bytes() == (resources_dir() / "ivig-desktop.desktop").read_bytes()
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "ivig-desktop.svg").is_file()
    assert (tmp_path / "icons" / "hicolor" / "48x48" / "apps" / "ivig-desktop.png").is_file()
    assert "installed in" in capsys.readouterr().out
    assert main(["install-desktop-entry", "--uninstall"]) == 0
    assert not desktop.exists()
    assert not list((tmp_path / "icons").rglob("*.png"))


def test_a_folder_that_cannot_be_written_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["install-desktop-entry"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ivig-desktop install-desktop-entry: ") and err.count("\n") == 1
