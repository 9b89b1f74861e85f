"""A multi-line text box where Ctrl+Enter submits (a session's note box, ui/session/page.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit


class SubmitTextEdit(QPlainTextEdit):
    """A multi-line box where Ctrl+Enter submits (plain Enter starts a new line)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        submit_keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() in submit_keys and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)
