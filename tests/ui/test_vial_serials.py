"""A vial is used once, as the nurse meets it on the Checks & vials tab: a vial scanned or typed whose GTIN +
serial was recorded in another session is refused with where it was recorded beside the serial field, and nothing
is stored; once the earlier entry is marked entered in error, the vial is accepted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ivig_desktop.domain import times
from ivig_desktop.domain.checkin import DoubleCheck, DoubleCheckMethod
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.vial_entry import Vial
from ivig_desktop.domain.vials import GS
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.checks_tab import ChecksTab

from .helpers import D, answer_risk_screens, minutes, open_session, privigen_plan

GTIN = "07612345000015"  # made up, with a valid check digit
SERIAL = "SN0042"


def confirm_plan(controller: SessionController) -> None:
    plan = privigen_plan()
    answer_risk_screens(controller)  # the risk screens come before the plan
    controller.confirm_plan(
        plan,
        weight_kg=D("72.5"),
        regimen_weight_kg=D("72.5"),
        inputs={"product": plan.product_id},
        double_check=DoubleCheck(DoubleCheckMethod.SECOND_NURSE, "Ben Okafor, RN"),
    )


def vials_of(controller: SessionController) -> tuple[Vial, ...]:
    return controller.session.vials


def checks_of(window: MainWindow) -> ChecksTab:
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.checks_tab)
    return page.checks_tab


def test_a_vial_used_in_another_session_is_refused_by_scan_and_by_hand(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    first = open_session(window, clock, chair="Chair 1", family="Doe")
    confirm_plan(first)
    first.record_vial(
        product_id="privigen", size_g=D(20), lot="P100234", expiry="2028-01-31", gtin=GTIN, serial=SERIAL, scanned=True
    )
    clock.advance(minutes(30))
    second = open_session(window, clock, chair="Chair 2", family="Smith")
    confirm_plan(second)
    checks = checks_of(window)
    day = times.display().day_of(clock.now()).isoformat()  # the clinic's day
    expected = (
        f"This vial (GTIN {GTIN}, serial {SERIAL}) was already recorded in session {first.session_id} "
        f"(Chair 1, {day}), for another patient. A vial is used once: take another vial; if that entry was wrong, "
        "mark it entered in error there first."
    )

    # The scan path: the scan fills GTIN and serial; adding the vial is refused beside the serial.
    checks.scan_edit.setText("01" + GTIN + "10" + "P100234" + GS + "21" + SERIAL + GS + "17" + "280131")
    qtbot.keyClick(checks.scan_edit, Qt.Key.Key_Return)
    assert (checks.gtin.text(), checks.serial.text()) == (GTIN, SERIAL)
    checks.vial_size.setCurrentIndex(checks.vial_size.findData("20"))
    qtbot.mouseClick(checks.add_vial_button, Qt.MouseButton.LeftButton)
    assert checks.form.error_for("serial") == expected
    assert vials_of(second) == ()
    shots = os.environ.get("IVIG_SHOTS_DIR")
    if shots:
        QApplication.processEvents()
        assert window.grab().save(str(Path(shots) / "22-vial-used-in-another-session.png"))

    # The manual path: typed from the label, the same refusal beside the same field.
    for edit in (checks.lot, checks.expiry, checks.gtin, checks.serial):
        edit.clear()
    checks.scan = None
    qtbot.keyClicks(checks.lot, "P100234")
    qtbot.keyClicks(checks.expiry, "2028-01-31")
    qtbot.keyClicks(checks.gtin, "0761 2345 000015")
    qtbot.keyClicks(checks.serial, SERIAL)
    qtbot.keyClick(checks.serial, Qt.Key.Key_Return)
    assert checks.form.error_for("serial") == expected
    assert vials_of(second) == ()

    # Marked entered in error in the first session, the vial is free: the same entry is accepted, as typed.
    (entry,) = first.session.effective_events(EventType.VIAL_RECORDED)
    first.strike(entry.event.id, reason="Scanned the box of the vial used for Chair 2")
    qtbot.keyClick(checks.serial, Qt.Key.Key_Return)
    assert checks.form.error_for("serial") == ""
    (vial,) = vials_of(second)
    assert (vial.gtin, vial.serial, vial.scanned) == (GTIN, SERIAL, False)
    assert checks.serial.text() == "" and checks.gtin.text() == ""  # cleared once saved

    # And now the first session is the one refused, naming the second.
    with pytest.raises(ValidationError) as caught:
        first.record_vial(
            product_id="privigen", size_g=D(20), lot="P100234", expiry="2028-01-31", gtin=GTIN, serial=SERIAL
        )
    assert f"was already recorded in session {second.session_id} (Chair 2, {day})" in caught.value.errors["serial"]


def test_a_vial_with_the_clock_behind_the_record_is_refused(window: MainWindow, clock: FakeClock) -> None:
    """A vial is an entry like any other (c-chain's rule): refused while the clock shows a time before the
    session's latest entry, nothing stored; accepted once the clock is right."""
    controller = open_session(window, clock)
    confirm_plan(controller)
    clock.set_wall_time(clock.now() - minutes(3))
    with pytest.raises(DomainError, match="This workstation's clock shows"):
        controller.record_vial(
            product_id="privigen", size_g=D(20), lot="P100234", expiry="2028-01-31", gtin=GTIN, serial=SERIAL
        )
    assert vials_of(controller) == ()
    clock.advance(minutes(4))
    controller.record_vial(
        product_id="privigen", size_g=D(20), lot="P100234", expiry="2028-01-31", gtin=GTIN, serial=SERIAL
    )
    assert [v.serial for v in vials_of(controller)] == [SERIAL]
