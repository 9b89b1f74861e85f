"""Patients and history: find a patient by name, MRN or date of birth; see every session (date, product, lots,
dose, highest rate, reactions, duration, outcome, signed), the tolerated rate and reactions over time, and the
regimen's versions. Double-click a session (or *Open record…*) for its printable record."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain import times
from ivig_desktop.domain.people import Patient
from ivig_desktop.domain.session import Stage
from ivig_desktop.reports.charts import paint_trend
from ivig_desktop.reports.corrections import describe as describe_correction
from ivig_desktop.reports.corrections import patient_corrections
from ivig_desktop.reports.history import HistoryRow, PatientHistory, patient_history
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.dialogs.summary import SummaryDialog
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate, words
from ivig_desktop.ui.style import set_font
from ivig_desktop.ui.widgets.form import altered_banner, show_altered
from ivig_desktop.ui.workstation import Workstation

PATIENT_COLUMNS = (
    QT_TRANSLATE_NOOP("history", "Patient"),
    QT_TRANSLATE_NOOP("history", "Born"),
    QT_TRANSLATE_NOOP("history", "MRN"),
    QT_TRANSLATE_NOOP("history", "Sex"),
)
SESSION_COLUMNS = (
    QT_TRANSLATE_NOOP("history", "Date"),
    QT_TRANSLATE_NOOP("history", "Chair"),
    QT_TRANSLATE_NOOP("history", "Product"),
    QT_TRANSLATE_NOOP("history", "Lots"),
    QT_TRANSLATE_NOOP("history", "Dose (g)"),
    QT_TRANSLATE_NOOP("history", "Highest rate (mL/h)"),
    QT_TRANSLATE_NOOP("history", "Reactions"),
    QT_TRANSLATE_NOOP("history", "Duration"),
    QT_TRANSLATE_NOOP("history", "Outcome"),
    QT_TRANSLATE_NOOP("history", "Signed"),
)
REGIMEN_COLUMNS = (
    QT_TRANSLATE_NOOP("history", "Version"),
    QT_TRANSLATE_NOOP("history", "Saved"),
    QT_TRANSLATE_NOOP("history", "By"),
    QT_TRANSLATE_NOOP("history", "Regimen"),
    QT_TRANSLATE_NOOP("history", "Reason"),
)


class TrendChart(QWidget):
    """The tolerated rate and reactions, session by session (painted by reports/charts.py, as on paper)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[HistoryRow, ...] = ()
        self.setMinimumHeight(190)
        self.setAccessibleName(self.tr("Tolerated rate and reactions by session"))

    def show_rows(self, rows: tuple[HistoryRow, ...]) -> None:
        self.rows = rows
        parts = [
            self.tr("{0}: tolerated {1}, reactions {2}").format(
                fmt.long_date(times.display().day_of(r.opened_at)),
                fmt.rate(r.tolerated_rate_ml_per_h),
                _reactions_text(r),
            )
            for r in rows
        ]
        self.setAccessibleDescription("; ".join(parts) or self.tr("No session yet"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_trend(painter, QRectF(self.rect()), self.rows, times.display())
        finally:
            painter.end()


def _table(parent: QWidget, columns: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setTabKeyNavigation(False)  # one Tab stop: arrow keys move inside, Tab leaves
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels([translate("history", c) for c in columns])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], keys: list[int] | None = None) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            if keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[row])
            table.setItem(row, column, item)


def session_cells(row: HistoryRow, *, altered: bool = False) -> list[str]:
    """The row's cells; `altered`: its record does not verify against the chain or its signature."""
    return [
        fmt.day_time(row.opened_at),
        row.location,
        row.product_name or "—",
        ", ".join(row.lots) or "—",
        fmt.number(row.dose_g) if row.dose_g is not None else "—",
        fmt.rate(row.highest_rate_ml_per_h).removesuffix(" mL/h") if row.highest_rate_ml_per_h is not None else "—",
        _reactions_text(row),
        fmt.duration(row.duration) if row.duration is not None else "—",
        _outcome_text(row),
        translate("history", "⚠ ALTERED outside the app")
        if altered
        else (translate("history", "✓ signed") if row.signed else translate("history", "not signed")),
    ]


def _reactions_text(row: HistoryRow) -> str:
    """'none', or '1 (grade 2)', '2 (grades 1, 3)' (the printed history's words, in the language shown)."""
    if not row.reactions:
        return translate("history", "none")
    grades = ", ".join(str(g) for g in sorted({r.grade for r in row.reactions}))
    if "," in grades:
        return translate("history", "{0} (grades {1})").format(len(row.reactions), grades)
    return translate("history", "{0} (grade {1})").format(len(row.reactions), grades)


def _outcome_text(row: HistoryRow) -> str:
    if row.outcome is not None:
        return words(row.outcome.label)
    if row.stage in (Stage.CHECK_IN, Stage.PRE_INFUSION):
        return translate("history", "not started")
    return words(row.stage.label).lower()


class HistoryDialog(QDialog):
    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.history: PatientHistory | None = None
        self.summary_dialog: SummaryDialog | None = None
        self.setWindowTitle(self.tr("Patients and history"))
        self.setAccessibleName(self.tr("Patients and history"))
        self.resize(1100, 820)

        find_label = QLabel(self.tr("&Find patient"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, MRN or date of birth (YYYY-MM-DD)"))
        self.search.setAccessibleName(self.tr("Find patient"))
        self.search.setClearButtonEnabled(True)
        find_label.setBuddy(self.search)
        self.search.textChanged.connect(self.refresh_patients)
        self.patients = _table(self, PATIENT_COLUMNS, self.tr("Patients"))
        self.patients.itemSelectionChanged.connect(self._patient_selected)

        self.patient_label = QLabel(self.tr("Choose a patient to see their sessions."), self)
        self.patient_label.setWordWrap(True)
        set_font(self.patient_label, 1.2, bold=True)
        self.patient_label.setAccessibleDescription(self.tr("Selected patient"))
        self.integrity_banner = altered_banner(self)
        sessions_label = QLabel(self.tr("&Sessions (double-click for the record)"), self)
        self.sessions = _table(self, SESSION_COLUMNS, self.tr("Sessions of the patient"))
        sessions_label.setBuddy(self.sessions)
        self.sessions.itemDoubleClicked.connect(lambda item: self.open_summary(self._session_of(item.row())))
        self.sessions.itemSelectionChanged.connect(self._session_selected)
        self.trend = TrendChart(self)
        regimens_label = QLabel(self.tr("Regimen versions"), self)
        self.regimens = _table(self, REGIMEN_COLUMNS, self.tr("Regimen versions"))
        self.regimens.setMaximumHeight(130)

        self.open_button = QPushButton(self.tr("&Open record…"), self)
        self.open_button.setAccessibleDescription(self.tr("Open the selected session's record"))
        self.open_button.setAutoDefault(False)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self.open_summary(self.selected_session_id()))
        self.correct_button = QPushButton(self.tr("Correct &details…"), self)
        self.correct_button.setAccessibleDescription(self.tr("Correct the selected patient's details"))
        self.correct_button.setAutoDefault(False)
        self.correct_button.setEnabled(False)
        self.correct_button.clicked.connect(self.open_correct_details)
        self.details_dialog: QDialog | None = None
        self.corrections_label = QLabel(self)
        self.corrections_label.setWordWrap(True)
        self.corrections_label.setAccessibleDescription(self.tr("Corrections of the patient's details"))
        self.corrections_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(find_label)
        top_layout.addWidget(self.search)
        top_layout.addWidget(self.patients)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.patient_label)
        bottom_layout.addWidget(self.integrity_banner)
        bottom_layout.addWidget(self.corrections_label)
        bottom_layout.addWidget(sessions_label)
        bottom_layout.addWidget(self.sessions, 2)
        bottom_layout.addWidget(self.trend, 2)
        bottom_layout.addWidget(regimens_label)
        bottom_layout.addWidget(self.regimens, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([220, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.search, self.patients)
        self.setTabOrder(self.patients, self.sessions)
        self.refresh_patients()
        self.search.setFocus()

    # --- patients -------------------------------------------------------------------------------------------

    def refresh_patients(self) -> None:
        found = self._workstation.find_patients(self.search.text())
        _fill(
            self.patients,
            [[p.display_name, fmt.long_date(p.date_of_birth), p.mrn or "—", p.sex.value] for p in found],
            [p.id for p in found],
        )
        if len(found) == 1:
            self.patients.selectRow(0)
        elif not found:
            self._show(None)

    def _patient_selected(self) -> None:
        rows = self.patients.selectionModel().selectedRows()
        if not rows:
            return
        item = self.patients.item(rows[0].row(), 0)
        assert item is not None
        self._show(int(item.data(Qt.ItemDataRole.UserRole)))

    def _show(self, patient_id: int | None) -> None:
        if patient_id is None:
            self.history = None
            self.patient_label.setText(self.tr("No patient found."))
            _fill(self.sessions, [])
            _fill(self.regimens, [])
            self.trend.show_rows(())
            show_altered(self.integrity_banner, None)
            self.corrections_label.hide()
            self.correct_button.setEnabled(False)
            self._session_selected()
            return
        ws = self._workstation
        history = patient_history(ws.db, patient_id, ws.config)
        self.history = history
        p = history.patient
        today = fmt.local(ws.clock.now()).date()
        self.patient_label.setText(
            self.tr("{0} · born {1} ({2} y) · MRN {3} · {4} session(s)").format(
                p.display_name, fmt.long_date(p.date_of_birth), p.age_years(today), p.mrn or "—", len(history.rows)
            )
        )
        self._show_corrections(patient_id)
        self.correct_button.setEnabled(True)
        newest_first = list(reversed(history.rows))
        altered = {r.session_id for r in newest_first if ws.session_integrity(r.session_id).altered}
        _fill(
            self.sessions,
            [session_cells(r, altered=r.session_id in altered) for r in newest_first],
            [r.session_id for r in newest_first],
        )
        self._show_integrity(patient_id, [fmt.day_time(r.opened_at) for r in newest_first if r.session_id in altered])
        self.trend.show_rows(history.rows)
        _fill(
            self.regimens,
            [
                [str(r.version), fmt.day_time(r.saved_at), r.saved_by, r.text, r.reason]
                for r in reversed(history.regimens)
            ],
        )
        self._session_selected()

    def _show_integrity(self, patient_id: int, altered_sessions: list[str]) -> None:
        """A banner when the patient's details, regimens or sessions do not verify against the chain."""
        parts = [problem.describe() for problem in self._workstation.patient_problems(patient_id)[:1]]
        if altered_sessions:
            parts.append(self.tr("the sessions of {0}").format(", ".join(altered_sessions)))
        show_altered(self.integrity_banner, "; ".join(parts) or None)

    # --- sessions -------------------------------------------------------------------------------------------

    def _session_of(self, row: int) -> int | None:
        item = self.sessions.item(row, 0)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def selected_session_id(self) -> int | None:
        rows = self.sessions.selectionModel().selectedRows()
        return self._session_of(rows[0].row()) if rows else None

    def _session_selected(self) -> None:
        self.open_button.setEnabled(self.selected_session_id() is not None)

    def open_summary(self, session_id: int | None) -> None:
        if session_id is None:
            return
        ws = self._workstation
        self.summary_dialog = SummaryDialog(ws.db, session_id, ws.config, ws.clock.now(), self)
        self.summary_dialog.finished.connect(self.activateWindow)
        self.summary_dialog.open()

    # --- corrections of the patient's details -----------------------------------------------------------------

    def _show_corrections(self, patient_id: int) -> None:
        """The earlier values of the patient's details, with who corrected them, when and why."""
        lines = patient_corrections(self._workstation.db, patient_id)
        text = "\n".join(
            self.tr("{0}, {1}: {2} (reason: {3})").format(
                fmt.day_time(line.amended_at), line.amended_by, describe_correction(line), line.reason
            )
            for line in lines
        )
        self.corrections_label.setText(self.tr("Details corrected:\n{0}").format(text) if lines else "")
        self.corrections_label.setVisible(bool(lines))

    def open_correct_details(self) -> None:
        if self.history is None:
            return
        from ivig_desktop.ui.dialogs.corrections import PatientCorrectionDialog

        self.details_dialog = PatientCorrectionDialog(self._workstation, self.history.patient, self)
        self.details_dialog.corrected.connect(self._corrected)
        self.details_dialog.open()

    def _corrected(self, patient: Patient) -> None:
        self.refresh_patients()
        self._show(patient.id)
