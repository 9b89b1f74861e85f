"""The patient's regimen: create it, or save a new version with a reason. Earlier versions stay listed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.body import DosingWeightMethod
from ivig_desktop.domain.catalog import INDICATION_NAMES, Indication
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.people import Patient
from ivig_desktop.domain.plan import COURSE_DAYS_MAX
from ivig_desktop.domain.premed import DOSE_UNITS, PremedDrug, Route, validate_drug
from ivig_desktop.domain.regimen import Regimen, RegimenVersion, new_regimen
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import error_text, words
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
        form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label over its field if narrow
        self.form = Form(form_layout, self)
        self.product = QComboBox(self)
        self.product.addItem(self.tr("Choose…"), "")
        for product in config.catalog:
            self.product.addItem(product.display_name, product.id)
        self.form.add("product_id", self.tr("&Product"), self.product)
        self.indication = QComboBox(self)
        # As wide as the form gives, not as its longest choice: the dialog fits an 800-pixel screen.
        self.indication.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indication.setMinimumContentsLength(16)
        for code in Indication:
            self.indication.addItem(f"{code.value}: {words(INDICATION_NAMES[code])}", code.value)
        self.form.add("indication", self.tr("&Indication"), self.indication)
        self.labelled = QLabel(self)
        self.labelled.setWordWrap(True)
        self.labelled.setAccessibleName(self.tr("Labelled indications"))
        form_layout.addRow("", self.labelled)
        # The ordering prescriber is one field: an off-label order names it as the prescriber of the off-label use.
        self.prescriber = QLineEdit(self)
        self.prescriber.setPlaceholderText(self.tr("e.g. Dr A. Shah, as on the order"))
        self.form.add(
            "prescriber",
            self.tr("Ordering prescri&ber"),
            self.prescriber,
            self.tr("Required for an off-label order"),
        )
        self.off_label = QCheckBox(self.tr("O&ff-label: ordered for an indication not on the label"), self)
        self.form.add(
            "off_label",
            self.tr("Off-label order"),
            self.off_label,
            self.tr("The prescriber above ordered it; every screen and the record say OFF-LABEL"),
        )
        self.dose = QLineEdit(self)
        self.form.add(
            "dose_g_per_kg",
            self.tr("&Dose per day (g/kg)"),
            self.dose,
            self.tr("Within the label's dose for the indication (0.1 to 2 g/kg a day)"),
        )
        self.course_days = QSpinBox(self)
        self.course_days.setRange(1, COURSE_DAYS_MAX)
        self.form.add(
            "course_days",
            self.tr("&Course (consecutive days)"),
            self.course_days,
            self.tr("1: a single infusion; 2 for 1 g/kg x 2 days, 5 for 0.4 g/kg x 5 days"),
        )
        self.method = QComboBox(self)
        for method in DosingWeightMethod:
            self.method.addItem(fmt.dosing_weight(method.value), method.value)
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
        add_drug.setAccessibleDescription(self.tr("Add premedication"))
        add_drug.clicked.connect(self._add_drug)
        remove_drug = QPushButton(self.tr("Remove selected"), self)
        remove_drug.setAccessibleDescription(self.tr("Remove selected premedication"))
        remove_drug.clicked.connect(self._remove_drug)
        self.drug_error = error_label(self)
        drug_row = QHBoxLayout()
        for widget in (self.drug, self.drug_dose, self.drug_unit, self.drug_route, add_drug):
            drug_row.addWidget(widget)
        # The common premedications two to a row, and Remove under the list: the dialog never needs more width
        # than an 800-pixel screen gives it (the form used to scroll sideways).
        common_rows = QGridLayout()
        for index, (name, dose, unit, route_text) in enumerate(COMMON_PREMEDS):
            button = QPushButton(f"+ {name} {dose} {unit} {route_text}", self)
            button.setAccessibleDescription(self.tr("Add {0} {1} {2} {3}").format(name, dose, unit, route_text))
            button.clicked.connect(lambda _=False, d=(name, dose, unit, route_text): self._add_common(*d))
            common_rows.addWidget(button, index // 2, index % 2)
        list_row = QHBoxLayout()
        list_row.addWidget(self.premed_list, 1)
        list_row.addWidget(remove_drug, 0, Qt.AlignmentFlag.AlignTop)
        QWidget.setTabOrder(self.premed_list, remove_drug)  # Tab in reading order: the list, then Remove beside it
        premed_cell = QWidget(self)
        premed_column = QVBoxLayout(premed_cell)
        premed_column.setContentsMargins(0, 0, 0, 0)
        premed_column.addLayout(list_row)
        premed_column.addLayout(drug_row)
        premed_column.addLayout(common_rows)
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
        # The form scrolls when the screen is smaller than it (a laptop's 768 pixels): every field stays usable.
        body = QWidget(self)
        body.setLayout(form_layout)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: its fields are (it scrolls to them)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)
        self._fit_to_screen(body)
        self.product.currentIndexChanged.connect(self._show_label)
        self.indication.currentIndexChanged.connect(self._show_label)
        self.off_label.toggled.connect(self._show_label)
        self._load(current.regimen if current else None)
        self._show_label()

    def _fit_to_screen(self, body: QWidget) -> None:
        """As large as the whole form, within the screen's available height (the form scrolls beyond it)."""
        hint = body.sizeHint()
        screen = self.screen().availableGeometry()
        width = min(max(hint.width() + 40, self.minimumWidth()), screen.width())
        height = min(hint.height() + self.buttons.sizeHint().height() + 60, screen.height() - 40)
        self.resize(width, height)

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
        self.course_days.setValue(regimen.course_days)
        self.off_label.setChecked(regimen.off_label)
        self.prescriber.setText(regimen.prescriber)
        self._show_premeds()

    def _show_label(self) -> None:
        """What the chosen product is labelled for, and whether the order needs the off-label tick."""
        product_id = str(self.product.currentData() or "")
        if product_id in self._workstation.config.catalog.ids:
            product = self._workstation.config.catalog.get(product_id)
            on_label = product.on_label(Indication(str(self.indication.currentData())))
            text = self.tr("{0} is labelled for {1}.").format(product.display_name, product.labelled_text)
            if not on_label:
                text += " " + self.tr(
                    "This indication is not: tick off-label and name the ordering prescriber, or change it."
                )
            self.labelled.setText(text)
        else:
            self.labelled.setText("")

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
                prescriber=self.prescriber.text(),
                course_days=self.course_days.value(),
                off_label=self.off_label.isChecked(),
            )
            version = self._workstation.save_regimen(self._patient.id, regimen, self.reason.text())
        except ValidationError as error:
            self.form.show_errors(error)
            return
        except (DomainError, StoreError) as error:
            self.form.show_general(error_text(error))
            return
        self.saved.emit(version)
        self.accept()
