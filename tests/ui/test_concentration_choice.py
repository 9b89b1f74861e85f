"""A product reconstituted at a chosen strength (Gammagard S/D at 5% or 10%) is planned from the check-in screen: the
concentration is chosen there, beside the weight, for every labelled indication; the plan and the record carry it.
A product that comes at one concentration shows no such choice."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.regimen import new_regimen
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.checkin_tab import CheckInTab

from .helpers import answer_risk_screens, open_session

D = Decimal


def check_in(
    window: MainWindow, clock: FakeClock, product_id: str, indication: str, dose: str, days: int
) -> CheckInTab:
    controller = open_session(window, clock)
    config = window.workstation.config
    regimen = new_regimen(
        catalog=config.catalog,
        ladders=config.ladders,
        product_id=product_id,
        indication=indication,
        dose_g_per_kg=dose,
        dosing_weight_method="actual",
        frequency="as ordered",
        weight_kg="72.5",
        course_days=days,
    )
    window.workstation.save_regimen(controller.patient.id, regimen, "")
    page = window.session_page
    assert page is not None
    tab = page.checkin_tab
    tab.refresh()
    answer_risk_screens(controller)
    tab.weight.setText("72.5")
    return tab


@pytest.mark.parametrize(
    ("indication", "dose", "days"), [("PI", "0.4", 1), ("CLL", "0.4", 1), ("ITP", "1", 3), ("KD", "0.4", 4)]
)
def test_gammagard_sd_is_planned_at_the_concentration_chosen_at_check_in(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, indication: str, dose: str, days: int
) -> None:
    tab = check_in(window, clock, "gammagard-sd", indication, dose, days)
    row = tab.form.rows["concentration_percent"]
    assert row.label.isVisibleTo(tab) and tab.concentration.isVisibleTo(tab)
    assert [tab.concentration.itemText(i) for i in range(tab.concentration.count())] == [
        "Choose the concentration…",
        "5% (5 g per 100 mL)",
        "10% (10 g per 100 mL)",
    ]
    # Not chosen yet: the refusal is beside the concentration, and says what to choose.
    qtbot.keyClick(tab.weight, Qt.Key.Key_Return)
    assert tab.plan is None
    assert tab.form.error_for("concentration_percent") == (
        "Gammagard S/D is reconstituted: choose its concentration, one of 5, 10 (%)."
    )
    tab.concentration.setFocus()
    qtbot.keyClick(tab.concentration, Qt.Key.Key_Down)  # 5%, by keyboard
    qtbot.keyClick(tab.weight, Qt.Key.Key_Return)
    assert tab.snapshot is not None and tab.snapshot.concentration_percent == D(5)
    assert tab.plan_summary.text().startswith("Gammagard S/D 5%")
    assert not tab.form.error_for("concentration_percent")
    # Another choice once a plan is shown: the plan is calculated again at once, never left for the other strength.
    tab.concentration.setCurrentIndex(2)
    assert tab.snapshot is not None and tab.snapshot.concentration_percent == D(10)
    tab.second_nurse.setText("Ben Okafor, RN")
    tab.confirm()
    plan = tab.controller.session.infusion.plan
    assert plan is not None and (plan.product_name, plan.concentration_percent) == ("Gammagard S/D 10%", D(10))
    inputs = tab.controller.session.effective_events()[-1].payload["inputs"]
    assert isinstance(inputs, dict) and inputs["concentration_percent"] == "10"


def test_the_confirmed_concentration_is_chosen_again(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    tab = check_in(window, clock, "gammagard-sd", "PI", "0.4", 1)
    tab.concentration.setCurrentIndex(1)
    tab.calculate()
    tab.second_nurse.setText("Ben Okafor, RN")
    tab.confirm()
    tab.concentration.setCurrentIndex(0)
    tab.concentration.show_product(None)
    tab.refresh()
    assert tab.concentration.value() == D(5)  # shown anew: the confirmed plan's concentration


def test_a_product_at_one_concentration_offers_no_choice(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    tab = check_in(window, clock, "privigen", "PI", "0.4", 1)
    assert not tab.form.rows["concentration_percent"].label.isVisibleTo(tab)
    assert not tab.concentration.isVisibleTo(tab) and tab.concentration.count() == 0
    tab.calculate()
    assert tab.snapshot is not None and tab.snapshot.product_name == "Privigen 10%"


def test_a_concentration_the_label_refuses_is_said_beside_the_choice(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Carimune NF's first infusion in a previously untreated patient: 3% only; 6% is refused beside the field."""
    tab = check_in(window, clock, "carimune-nf", "PI", "0.4", 1)
    tab.concentration.choose(D(6))
    tab.calculate()
    assert tab.plan is None
    assert tab.form.error_for("concentration_percent").startswith(
        "Refused: 6% for the first infusion of a previously untreated patient."
    )
    tab.concentration.choose(D(3))
    tab.calculate()
    assert not tab.form.error_for("concentration_percent")
    assert tab.snapshot is not None and tab.snapshot.product_name == "Carimune NF 3%"
