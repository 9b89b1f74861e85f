"""`install-desktop-entry`: add IVIG Desktop to this user's application menu (Linux and other freedesktop
desktops): the .desktop file in `$XDG_DATA_HOME/applications/` and the icon in the hicolor theme of
`$XDG_DATA_HOME/icons/` (by default `~/.local/share/`). `--uninstall` removes them. Nothing else is touched.
Exit 0 done, 1 a file could not be written or removed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from ivig_desktop.cli.common import Commands
from ivig_desktop.paths import resources_dir

DESKTOP_FILE = "ivig-desktop.desktop"
ICON_NAME = "ivig-desktop"
PNG_SIZES = (16, 32, 48, 64, 128, 256)


def register(commands: Commands) -> None:
    entry = commands.add_parser(
        "install-desktop-entry",
        help="add IVIG Desktop to this user's application menu (.desktop file and icon)",
        description=f"Copy {DESKTOP_FILE} into $XDG_DATA_HOME/applications and the icon into the hicolor icon "
        "theme of $XDG_DATA_HOME/icons (default ~/.local/share), for this user only.",
    )
    entry.add_argument("--uninstall", action="store_true", help="remove what this command installed")
    entry.set_defaults(handler=cmd_install_desktop_entry)


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME")
    return Path(value) if value else Path.home() / ".local" / "share"


def installed_files(home: Path) -> dict[Path, Path]:
    """Where each bundled file goes: {source: destination}."""
    icons = resources_dir() / "icons"
    files = {resources_dir() / DESKTOP_FILE: home / "applications" / DESKTOP_FILE}
    files[icons / f"{ICON_NAME}.svg"] = home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    for size in PNG_SIZES:
        folder = home / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        files[icons / f"{ICON_NAME}-{size}.png"] = folder / f"{ICON_NAME}.png"
    return files


def cmd_install_desktop_entry(args: argparse.Namespace) -> int:
    home = data_home()
    files = installed_files(home)
    try:
        for source, target in files.items():
            if args.uninstall:
                target.unlink(missing_ok=True)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
    except OSError as error:
        print(f"ivig-desktop install-desktop-entry: {error.strerror or error} ({error.filename}).", file=sys.stderr)
        return 1
    done = "removed from" if args.uninstall else "installed in"
    print(f"IVIG Desktop's menu entry and icon {done} {home} ({len(files)} files).")
    return 0
