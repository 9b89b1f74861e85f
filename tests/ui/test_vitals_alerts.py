"""Every vital-sign alert, as the nurse meets it: the flag in words with its rule and numbers, and the offer of the
reaction form during the infusion and in the observation after it (never before the start)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.infusion import Outcome
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.vitals_tab import VitalsTab
from ivig_desktop.ui.widgets.reaction_dialog import ReactionDialog
from ivig_desktop.ui.widgets.vitals_form import VitalsForm

from .helpers import D, minutes, open_session, ready_to_start

# Baseline (ready_to_start): 128/76 mmHg, heart rate 72, respiratory rate 16, 36.8 °C, SpO2 98%, pain 0.
# Each set passes the new thresholds named beside it, and no other.
NEW_FLAGS = [
    (
        ("182", "90", "72", "16", "36.8", "98", "0"),
        [
            "⚠ Systolic 182 mmHg ≥ 180 mmHg",
            "⚠ Systolic 182 mmHg is 54 mmHg above baseline 128 mmHg (rise ≥ 30 mmHg)",
        ],
    ),
    (
        ("158", "80", "72", "16", "36.8", "98", "0"),
        ["⚠ Systolic 158 mmHg is 30 mmHg above baseline 128 mmHg (rise ≥ 30 mmHg)"],
    ),
    (("150", "110", "72", "16", "36.8", "98", "0"), ["⚠ Diastolic 110 mmHg ≥ 110 mmHg"]),
    (("128", "76", "48", "16", "36.8", "98", "0"), ["⚠ Heart rate 48 /min < 50 /min"]),
    (
        ("128", "76", "92", "16", "36.8", "98", "0"),
        ["⚠ Heart rate 92 /min is 20 /min above baseline 72 /min (rise ≥ 20 /min)"],
    ),
    (("128", "76", "72", "9", "36.8", "98", "0"), ["⚠ Respiratory rate 9 /min < 10 /min"]),
    (("128", "76", "72", "25", "36.8", "98", "0"), ["⚠ Respiratory rate 25 /min > 24 /min"]),
    (("128", "76", "72", "16", "36.8", "95", "0"), ["⚠ SpO2 95% is 3 points below baseline 98% (drop ≥ 3 points)"]),
    (("128", "76", "72", "16", "36.8", "98", "3"), ["⚠ Pain 3/10 is 3 points above baseline 0/10 (rise ≥ 3 points)"]),
    (
        ("128", "76", "72", "16", "36.8", "98", "8"),
        ["⚠ Pain 8/10 ≥ 7/10", "⚠ Pain 8/10 is 8 points above baseline 0/10 (rise ≥ 3 points)"],
    ),
]


def save_set(form: VitalsForm, values: tuple[str, ...]) -> None:
    for edit, text in zip(form.edits.values(), (*values, ""), strict=True):
        edit.setText(text)
    form.save()


def vitals_tab(window: MainWindow) -> VitalsTab:
    assert window.session_page is not None
    window.session_page.tabs.setCurrentWidget(window.session_page.vitals_tab)
    return window.session_page.vitals_tab


def test_every_new_flag_says_its_rule_and_offers_the_reaction_form_during_the_infusion(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    tab = vitals_tab(window)
    form = tab.form
    for values, sentences in NEW_FLAGS:
        clock.advance(minutes(5))
        save_set(form, values)
        assert form.flags_label.isVisible()
        assert form.flags_label.text().split("\n") == sentences, values
        assert form.offer.isVisible(), values
        assert form.offer_text.text() == "A value is flagged during the infusion. Is this a reaction?"

    # Taking up the offer opens the reaction form with the flags listed and the onset at the set's time.
    qtbot.mouseClick(form.offer_button, Qt.MouseButton.LeftButton)
    dialog = tab.reaction_dialog
    assert isinstance(dialog, ReactionDialog) and dialog.isVisible()
    assert "⚠ Pain 8/10 ≥ 7/10" in dialog.flags_note.text()
    assert dialog.rate_at_onset.text() == "21.8"
    dialog.reject()
    assert not form.offer.isVisible()

    # A set with no flag takes the offer away.
    clock.advance(minutes(5))
    save_set(form, ("128", "76", "72", "16", "36.8", "98", "0"))
    assert not form.flags_label.isVisible() and not form.offer.isVisible()


def test_a_flag_in_the_observation_after_the_infusion_offers_the_reaction_form(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(30))
    controller.end_infusion(Outcome.STOPPED, "Patient asked to stop")
    clock.advance(minutes(10))
    form = vitals_tab(window).form
    save_set(form, ("128", "76", "72", "16", "36.8", "94", "0"))
    assert form.flags_label.text() == "⚠ SpO2 94% is 4 points below baseline 98% (drop ≥ 3 points)"
    assert form.offer.isVisible()
    assert form.offer_text.text() == "A value is flagged after the infusion. Is this a reaction?"
    qtbot.mouseClick(form.offer_button, Qt.MouseButton.LeftButton)
    dialog = vitals_tab(window).reaction_dialog
    assert isinstance(dialog, ReactionDialog) and dialog.isVisible()
    assert dialog.rate_at_onset.text() == ""  # nothing is running: no rate to change
    dialog.reject()


def test_a_flag_before_the_start_is_shown_but_offers_no_reaction_form(window: MainWindow, clock: FakeClock) -> None:
    open_session(window, clock)
    form = vitals_tab(window).form
    save_set(form, ("186", "112", "72", "16", "36.8", "98", "0"))
    assert form.flags_label.text().split("\n") == ["⚠ Systolic 186 mmHg ≥ 180 mmHg", "⚠ Diastolic 112 mmHg ≥ 110 mmHg"]
    assert not form.offer.isVisible()
