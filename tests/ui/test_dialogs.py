"""Every dialog shows only what it lays out (issue 12 item 3): a widget made but not put in a layout sits at the
top-left corner, over the instruction, and takes keystrokes (the pump dialogs' stray reason field)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLayout, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.premed import validate_drug
from ivig_desktop.domain.regimen import Regimen, new_regimen
from ivig_desktop.ui.dialogs.amend import open_correction, open_strike
from ivig_desktop.ui.dialogs.history import HistoryDialog
from ivig_desktop.ui.dialogs.lots import LotDialog
from ivig_desktop.ui.dialogs.new_session import NewSessionDialog
from ivig_desktop.ui.dialogs.patient import PatientDialog
from ivig_desktop.ui.dialogs.rate import EndDialog, RateAction, RateDialog, ReasonDialog
from ivig_desktop.ui.dialogs.regimen import RegimenDialog
from ivig_desktop.ui.dialogs.restore import RestoreDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.page import SessionPage

from .helpers import D, minutes, open_session, ready_to_start, record_vitals_event


def holds(layout: QLayout, widget: QWidget) -> bool:
    if layout.menuBar() is widget:  # a main window's menu bar is its layout's, outside the items
        return True
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            return True
        inner = item.layout()
        if inner is not None and holds(inner, widget):
            return True
    return False


def stray_widgets(root: QWidget) -> list[str]:
    """Visible widgets whose parent has a layout that does not hold them (Qt's own parts, placed by their
    containers without a layout, are not concerned)."""
    strays = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is not None and not holds(layout, widget):
            name = widget.accessibleName() or widget.objectName() or type(widget).__name__
            strays.append(f"{type(widget).__name__} {name!r} at {widget.pos().x()},{widget.pos().y()} in {root}")
    return strays


def infusing(window: MainWindow, clock: FakeClock) -> SessionPage:
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(29))
    record_vitals_event(controller)
    controller.add_note("Cannula flushes well.")
    page = window.session_page
    assert page is not None
    return page


def test_every_dialog_lays_out_every_widget_it_shows(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    page = infusing(window, clock)
    controller = page.controller
    workstation = window.workstation
    makers: list[Callable[[], QDialog]] = [
        lambda: RateDialog(controller, RateAction.START, D("21.8"), page),
        lambda: RateDialog(controller, RateAction.STEP_UP, D("43.5"), page, note="Record vitals first."),
        lambda: RateDialog(controller, RateAction.STEP_DOWN, D("10"), page),
        lambda: RateDialog(controller, RateAction.RESUME, D("21.8"), page),
        lambda: ReasonDialog("Hold rate", "Reason to hold at this rate", controller.hold, page),
        lambda: ReasonDialog("Pause", "Reason for pausing", controller.pause, page),
        lambda: EndDialog(controller, page),
        lambda: PatientDialog(workstation, window),
        lambda: NewSessionDialog(workstation, window),
        lambda: LotDialog(workstation, window),
        lambda: HistoryDialog(workstation, window),
        lambda: RestoreDialog(workstation, window),
        lambda: RegimenDialog(workstation, controller.patient, None, page),
    ]
    strays: list[str] = []
    for make in makers:
        dialog = make()
        dialog.show()
        QApplication.processEvents()
        strays += stray_widgets(dialog)
        dialog.reject()
    note = controller.session.notes[0].event.id
    vitals = controller.vitals_history().readings[0].event_id
    for dialog in (open_correction(controller, note, page), open_correction(controller, vitals, page)):
        QApplication.processEvents()
        strays += stray_widgets(dialog)
        dialog.reject()
    strike = open_strike(controller, note, page)
    QApplication.processEvents()
    strays += stray_widgets(strike)
    strike.reject()
    assert not strays


def test_the_pump_dialogs_show_no_field_but_their_own(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    """Start (premedication wait over) and Step up ask for the rate and, only if above the tolerated maximum, a
    reason: no reason field of their own."""
    page = infusing(window, clock)
    for action in (RateAction.START, RateAction.STEP_UP):
        dialog = RateDialog(page.controller, action, D("43.5"), page)
        dialog.show()
        QApplication.processEvents()
        assert dialog.reason_edit is None
        assert not stray_widgets(dialog)
        assert dialog.focusWidget() is dialog.rate_edit
        dialog.reject()


@pytest.mark.parametrize("tab", ["checkin_tab", "checks_tab", "premed_tab", "infusion_tab", "after_tab"])
def test_no_page_shows_a_stray_widget(window: MainWindow, clock: FakeClock, tab: str) -> None:
    page = infusing(window, clock)
    window.workstation.save_regimen(page.controller.patient.id, regimen(window), "")
    page.tabs.setCurrentWidget(getattr(page, tab))
    QApplication.processEvents()
    assert not stray_widgets(window)


def regimen(window: MainWindow) -> Regimen:
    config = window.workstation.config
    return new_regimen(
        catalog=config.catalog,
        ladders=config.ladders,
        product_id="privigen",
        indication="PI",
        dose_g_per_kg="0.4",
        dosing_weight_method="auto",
        frequency="every 4 weeks",
        weight_kg="72.5",
        premeds=[validate_drug("Acetaminophen", "650", "mg", "PO")],
    )
