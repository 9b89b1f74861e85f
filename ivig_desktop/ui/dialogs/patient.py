"""New patient: identifiers, body measurements and allergies, validated field by field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.people import Patient, Sex, new_patient_details
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import error_text, words
from ivig_desktop.ui.widgets.form import Form, confirm_buttons
from ivig_desktop.ui.workstation import Workstation

NKDA = "NKDA"


class PatientDialog(QDialog):
    """Saves a new patient when the nurse presses Save; emits `saved` with the stored patient."""

    saved = Signal(object)

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.patient: Patient | None = None
        self.setWindowTitle(self.tr("New patient"))
        self.setAccessibleName(self.tr("New patient"))
        self.setMinimumWidth(520)

        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.family_name = QLineEdit(self)
        self.form.add("family_name", self.tr("&Family name"), self.family_name)
        self.given_name = QLineEdit(self)
        self.form.add("given_name", self.tr("&Given name"), self.given_name)
        self.date_of_birth = QLineEdit(self)
        self.date_of_birth.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.form.add("date_of_birth", self.tr("&Date of birth"), self.date_of_birth, self.tr("For example 1956-03-12"))
        self.mrn = QLineEdit(self)
        self.form.add("mrn", self.tr("&MRN (optional)"), self.mrn)
        self.sex = QComboBox(self)
        self.sex.addItem(self.tr("Choose…"), "")
        for sex in Sex:
            self.sex.addItem(f"{sex.value}: {words(sex.label)}", sex.value)
        self.form.add("sex", self.tr("&Sex"), self.sex, self.tr("Used for ideal body weight"))
        self.height_cm = QLineEdit(self)
        self.form.add("height_cm", self.tr("&Height (cm, optional)"), self.height_cm)
        self.weight_kg = QLineEdit(self)
        self.form.add("weight_kg", self.tr("&Weight (kg)"), self.weight_kg)
        self.allergies = QLineEdit(self)
        self.form.add("allergies", self.tr("&Allergies"), self.allergies)
        self.nkda = QCheckBox(self.tr("No known drug allergies (NKDA)"), self)
        self.nkda.toggled.connect(self._nkda_toggled)
        form_layout.addRow(QLabel(self), self.nkda)

        self.buttons, self.save_button = confirm_buttons(self, self.tr("Save patient"))
        self.buttons.accepted.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form_layout)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)
        self.family_name.setFocus()

    def _nkda_toggled(self, checked: bool) -> None:
        if checked:
            self.allergies.setText(NKDA)
        elif self.allergies.text() == NKDA:
            self.allergies.clear()
        self.allergies.setReadOnly(checked)

    def save(self) -> None:
        """Validate, store, and close; on refusal keep everything typed and show why beside each field."""
        self.form.clear_errors()
        try:
            details = new_patient_details(
                family_name=self.family_name.text(),
                given_name=self.given_name.text(),
                date_of_birth=self.date_of_birth.text(),
                mrn=self.mrn.text(),
                sex=str(self.sex.currentData()) or "?",
                height_cm=self.height_cm.text(),
                weight_kg=self.weight_kg.text(),
                allergies=self.allergies.text(),
                today=fmt.local(self._workstation.clock.now()).date(),
            )
            self.patient = self._workstation.create_patient(details)
        except ValidationError as error:
            if "sex" in error.errors and not self.sex.currentData():
                error.errors["sex"] = self.tr("Choose F, M or U (unknown).")
            self.form.show_errors(error)
            return
        except (DomainError, StoreError) as error:
            self.form.show_general(error_text(error))
            return
        self.saved.emit(self.patient)
        self.accept()
