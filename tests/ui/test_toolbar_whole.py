"""The toolbar never shows a word cut short (a lone "S" was once reported before "Switch nurse" on a 1280-wide
window): on a laptop-sized window, at the usual and a 1.25x font, with a long nurse name and the hub's "Possible
duplicates" action shown, each item of the toolbar is shown whole, or not at all (Qt then moves it to the toolbar's
extension menu), and no two overlap."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QToolBar
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.main_window import MainWindow

from .conftest import MakeWindow
from .helpers import PASSWORD, open_session


def cut_items(toolbar: QToolBar) -> list[str]:
    """Toolbar items shown narrower than their words need, and items drawn over one another."""
    problems = []
    shown = []
    for action in toolbar.actions():
        widget = toolbar.widgetForAction(action)
        if widget is None or not widget.isVisible() or action.isSeparator():
            continue
        words = widget.text() if isinstance(widget, QLabel) else action.iconText()
        if not words:
            continue  # (the spacer)
        needed = widget.sizeHint().width() if isinstance(widget, QLabel) else widget.minimumSizeHint().width()
        if widget.width() < needed:
            problems.append(f"{words!r} shown {widget.width()} px wide, needs {needed} px")
        shown.append((words, widget.geometry()))
    for index, (words, place) in enumerate(shown):
        for other, other_place in shown[index + 1 :]:
            if place.intersects(other_place):
                problems.append(f"{words!r} drawn over {other!r}")
    return problems


def signed_in_as(window: MainWindow, clock: FakeClock, name: str) -> None:
    open_session(window, clock)  # (signs the first nurse in)
    workstation = window.workstation
    first = workstation.nurse
    assert first is not None
    workstation.sign_out()
    nurse = workstation.create_nurse(name, "RN", PASSWORD, PASSWORD, authoriser=first, authoriser_secret=PASSWORD)
    workstation.sign_in(nurse)
    window.sign_in_page.signed_in.emit()


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("width", [1280, 1366, 960])
def test_every_toolbar_item_is_shown_whole_or_not_at_all(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, scale: float, width: int
) -> None:
    usual = QApplication.font()
    font = QFont(usual)
    font.setPointSizeF(font.pointSizeF() * scale)
    QApplication.setFont(font)
    try:
        window = make_window()
        window.resize(width, 800)
        signed_in_as(window, clock, "Marie-Claude Bouchard-Tremblay")
        QApplication.processEvents()
        problems = [f"signed in: {p}" for p in cut_items(window.toolbar)]
        duplicates = window.hub_sync.duplicates_action  # as a hub shows it when two records share an MRN
        duplicates.setText("Possible duplicates (12)")
        duplicates.setVisible(True)
        QApplication.processEvents()
        problems += [f"with possible duplicates: {p}" for p in cut_items(window.toolbar)]
        assert not problems, "\n".join(problems)
    finally:
        QApplication.setFont(usual)


def test_the_check_finds_a_cut_label(window: MainWindow, clock: FakeClock) -> None:
    open_session(window, clock)
    window.nurse_label.setFixedWidth(8)  # what a lone "S" would be
    QApplication.processEvents()
    assert any("Signed in" in p for p in cut_items(window.toolbar))
