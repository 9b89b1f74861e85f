"""The lot look-up dialog (Ctrl+L) reads a scanned barcode as the vial scan does and says what it searched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.dialogs.lots import LotDialog
from ivig_desktop.ui.main_window import MainWindow

from .helpers import open_session, ready_to_start


def test_a_scanned_code_finds_the_sessions_that_received_its_lot(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)  # vials of lot P100234
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.lot_dialog
    assert isinstance(dialog, LotDialog)
    dialog.lot.setText("0109512345678901" + "17280131" + "10P100234" + "\x1d" + "21SN0001")  # QtTest cannot type GS
    qtbot.keyClick(dialog.lot, Qt.Key.Key_Return)
    assert dialog.summary.text() == (
        "Lot P100234 from the scanned code (01)09512345678901(17)280131(10)P100234(21)SN0001: "
        "3 vial(s) in 1 session(s), 1 patient(s)."
    )
    assert dialog.table.rowCount() == 3
    dialog.lot.clear()
    qtbot.keyClicks(dialog.lot, "(01)09512345678901(10)A1")
    qtbot.keyClick(dialog.lot, Qt.Key.Key_Return)
    assert dialog.summary.text() == "No session received lot A1 from the scanned code (01)09512345678901(10)A1."
    assert dialog.table.rowCount() == 0
    dialog.lot.clear()
    qtbot.keyClicks(dialog.lot, "(01)09512345678901")
    qtbot.keyClick(dialog.lot, Qt.Key.Key_Return)
    assert "has no lot number (10)" in dialog.summary.text()
    dialog.reject()
