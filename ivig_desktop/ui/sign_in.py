"""The first screen: the nurse picks her profile or creates one. Every entry made afterwards carries her name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop import APP_NAME
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.people import Nurse
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui.style import set_font
from ivig_desktop.ui.widgets.form import Form
from ivig_desktop.ui.workstation import Workstation


class SignInPage(QWidget):
    signed_in = Signal()

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation

        title = QLabel(APP_NAME, self)
        set_font(title, 2.0, bold=True)
        question = QLabel(self.tr("Who is working at this workstation?"), self)
        set_font(question, 1.3)

        # Existing profiles
        self.choose_box = QGroupBox(self.tr("Choose your profile"), self)
        self.profiles = QListWidget(self.choose_box)
        self.profiles.setAccessibleName(self.tr("Nurse profiles"))
        self.profiles.itemActivated.connect(lambda _item: self._continue())
        self.continue_button = QPushButton(self.tr("Continue as selected nurse"), self.choose_box)
        self.continue_button.setAccessibleName(self.continue_button.text())
        self.continue_button.clicked.connect(self._continue)
        choose_layout = QVBoxLayout(self.choose_box)
        choose_layout.addWidget(self.profiles)
        choose_layout.addWidget(self.continue_button)

        # New profile
        self.create_box = QGroupBox(self.tr("New profile"), self)
        form_layout = QFormLayout(self.create_box)
        self.form = Form(form_layout, self.create_box)
        self.name_edit = QLineEdit(self.create_box)
        self.form.add("name", self.tr("Full &name"), self.name_edit)
        self.credentials_edit = QLineEdit(self.create_box)
        self.credentials_edit.setPlaceholderText(self.tr("RN, LPN, NP…"))
        self.form.add("credentials", self.tr("&Credentials"), self.credentials_edit)
        self.create_button = QPushButton(self.tr("Create profile and continue"), self.create_box)
        self.create_button.setAccessibleName(self.create_button.text())
        self.create_button.clicked.connect(self._create)
        self.credentials_edit.returnPressed.connect(self._create)
        form_layout.addRow(self.form.general_error)
        form_layout.addRow(self.create_button)

        panels = QHBoxLayout()
        panels.addWidget(self.choose_box, 1)
        panels.addWidget(self.create_box, 1)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(question, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addSpacing(16)
        outer.addLayout(panels)
        outer.addStretch(2)
        self.refresh()

    def refresh(self) -> None:
        self.profiles.clear()
        for nurse in self._workstation.nurses():
            item = QListWidgetItem(nurse.display_name, self.profiles)
            item.setData(Qt.ItemDataRole.UserRole, nurse.id)
        has_profiles = self.profiles.count() > 0
        self.choose_box.setVisible(has_profiles)
        if has_profiles:
            self.profiles.setCurrentRow(0)
            self.profiles.setFocus()
        else:
            self.name_edit.setFocus()

    def _continue(self) -> None:
        item = self.profiles.currentItem()
        if item is None:
            return
        nurse = self._workstation.nurse_by_id(int(item.data(Qt.ItemDataRole.UserRole)))
        self._finish(nurse)

    def _create(self) -> None:
        try:
            nurse = self._workstation.create_nurse(self.name_edit.text(), self.credentials_edit.text())
        except ValidationError as error:
            self.form.show_errors(error)
            return
        except StoreError as error:
            self.form.show_general(str(error))
            return
        self.name_edit.clear()
        self.credentials_edit.clear()
        self.form.clear_errors()
        self._finish(nurse)

    def _finish(self, nurse: Nurse) -> None:
        self._workstation.sign_in(nurse)
        self.signed_in.emit()
