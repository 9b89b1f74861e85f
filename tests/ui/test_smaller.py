"""The smaller things of issue 12 item 12: hints that look like hints, a vial size chosen for every vial, a tab
order that does not land on New patient…, threshold lines told apart without colour, an owner-only settings file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.checklist import Answer, ItemKind
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.vitals import VitalsInput
from ivig_desktop.paths import settings_path
from ivig_desktop.ui.dialogs.new_session import NewSessionDialog
from ivig_desktop.ui.dialogs.patient import PatientDialog
from ivig_desktop.ui.dialogs.regimen import RegimenDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.widgets.vitals_form import TEMPERATURE_UNIT_KEY, workstation_settings

from .helpers import D, open_session, privigen_plan

# Hints that say what to do or the form to use; anything else must read as an example ("e.g. ..."), so that an
# empty required field never looks filled in.
INSTRUCTIONS = ("Scan ", "Type ", "Name, MRN", "Reason", "Lot number", "now", "you ", "Needed ", "YYYY-MM-DD")


def hints(root: QWidget) -> dict[str, str]:
    return {e.accessibleName(): e.placeholderText() for e in root.findChildren(QLineEdit) if e.placeholderText()}


def reads_as_a_hint(name: str, hint: str) -> bool:
    """An example, an instruction or a format, or the field's own name ('Dose' in the dose field)."""
    return hint.startswith(("e.g. ", *INSTRUCTIONS)) or hint.lower() in name.lower()


def test_every_field_hint_reads_as_a_hint(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    found = hints(window.sign_in_page)
    controller = open_session(window, clock)
    page = window.session_page
    assert page is not None
    found |= hints(page)
    for dialog in (
        NewSessionDialog(window.workstation, window),
        PatientDialog(window.workstation, window),
        RegimenDialog(window.workstation, controller.patient, None, page),
    ):
        found |= hints(dialog)
    looks_filled = {name: hint for name, hint in found.items() if not reads_as_a_hint(name, hint)}
    assert not looks_filled
    assert found["Chair or location"] == "e.g. Chair 3 or Home"


def test_the_vial_size_is_chosen_for_every_vial(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    controller = open_session(window, clock)
    for item in controller.config.checklist.items:
        controller.answer_checklist(item.id, Answer.DONE if item.kind is ItemKind.CHECK else Answer.NO_RISK)
    from ivig_desktop.domain.checkin import DoubleCheck, DoubleCheckMethod

    controller.confirm_plan(
        privigen_plan(),
        weight_kg=D("72.5"),
        regimen_weight_kg=D("72.5"),
        inputs={},
        double_check=DoubleCheck(DoubleCheckMethod.SECOND_NURSE, "Ben Okafor, RN"),
    )
    page = window.session_page
    assert page is not None
    checks = page.checks_tab
    assert checks.vial_size.currentText() == "Choose…"
    checks.vial_size.setCurrentIndex(checks.vial_size.findData("20"))
    checks.lot.setText("P1")
    checks.expiry.setText("2028-01-31")
    qtbot.keyClick(checks.expiry, Qt.Key.Key_Return)
    assert len(controller.session.vials) == 1
    assert checks.vial_size.currentText() == "Choose…"  # not the 20 g of the last vial
    checks.lot.setText("P1")
    checks.expiry.setText("2028-01-31")
    qtbot.keyClick(checks.expiry, Qt.Key.Key_Return)
    assert len(controller.session.vials) == 1
    assert "comes in" in checks.form.error_for("size_g")


def test_tab_never_lands_on_new_patient_on_the_way_to_the_chair(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    open_session(window, clock)
    dialog = NewSessionDialog(window.workstation, window)
    with qtbot.waitActive(dialog):
        dialog.open()
    QApplication.processEvents()
    assert QApplication.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, "doe")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.patients
    qtbot.keyClick(dialog.patients, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.location
    qtbot.keyClicks(dialog.location, "Chair 3")
    assert dialog.patient_dialog is None  # the space went into the chair, not onto a button
    assert dialog.location.text() == "Chair 3"
    # Still reachable by keyboard: last in the order (and Alt+N, its mnemonic).
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.new_patient_button
    assert dialog.new_patient_button.text() == "&New patient…"
    dialog.reject()


def test_threshold_lines_differ_in_dash_pattern_and_say_their_words(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    controller = open_session(window, clock)
    controller.record_vitals(VitalsInput("131", "82", "76", "16", "36.8", "98", "0"))
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.vitals_tab)
    chart = page.vitals_tab.chart
    for key in ("bp", "temp"):  # the two panels with two thresholds
        chart.show_panel(key)
        QApplication.processEvents()
        lines = chart.threshold_lines
        assert len(lines) == 2
        styles = {line.pen().style() for line, _ in lines}
        assert len(styles) == 2  # not told apart by colour alone: each its own dash pattern
        for line, caption in lines:
            assert caption.pointLabelsVisible() and caption.pointLabelsFormat() == line.name()
        glyphs = [entry.glyph for entry in chart.legend_entries if entry.text in {line.name() for line, _ in lines}]
        assert len(set(glyphs)) == 2
    assert chart.threshold_lines[0][0].name().startswith("Alert: ≥ 38.0")


def test_the_settings_file_is_owner_only(window: MainWindow) -> None:
    old = os.umask(0o022)
    try:
        path = settings_path()
        path.unlink(missing_ok=True)
        settings = workstation_settings()
        settings.setValue(TEMPERATURE_UNIT_KEY, "F")
        settings.sync()
        assert stat.S_IMODE(Path(settings.fileName()).stat().st_mode) == 0o600
        path.chmod(0o644)  # made world-readable by an earlier version
        workstation_settings().sync()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(old)
