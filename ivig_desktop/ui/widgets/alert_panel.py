"""The window's alert list: everything due or overdue across the sessions, most urgent first.

Alerts name the chair, never the patient, so the list can stay visible on a locked or shared screen. Activating
an alert opens its session; Acknowledge silences the sound (the alert stays until the work is done).

The panel is always there and always the same size (room for about three alerts, each wrapped in full, then a
scroll bar): an alert arriving never moves or resizes what the nurse is working in. Each repaint updates the rows
in place and sets only the texts that changed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.due import Urgency
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.accessibility import AlertLabel, announce
from ivig_desktop.ui.alerts import Alert, AlertCenter
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate, words
from ivig_desktop.ui.shortcuts import with_key
from ivig_desktop.ui.style import SILENCED, WARNING_SYMBOL, set_font, set_text, set_urgency

LIST_LINES = 6  # text lines the list always has room for (three alerts of two lines)
NOTHING_DUE = QT_TRANSLATE_NOOP("AlertPanel", "✓ Nothing due now")


def alert_text(alert: Alert, now: datetime, acknowledged: bool) -> str:
    """'⚠ Chair 1 · Overdue by 3 min · Vitals ...': how late, in words (never a time of day) and in whole minutes,
    so that a line changes once a minute ('Overdue' alone in the first minute)."""
    status = words(alert.urgency.label)
    if alert.urgency >= Urgency.OVERDUE:
        late = alert.overdue_by(now) // timedelta(minutes=1)
        status = (
            translate("alert_panel", "Overdue by {0}").format(fmt.span(timedelta(minutes=late)))
            if late >= 1
            else translate("alert_panel", "Overdue")
        )
        if alert.urgency is Urgency.ESCALATED:
            status = translate("alert_panel", "{0}, escalated").format(status)
    mark = SILENCED if acknowledged else WARNING_SYMBOL
    return f"{mark} {alert.location} · {status} · {words(alert.item.text)}"


class AlertPanel(QFrame):
    session_requested = Signal(int)

    def __init__(self, center: AlertCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._center = center
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = AlertLabel(self.tr(NOTHING_DUE), self)  # the alert role; new alerts are announced on it
        self._announced: set[tuple[str, int]] = set()  # the alerts, at their urgency, a screen reader was told of
        set_font(self.heading, 1.2, bold=True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Alerts, most urgent first"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(1)
        line = self.list.fontMetrics().lineSpacing()
        self.list.setFixedHeight(line * LIST_LINES + 2 * self.list.frameWidth() + 8)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self._bold = QFont(self.list.font())
        self._bold.setBold(True)
        self.acknowledge_button = QPushButton(with_key(self.tr("Acknowledge all"), "acknowledge"), self)
        self.acknowledge_button.setAccessibleDescription(self.tr("Acknowledge all alerts"))
        self.acknowledge_button.setToolTip(
            with_key(self.tr("Silence the sound; alerts stay until the work is done"), "acknowledge")
        )
        self.acknowledge_button.clicked.connect(lambda: center.acknowledge())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.acknowledge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.now: datetime | None = None
        center.changed.connect(self.refresh)
        self.refresh()

    def tick(self, now: datetime) -> None:
        """The repaint timer: how long each alert has been overdue (only while the panel can be seen)."""
        self.now = now
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        now = self.now
        alerts = self._center.alerts
        while self.list.count() > len(alerts):
            self.list.takeItem(self.list.count() - 1)
        while self.list.count() < len(alerts):
            QListWidgetItem(self.list)
        for row, alert in enumerate(alerts):
            acknowledged = self._center.is_acknowledged(alert)
            item = self.list.item(row)
            text = alert_text(alert, now or alert.item.due_at, acknowledged)
            if item.text() != text:
                item.setText(text)
            if item.data(Qt.ItemDataRole.UserRole) != alert.session_id:
                item.setData(Qt.ItemDataRole.UserRole, alert.session_id)
            bold = alert.urgency >= Urgency.OVERDUE and not acknowledged
            if item.font().bold() != bold:
                item.setFont(self._bold if bold else self.list.font())
        worst = max((int(a.urgency) for a in alerts), default=0)
        set_urgency(self.heading, worst)
        heading = self.tr("{0} Due now ({1})").format(WARNING_SYMBOL, len(alerts)) if alerts else self.tr(NOTHING_DUE)
        set_text(self.heading, heading)
        self.acknowledge_button.setEnabled(bool(self._center.unacknowledged()))
        self._announce(alerts, now)

    def _announce(self, alerts: list[Alert], now: datetime | None) -> None:
        """Tell a screen reader, once, of each alert that is new or has grown more urgent (an Alert event and an
        assertive announcement: the sound says the same to the room). Acknowledged or repainted alerts are not
        said again. Only a panel on screen speaks (the lock page has its own)."""
        keys = {(a.key, int(a.urgency)) for a in alerts}
        new = [
            a for a in alerts if (a.key, int(a.urgency)) not in self._announced and not self._center.is_acknowledged(a)
        ]
        self._announced = keys
        if new and self.isVisible():
            announce(self.heading, "\n".join(alert_text(a, now or a.item.due_at, False) for a in new))

    def _activated(self, item: QListWidgetItem) -> None:
        self.session_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
