"""New session: find the patient (or create one), type the chair or location, start."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.people import Patient
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialogs.patient import PatientDialog
from ivig_desktop.ui.i18n import error_text
from ivig_desktop.ui.widgets.form import Form
from ivig_desktop.ui.workstation import Workstation


def patient_line(patient: Patient) -> str:
    mrn = f" · MRN {patient.mrn}" if patient.mrn else ""
    return f"{patient.display_name} · born {fmt.long_date(patient.date_of_birth)}{mrn}"


class NewSessionDialog(QDialog):
    started = Signal(object)

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.controller: SessionController | None = None
        self.patient_dialog: PatientDialog | None = None
        self.setWindowTitle(self.tr("New session"))
        self.setAccessibleName(self.tr("New session"))
        self.resize(560, 480)

        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, MRN or date of birth (YYYY-MM-DD)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refresh)
        self.form.add("search", self.tr("&Find patient"), self.search)
        self.patients = QListWidget(self)
        self.new_patient_button = QPushButton(self.tr("&New patient…"), self)
        self.new_patient_button.setAccessibleDescription(self.tr("New patient"))
        self.new_patient_button.setToolTip(self.tr("Create a patient record (Alt+N)"))
        self.new_patient_button.setAutoDefault(False)
        self.new_patient_button.clicked.connect(self.open_patient_dialog)
        patient_cell = QWidget(self)
        patient_column = QVBoxLayout(patient_cell)
        patient_column.setContentsMargins(0, 0, 0, 0)
        patient_column.addWidget(self.patients)
        patient_buttons = QHBoxLayout()
        patient_buttons.addStretch(1)
        patient_buttons.addWidget(self.new_patient_button)
        patient_column.addLayout(patient_buttons)
        self.form.add("patient", self.tr("&Patient"), patient_cell)
        self.patients.setAccessibleName(self.tr("Patient"))
        self.location = QLineEdit(self)
        self.location.setPlaceholderText(self.tr("e.g. Chair 3 or Home"))  # a hint, never mistaken for a value
        self.location.returnPressed.connect(self.start)
        self.form.add("location", self.tr("&Chair or location"), self.location)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start session"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form_layout, 1)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)
        # Tab goes from the search to the list, the chair and Start: never onto New patient… on the way, where a
        # space typed for "Chair 3" would open it. It is last in the order, and Alt+N opens it.
        order = [self.search, self.patients, self.location, self.start_button, cancel, self.new_patient_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._refresh()
        self.search.setFocus()

    def _refresh(self, select_id: int | None = None) -> None:
        self.patients.clear()
        for patient in self._workstation.find_patients(self.search.text()):
            item = QListWidgetItem(patient_line(patient), self.patients)
            item.setData(Qt.ItemDataRole.UserRole, patient.id)
            if patient.id == select_id:
                self.patients.setCurrentItem(item)
        if self.patients.count() == 1:
            self.patients.setCurrentRow(0)
        if self.patients.count() == 0:
            placeholder = QListWidgetItem(self.tr("No patient found: press New patient… to create one."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.patients.addItem(placeholder)

    def open_patient_dialog(self) -> None:
        self.patient_dialog = PatientDialog(self._workstation, self)
        self.patient_dialog.saved.connect(self._patient_created)
        self.patient_dialog.finished.connect(self.activateWindow)
        self.patient_dialog.open()

    def _patient_created(self, patient: Patient) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._refresh(select_id=patient.id)
        self.location.setFocus()

    def selected_patient_id(self) -> int | None:
        item = self.patients.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def start(self) -> None:
        self.form.clear_errors()
        patient_id = self.selected_patient_id()
        if patient_id is None:
            self.form.show_errors(ValidationError.one("patient", self.tr("Choose the patient, or create one.")))
            return
        try:
            self.controller = self._workstation.open_session(patient_id, self.location.text())
        except ValidationError as error:
            self.form.show_errors(error)
            return
        except (DomainError, StoreError) as error:
            self.form.show_general(error_text(error))
            return
        self.started.emit(self.controller)
        self.accept()
