"""Premedication: the regimen's drugs (or others typed), given at a time (now by default, or earlier for a late
entry) by a named person; the wait before the infusion may start counts down from the last one given."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.premed import DOSE_UNITS, PremedDrug, Route, validate_drug
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialogs.amend import open_strike, selected_event_id
from ivig_desktop.ui.i18n import error_text, words
from ivig_desktop.ui.style import set_font
from ivig_desktop.ui.widgets.big_number import BigNumber
from ivig_desktop.ui.widgets.form import Form
from ivig_desktop.ui.widgets.scrolling import scrolling_layout


class PremedTab(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: QDialog | None = None

        self.wait_card = BigNumber(self.tr("Premedication wait"), self, scale=3.0, detail_lines=1)

        ordered_box = QGroupBox(self.tr("Ordered (regimen)"), self)
        self.ordered_layout = QVBoxLayout(ordered_box)
        self.ordered_buttons: list[QPushButton] = []
        self._ordered_drugs: tuple[PremedDrug, ...] = ()

        given_box = QGroupBox(self.tr("Give"), self)
        form_layout = QFormLayout(given_box)
        self.form = Form(form_layout, given_box)
        self.drug = QLineEdit(given_box)
        self.form.add("drug", self.tr("Dr&ug"), self.drug)
        dose_row = QWidget(given_box)
        dose_layout = QHBoxLayout(dose_row)
        dose_layout.setContentsMargins(0, 0, 0, 0)
        self.dose = QLineEdit(dose_row)
        self.dose.setAccessibleName(self.tr("Dose"))
        self.unit = QComboBox(dose_row)
        self.unit.addItems(list(DOSE_UNITS))
        self.unit.setAccessibleName(self.tr("Unit"))
        self.route = QComboBox(dose_row)
        for route in Route:
            self.route.addItem(words(route.label), route.value)
        self.route.setAccessibleName(self.tr("Route"))
        dose_layout.addWidget(self.dose, 1)
        dose_layout.addWidget(self.unit)
        dose_layout.addWidget(self.route)
        self.form.add("dose", self.tr("D&ose, unit, route"), dose_row)
        self.dose.setAccessibleName(self.tr("Dose"))
        self.given_at = QLineEdit(given_box)
        self.given_at.setPlaceholderText(self.tr("now (or HH:MM for an earlier time)"))
        self.form.add("given_at", self.tr("&Time given"), self.given_at)
        self.given_by = QLineEdit(given_box)
        self.given_by.setPlaceholderText(self.tr("you (or the name of who gave it)"))
        self.form.add("given_by", self.tr("Given &by"), self.given_by)
        self.give_button = QPushButton(self.tr("Record as given"), given_box)
        self.give_button.setToolTip(self.tr("Record the premedication as given (Enter in any field)"))
        self.give_button.setAccessibleDescription(self.tr("Record premedication as given"))
        self.give_button.clicked.connect(self.give)
        for edit in (self.drug, self.dose, self.given_at, self.given_by):
            edit.returnPressed.connect(self.give)  # Enter in any field records it, as the button does
        form_layout.addRow(self.form.general_error)
        form_layout.addRow(self.give_button)

        self.table = QTableWidget(0, 4, self)

        self.table.setTabKeyNavigation(False)  # one Tab stop: arrow keys move inside, Tab leaves
        self.table.setAccessibleName(self.tr("Premedication given"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Drug"), self.tr("Given by"), self.tr("Entry")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("Remove selected entry…"), self)
        self.remove_button.setAccessibleDescription(self.tr("Remove selected premedication entry"))
        self.remove_button.clicked.connect(self.open_remove)

        top = QHBoxLayout()
        top.addWidget(ordered_box, 1)
        top.addWidget(given_box, 2)
        layout = scrolling_layout(self)  # scrolls rather than squeezing the form and its messages
        layout.addWidget(self.wait_card)
        layout.addLayout(top)
        heading = QLabel(self.tr("Given"), self)
        set_font(heading, 1.15, bold=True)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """What the record says (on a change of the session), then the wait."""
        self._show_ordered()
        entries = self.controller.session.effective_events(EventType.PREMED_GIVEN)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            drug = PremedDrug.from_payload(entry.payload)
            late = self.tr("late entry") if entry.event.is_late_entry else ""
            cells = [fmt.time_hm(entry.occurred_at), drug.text, str(entry.payload.get("given_by", "")), late]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, entry.event.id)
                self.table.setItem(row, column, cell)
        self.tick(self.controller.clock.now())

    def tick(self, now: datetime) -> None:
        """The repaint timer: the wait's countdown (texts set only when they change)."""
        self._show_wait(now)

    def showEvent(self, event: QShowEvent) -> None:
        self._show_ordered()  # the regimen may have changed (Check-in) since the tab was last shown
        super().showEvent(event)

    def _show_ordered(self) -> None:
        """One Fill in button per drug of the regimen; rebuilt only when the regimen's drugs change."""
        version = self.controller.regimen()
        drugs = version.regimen.premeds if version else ()
        if drugs == self._ordered_drugs and self.ordered_buttons:
            return
        self._ordered_drugs = drugs
        for button in self.ordered_buttons:
            self.ordered_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.ordered_buttons = []
        for drug in drugs:
            button = QPushButton(self.tr("Fill in: {0}").format(drug.text), self)
            button.setAccessibleDescription(self.tr("Fill in {0}").format(drug.text))
            button.clicked.connect(lambda _=False, d=drug: self.fill(d))
            self.ordered_layout.addWidget(button)
            self.ordered_buttons.append(button)
        if not drugs:
            empty = QPushButton(self.tr("No premedication in the regimen"), self)
            empty.setEnabled(False)
            self.ordered_layout.addWidget(empty)
            self.ordered_buttons.append(empty)

    def _show_wait(self, now: datetime) -> None:
        ready = self.controller.premed_ready_at()
        wait = self.controller.config.monitoring.premed_wait_min
        if ready is None:
            self.wait_card.show_value("—", self.tr("No premedication given yet ({0}-min wait after it).").format(wait))
        elif ready > now:
            self.wait_card.show_value(
                fmt.countdown(ready - now),
                self.tr("The infusion may start at {0}.").format(fmt.time_hm(ready)),
                spoken=fmt.minutes_until(ready - now),
            )
        else:
            self.wait_card.show_value(
                self.tr("Done"), self.tr("Wait ended at {0}: the infusion may start.").format(fmt.time_hm(ready))
            )

    def fill(self, drug: PremedDrug) -> None:
        """Fill the form with one of the regimen's drugs; what was said about the previous entry goes."""
        self.form.clear_errors()
        self.drug.setText(drug.name)
        self.dose.setText(f"{drug.dose.normalize():f}")
        self.unit.setCurrentText(drug.unit)
        self.route.setCurrentIndex(max(self.route.findData(drug.route.value), 0))
        self.given_at.setFocus()

    def give(self) -> None:
        self.form.clear_errors()
        now = self.controller.clock.now()
        errors = FieldErrors()
        drug: PremedDrug | None = None
        given_at = now
        try:
            drug = validate_drug(
                self.drug.text(), self.dose.text(), self.unit.currentText(), str(self.route.currentData())
            )
        except ValidationError as error:
            errors.capture(error)
        try:
            given_at = fmt.parse_local_time(self.given_at.text(), now, "given_at")
        except ValidationError as error:
            errors.capture(error)
        try:
            errors.raise_if_any()
            assert drug is not None
            self.controller.record_premed(drug, given_at=given_at, given_by=self.given_by.text())
        except ValidationError as error:
            for field in ("unit", "route"):
                if field in error.errors:
                    error.errors["dose"] = error.errors.pop(field)
            self.form.show_errors(error)
            return
        except (DomainError, StoreError) as error:
            self.form.show_general(error_text(error))
            return
        for edit in (self.drug, self.dose, self.given_at, self.given_by):
            edit.clear()

    def open_remove(self) -> None:
        event_id = selected_event_id(self.table)
        if event_id is None:
            self.form.show_general(self.tr("Select the entry to remove."))
            return
        self.dialog = open_strike(self.controller, event_id, self)
