"""A screen reader reads what the nurse sees (issue 12 item 15): on every page and dialog, a label, button, check
box or group box that shows words has those words as its accessible name (context goes in the description, never
in a fixed name that replaces what is shown), and every control the keyboard reaches has a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.accessibility import name_of
from ivig_desktop.ui.main_window import MainWindow

from .screens_walk import dialogs, pages


def shown_text(widget: QWidget) -> str:
    """The words a widget shows, as a screen reader should say them (no markup, no '&' of a mnemonic)."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if widget.textFormat() is Qt.TextFormat.RichText or (
            widget.textFormat() is Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
        ):
            document = QTextDocument()
            document.setHtml(text)
            text = document.toPlainText()
    elif isinstance(widget, QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    else:
        return ""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _qt_part(widget: QWidget) -> bool:
    """Qt's own parts: a combo box's popup, a scroll area's viewport (the area is what is named)."""
    parent = widget.parentWidget()
    inside_combo = parent is not None and isinstance(parent.parentWidget(), QComboBox)
    viewport = isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget
    return widget.objectName().startswith("qt_") or inside_combo or viewport


def misnamed(root: QWidget) -> list[str]:
    """Shown words read under another name, and reachable controls with no name at all."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or _qt_part(widget):
            continue
        shown = shown_text(widget)
        fixed = widget.accessibleName()
        kind = type(widget).__name__
        if shown and fixed and fixed != shown:
            problems.append(f"{kind} shows {shown!r} but is named {fixed!r}")
        elif shown and not isinstance(widget, QGroupBox) and name_of(widget).strip() != shown:
            problems.append(f"{kind} shows {shown!r} but is read as {name_of(widget)!r}")
        if shown and widget.accessibleDescription().strip() == shown:
            problems.append(f"{kind} {shown!r} has its words again as its description (read twice)")
        focusable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()
        if focusable and not widget.isWindow() and not name_of(widget).strip():
            problems.append(f"{kind} takes focus but has no name (tooltip {widget.toolTip()!r})")
    return problems


def test_every_page_is_read_as_it_is_shown(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    problems = []
    for name, root in pages(window, clock):
        problems += [f"{name}: {p}" for p in misnamed(root)]
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_every_dialog_is_read_as_it_is_shown(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    problems = []
    for name, dialog in dialogs(window, clock):
        problems += [f"{name}: {p}" for p in misnamed(dialog)]
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_check_finds_a_label_named_otherwise_and_a_nameless_control(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton

    label = QLabel("28 g at max 336.0 mL/h", window.sign_in_page)
    label.setAccessibleName("Plan summary")
    button = QToolButton(window.sign_in_page)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    edit = QLineEdit(window.sign_in_page)
    for widget in (label, button, edit):
        widget.show()
    problems = misnamed(window.sign_in_page)
    assert any("Plan summary" in p for p in problems)
    assert sum("has no name" in p for p in problems) == 2
