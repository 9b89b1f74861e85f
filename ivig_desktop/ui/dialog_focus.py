"""After a dialog of the window closes, the window (or the dialog under it) is active again and the focus is back
where it was when the dialog opened, so that Ctrl+K and the other window shortcuts keep working and the nurse
goes on typing where she was. (Closing a dialog opened from a page left no active window: shortcuts went dead.)

When what had the focus is gone (the Start button hides once the infusion runs, Step up waits for the next step),
the focus goes to the next thing the nurse does: the `default_focus()` of the nearest page or tab that has one,
else the first control of the nearest visible container, never nowhere and never a hidden widget.

A dialog that opened something new says where the focus goes instead (`focus_after`): New session sends it to
the new session's page, its next thing to do (SessionPage.default_focus()), not back to the board or toolbar."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class DialogFocus(QObject):
    """Installed on the application by the main window; watches the dialogs whose parent is in that window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._focus_before: dict[int, QWidget | None] = {}
        self._focus_after: dict[int, Callable[[], QWidget | None]] = {}

    def focus_after(self, dialog: QDialog, chooser: Callable[[], QWidget | None]) -> None:
        """When `dialog` closes, the focus goes to what `chooser` then names (if it can take it), not back where it
        was when the dialog opened."""
        self._focus_after[id(dialog)] = chooser

    def _ours(self, dialog: QDialog) -> bool:
        parent = dialog.parentWidget()
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) and isinstance(watched, QDialog) and self._ours(watched):
            key = id(watched)
            if kind is QEvent.Type.Show:
                self._focus_before[key] = QApplication.focusWidget()
            else:
                before = self._focus_before.pop(key, None)
                after = self._focus_after.pop(key, None)
                QTimer.singleShot(0, self, lambda: self._restore(before, after))
        return False

    def _restore(self, before: QWidget | None, after: Callable[[], QWidget | None] | None = None) -> None:
        if QApplication.activeModalWidget() is not None:
            return  # another dialog is open and has the keyboard
        chosen = after() if after is not None else None
        alive = before if before is not None and shiboken6.isValid(before) else None
        if chosen is not None and shiboken6.isValid(chosen) and can_take_focus(chosen):
            target: QWidget | None = chosen
        elif alive is not None and can_take_focus(alive):
            target = alive
        else:
            target = sensible_focus(alive or self._window)
        window = target.window() if target is not None else self._window
        if not window.isVisible():
            window = self._window
        window.activateWindow()
        if target is not None and target.window() is window:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


def can_take_focus(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and widget.focusPolicy() is not Qt.FocusPolicy.NoFocus


def sensible_focus(origin: QWidget) -> QWidget | None:
    """Where the focus goes when `origin` cannot have it: the nearest ancestor's `default_focus()` (a page saying
    what comes next), else the first control, in Tab order, of the nearest visible ancestor."""
    ancestor: QWidget | None = origin
    while ancestor is not None:
        chooser = getattr(ancestor, "default_focus", None)
        if ancestor.isVisible() and callable(chooser):
            chosen = chooser()
            if isinstance(chosen, QWidget) and can_take_focus(chosen):
                return chosen
        if ancestor.isVisible():
            first = first_focusable(ancestor)
            if first is not None:
                return first
        ancestor = ancestor.parentWidget()
    return None


def first_focusable(container: QWidget) -> QWidget | None:
    """The first control inside `container`, in Tab order, that Tab can reach now."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if tab and container.isAncestorOf(widget) and can_take_focus(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None
