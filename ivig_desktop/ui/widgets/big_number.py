"""A figure to be read across the room: a caption, a very large value, and a line of detail.

Used for the current pump rate and for the countdown to the next action. Urgency is said in words and with a
symbol as well as colour (DESIGN rule 8).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ivig_desktop.ui.style import set_font, urgency_style


class BigNumber(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None, *, scale: float = 4.0) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption, self)
        set_font(self.caption, 1.2, bold=True)
        self.value = QLabel("—", self)
        set_font(self.value, scale, bold=True)
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.detail = QLabel(self)
        set_font(self.detail, 1.2)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setAccessibleName(caption)

    def show_value(self, value: str, detail: str = "", urgency: int = 0) -> None:
        """`urgency` 0 normal, 1 due, 2 overdue, 3 escalated (the words say it too; the colour only helps)."""
        self.value.setText(value)
        self.detail.setText(detail)
        self.value.setStyleSheet(urgency_style(urgency))
        self.setAccessibleDescription(f"{value}. {detail}".strip())
