"""Every form finishes by keyboard and says why in full (issue 12 item 7): Enter submits the premedication and the
flush forms, Fill in clears what was said about the last entry, and error messages are wrapped and shown whole
(at 1280x800 and 1366x768, with a banner taking room)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.infusion import Outcome
from ivig_desktop.domain.premed import validate_drug
from ivig_desktop.domain.regimen import new_regimen
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.page import SessionPage

from .helpers import D, open_session, ready_to_start

SCREENS = [(1280, 800), (1366, 768)]


def with_regimen(window: MainWindow, clock: FakeClock) -> SessionPage:
    controller = open_session(window, clock)
    config = window.workstation.config
    regimen = new_regimen(
        catalog=config.catalog,
        ladders=config.ladders,
        product_id="privigen",
        indication="PI",
        dose_g_per_kg="0.4",
        dosing_weight_method="actual",
        frequency="every 4 weeks",
        weight_kg="72.5",
        premeds=[validate_drug("Acetaminophen", "650", "mg", "PO")],
    )
    window.workstation.save_regimen(controller.patient.id, regimen, "")
    page = window.session_page
    assert page is not None
    return page


def squeezed(root: QWidget) -> list[str]:
    """Visible wrapped labels (error messages among them) given less height than their text needs."""
    return [
        f"{label.text()!r}: {label.height()} of {label.heightForWidth(label.width())} px"
        for label in root.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.text()
        and label.height() + 1 < label.heightForWidth(label.width())
    ]  # fmt: skip


def test_enter_records_the_premedication_and_fill_in_clears_old_errors(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page = with_regimen(window, clock)
    tab = page.premed_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.dose, "a lot")
    qtbot.keyClick(tab.dose, Qt.Key.Key_Return)
    assert tab.form.error_for("drug") == "Drug name is required."
    assert tab.form.error_for("dose")
    qtbot.mouseClick(tab.ordered_buttons[0], Qt.MouseButton.LeftButton)
    assert tab.form.error_for("drug") == "" and tab.form.error_for("dose") == ""
    qtbot.keyClick(tab.given_at, Qt.Key.Key_Return)
    given = page.controller.session.effective_events(EventType.PREMED_GIVEN)
    assert [e.payload["drug"] for e in given] == ["Acetaminophen"]


def test_enter_records_the_flush(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    page = with_regimen(window, clock)
    ready_to_start(page.controller)
    page.controller.start_infusion(D("21.8"))
    page.controller.end_infusion(Outcome.STOPPED, "Patient asked to stop")
    tab = page.after_tab
    qtbot.keyClicks(tab.flush_ml, "20")
    qtbot.keyClick(tab.flush_ml, Qt.Key.Key_Return)
    assert tab.flush_status.text() == "✓ Flushed with 20 mL"


@pytest.mark.parametrize("size", SCREENS)
def test_error_messages_are_shown_whole(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, size: tuple[int, int]
) -> None:
    window.simulation_banner.show()
    window.resize(*size)
    page = with_regimen(window, clock)
    premed = page.premed_tab
    page.tabs.setCurrentWidget(premed)
    premed.dose.setText("x")
    premed.given_at.setText("99:99")
    premed.give()
    QApplication.processEvents()
    assert premed.form.error_for("given_at").startswith("Time '99:99' is not a time")
    problems = squeezed(window)
    checkin = page.checkin_tab
    page.tabs.setCurrentWidget(checkin)
    checkin.weight.setText("72.5")
    checkin.calculate()
    checkin.confirm()
    QApplication.processEvents()
    problems += squeezed(window)
    after = page.after_tab
    page.tabs.setCurrentWidget(after)
    after.flush_ml.setText("9999")
    after.flush()
    after.discharge()
    after.sign()
    QApplication.processEvents()
    problems += squeezed(window)
    assert not problems
