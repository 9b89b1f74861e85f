"""The session summary on screen, with *Print…* and *Save PDF…*: the same document as the printed record.

Printing and the PDF go through reports/pdf.py (identifiers on every page, 'page x of y'); this dialog only chooses
the printer or the file. Dialogs are opened with open(), never exec(), so tests drive them.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.reports.charts import vitals_chart_image
from ivig_desktop.reports.document import CHART_URL, STYLE, summary_html
from ivig_desktop.reports.files import OutputError
from ivig_desktop.reports.summary import SessionSummary, build_summary
from ivig_desktop.store.sql import Database
from ivig_desktop.ui.shortcuts import shortcut, with_key
from ivig_desktop.ui.widgets.form import altered_banner, error_label, show_altered, show_error

log = logging.getLogger(__name__)

CHART_SIZE = (680, 430)


def pdf_file_name(summary: SessionSummary) -> str:
    """'IVIG session 12, DOE Jane, 2026-11-24.pdf'."""
    p = summary.patient
    return f"IVIG session {summary.session_id}, {p.family_name.upper()} {p.given_name}, {summary.day.isoformat()}.pdf"


class SummaryDialog(QDialog):
    """The record of one session, read from the database when the dialog opens."""

    def __init__(
        self,
        db: Database,
        session_id: int,
        config: ClinicConfig,
        now: datetime,
        parent: QWidget | None = None,
        *,
        start_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.summary = build_summary(db, session_id, config, generated_at=now)
        self._start_dir = start_dir or Path.home()
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QDialog | None = None
        title = self.tr("Session {0}: {1}").format(session_id, self.summary.patient.display_name)
        self.setWindowTitle(self.tr("Record of {0}").format(title))
        self.setAccessibleName(self.tr("Session record"))
        self.resize(860, 900)

        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Session record"))
        self.browser.setOpenLinks(False)
        # Full-width ruled tables can be a pixel wider than the view; the text wraps to the width anyway.
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        document = self.browser.document()
        document.setDefaultStyleSheet(STYLE)
        chart: tuple[int, int] | None = None
        if self.summary.vitals:
            width, height = CHART_SIZE
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(CHART_URL),
                vitals_chart_image(self.summary, width, height, scale=self.devicePixelRatioF() * 2),
            )
            chart = CHART_SIZE
        self.browser.setHtml(summary_html(self.summary, chart=chart))
        self.integrity_banner = altered_banner(self)
        integrity = self.summary.integrity
        show_altered(self.integrity_banner, integrity.state if integrity is not None and integrity.altered else None)

        self.status = QLabel(self)
        self.status.setAccessibleDescription(self.tr("Save status"))
        self.status.setWordWrap(True)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleDescription(self.tr("Print the record"))
        self.print_button.setToolTip(with_key(self.tr("Print the record"), "print"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.open_print_dialog)
        self.save_button = QPushButton(self.tr("&Save PDF…"), self)
        self.save_button.setAccessibleDescription(self.tr("Save the record as a PDF file"))
        self.save_button.setToolTip(with_key(self.tr("Save the record as a PDF file"), "save_pdf"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.open_save_dialog)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        for name, action in (("print", self.open_print_dialog), ("save_pdf", self.open_save_dialog)):
            for key in shortcut(name).sequences():  # the same keys as the window's File menu (ui/shortcuts.py)
                QShortcut(key, self).activated.connect(action)

        layout = QVBoxLayout(self)
        layout.addWidget(self.integrity_banner)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.browser.setFocus()

    # --- PDF ------------------------------------------------------------------------------------------------

    def open_save_dialog(self) -> None:
        dialog = QFileDialog(
            self, self.tr("Save the record as PDF"), str(self._start_dir / pdf_file_name(self.summary))
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(lambda path: self.save_pdf(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def save_pdf(self, path: Path) -> bool:
        """Write the PDF (owner-only); say where, or why not."""
        from ivig_desktop.reports.pdf import ReportError, write_pdf

        show_error(self.error, None)
        try:
            pages = write_pdf(self.summary, path)
        except (OutputError, ReportError) as error:
            log.warning("session %d: no PDF saved (%s)", self.summary.session_id, type(error).__name__)
            show_error(self.error, self.tr("The PDF was not saved: {0}").format(error))
            self.status.clear()
            return False
        log.info("session %d: the record was saved as a PDF (%d pages)", self.summary.session_id, pages)
        self.status.setText(self.tr("✓ Saved {0} ({1} pages).").format(path, pages))
        return True

    # --- printing -------------------------------------------------------------------------------------------

    def open_print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(pdf_file_name(self.summary).removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the record"))
        dialog.accepted.connect(lambda: self.print_to(dialog.printer()))
        self.print_dialog = dialog
        QDialog.open(dialog)  # QDialog's open(): QPrintDialog's own open() wants a receiver and a slot

    def print_to(self, printer: object) -> bool:
        """Print on `printer` (a QPrinter): the same pages as the PDF."""
        from PySide6.QtPrintSupport import QPrinter

        from ivig_desktop.reports.pdf import ReportError, render

        assert isinstance(printer, QPrinter)
        show_error(self.error, None)
        try:
            rendered = render(self.summary, printer)
        except ReportError as error:
            log.warning("session %d: the record was not printed (%s)", self.summary.session_id, type(error).__name__)
            show_error(self.error, self.tr("The record was not printed: {0}").format(error))
            return False
        log.info("session %d: the record was sent to a printer (%d pages)", self.summary.session_id, rendered.pages)
        self.status.setText(
            self.tr("✓ Sent {0} pages to {1}.").format(rendered.pages, printer.printerName() or "the printer")
        )
        return True
