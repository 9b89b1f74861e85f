"""Check-in without dead ends (issue 12 items 7 and 9): the risk screens come before the plan, a risk answered
after the plan was confirmed says so loudly and asks for the new plan to be confirmed (never a silent change),
Confirm plan is reachable without scrolling, and Enter confirms from the double-check fields."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.checkin import DoubleCheck, DoubleCheckMethod
from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.regimen import new_regimen
from ivig_desktop.domain.session import Stage
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.checkin_tab import CheckInTab
from ivig_desktop.ui.session.page import SessionPage

from .helpers import open_session

SCREENS = [(1280, 800), (1366, 768)]


def check_in(window: MainWindow, clock: FakeClock) -> tuple[SessionPage, CheckInTab]:
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
    )
    window.workstation.save_regimen(controller.patient.id, regimen, "")
    page = window.session_page
    assert page is not None
    tab = page.checkin_tab
    tab.refresh()
    return page, tab


def answer_risks(qtbot: QtBot, tab: CheckInTab, **answers: Answer) -> None:
    for item_id, row in tab.risk_rows.items():
        qtbot.mouseClick(row.buttons[answers.get(item_id, Answer.NO_RISK)], Qt.MouseButton.LeftButton)


def fully_visible(widget: QWidget) -> bool:
    """Shown in full, without scrolling: its whole rectangle is painted on screen."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize("size", SCREENS)
def test_confirm_plan_is_reachable_without_scrolling(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, size: tuple[int, int]
) -> None:
    window.simulation_banner.show()
    window.resize(*size)
    _page, tab = check_in(window, clock)
    tab.weight.setText("72.5")
    answer_risks(qtbot, tab)
    qtbot.keyClick(tab.weight, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert tab.steps.rowCount() == 5
    for widget in (tab.confirm_button, tab.second_nurse, tab.by_second, tab.by_self):
        assert fully_visible(widget), widget.accessibleName()
    assert window.size().height() == size[1]


def test_enter_in_the_double_check_fields_confirms(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    page, tab = check_in(window, clock)
    tab.weight.setText("72.5")
    answer_risks(qtbot, tab)
    qtbot.keyClick(tab.weight, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.second_nurse, "Ana Lima, RN")
    qtbot.keyClick(tab.second_nurse, Qt.Key.Key_Return)
    assert tab.confirm_form.error_for("second_nurse") == "The second check must be by another nurse."
    tab.second_nurse.clear()
    qtbot.keyClicks(tab.second_nurse, "Ben Okafor, RN")
    qtbot.keyClick(tab.second_nurse, Qt.Key.Key_Return)
    assert page.controller.session.stage is Stage.PRE_INFUSION
    # Confirm again, by the nurse's own re-check: Enter in the rate field.
    page.tabs.setCurrentWidget(tab)
    tab.by_self.setChecked(True)
    snapshot = tab.snapshot
    assert snapshot is not None
    qtbot.keyClicks(tab.retyped_dose, "1")
    qtbot.keyClicks(tab.retyped_rate, str(snapshot.steps[0].rate_ml_per_h))
    qtbot.keyClick(tab.retyped_rate, Qt.Key.Key_Return)
    assert tab.confirm_form.error_for("retyped_dose_g")
    tab.retyped_dose.clear()
    qtbot.keyClicks(tab.retyped_dose, str(snapshot.dose_g))
    qtbot.keyClick(tab.retyped_dose, Qt.Key.Key_Return)
    plans = [e for e in page.controller.session.effective_events() if e.type.value == "plan_confirmed"]
    assert len(plans) == 2


def test_a_risk_answered_after_the_plan_never_changes_it_silently(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page, tab = check_in(window, clock)
    controller = page.controller
    tab.weight.setText("72.5")
    answer_risks(qtbot, tab)
    tab.calculate()
    tab.second_nurse.setText("Ben Okafor, RN")
    tab.confirm()
    confirmed = controller.session.infusion.plan
    assert confirmed is not None and not confirmed.at_risk and len(confirmed.steps) == 5

    # In the checklist, the thrombosis screen is answered again: risk present.
    checks = page.checks_tab
    qtbot.mouseClick(checks.rows["thrombosis_risk"].buttons[Answer.RISK_PRESENT], Qt.MouseButton.LeftButton)
    assert controller.session.infusion.plan == confirmed  # the record keeps the plan that was confirmed
    assert checks.plan_change.isVisibleTo(checks)
    assert "thrombosis risk present" in checks.plan_change.text()
    assert any("confirm the plan again with the at-risk cap" in b for b in controller.start_blockers())
    assert tab.change_banner.isVisibleTo(tab)
    assert "Confirmed: 5 steps" in tab.change_banner.text()
    assert "Now: 1 step" in tab.change_banner.text() and "(at-risk cap)" in tab.change_banner.text()
    assert tab.snapshot is not None and tab.snapshot.at_risk  # the new plan, calculated and shown
    assert tab.plan_summary.text().startswith("Privigen 10%")

    tab.second_nurse.setText("Ben Okafor, RN")
    tab.confirm()
    plan = controller.session.infusion.plan
    assert plan is not None and plan.at_risk and plan.limits.hard_max_ml_per_h == Decimal("21.7")
    assert not tab.change_banner.isVisibleTo(tab)
    assert not any("at-risk" in b for b in controller.start_blockers())


def test_a_plan_waits_for_the_risk_screens_and_is_calculated_again_when_they_change(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page, tab = check_in(window, clock)
    controller = page.controller
    tab.weight.setText("72.5")
    tab.calculate()
    assert tab.snapshot is None
    assert "Answer the renal risk and thrombosis risk screens first" in tab.form.general_error.text()
    answer_risks(qtbot, tab)
    tab.calculate()
    stale = tab.snapshot
    assert stale is not None and not stale.at_risk
    qtbot.mouseClick(tab.risk_rows["renal_risk"].buttons[Answer.RISK_PRESENT], Qt.MouseButton.LeftButton)
    assert tab.snapshot is not None and tab.snapshot.at_risk  # calculated again at once, never left stale
    # The domain refuses a plan calculated before the answer changed, whoever asks.
    with pytest.raises(DomainError, match="risk screens changed since this plan was calculated"):
        controller.confirm_plan(
            stale,
            weight_kg=Decimal("72.5"),
            regimen_weight_kg=Decimal("72.5"),
            inputs={},
            double_check=DoubleCheck(DoubleCheckMethod.SECOND_NURSE, "Ben Okafor, RN"),
        )
