"""Export from the app: a patient's or a date range's sessions, any format, in the background with progress."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.dialogs.export import CHOICES, ExportDialog

from .conftest import MakeWindow
from .helpers import open_session, ready_to_start


def choose(dialog: ExportDialog, label_start: str) -> None:
    dialog.format.setCurrentIndex(next(i for i, c in enumerate(CHOICES) if c.label.startswith(label_start)))


def test_a_patients_sessions_export_in_the_background(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, tmp_path: Path
) -> None:
    window = make_window()
    controller = open_session(window, clock)
    ready_to_start(controller)
    window.open_export()
    dialog = window.export_dialog
    assert dialog is not None
    dialog.patient.setCurrentIndex(dialog.patient.findData(controller.patient.id))
    choose(dialog, "CSV for a spreadsheet")
    dialog.leave_out["names"].setChecked(True)
    dialog.folder.setText(str(tmp_path / "out"))
    folder = Path(os.environ.get("IVIG_SHOTS_DIR", tmp_path))
    dialog.grab().save(str(folder / "export-dialog.png"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.operation is not None
    with qtbot.waitSignal(dialog.operation.ended, timeout=60_000):
        pass
    sessions = (tmp_path / "out" / "sessions.csv").read_bytes()
    assert sessions.startswith(b"\xef\xbb\xbf") and b"Doe" not in sessions  # Excel's mark; the names left out
    assert dialog.status.text() == f"Wrote {len(list((tmp_path / 'out').iterdir()))} file(s) into {tmp_path / 'out'}."
    assert "NOT SIGNED" in dialog.files_written.toPlainText()  # the session is in progress, and the dialog says so
    assert dialog.export_button.isEnabled()
    dialog.grab().save(str(folder / "export-dialog-done.png"))


def test_a_date_range_to_fhir_and_a_refusal_beside_the_field(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, tmp_path: Path
) -> None:
    window = make_window()
    open_session(window, clock)
    window.open_export()
    dialog = window.export_dialog
    assert dialog is not None
    dialog.folder.setText(str(tmp_path / "fhir"))
    dialog.start()  # every patient, no dates: refused, nothing written
    assert "Choose a patient" in dialog.form.error_for("patient")
    assert dialog.operation is None and not (tmp_path / "fhir").exists()
    dialog.dated.setChecked(True)
    choose(dialog, "FHIR R4 collection")
    dialog.start()
    assert dialog.operation is not None
    with qtbot.waitSignal(dialog.operation.ended, timeout=60_000):
        pass
    assert [p.name for p in (tmp_path / "fhir").iterdir()] == ["session-1.fhir.json"]
