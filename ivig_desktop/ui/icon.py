"""The application icon (resources/icons/: the SVG drawing and PNGs made from it at the usual sizes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ivig_desktop.paths import resources_dir

ICON_NAME = "ivig-desktop"
SIZES = (16, 32, 48, 64, 128, 256)


def icons_dir() -> Path:
    return resources_dir() / "icons"


def app_icon() -> QIcon:
    """The icon at every size drawn (PNG: the SVG would need QtSvg at start-up, which start-up never loads)."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(icons_dir() / f"{ICON_NAME}-{size}.png"), QSize(size, size))
    return icon
