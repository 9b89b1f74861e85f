"""Export records from the app: a patient's sessions or those of a date range, in any format, into a folder.

The export runs through the app's one background helper (ui/background.py): in a worker thread with its own
read-only connection to the database, progress shown in the dialog, the result (files written, notes such as an
unsigned session) or the refusal shown when it ends. The nurse can go on working meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.reports.exporting import ExportError, Format, Options, Selection, Written, export
from ivig_desktop.reports.fhir.builder import BundleKind
from ivig_desktop.store import patients
from ivig_desktop.store.readonly import open_read_only
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.background import BackgroundOperation, Progress
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP
from ivig_desktop.ui.widgets.form import Form, confirm_buttons
from ivig_desktop.ui.workstation import Workstation


@dataclass(frozen=True)
class Choice:
    label: str
    format: Format
    options: Options


CHOICES = (
    Choice(QT_TRANSLATE_NOOP("ExportDialog", "PDF: the printed record, one file per session"), Format.PDF, Options()),
    Choice(
        QT_TRANSLATE_NOOP("ExportDialog", "PDF/A: the printed record for archiving"), Format.PDF, Options(pdfa=True)
    ),
    Choice(
        QT_TRANSLATE_NOOP("ExportDialog", "CSV for a spreadsheet (Excel): one file per table"),
        Format.CSV,
        Options(excel=True),
    ),
    Choice(QT_TRANSLATE_NOOP("ExportDialog", "CSV: one file per table"), Format.CSV, Options()),
    Choice(QT_TRANSLATE_NOOP("ExportDialog", "JSON: one file per table"), Format.JSON, Options()),
    Choice(
        QT_TRANSLATE_NOOP("ExportDialog", "FHIR R4 transaction: to import into an EHR"),
        Format.FHIR,
        Options(bundle=BundleKind.TRANSACTION),
    ),
    Choice(
        QT_TRANSLATE_NOOP("ExportDialog", "FHIR R4 document: the signed record"),
        Format.FHIR,
        Options(bundle=BundleKind.DOCUMENT),
    ),
    Choice(
        QT_TRANSLATE_NOOP("ExportDialog", "FHIR R4 collection: for an archive"),
        Format.FHIR,
        Options(bundle=BundleKind.COLLECTION),
    ),
)
LEAVE_OUT = (
    ("names", QT_TRANSLATE_NOOP("ExportDialog", "Names")),
    ("date_of_birth", QT_TRANSLATE_NOOP("ExportDialog", "Date of birth")),
    ("mrn", QT_TRANSLATE_NOOP("ExportDialog", "MRN")),
    ("sex", QT_TRANSLATE_NOOP("ExportDialog", "Sex")),
    ("allergies", QT_TRANSLATE_NOOP("ExportDialog", "Allergies")),
)


class ExportDialog(QDialog):
    def __init__(self, workstation: Workstation, parent: QWidget | None = None, patient_id: int | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.operation: BackgroundOperation[list[Written]] | None = None
        self.setWindowTitle(self.tr("Export records"))
        self.setAccessibleName(self.tr("Export records"))
        layout = QVBoxLayout(self)
        form_layout = QFormLayout()
        layout.addLayout(form_layout)
        self.form = Form(form_layout, self)

        self.patient = QComboBox(self)
        self.patient.addItem(self.tr("Every patient"), None)
        for found in patients.find_patients(workstation.db, "", limit=2000):
            self.patient.addItem(f"{found.display_name} · {fmt.long_date(found.date_of_birth)}", found.id)
        if patient_id is not None:
            self.patient.setCurrentIndex(max(self.patient.findData(patient_id), 0))
        self.form.add("patient", self.tr("&Patient"), self.patient)

        today = workstation.clinic.times.day_of(workstation.clock.now())
        self.dated = QCheckBox(self.tr("Only sessions opened from … to … (the clinic's dates)"), self)
        self.since = _date_edit(self, today.replace(day=1))
        self.until = _date_edit(self, today)
        dates = QWidget(self)
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("to"), dates))
        row.addWidget(self.until)
        form_layout.addRow(self.dated)
        self.form.add("dates", self.tr("&Dates"), dates)
        self.since.setAccessibleName(self.tr("From date"))
        self.until.setAccessibleName(self.tr("To date"))
        self.dated.toggled.connect(dates.setEnabled)
        dates.setEnabled(False)

        self.format = QComboBox(self)
        for choice in CHOICES:
            self.format.addItem(self.tr(choice.label))
        self.form.add("format", self.tr("&Format"), self.format)

        leave = QWidget(self)
        leave_row = QHBoxLayout(leave)
        leave_row.setContentsMargins(0, 0, 0, 0)
        self.leave_out: dict[str, QCheckBox] = {}
        for word, label in LEAVE_OUT:
            box = QCheckBox(self.tr(label), leave)
            box.setAccessibleDescription(self.tr("Leave out {0}").format(self.tr(label)))
            self.leave_out[word] = box
            leave_row.addWidget(box)
        self.form.add("exclude", self.tr("&Leave out (tables)"), leave, self.tr("For CSV and JSON shared outside"))
        self.format.currentIndexChanged.connect(
            lambda _: leave.setEnabled(self._choice().format in (Format.CSV, Format.JSON))
        )
        leave.setEnabled(self._choice().format in (Format.CSV, Format.JSON))

        folder = QWidget(self)
        folder_row = QHBoxLayout(folder)
        folder_row.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(str(Path.home() / "ivig-exports"), folder)
        browse = QPushButton(self.tr("&Browse…"), folder)
        browse.setAccessibleDescription(self.tr("Browse for a folder"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.form.add("folder", self.tr("F&older"), folder, self.tr("Files are written readable by you only"))
        self.folder.setAccessibleName(self.tr("Folder"))
        form_layout.addRow(self.form.general_error)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Export status"))
        self.files_written = QPlainTextEdit(self)
        self.files_written.setReadOnly(True)
        self.files_written.setAccessibleDescription(self.tr("Files written"))
        self.files_written.setVisible(False)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.files_written)
        self.buttons, self.export_button = confirm_buttons(self, self.tr("Export"))
        self.export_button.clicked.connect(self.start)
        layout.addWidget(self.buttons)

    def _choice(self) -> Choice:
        return CHOICES[self.format.currentIndex()]

    def _tables(self) -> bool:
        return self._choice().format in (Format.CSV, Format.JSON)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export into"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def selection(self) -> Selection:
        since: date | None = None
        until: date | None = None
        if self.dated.isChecked():
            since, until = _day(self.since), _day(self.until)
            if since > until:
                raise ValidationError.one("dates", self.tr("The first date is after the last: swap them."))
        patient = self.patient.currentData()
        if patient is None and not self.dated.isChecked():
            raise ValidationError.one(
                "patient", self.tr("Choose a patient, or tick 'Only sessions opened from … to …' and give the dates.")
            )
        return Selection(patient_id=patient, since=since, until=until)

    def start(self) -> None:
        """Check the form, then export in the background; the dialog stays responsive and shows progress."""
        self.form.clear_errors()
        folder_text = self.folder.text().strip()
        try:
            selection = self.selection()
            if not folder_text:
                raise ValidationError.one("folder", self.tr("Give the folder to export into."))
        except ValidationError as error:
            self.form.show_errors(error)
            return
        choice = self._choice()
        exclude = frozenset(word for word, box in self.leave_out.items() if box.isChecked() and box.isEnabled())
        options = Options(
            bundle=choice.options.bundle, excel=choice.options.excel, pdfa=choice.options.pdfa, exclude=exclude
        )
        folder = Path(folder_text).expanduser()
        ws = self._workstation
        db_path, passphrase, config, now = ws.db_path, getattr(ws.db, "passphrase", None), ws.config, ws.clock.now()

        def work(progress: Progress) -> list[Written]:
            db = open_read_only(db_path, passphrase)  # the worker's own connection, read-only
            try:
                return export(db, selection, choice.format, folder, config, now=now, options=options, progress=progress)
            finally:
                db.close()

        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Exporting…"))
        self.operation = BackgroundOperation(work, self._done, self._failed, self)
        self.operation.progressed.connect(self._progressed)
        self.operation.start()

    def _progressed(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(what)

    def _done(self, written: list[Written]) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        if not written:
            self.status.setText(self.tr("No session matched: nothing was written."))
            return
        folder = written[0].path.parent
        self.status.setText(self.tr("Wrote {0} file(s) into {1}.").format(len(written), folder))
        lines = [self.tr("Note: {0}.").format(item.note) for item in written if item.note]
        lines += [f"{item.path.relative_to(folder)} ({item.what})" for item in written]
        self.files_written.setPlainText("\n".join(lines))
        self.files_written.setVisible(True)
        cancel = self.buttons.button(self.buttons.StandardButton.Cancel)
        cancel.setText(self.tr("Close"))

    def _failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText("")
        if isinstance(error, ExportError | OSError):
            self.form.show_general(self.tr("Nothing more was written: {0}").format(error))
        else:
            self.form.show_general(self.tr("The export failed: {0}").format(error))


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd MMM yyyy")
    edit.setAlignment(Qt.AlignmentFlag.AlignLeft)
    return edit
