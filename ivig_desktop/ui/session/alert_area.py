"""A session's alerts on its page: words, symbol and colour, and Acknowledge, which silences the sound.

The area is always there and always the same height (`ALERT_LINES` lines of its font): an alert arriving changes
its text, never the place of anything else on the page. It shows as many alerts as fit in full, most urgent
first, and beside them how many more there are (each is listed in full under Due now).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ivig_desktop.ui.accessibility import AlertLabel
from ivig_desktop.ui.alerts import AlertCenter
from ivig_desktop.ui.i18n import words
from ivig_desktop.ui.shortcuts import shortcut
from ivig_desktop.ui.style import SILENCED, WARNING_SYMBOL, set_font, set_text, set_urgency, wrapped_lines

ALERT_LINES = 2  # lines of the area, always reserved


class SessionAlertArea(QFrame):
    def __init__(self, center: AlertCenter | None, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._center = center
        self._session_id = session_id
        self._lines: list[str] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = AlertLabel("", self)  # read as what it shows, with the alert role (the window's panel announces)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        set_font(self.text, 1.3, bold=True)
        self.text.setAccessibleDescription(self.tr("Alerts for this session"))
        self.acknowledge_button = QPushButton(self.tr("Acknowledge"), self)
        self.acknowledge_button.setAccessibleDescription(self.tr("Acknowledge this session's alerts"))
        self.acknowledge_button.setToolTip(
            self.tr("Acknowledge this session's alerts (Acknowledge all, {0}, silences every session's)").format(
                shortcut("acknowledge").key_text()
            )
        )
        self.acknowledge_button.clicked.connect(self._acknowledge)
        self.more = QLabel(self)  # how many more alerts than fit (each is whole under Due now)
        self.more.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side = QVBoxLayout()
        side.setSpacing(0)
        side.addWidget(self.acknowledge_button)
        side.addWidget(self.more)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addLayout(side)
        line = self.text.fontMetrics().lineSpacing()
        self.setFixedHeight(line * ALERT_LINES + 8 + 2 * self.frameWidth())
        if center is not None:
            center.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """On a change of the alerts (not on every tick: the lines say no time)."""
        center = self._center
        alerts = center.for_session(self._session_id) if center is not None else []
        silenced = bool(alerts) and center is not None and not center.unacknowledged(self._session_id)
        mark = SILENCED if silenced else WARNING_SYMBOL
        self._lines = [f"{mark} {words(a.urgency.label)}: {words(a.item.text)}" for a in alerts]
        self._fit()
        set_urgency(self.text, int(alerts[0].urgency) if alerts else 0)
        self.acknowledge_button.setEnabled(bool(alerts) and not silenced)

    def _fit(self) -> None:
        lines = self._lines
        if not lines:
            set_text(self.text, self.tr("✓ No alerts for this session"))
            set_text(self.more, "")
            return
        metrics = self.text.fontMetrics()
        width = max(self.text.width(), 200)
        shown: list[str] = []
        used = 0
        for text in lines:
            needed = wrapped_lines(metrics, text, width)
            if used + needed > ALERT_LINES and shown:
                break
            shown.append(text)  # the most urgent is always shown, whole
            used += needed
        more = len(lines) - len(shown)
        set_text(self.text, "\n".join(shown))
        set_text(self.more, self.tr("+{0} more (Due now)").format(more) if more else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _acknowledge(self) -> None:
        if self._center is not None:
            self._center.acknowledge(self._session_id)
