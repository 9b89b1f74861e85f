"""Patients & history (Ctrl+H): find a patient, see every session and the trend, open a session's record; the
record dialog from the session page; print and save PDF. Set IVIG_SHOTS_DIR to keep the screens."""

from __future__ import annotations

import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialogs.history import SESSION_COLUMNS, HistoryDialog
from ivig_desktop.ui.dialogs.summary import SummaryDialog, pdf_file_name
from ivig_desktop.ui.main_window import MainWindow
from tests.reports.builder import LOT_A, LOT_B, MRN, new_patient, run_session, sign_in


@pytest.fixture
def shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("IVIG_SHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def shoot(widget: QWidget, directory: Path, name: str) -> None:
    QApplication.processEvents()
    image = widget.grab()
    assert not image.isNull() and image.save(str(directory / f"{name}.png"))


def two_sessions(window: MainWindow, clock: FakeClock) -> tuple[int, list[SessionController]]:
    """Jane Doe's signed session with a grade 2 reaction, and a second one four weeks later, left open."""
    ws = window.workstation
    sign_in(ws)
    window.sign_in_page.signed_in.emit()
    patient_id = new_patient(ws, clock)
    first = ws.open_session(patient_id, "Chair 3")
    run_session(first, clock)
    clock.advance(timedelta(weeks=4))
    ws.touch()  # a nurse at work, four weeks later (a key after an absence that long would lock the screen)
    second = ws.open_session(patient_id, "Chair 1")
    return patient_id, [first, second]


def open_history(qtbot: QtBot, window: MainWindow) -> HistoryDialog:
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.history_dialog
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    return dialog


def cells(dialog: HistoryDialog, row: int) -> dict[str, str]:
    return {
        name: (item.text() if (item := dialog.sessions.item(row, column)) is not None else "")
        for column, name in enumerate(SESSION_COLUMNS)
    }


def test_find_a_patient_by_name_mrn_or_date_of_birth(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, shots_dir: Path
) -> None:
    two_sessions(window, clock)
    dialog = open_history(qtbot, window)
    for typed in ("doe", MRN.lower(), "1956-03", "Jane Doe"):
        dialog.search.clear()
        qtbot.keyClicks(dialog.search, typed)
        assert dialog.patients.rowCount() == 1, typed
        assert dialog.patients.item(0, 0).text() == "DOE, Jane"  # type: ignore[union-attr]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "nobody")
    assert dialog.patients.rowCount() == 0 and dialog.patient_label.text() == "No patient found."


def test_the_sessions_table_trend_and_regimens(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, shots_dir: Path
) -> None:
    two_sessions(window, clock)
    dialog = open_history(qtbot, window)
    qtbot.keyClicks(dialog.search, "Doe")
    assert dialog.patient_label.text().startswith("DOE, Jane · born 12 Mar 1956")
    assert dialog.sessions.rowCount() == 2
    newest, oldest = cells(dialog, 0), cells(dialog, 1)
    assert newest["Chair"] == "Chair 1" and newest["Outcome"] == "not started" and newest["Signed"] == "not signed"
    assert oldest["Product"] == "Privigen 10%"
    assert oldest["Lots"] == f"{LOT_A}, {LOT_B}"
    assert oldest["Dose (g)"] == "35" and oldest["Highest rate (mL/h)"] == "174.0"
    assert oldest["Reactions"] == "1 (grade 2)"
    assert oldest["Duration"] == "4 h 00 min"
    assert oldest["Outcome"] == "Completed" and oldest["Signed"] == "✓ signed"
    rows = dialog.trend.rows
    assert [str(r.tolerated_rate_ml_per_h) for r in rows] == ["174.0", "None"]
    assert [m.grade for m in rows[0].reactions] == [2]
    assert "reactions 1 (grade 2)" in dialog.trend.accessibleDescription()
    assert dialog.regimens.rowCount() == 1
    assert "Privigen 10% for PI: 0.5 g/kg" in dialog.regimens.item(0, 3).text()  # type: ignore[union-attr]
    assert not dialog.open_button.isEnabled()
    dialog.sessions.selectRow(1)
    assert dialog.open_button.isEnabled()
    shoot(dialog, shots_dir, "40-patients-and-history")
    shoot(dialog.trend, shots_dir, "41-history-trend")


def test_double_click_opens_the_record_which_prints_and_saves(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, shots_dir: Path, tmp_path: Path
) -> None:
    two_sessions(window, clock)
    dialog = open_history(qtbot, window)
    qtbot.keyClicks(dialog.search, "Doe")
    item = dialog.sessions.item(1, 0)
    assert item is not None
    rect = dialog.sessions.visualItemRect(item)
    qtbot.mouseClick(dialog.sessions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.sessions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    record = dialog.summary_dialog
    assert isinstance(record, SummaryDialog) and record.isVisible()
    words = record.browser.toPlainText()
    for expected in ("IVIG infusion record", "DOE, Jane", MRN, LOT_A, "174.0 mL/h", "Headache, Chills",
                     "Corrected to:", "Electronically signed by Ana Lima, RN"):  # fmt: skip
        assert expected in words
    assert pdf_file_name(record.summary) == "IVIG session 1, DOE Jane, 2026-11-24.pdf"
    shoot(record, shots_dir, "42-session-record-dialog")

    saved = tmp_path / "record.pdf"
    assert record.save_pdf(saved)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert record.status.text().startswith(f"✓ Saved {saved} (")
    assert not record.save_pdf(tmp_path)  # a folder: refused beside the buttons, nothing lost
    assert "The PDF was not saved" in record.error.text()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert record.print_to(printer)
    pages = PdfReader(str(printed)).pages
    assert len(pages) >= 3 and "Page 1 of" in " ".join((pages[0].extract_text() or "").split())


def test_the_print_and_save_dialogs_open_without_blocking(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    _patient_id, (first, _) = two_sessions(window, clock)
    ws = window.workstation
    record = SummaryDialog(ws.db, first.session_id, ws.config, clock.now(), window, start_dir=tmp_path)
    record.open()
    record.open_save_dialog()
    assert record.file_dialog is not None and record.file_dialog.isVisible()
    assert record.file_dialog.selectedFiles()[0].endswith("IVIG session 1, DOE Jane, 2026-11-24.pdf")
    record.file_dialog.reject()
    record.open_print_dialog()
    assert record.print_dialog is not None and record.print_dialog.isVisible()
    record.print_dialog.reject()


def test_the_session_page_opens_the_record_in_progress(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, shots_dir: Path
) -> None:
    _, (_, second) = two_sessions(window, clock)
    window.show_session(second.session_id)
    page = window.session_page
    assert page is not None
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    record = page.summary_dialog
    assert isinstance(record, SummaryDialog) and record.isVisible()
    words = record.browser.toPlainText()
    assert "IN PROGRESS, NOT SIGNED" in words and "No plan was confirmed." in words
    assert record.summary.session_id == second.session_id
