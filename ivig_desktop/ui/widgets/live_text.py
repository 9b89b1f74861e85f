"""A text that changes every second (a countdown, a volume) without asking the window to lay itself out again.

A QLabel asks its parent's layout to recompute on every new text, even when its size stays the same; on a busy
board that is most of a tick's cost. LiveText has a size that never depends on its text (room for `lines` lines
of its font, as wide as its layout gives it), so a new text only repaints its own rectangle. Its colour follows
its palette (`style.set_urgency`), and its accessible name is what it shows, or the same said at a pace a person
can follow (`spoken`: a countdown in whole minutes), so that a screen reader is not told of a new name every second.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ivig_desktop.ui.accessibility import set_spoken_name


class LiveText(QWidget):
    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        lines: int = 1,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._lines = lines
        self._alignment = alignment
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: str, spoken: str | None = None) -> None:
        """Show `text`: repaints this widget only, and only when the text changed. Its accessible name becomes
        `spoken` (None: `text`), only when that changes (Qt tells a screen reader of every new name)."""
        set_spoken_name(self, text if spoken is None else spoken)
        if text == self._text:
            return
        self._text = text
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("+00:00:00"), metrics.lineSpacing() * self._lines + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.fitted_font())
        flags = int(self._alignment) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(self.contentsRect(), flags, self._text)
        painter.end()

    def fitted_font(self) -> QFont:
        """The widget's font, made smaller when a one-line text is wider than the widget ('overdue by 11 min' at
        four times the font size in a narrow card): the text is shown whole, never cut or wrapped out of sight."""
        font = self.font()
        if self._lines != 1 or not self._text:
            return font
        needed = QFontMetrics(font).horizontalAdvance(self._text)
        room = self.contentsRect().width()
        if needed <= room or room <= 0 or font.pointSizeF() <= 0:
            return font
        smaller = QFont(font)
        smaller.setPointSizeF(max(font.pointSizeF() * room / needed * 0.98, font.pointSizeF() * 0.3))
        return smaller
