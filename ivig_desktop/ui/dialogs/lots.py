"""Lot look-up for recalls: type a lot number or scan a vial's barcode, see every patient and session that received
the lot."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
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

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.vials import lot_query
from ivig_desktop.store.lots import lot_uses
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP
from ivig_desktop.ui.session.describe import product_name
from ivig_desktop.ui.style import WARNING_SYMBOL
from ivig_desktop.ui.workstation import Workstation

COLUMNS = (
    QT_TRANSLATE_NOOP("LotDialog", "Given"),
    QT_TRANSLATE_NOOP("LotDialog", "Patient"),
    QT_TRANSLATE_NOOP("LotDialog", "Born"),
    QT_TRANSLATE_NOOP("LotDialog", "MRN"),
    QT_TRANSLATE_NOOP("LotDialog", "Session"),
    QT_TRANSLATE_NOOP("LotDialog", "Chair"),
    QT_TRANSLATE_NOOP("LotDialog", "Product"),
    QT_TRANSLATE_NOOP("LotDialog", "Vial"),
    QT_TRANSLATE_NOOP("LotDialog", "Expiry"),
    QT_TRANSLATE_NOOP("LotDialog", "Note"),
)


class LotDialog(QDialog):
    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.setWindowTitle(self.tr("Lot look-up"))
        self.setAccessibleName(self.tr("Lot look-up"))
        self.resize(960, 420)
        self.lot = QLineEdit(self)
        self.lot.setPlaceholderText(self.tr("Lot number (type or scan)"))
        self.lot.setAccessibleName(self.tr("Lot number"))
        self.lot.returnPressed.connect(self.search)
        find = QPushButton(self.tr("Find"), self)
        find.setAccessibleDescription(self.tr("Find lot"))
        find.setAutoDefault(False)
        find.clicked.connect(self.search)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription(self.tr("Look-up result"))
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setTabKeyNavigation(False)  # one Tab stop: arrow keys move inside, Tab leaves
        self.table.setAccessibleName(self.tr("Sessions that received the lot"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.lot, 1)
        row.addWidget(find)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def search(self) -> None:
        """Search the lot typed, or the lot of the vial's barcode scanned (parsed as the vial scan parses it), and
        say what was searched."""
        try:
            query = lot_query(self.lot.text())
        except ValidationError as error:
            self.summary.setText(f"{WARNING_SYMBOL} {' '.join(error.errors.values())}")
            self.table.setRowCount(0)
            return
        uses = lot_uses(self._workstation.db, query.lot)
        patients = {u.patient_id for u in uses if not u.entered_in_error}
        searched = query.describe()
        self.summary.setText(
            self.tr("{0}: {1} vial(s) in {2} session(s), {3} patient(s).").format(
                searched[:1].upper() + searched[1:], len(uses), len({u.session_id for u in uses}), len(patients)
            )
            if uses
            else self.tr("No session received {0}.").format(searched)
        )
        self.table.setRowCount(len(uses))
        for row, use in enumerate(uses):
            cells = [
                fmt.day_time(use.recorded_at),
                use.patient_name,
                fmt.long_date(use.date_of_birth),
                use.mrn or "",
                str(use.session_id),
                use.location,
                product_name(use.product_id),
                f"{use.size_g} g",
                use.expiry.isoformat(),
                self.tr("entered in error") if use.entered_in_error else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
