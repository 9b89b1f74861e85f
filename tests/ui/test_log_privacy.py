"""No patient data in the log (issue 12 item 17): a whole session of a recognisable patient, through the window,
the record printed to PDF, exported, backed up and signed, then the log file is read."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from ivig_desktop import logs
from ivig_desktop.cli import main
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.infusion_run import Outcome
from ivig_desktop.domain.people import new_patient_details
from ivig_desktop.store.backup import backup_file
from ivig_desktop.ui.dialogs.summary import SummaryDialog, pdf_file_name

from .conftest import MakeWindow
from .helpers import PASSWORD, minutes, ready_to_start, record_vitals_event

FAMILY, GIVEN, MRN, ALLERGY = "Quixotefamily", "Zebulon", "MRN-770077", "Sulfonamide rash"
NOTE = "Mentioned her granddaughter Philomena"
PRIVATE = (FAMILY, GIVEN, MRN, "770077", ALLERGY, "Sulfonamide", "Philomena", "1961", "23 Jul", "Ana Lima")


def test_a_whole_session_leaves_no_patient_detail_in_the_log(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, tmp_path: Path, db_path: Path
) -> None:
    path = logs.start_logging()  # the user log folder (a temporary one in tests)
    assert path is not None
    window = make_window()  # the database opened, as at a start
    workstation = window.workstation
    nurse = workstation.create_nurse("Ana Lima", "RN", PASSWORD, PASSWORD)
    workstation.sign_in(nurse)
    window.sign_in_page.signed_in.emit()
    details = new_patient_details(
        family_name=FAMILY, given_name=GIVEN, date_of_birth="1961-07-23", mrn=MRN, sex="F",
        height_cm="165", weight_kg="72.5", allergies=ALLERGY, today=clock.now().date(),
    )  # fmt: skip
    patient = workstation.create_patient(details)
    controller = workstation.open_session(patient.id, "Chair 4")
    window.show_session(controller.session_id)
    ready_to_start(controller)
    controller.start_infusion(Decimal("21.8"))
    controller.add_note(NOTE)
    clock.advance(minutes(30))
    record_vitals_event(controller)
    window.tick()
    controller.end_infusion(Outcome.STOPPED, f"{GIVEN} asked to stop")
    record_vitals_event(controller)
    controller.record_discharge(DischargeStatus.HOME_WELL, f"{GIVEN} went home with her daughter")
    clock.advance(timedelta(hours=2))
    assert controller.signoff_blockers() == []
    controller.sign_off(attested=True, secret=PASSWORD)
    session_id = controller.session_id

    summary = SummaryDialog(workstation.db, session_id, workstation.config, clock.now(), window)
    qtbot.addWidget(summary)
    pdf = tmp_path / pdf_file_name(summary.summary)
    assert FAMILY.upper() in pdf.name.upper()  # the file's name carries the patient's: the log must not
    assert summary.save_pdf(pdf)
    backup_file(db_path)
    window.close()
    workstation.db.close()
    again = make_window()  # the next start checks the database
    again.close()
    again.workstation.db.close()
    out = tmp_path / "export"
    assert (
        main(["export", "--db", str(db_path), "--session", str(session_id), "--format", "csv", "--out", str(out)]) == 0
    )
    assert main(["export", "--db", str(db_path), "--session", str(session_id), "--format", "pdf", "--out",
                 str(tmp_path / f"{FAMILY}.pdf")]) == 0  # fmt: skip

    text = path.read_text(encoding="utf-8")
    # The log says what happened (so the test means something) ...
    for expected in (
        f"session {session_id} signed off",
        f"session {session_id}: the record was saved as a PDF",
        "backup written",
        "export: 1 session(s) as csv",
        "export: 1 session(s) as pdf",
        "start-up check",
    ):
        assert expected in text, expected
    # ... and nothing of who the patient is or what was written about her.
    for word in PRIVATE:
        assert word.lower() not in text.lower(), word
