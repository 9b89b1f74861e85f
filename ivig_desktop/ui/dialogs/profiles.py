"""Profiles…: every nurse profile with its role and whether it is active; an administrator deactivates,
reactivates or promotes a profile (with a reason), and any nurse corrects her own profile's details.

Every change is a new row (append-only): a deactivated profile cannot sign in, and its past entries stay
attributed to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.access import Access, Role
from ivig_desktop.domain.people import Nurse
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.dialogs.corrections import NurseCorrectionDialog
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from ivig_desktop.ui.widgets.form import Form, attempt, confirm_buttons
from ivig_desktop.ui.workstation import Workstation

ACTIONS = {
    "deactivate": (
        QT_TRANSLATE_NOOP("AccessChangeDialog", "Deactivate profile"),
        QT_TRANSLATE_NOOP("AccessChangeDialog", "Deactivate {0}: she can no longer sign in; her entries stay hers."),
    ),
    "reactivate": (
        QT_TRANSLATE_NOOP("AccessChangeDialog", "Reactivate profile"),
        QT_TRANSLATE_NOOP("AccessChangeDialog", "Reactivate {0}: she can sign in again."),
    ),
    "administrator": (
        QT_TRANSLATE_NOOP("AccessChangeDialog", "Make administrator"),
        QT_TRANSLATE_NOOP("AccessChangeDialog", "Make {0} an administrator: she can add and deactivate profiles."),
    ),
}


class AccessChangeDialog(QDialog):
    """The reason for a change of access; nothing is stored until it is given and the change is allowed."""

    def __init__(self, workstation: Workstation, nurse: Nurse, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._nurse = nurse
        self._what = what
        title, explanation = ACTIONS[what]
        self.setWindowTitle(self.tr(title))
        self.setAccessibleName(self.tr(title))
        self.setMinimumWidth(480)
        text = QLabel(self.tr(explanation).format(nurse.display_name), self)
        text.setWordWrap(True)
        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.reason = QLineEdit(self)
        self.form.add("reason", self.tr("&Reason"), self.reason)
        self.buttons, self.confirm = confirm_buttons(self, self.tr(title))
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form_layout)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def save(self) -> None:
        if attempt(self.form, lambda: self._workstation.change_access(self._nurse, self._what, self.reason.text())):
            self.accept()


class ProfilesDialog(QDialog):
    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.child: QDialog | None = None
        self.setWindowTitle(self.tr("Profiles"))
        self.setAccessibleName(self.tr("Profiles"))
        self.resize(960, 420)
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # one Tab stop: arrow keys move inside, Tab leaves
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Last change of access")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Nurse profiles"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.correct_button = self._button(self.tr("Correct &details…"), self._correct)
        self.deactivate_button = self._button(self.tr("&Deactivate…"), lambda: self._change("deactivate"))
        self.reactivate_button = self._button(self.tr("&Reactivate…"), lambda: self._change("reactivate"))
        self.promote_button = self._button(self.tr("Make &administrator…"), lambda: self._change("administrator"))
        row = QHBoxLayout()
        for button in (self.correct_button, self.deactivate_button, self.reactivate_button, self.promote_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(close)
        self.refresh()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        access = self._workstation.access()
        self._nurses = self._workstation.nurses()
        names = {n.id: n.display_name for n in self._nurses}
        last = {change.nurse_id: change for change in self._workstation.access_changes()}
        self.table.setRowCount(len(self._nurses))
        for row, nurse in enumerate(self._nurses):
            now = access.get(nurse.id, Access(Role.NURSE, True))
            role = self.tr("Administrator") if now.administrator else self.tr("Nurse")
            status = self.tr("Active") if now.active else self.tr("Deactivated: cannot sign in")
            change = last.get(nurse.id)
            history = ""
            if change is not None and change.by_nurse_id is None:
                history = self.tr("{0}: {1}").format(fmt.day_time(change.at), translate("domain.access", change.reason))
            elif change is not None:
                by = names.get(change.by_nurse_id or -1, "?")
                history = self.tr("{0}, by {1}: {2}").format(
                    fmt.day_time(change.at), by, translate("domain.access", change.reason)
                )
            for column, text in enumerate((nurse.display_name, role, status, history)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, nurse.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        admin = self._workstation.is_administrator()
        self.note.setText(
            self.tr("You are an administrator: you can deactivate, reactivate and promote profiles.")
            if admin
            else self.tr("Only an administrator can deactivate or promote profiles; you can correct your own details.")
        )
        me = self._workstation.nurse
        mine = next((i for i, n in enumerate(self._nurses) if me is not None and n.id == me.id), 0)
        self.table.selectRow(mine)
        self._update_buttons()

    def selected(self) -> Nurse | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self._nurses[rows.pop()] if len(rows) == 1 else None

    def _update_buttons(self) -> None:
        nurse = self.selected()
        access = self._workstation.access()
        admin = self._workstation.is_administrator()
        me = self._workstation.nurse
        now = access.get(nurse.id, Access(Role.NURSE, True)) if nurse else None
        self.correct_button.setEnabled(nurse is not None and (admin or (me is not None and me.id == nurse.id)))
        self.deactivate_button.setEnabled(admin and now is not None and now.active)
        self.reactivate_button.setEnabled(admin and now is not None and not now.active)
        self.promote_button.setEnabled(admin and now is not None and now.active and now.role is not Role.ADMINISTRATOR)

    def _correct(self) -> None:
        nurse = self.selected()
        if nurse is not None:
            self.child = NurseCorrectionDialog(self._workstation, nurse, self)
            self.child.accepted.connect(self.refresh)
            self.child.open()

    def _change(self, what: str) -> None:
        nurse = self.selected()
        if nurse is not None:
            self.child = AccessChangeDialog(self._workstation, nurse, what, self)
            self.child.accepted.connect(self.refresh)
            self.child.open()
