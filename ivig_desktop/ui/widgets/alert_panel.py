"""The window's alert list: everything due or overdue across the sessions, most urgent first.

Alerts name the chair, never the patient, so the list can stay visible on a locked or shared screen. Activating
an alert opens its session; Acknowledge silences the sound (the alert stays until the work is done).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.due import Urgency
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.alerts import Alert, AlertCenter
from ivig_desktop.ui.style import SILENCED, WARNING_SYMBOL, set_font, urgency_style


def alert_text(alert: Alert, now: datetime, acknowledged: bool) -> str:
    late = alert.overdue_by(now)
    # 'Overdue by 3 min': how late, in words, never a time of day.
    status = alert.urgency.label
    if alert.urgency >= Urgency.OVERDUE:
        status = f"Overdue by {fmt.span(late)}" + (", escalated" if alert.urgency is Urgency.ESCALATED else "")
    mark = SILENCED if acknowledged else WARNING_SYMBOL
    return f"{mark} {alert.location} · {status} · {alert.item.text}"


class AlertPanel(QFrame):
    session_requested = Signal(int)

    def __init__(self, center: AlertCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._center = center
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self.tr("Due now"), self)
        set_font(self.heading, 1.2, bold=True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Alerts, most urgent first"))
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.acknowledge_button = QPushButton(self.tr("Acknowledge all (Ctrl+K)"), self)
        self.acknowledge_button.setAccessibleName(self.tr("Acknowledge all alerts"))
        self.acknowledge_button.setToolTip(self.tr("Silence the sound; alerts stay until the work is done"))
        self.acknowledge_button.clicked.connect(lambda: center.acknowledge())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.acknowledge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.now: datetime | None = None
        center.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        now = self.now
        self.list.clear()
        alerts = self._center.alerts
        for alert in alerts:
            acknowledged = self._center.is_acknowledged(alert)
            item = QListWidgetItem(alert_text(alert, now or alert.item.due_at, acknowledged), self.list)
            item.setData(Qt.ItemDataRole.UserRole, alert.session_id)
            if alert.urgency >= Urgency.OVERDUE and not acknowledged:
                font = QFont(self.list.font())
                font.setBold(True)
                item.setFont(font)
        self.setVisible(bool(alerts))
        worst = max((int(a.urgency) for a in alerts), default=0)
        self.heading.setStyleSheet(urgency_style(worst))
        self.heading.setText(self.tr("{0} Due now ({1})").format(WARNING_SYMBOL, len(alerts)) if alerts else "")
        self.acknowledge_button.setEnabled(bool(self._center.unacknowledged()))
        rows = min(max(len(alerts), 1), 5)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)

    def _activated(self, item: QListWidgetItem) -> None:
        self.session_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
