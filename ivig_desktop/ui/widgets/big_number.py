"""A figure to be read across the room: a caption, a very large value, and a few lines of detail.

Used for the current pump rate and for the countdown to the next thing due. Urgency is said in words and with a
symbol as well as colour (DESIGN rule 8). Its size never changes with what it shows (the detail has room for
`detail_lines` lines), so a new text never moves what is around it; `show_value` on every tick repaints only
the parts whose text or colour changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ivig_desktop.ui.accessibility import set_description, set_spoken_name
from ivig_desktop.ui.style import set_font, set_text, set_urgency, wrapped_lines
from ivig_desktop.ui.widgets.live_text import LiveText


class BigNumber(QFrame):
    def __init__(
        self, caption: str, parent: QWidget | None = None, *, scale: float = 4.0, detail_lines: int = 3
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._caption_text = caption
        self._detail_lines = detail_lines
        self._detail = ""
        self._more = ""
        self._fitted: tuple[str, str, int] | None = None
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
        set_spoken_name(self, caption)

    def show_value(
        self,
        value: str,
        detail: str = "",
        urgency: int = 0,
        *,
        caption: str | None = None,
        more: str = "",
        spoken: str | None = None,
    ) -> None:
        """`urgency` 0 normal, 1 due, 2 overdue, 3 escalated (the words say it too; the colour only helps).
        `caption` replaces the caption (None: the one it was made with). `more` is a further line of detail, shown
        only when it fits whole under `detail` (the detail itself is always shown). `spoken` is the value as a screen
        reader is told it (None: `value`): the card's accessible name is 'caption: spoken', renamed only when those
        words change (a countdown says whole minutes, not every second)."""
        heading = self._caption_text if caption is None else caption
        set_text(self.caption, heading)
        self.value.setText(value, spoken)
        self._detail, self._more = detail, more
        self._fit()
        set_urgency(self.value, urgency)
        set_spoken_name(self, f"{heading}: {value if spoken is None else spoken}")
        set_description(self, f"{detail} {more}".strip())

    def _fit(self) -> None:
        key = (self._detail, self._more, self.detail.width())
        if key == self._fitted:
            return  # the same texts at the same width: nothing to measure again on a tick
        self._fitted = key
        text = self._detail
        if self._more:
            metrics, width = self.detail.fontMetrics(), self.detail.width()
            lines = wrapped_lines(metrics, self._detail, width) + wrapped_lines(metrics, self._more, width)
            if lines <= self._detail_lines:
                text = f"{self._detail}\n{self._more}" if self._detail else self._more
        set_text(self.detail, text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
