"""A figure to be read across the room: a caption, a very large value, and a few lines of detail.

Used for the current pump rate and for the countdown to the next thing due. Urgency is said in words and with a
symbol as well as colour (DESIGN rule 8). Its size never changes with what it shows (the detail has room for
`detail_lines` lines), so a new text never moves what is around it; `show_value` on every tick repaints only
the parts whose text or colour changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ivig_desktop.ui.style import set_font, set_text, set_urgency
from ivig_desktop.ui.widgets.live_text import LiveText


class BigNumber(QFrame):
    def __init__(
        self, caption: str, parent: QWidget | None = None, *, scale: float = 4.0, detail_lines: int = 3
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._caption_text = caption
        self.caption = QLabel(caption, self)
        set_font(self.caption, 1.2, bold=True)
        self.value = LiveText("—", self)  # changes every second: repaints itself only
        set_font(self.value, scale, bold=True)
        self.detail = QLabel(self)
        set_font(self.detail, 1.2)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail.setFixedHeight(self.detail.fontMetrics().lineSpacing() * detail_lines + 2)
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(caption)

    def show_value(self, value: str, detail: str = "", urgency: int = 0, *, caption: str | None = None) -> None:
        """`urgency` 0 normal, 1 due, 2 overdue, 3 escalated (the words say it too; the colour only helps).
        `caption` replaces the caption (None: the one it was made with)."""
        heading = self._caption_text if caption is None else caption
        set_text(self.caption, heading)
        self.value.setText(value)
        set_text(self.detail, detail)
        set_urgency(self.value, urgency)
        description = f"{value}. {detail}".strip()
        if self.accessibleDescription() != description:
            self.setAccessibleDescription(description)
        if self.accessibleName() != heading:
            self.setAccessibleName(heading)
