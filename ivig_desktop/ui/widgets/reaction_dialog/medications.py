"""Medications given for a reaction: one row per medication, and the box that adds and removes rows."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.reactions import DoseUnit, MedicationInput, Route
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, words
from ivig_desktop.ui.widgets.form import error_label
from ivig_desktop.ui.widgets.time_field import TimeField


class MedicationRow(QWidget):
    """Name, dose, unit, route, time given; and a button to remove the row."""

    remove_requested = Signal(object)

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Medication"))
        self.dose = QLineEdit(self)
        self.dose.setPlaceholderText(self.tr("Dose"))
        self.dose.setMaximumWidth(80)
        self.unit = QComboBox(self)
        for unit in DoseUnit:
            self.unit.addItem(unit.value, unit.value)
        self.route = QComboBox(self)
        for route in Route:
            self.route.addItem(words(route.label), route.value)
        self.route.setCurrentIndex(self.route.findData(Route.IV.value))
        self.given_at = TimeField(f"medications.{number}.given_at", self)
        self.given_at.setMaximumWidth(110)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.error = error_label(self)
        self.set_number(number)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in (
            (self.name, 3),
            (self.dose, 1),
            (self.unit, 0),
            (self.route, 0),
            (self.given_at, 1),
            (self.remove, 0),
        ):
            row.addWidget(widget, stretch)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.error)

    def set_number(self, number: int) -> None:
        self.number = number
        self.given_at.field = f"medications.{number}.given_at"
        for widget, what in (
            (self.name, QT_TRANSLATE_NOOP("MedicationRow", "name")),
            (self.dose, QT_TRANSLATE_NOOP("MedicationRow", "dose")),
            (self.unit, QT_TRANSLATE_NOOP("MedicationRow", "dose unit")),
            (self.route, QT_TRANSLATE_NOOP("MedicationRow", "route")),
            (self.given_at, QT_TRANSLATE_NOOP("MedicationRow", "time given (empty for now)")),
            (self.remove, QT_TRANSLATE_NOOP("MedicationRow", "remove")),
        ):
            widget.setAccessibleName(self.tr("Medication {0}: {1}").format(number + 1, self.tr(what)))

    def value(self, now: datetime) -> MedicationInput:
        try:
            given: datetime | None = self.given_at.moment_or_now(now)
        except ValidationError:
            given = None
        return MedicationInput(
            name=self.name.text(),
            dose=self.dose.text(),
            unit=str(self.unit.currentData()),
            route=str(self.route.currentData()),
            given_at=given,
        )


class MedicationsBox(QGroupBox):
    """The medication rows, numbered from 0 in the order shown, and the button that adds one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Medications given for the reaction"))
        self.rows_layout = QVBoxLayout(self)
        self.rows: list[MedicationRow] = []
        self.add_button = QPushButton(self.tr("Add &medication"), self)
        self.add_button.clicked.connect(lambda: self.add_medication(focus=True))
        self.rows_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_medication(self, *, focus: bool = False) -> MedicationRow:
        row = MedicationRow(len(self.rows), self)
        row.remove_requested.connect(self._remove_medication)
        self.rows.append(row)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        row.show()  # a widget added to a layout already on screen is not shown by itself
        if focus:
            row.name.setFocus()
        return row

    def _remove_medication(self, row: MedicationRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()
        for number, remaining in enumerate(self.rows):
            remaining.set_number(number)
        self.add_button.setFocus()
