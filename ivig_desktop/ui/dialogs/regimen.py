"""The patient's regimen: create it, or save a new version with a reason. Earlier versions stay listed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.body import DosingWeightMethod
from ivig_desktop.domain.catalog import INDICATION_NAMES, Indication
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.people import Patient
from ivig_desktop.domain.premed import DOSE_UNITS, PremedDrug, Route, validate_drug
from ivig_desktop.domain.regimen import Regimen, RegimenVersion, new_regimen
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.widgets.form import Form, confirm_buttons, error_label, show_error
from ivig_desktop.ui.workstation import Workstation

COMMON_PREMEDS = (("Acetaminophen", "650", "mg", "PO"), ("Diphenhydramine", "25", "mg", "PO"))


def _decimal_text(value: object) -> str:
    return "" if value is None else str(value)


class RegimenDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self, workstation: Workstation, patient: Patient, current: RegimenVersion | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._patient = patient
        self._current = current
        self.premeds: list[PremedDrug] = list(current.regimen.premeds) if current else []
        title = self.tr("Regimen for {0}").format(patient.display_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(620)
        config = workstation.config

        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.product = QComboBox(self)
        self.product.addItem(self.tr("Choose…"), "")
        for product in config.catalog:
            self.product.addItem(product.display_name, product.id)
        self.form.add("product_id", self.tr("&Product"), self.product)
        self.indication = QComboBox(self)
        for code in Indication:
            self.indication.addItem(f"{code.value}: {INDICATION_NAMES[code]}", code.value)
        self.form.add("indication", self.tr("&Indication"), self.indication)
        self.dose = QLineEdit(self)
        self.form.add("dose_g_per_kg", self.tr("&Dose (g/kg)"), self.dose, self.tr("0.1 to 2 g/kg per infusion"))
        self.method = QComboBox(self)
        for method in DosingWeightMethod:
            self.method.addItem(method.value, method.value)
        self.form.add(
            "dosing_weight_method",
            self.tr("Dosing &weight"),
            self.method,
            self.tr("auto: adjusted weight when BMI ≥ 30 (height and sex known), else actual"),
        )
        self.frequency = QLineEdit(self)
        self.frequency.setPlaceholderText(self.tr("e.g. every 4 weeks"))  # a hint, never mistaken for a value
        self.form.add("frequency", self.tr("&Frequency"), self.frequency)
        self.weight = QLineEdit(self)
        self.form.add("weight_kg", self.tr("Weight dosed on (&kg)"), self.weight)
        self.ladder = QComboBox(self)
        self.ladder.addItem(self.tr("Label protocol"), "")
        for ladder in config.ladders:
            self.ladder.addItem(self.tr("Ladder: {0}").format(ladder.id), ladder.id)
        self.form.add("ladder_id", self.tr("Rate p&rotocol"), self.ladder)
        self.personal_start = QLineEdit(self)
        self.form.add(
            "personal_start_mg_per_kg_min", self.tr("Personal &start (mg/kg/min, optional)"), self.personal_start
        )
        self.personal_max = QLineEdit(self)
        self.form.add(
            "personal_max_mg_per_kg_min",
            self.tr("Personal &maximum (mg/kg/min, optional)"),
            self.personal_max,
            self.tr("The patient's tolerated rate: above it needs a reason (soft limit)"),
        )

        # Premedication set
        self.premed_list = QListWidget(self)
        self.premed_list.setAccessibleName(self.tr("Premedication set"))
        self.premed_list.setMaximumHeight(90)
        self.drug = QLineEdit(self)
        self.drug.setPlaceholderText(self.tr("Drug"))
        self.drug.setAccessibleName(self.tr("Premedication drug"))
        self.drug_dose = QLineEdit(self)
        self.drug_dose.setPlaceholderText(self.tr("Dose"))
        self.drug_dose.setAccessibleName(self.tr("Premedication dose"))
        self.drug_unit = QComboBox(self)
        self.drug_unit.addItems(list(DOSE_UNITS))
        self.drug_unit.setAccessibleName(self.tr("Premedication unit"))
        self.drug_route = QComboBox(self)
        for route in Route:
            self.drug_route.addItem(route.value, route.value)
        self.drug_route.setAccessibleName(self.tr("Premedication route"))
        add_drug = QPushButton(self.tr("Add"), self)
        add_drug.setAccessibleName(self.tr("Add premedication"))
        add_drug.clicked.connect(self._add_drug)
        remove_drug = QPushButton(self.tr("Remove selected"), self)
        remove_drug.setAccessibleName(self.tr("Remove selected premedication"))
        remove_drug.clicked.connect(self._remove_drug)
        self.drug_error = error_label(self)
        drug_row = QHBoxLayout()
        for widget in (self.drug, self.drug_dose, self.drug_unit, self.drug_route, add_drug):
            drug_row.addWidget(widget)
        common_row = QHBoxLayout()
        for name, dose, unit, route_text in COMMON_PREMEDS:
            button = QPushButton(f"+ {name} {dose} {unit} {route_text}", self)
            button.setAccessibleName(self.tr("Add {0} {1} {2} {3}").format(name, dose, unit, route_text))
            button.clicked.connect(lambda _=False, d=(name, dose, unit, route_text): self._add_common(*d))
            common_row.addWidget(button)
        common_row.addWidget(remove_drug)
        premed_cell = QWidget(self)
        premed_column = QVBoxLayout(premed_cell)
        premed_column.setContentsMargins(0, 0, 0, 0)
        premed_column.addWidget(self.premed_list)
        premed_column.addLayout(drug_row)
        premed_column.addLayout(common_row)
        premed_column.addWidget(self.drug_error)
        form_layout.addRow(QLabel(self.tr("Premedication"), self), premed_cell)

        self.notes = QLineEdit(self)
        self.form.add("notes", self.tr("&Notes"), self.notes)
        self.reason = QLineEdit(self)
        self.form.add(
            "reason",
            self.tr("Reason for the change") if current else self.tr("Reason (optional)"),
            self.reason,
            self.tr("Required when changing a regimen; earlier versions stay in the record") if current else "",
        )

        save_text = self.tr("Save new version") if current else self.tr("Save regimen")
        self.buttons, self.save_button = confirm_buttons(self, save_text)
        self.buttons.accepted.connect(self.save)

        # Enter adds a premedication when typing one; it never saves the whole regimen by surprise (see
        # keyPressEvent): the nurse saves with the Save button.
        self.drug_dose.returnPressed.connect(self._add_drug)
        self.drug.returnPressed.connect(self._add_drug)

        layout = QVBoxLayout(self)
        if current:
            version = QLabel(
                self.tr("Current: version {0}, {1} ({2})").format(
                    current.version, fmt.day_time(current.created_at), current.reason
                ),
                self,
            )
            version.setWordWrap(True)
            layout.addWidget(version)
        layout.addLayout(form_layout)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)
        self._load(current.regimen if current else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _load(self, regimen: Regimen | None) -> None:
        if regimen is None:
            self.weight.setText(str(self._patient.weight_kg))
            self.method.setCurrentIndex(self.method.findData(DosingWeightMethod.AUTO.value))
            self._show_premeds()
            return
        self.product.setCurrentIndex(self.product.findData(regimen.product_id))
        self.indication.setCurrentIndex(self.indication.findData(regimen.indication.value))
        self.dose.setText(str(regimen.dose_g_per_kg))
        self.method.setCurrentIndex(self.method.findData(regimen.dosing_weight_method.value))
        self.frequency.setText(regimen.frequency)
        self.weight.setText(str(regimen.weight_kg))
        self.ladder.setCurrentIndex(max(self.ladder.findData(regimen.ladder_id or ""), 0))
        self.personal_start.setText(_decimal_text(regimen.personal_start_mg_per_kg_min))
        self.personal_max.setText(_decimal_text(regimen.personal_max_mg_per_kg_min))
        self.notes.setText(regimen.notes)
        self._show_premeds()

    def _show_premeds(self) -> None:
        self.premed_list.clear()
        for drug in self.premeds:
            QListWidgetItem(drug.text, self.premed_list)
        if not self.premeds:
            empty = QListWidgetItem(self.tr("No premedication"), self.premed_list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def _add_common(self, name: str, dose: str, unit: str, route: str) -> None:
        self.premeds.append(validate_drug(name, dose, unit, route))
        self._show_premeds()

    def _add_drug(self) -> None:
        try:
            drug = validate_drug(
                self.drug.text(),
                self.drug_dose.text(),
                self.drug_unit.currentText(),
                str(self.drug_route.currentData()),
            )
        except ValidationError as error:
            show_error(self.drug_error, " ".join(error.errors.values()))
            return
        show_error(self.drug_error, None)
        self.premeds.append(drug)
        self.drug.clear()
        self.drug_dose.clear()
        self._show_premeds()

    def _remove_drug(self) -> None:
        row = self.premed_list.currentRow()
        if 0 <= row < len(self.premeds):
            del self.premeds[row]
            self._show_premeds()

    def save(self) -> None:
        self.form.clear_errors()
        config = self._workstation.config
        try:
            regimen = new_regimen(
                catalog=config.catalog,
                ladders=config.ladders,
                product_id=str(self.product.currentData()),
                indication=str(self.indication.currentData()),
                dose_g_per_kg=self.dose.text(),
                dosing_weight_method=str(self.method.currentData()),
                frequency=self.frequency.text(),
                weight_kg=self.weight.text(),
                premeds=self.premeds,
                ladder_id=str(self.ladder.currentData()) or None,
                personal_start_mg_per_kg_min=self.personal_start.text(),
                personal_max_mg_per_kg_min=self.personal_max.text(),
                notes=self.notes.text(),
            )
            version = self._workstation.save_regimen(self._patient.id, regimen, self.reason.text())
        except ValidationError as error:
            self.form.show_errors(error)
            return
        except StoreError as error:
            self.form.show_general(str(error))
            return
        self.saved.emit(version)
        self.accept()
