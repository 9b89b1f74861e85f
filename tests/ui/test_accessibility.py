"""Every control a nurse can reach has a name a screen reader can say (DESIGN rule 8)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.main_window import MainWindow

from .helpers import D, minutes, open_session, ready_to_start

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)


def _inside_a_combo_popup(widget: QWidget) -> bool:
    parent = widget.parent()
    return parent is not None and isinstance(parent.parent(), QComboBox)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QTabBar, QHeaderView)) or widget.parent() is None:
            continue
        if widget.objectName().startswith("qt_") or _inside_a_combo_popup(widget):
            continue  # Qt's own parts (a table's corner button, a toolbar's overflow arrow, a combo's popup list)
        name = widget.accessibleName().strip()
        if isinstance(widget, QAbstractButton):
            if not (name or widget.text().replace("&", "").strip()):
                missing.append(f"{type(widget).__name__} {widget.objectName() or widget.toolTip()!r}")
        elif isinstance(widget, INPUTS) and not name:
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox,)):
                continue  # an editable combo's inner line edit is named by the combo
            placeholder = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__} (placeholder {placeholder!r})")
    return missing


def test_every_control_of_every_page_has_an_accessible_name(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    assert unnamed(window.sign_in_page) == []
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(16))
    window.tick()
    assert unnamed(window) == []
    window.workstation.lock()
    assert unnamed(window.lock_page) == []


def test_the_check_would_find_an_unnamed_field_or_button(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton

    QLineEdit(window.work_page)
    QPushButton(window.work_page)
    assert len(unnamed(window.work_page)) == 2
