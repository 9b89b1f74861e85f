"""The lock screen: after inactivity the window hides every patient detail behind the nurse's password or PIN,
while the timers go on and the alerts still sound and show (naming chairs, never patients)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ivig_desktop.ui.alerts import AlertCenter
from ivig_desktop.ui.sign_in import password_field
from ivig_desktop.ui.style import set_font
from ivig_desktop.ui.widgets.alert_panel import AlertPanel
from ivig_desktop.ui.widgets.form import Form, attempt
from ivig_desktop.ui.workstation import Workstation

ACTIVITY_EVENTS = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin}
)


class ActivityWatcher(QObject):
    """Installed on the application: every key press, click, wheel or touch tells the workstation the nurse is here."""

    def __init__(self, workstation: Workstation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and not self._workstation.locked:
            if self._workstation.lock_if_idle():
                return True  # the first key after a long absence (a lid opened) locks, and goes no further
            self._workstation.touch()
        return False


class LockPage(QWidget):
    unlocked = Signal()
    switch_requested = Signal()

    def __init__(self, workstation: Workstation, alerts: AlertCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        title = QLabel(self.tr("Locked"), self)
        set_font(title, 2.0, bold=True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        set_font(self.explanation, 1.2)
        self.alert_panel = AlertPanel(alerts, self)
        self.who = QLabel(self)
        set_font(self.who, 1.2, bold=True)
        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.secret_edit = password_field(self)
        self.form.add("secret", self.tr("&Password or PIN"), self.secret_edit)
        self.secret_edit.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button = QPushButton(self.tr("Another nurse…"), self)
        self.switch_button.setAccessibleDescription(self.tr("Another nurse signs in"))
        self.switch_button.clicked.connect(self.switch_requested)
        panel = QWidget(self)
        panel.setMinimumWidth(560)
        panel.setMaximumWidth(720)
        column = QVBoxLayout(panel)
        column.addWidget(title)
        column.addWidget(self.explanation)
        column.addSpacing(12)
        column.addWidget(self.alert_panel)
        column.addSpacing(12)
        column.addWidget(self.who)
        column.addLayout(form_layout)
        column.addWidget(self.form.general_error)
        column.addWidget(self.unlock_button)
        column.addWidget(self.switch_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 2)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def refresh(self) -> None:
        minutes = self._workstation.security.auto_lock_min
        self.explanation.setText(
            self.tr(
                "The screen locked after {0} minutes without activity. Patient details are hidden; the timers "
                "and alerts go on."
            ).format(minutes)
        )
        nurse = self._workstation.nurse
        self.who.setText(self.tr("Signed in: {0}").format(nurse.display_name) if nurse else "")
        self.secret_edit.clear()
        self.form.clear_errors()
        self.secret_edit.setFocus()

    def unlock(self) -> None:
        ok = attempt(self.form, lambda: self._workstation.unlock(self.secret_edit.text()))
        self.secret_edit.clear()
        if ok:
            self.unlocked.emit()
