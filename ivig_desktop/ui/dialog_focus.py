"""After a dialog of the window closes, the window (or the dialog under it) is active again and the focus is back
where it was when the dialog opened, so that Ctrl+K and the other window shortcuts keep working and the nurse
goes on typing where she was. (Closing a dialog opened from a page left no active window: shortcuts went dead.)"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class DialogFocus(QObject):
    """Installed on the application by the main window; watches the dialogs whose parent is in that window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._focus_before: dict[int, QWidget | None] = {}

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
                QTimer.singleShot(0, self, lambda: self._restore(before))
        return False

    def _restore(self, before: QWidget | None) -> None:
        if QApplication.activeModalWidget() is not None:
            return  # another dialog is open and has the keyboard
        target = before if before is not None and shiboken6.isValid(before) and before.isVisible() else None
        window = target.window() if target is not None else self._window
        if not window.isVisible():
            window = self._window
        window.activateWindow()
        if target is not None and target.window() is window:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
