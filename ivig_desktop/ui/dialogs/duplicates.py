"""Possible duplicate patients (two records with one MRN, made on two workstations while apart): a nurse looks at
both and links them, with a reason: the same person, or different people. Never merged (store/duplicates.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.store import duplicates, holding, patients
from ivig_desktop.ui.dialogs.rate import ReasonDialog
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP
from ivig_desktop.ui.workstation import Workstation

COLUMNS = (
    QT_TRANSLATE_NOOP("DuplicatesDialog", "MRN"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "First record"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Second record"),
)


class DuplicatesDialog(QDialog):
    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workstation = workstation
        title = self.tr("Possible duplicate patients")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(760, 360)
        intro = QLabel(
            self.tr(
                "These records share an MRN: they were created on two workstations while apart. Compare them (name, "
                "date of birth), then say whether they are the same person. Nothing is merged; your answer and your "
                "reason are kept in the record."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.same_button = QPushButton(self.tr("Same person…"), self)
        self.same_button.setAccessibleDescription(self.tr("Link as the same person"))
        self.same_button.clicked.connect(lambda: self.open_link(same=True))
        self.different_button = QPushButton(self.tr("Different people…"), self)
        self.different_button.setAccessibleDescription(self.tr("Link as different people"))
        self.different_button.clicked.connect(lambda: self.open_link(same=False))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.same_button)
        row.addWidget(self.different_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.pairs: list[duplicates.PossibleDuplicate] = []
        self.link_dialog: ReasonDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        db = self.workstation.db
        self.pairs = duplicates.possible_duplicates(db)
        self.table.setRowCount(len(self.pairs))
        for index, pair in enumerate(self.pairs):
            cells = [pair.mrn] + [self._describe(patient_id) for patient_id in pair.patient_ids]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if self.pairs:
            self.table.selectRow(0)
        for button in (self.same_button, self.different_button):
            button.setEnabled(bool(self.pairs) and self.workstation.nurse is not None)

    def _describe(self, patient_id: int) -> str:
        db = self.workstation.db
        patient = patients.get_patient(db, patient_id)
        where = holding.name_of(db, holding.written_by(db, "patients", patient_id))
        return self.tr("{0}, born {1}, made on {2}").format(
            patient.display_name, patient.date_of_birth.isoformat(), where
        )

    def open_link(self, *, same: bool) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.pairs):
            return
        a, b = self.pairs[row].patient_ids

        def link(reason: str) -> None:
            duplicates.link(
                self.workstation.db, a, b, same=same, reason=reason,
                nurse_id=self.workstation.require_nurse().id, at=self.workstation.clock.now(),
            )  # fmt: skip
            self.refresh()

        title = self.tr("Same person") if same else self.tr("Different people")
        self.link_dialog = ReasonDialog(title, self.tr("How you know"), link, self)
        self.link_dialog.open()
