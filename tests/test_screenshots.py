"""`uv run python scripts/screenshots.py` (issue 12 item 18): the screen list runs, offscreen, into tmp_path; every
picture the README shows is one it makes, and no picture in docs/screenshots is left that it no longer makes."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from scripts.screenshots import SCREENS, SIZE, make_screenshots

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def test_every_screen_is_made_and_every_picture_the_readme_shows_is_one_of_them(
    qapp: QApplication, tmp_path: Path
) -> None:
    written = make_screenshots(tmp_path)
    names = {path.stem for path in written}
    assert names == {screen.name for screen in SCREENS}
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        if path.stem != "reaction":  # (a dialog, at its own size)
            assert (image.width(), image.height()) == SIZE
    shown = set(re.findall(r"docs/screenshots/([\w-]+)\.png", README.read_text(encoding="utf-8")))
    assert shown, "the README shows no screenshot"
    assert shown <= names, f"the README shows pictures the script does not make: {sorted(shown - names)}"
    committed = {path.stem for path in (ROOT / "docs" / "screenshots").glob("*.png")}
    assert committed == names, f"stale or missing pictures in docs/screenshots: {sorted(committed ^ names)}"
