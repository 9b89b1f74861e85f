"""In French, every page and dialog shows French: a visible string missing from the catalog (or left in English)
fails this test. The window is built after the French translators are installed, as the app does at start."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.premed import validate_drug
from ivig_desktop.domain.reactions import ReactionInput, ResponseAction, Symptom
from ivig_desktop.domain.regimen import new_regimen
from ivig_desktop.domain.vitals import VitalsInput
from ivig_desktop.paths import resources_dir
from ivig_desktop.ui.demo_banner import DEMO_PASSWORD
from ivig_desktop.ui.i18n import install_translators
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.welcome import show_welcome

from .conftest import MakeWindow
from .french import WORD, shown_texts, untranslated
from .helpers import PASSWORD, D, minutes, open_session
from .screens_walk import show_demo_banner


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert install_translators("fr", qapp), "the French catalog did not load"
    yield
    install_translators("en", qapp)


# The clinic's configuration texts the screens show as written: checklist items, products' names and the label
# statements and citations quoted in a plan's working, ladders' ids, names and sources, thresholds' sources.
SHOWN_CONFIGURATION = {
    "id",
    "text",
    "label_text",
    "source",
    "sources",
    "name",
    "vial_sizes_source",
    "weight_band_source",
}


def configuration_texts() -> list[str]:
    """The clinic's configuration texts (resources/*.toml) that screens show as the clinic wrote them, longest
    first."""
    texts: set[str] = set()

    def collect(value: object, shown: bool) -> None:
        if isinstance(value, str) and shown:
            texts.add(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                collect(item, key in SHOWN_CONFIGURATION)
        elif isinstance(value, list):
            for item in value:
                collect(item, shown)

    for path in sorted(Path(resources_dir()).glob("*.toml")):
        collect(tomllib.loads(path.read_text(encoding="utf-8")), False)
    return sorted(texts, key=len, reverse=True)


class Screens:
    """Collects what each screen shows, in French."""

    def __init__(self, data: set[str]) -> None:
        self.data = data
        self.texts = configuration_texts()
        self.problems: dict[str, list[str]] = {}
        self.seen = 0

    def check(self, name: str, widget: QWidget) -> None:
        QApplication.processEvents()
        shots = os.environ.get("IVIG_SHOTS_DIR")
        if shots:  # to look at the French screens: IVIG_SHOTS_DIR=shots uv run pytest tests/ui/test_french_screens.py
            Path(shots).mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(Path(shots) / f"fr-{name.replace(' ', '-').replace(',', '')}.png"))
        texts = list(shown_texts(widget))
        self.seen += len(texts)
        found = untranslated(iter(texts), self.data, self.texts)
        if found:
            self.problems[name] = found

    def recorded(self, texts: Iterable[str]) -> None:
        """Sentences stored in the record in English and shown as recorded."""
        self.texts = sorted({*self.texts, *(str(text) for text in texts)}, key=len, reverse=True)

    def assert_french(self) -> None:
        report = "\n".join(f"[{name}]\n  " + "\n  ".join(found) for name, found in self.problems.items())
        assert not self.problems, f"English on the French screens:\n{report}"


PEOPLE = {"ana", "lima", "ben", "okafor", "jane", "doe", "tremblay", "fauteuil", "dre", "roy"}


def test_every_screen_is_french(
    qtbot: QtBot, french: None, make_window: MakeWindow, clock: FakeClock, db_path: Path
) -> None:
    from ivig_desktop.store.layout import backup_dir_for

    # Data shown as it is: where the record and its backups are (the welcome), the demo nurses' password (the banner).
    data = {word.lower() for word in WORD.findall(f"{db_path} {backup_dir_for(db_path)} {DEMO_PASSWORD}")}
    screens = Screens(PEOPLE | data)
    window = make_window()
    show_welcome(window)  # the first run, before the first account (ui/welcome.py)
    screens.check("welcome", window)
    window.stack.setCurrentWidget(window.sign_in_page)
    screens.check("sign-in, first run", window)
    ana = window.workstation.create_nurse("Ana Lima", "IA", PASSWORD, PASSWORD)
    window.sign_in_page.refresh()
    screens.check("sign-in", window)
    window.workstation.sign_in(ana)
    window.sign_in_page.signed_in.emit()
    show_demo_banner(window)  # as a demo database shows it (ui/demo_banner.py), for the rest of the walk
    screens.check("board, empty", window)
    _dialogs_from_the_board(window, screens)

    controller = open_session(window, clock, "Fauteuil 1", "Tremblay")
    page = window.session_page
    assert page is not None
    screens.check("check-in, no regimen", window)
    config = window.workstation.config
    regimen = new_regimen(
        catalog=config.catalog,
        ladders=config.ladders,
        product_id="privigen",
        indication="PI",
        dose_g_per_kg="0.4",
        dosing_weight_method="auto",
        frequency="4",
        weight_kg="80",
        premeds=[validate_drug("Acétaminophène", "650", "mg", "PO")],
        personal_max_mg_per_kg_min="4",
    )
    window.workstation.save_regimen(controller.patient.id, regimen, "")
    tab = page.checkin_tab
    tab.refresh()
    tab.weight.setText("72.5")
    screens.check("check-in, risk screens not answered", window)
    for row in tab.risk_rows.values():
        row.answer(Answer.NO_RISK)
    tab.calculate()
    screens.check("check-in, plan calculated", window)
    tab.confirm()
    screens.check("check-in, double-check missing", window)
    tab.second_nurse.setText("Ben Okafor")
    tab.weight_ack.setChecked(True)
    tab.confirm()
    screens.check("check-in, plan confirmed", window)

    checks = page.checks_tab
    page.tabs.setCurrentWidget(checks)
    screens.check("checks and vials, nothing answered", window)
    for item in config.checklist.items:
        if not item.sets_at_risk:
            controller.answer_checklist(item.id, Answer.DONE)
    checks.scan_edit.setText("0109512345678901172610311" + "0P9OLD")
    checks.scanned()
    checks.add_vial()
    screens.check("checks and vials, a vial refused", window)
    plan = controller.session.infusion.plan
    assert plan is not None
    for vial in plan.vials:
        for _ in range(vial.count):
            controller.record_vial(product_id=plan.product_id, size_g=vial.size_g, lot="P100234", expiry=_expiry())
    checks.refresh()
    screens.check("checks and vials, complete", window)

    premed = page.premed_tab
    page.tabs.setCurrentWidget(premed)
    premed.refresh()
    screens.check("premedication, none given", window)
    premed.fill(regimen.premeds[0])
    premed.give()
    clock.advance(minutes(6))
    premed.refresh()
    window.tick()
    screens.check("premedication, waiting", window)

    controller.record_vitals(VitalsInput("128", "76", "72", "16", "36.8", "98", "0"))
    clock.advance(minutes(30))
    infusion = page.infusion_tab
    page.tabs.setCurrentWidget(infusion)
    infusion.refresh()
    window.tick()
    screens.check("infusion, before the start", window)
    controller.start_infusion(plan.steps[0].rate_ml_per_h)
    clock.advance(minutes(20))
    window.tick()
    screens.check("infusion, first step", window)
    clock.advance(minutes(15))
    window.tick()
    screens.check("infusion, step up due with vitals first", window)

    vitals = page.vitals_tab
    page.tabs.setCurrentWidget(vitals)
    form = vitals.form
    for name, text in zip(form.edits, ("95", "60", "118", "20", "38.4", "91", "2", ""), strict=True):
        form.edits[name].setText(text)
    form.save()
    vitals.refresh()
    window.tick()
    screens.check("vitals, flagged set with the reaction offer", window)
    form.edits["systolic_mmhg"].setText("300")
    form.edits["temperature"].setText("37.25")
    form.time_edit.setText("25:00")
    form.save()
    screens.check("vitals, form errors", window)
    form.offer_button.click()
    dialog = vitals.reaction_dialog
    assert dialog is not None
    screens.check("reaction dialog", dialog)
    dialog.save()
    screens.check("reaction dialog, errors", dialog)
    dialog.reject()
    controller.record_reaction(
        ReactionInput(
            onset_at=clock.now() - minutes(2),
            symptoms=[Symptom.CHILLS, Symptom.HEADACHE],
            grade=2,
            rate_at_onset_ml_per_h=plan.steps[0].rate_ml_per_h,
            response=ResponseAction.PAUSE,
            provider_name="Dre Roy",
            provider_notified_at=clock.now() - minutes(1),
        )
    )
    # The findings a reaction's picture was read from are stored in the record as the nurse was shown them, in
    # English (the record's language: docs/user-guide.md, Language); they are shown as recorded.
    for record in controller.reactions():
        if record.assessment is not None:
            screens.recorded(finding.text for finding in record.assessment.findings)
    vitals.refresh()
    screens.check("vitals, a reaction recorded", window)
    outcome = vitals.open_outcome_dialog()
    assert outcome is not None
    screens.check("reaction outcome", outcome)
    outcome.reject()

    page.tabs.setCurrentWidget(page.after_tab)
    window.tick()
    screens.check("after and sign-off, infusion running", window)
    page.tabs.setCurrentWidget(page.record_tab)
    screens.check("record", window)
    page.open_audit()
    assert page.audit_dialog is not None
    screens.check("audit trail", page.audit_dialog)
    page.audit_dialog.close()
    window.board.select_position(1)
    screens.check("board with a session", window)
    window.workstation.lock()
    window.tick()
    screens.check("locked", window)

    assert screens.seen > 500, "the screens showed too few texts to prove anything"
    screens.assert_french()


def _expiry() -> date:
    return date(2028, 1, 31)


def _dialogs_from_the_board(window: MainWindow, screens: Screens) -> None:
    from ivig_desktop.ui.dialogs.new_session import NewSessionDialog
    from ivig_desktop.ui.dialogs.patient import PatientDialog

    patient = PatientDialog(window.workstation, window)
    patient.show()
    screens.check("new patient", patient)
    patient.family_name.setText("Tremblay")
    patient.date_of_birth.setText("1956-02-30")
    patient.weight_kg.setText("400")
    patient.save()
    screens.check("new patient, errors", patient)
    patient.close()
    session = NewSessionDialog(window.workstation, window)
    session.show()
    screens.check("new session", session)
    session.close()
    _ = (D, timedelta)


def test_every_dialog_is_french(
    qtbot: QtBot, french: None, make_window: MakeWindow, clock: FakeClock, db_path: Path
) -> None:
    from ivig_desktop.domain.catalog import Indication
    from ivig_desktop.paths import user_data_dir
    from ivig_desktop.store.layout import backup_dir_for
    from ivig_desktop.ui.dialogs.corrections import NurseCorrectionDialog, PatientCorrectionDialog
    from ivig_desktop.ui.dialogs.duplicates import DuplicatesDialog
    from ivig_desktop.ui.dialogs.export import ExportDialog
    from ivig_desktop.ui.dialogs.help import AboutDialog, ShortcutsDialog
    from ivig_desktop.ui.dialogs.history import HistoryDialog
    from ivig_desktop.ui.dialogs.lots import LotDialog
    from ivig_desktop.ui.dialogs.profiles import AccessChangeDialog, ProfilesDialog
    from ivig_desktop.ui.dialogs.rate import EndDialog, RateAction, RateDialog
    from ivig_desktop.ui.dialogs.regimen import RegimenDialog
    from ivig_desktop.ui.dialogs.restore import RestoreDialog

    from .helpers import ready_to_start, record_vitals_event

    # Data shown as it is: the backups' and the data folders, and the indications' codes (PI, ITP, ..., OTHER).
    folders = {word.lower() for word in WORD.findall(f"{backup_dir_for(db_path)} {user_data_dir()}")}
    folders |= {indication.value.lower() for indication in Indication}
    screens = Screens(PEOPLE | folders)
    window = make_window()
    controller = open_session(window, clock, "Fauteuil 1", "Tremblay")
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(31))
    record_vitals_event(controller)
    workstation = window.workstation
    page = window.session_page
    assert page is not None

    def look(name: str, dialog: QWidget) -> None:
        dialog.show()
        screens.check(name, dialog)
        dialog.close()

    look("regimen", RegimenDialog(workstation, controller.patient, None, window))
    look("step up", RateDialog(controller, RateAction.STEP_UP, D("43.5"), window))
    look("end the infusion", EndDialog(controller, window))
    history = HistoryDialog(workstation, window)
    history.search.setText("Trem")
    look("patients and history", history)
    lots = LotDialog(workstation, window)
    lots.lot.setText("P100234")
    lots.search()
    look("lot look-up", lots)
    look("export", ExportDialog(workstation, window, controller.patient.id))
    look("profiles", ProfilesDialog(workstation, window))
    nurse = workstation.nurse
    assert nurse is not None
    look("deactivate a profile", AccessChangeDialog(workstation, nurse, "deactivate", window))
    look("restore", RestoreDialog(workstation, window))
    page.open_summary()
    assert page.summary_dialog is not None
    screens.check("session summary", page.summary_dialog)
    page.summary_dialog.close()
    first = controller.vitals_history().readings[0].event_id
    page.open_correction(first)
    assert page.amend_dialog is not None
    screens.check("correct a vitals set", page.amend_dialog)
    page.amend_dialog.reject()
    page.open_strike(first)
    assert page.amend_dialog is not None
    screens.check("mark entered in error", page.amend_dialog)
    page.amend_dialog.reject()
    look("correct the patient's details", PatientCorrectionDialog(workstation, controller.patient, window))
    look("correct a profile", NurseCorrectionDialog(workstation, nurse, window))
    look("possible duplicates", DuplicatesDialog(workstation, window))
    look("keyboard shortcuts", ShortcutsDialog(window))
    look("about", AboutDialog(db_path, None, window))

    assert screens.seen > 300
    screens.assert_french()
