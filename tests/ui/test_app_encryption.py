"""Starting on an encrypted database: the passphrase from the environment or a file, else asked for (three tries);
a wrong one is said plainly and changes nothing; the status bar says whether the database is encrypted; and a
whole session on an encrypted database puts no patient data (nor the passphrase) in the logs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.cli import main
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.infusion import Outcome, RateChange
from ivig_desktop.domain.people import new_patient_details
from ivig_desktop.store.backup import MANUAL, backup_database, list_backups
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.accessibility import name_of
from ivig_desktop.ui.app import ENCRYPTED, NOT_ENCRYPTED
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.workstation import Workstation
from tests.faults import disk_full

from .conftest import FakePlayer
from .helpers import minutes, ready_to_start, record_vitals_event
from .test_reliability import LONG_NOTE

PASSPHRASE = "lid closed, laptop asleep"


def shown_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def status(window: MainWindow) -> str:
    label = window.findChild(QLabel, "encryption_status")
    assert isinstance(label, QLabel)
    assert name_of(label) == label.text()
    return label.text()


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "laptop" / "ivig.db"
    open_database(path, passphrase=PASSPHRASE).close()
    return path


class Prompts:
    """Stands in for the passphrase dialog: answers from a list, and records what it was asked."""

    def __init__(self, answers: list[str | None]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def __call__(self, parent: QWidget | None, title: str, label: str, echo: QLineEdit.EchoMode) -> tuple[str, bool]:
        assert echo is QLineEdit.EchoMode.Password
        self.asked.append(label)
        answer = self.answers.pop(0)
        return ("", False) if answer is None else (answer, True)


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Iterator[Prompts]:
    from PySide6.QtWidgets import QInputDialog

    stand_in = Prompts([])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(stand_in))
    yield stand_in


@pytest.fixture
def criticals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def critical(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    return shown


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """Replace the event loop: record the window shown, then return as if the nurse quit."""
    seen: list[MainWindow] = []

    def exec_once() -> int:
        [window] = shown_windows()
        seen.append(window)
        window.close()  # as the nurse would, so that the next run shows only its own window
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    return seen


def test_the_app_asks_for_the_passphrase_of_an_encrypted_database(
    qapp: QApplication, encrypted: Path, prompts: Prompts, criticals: list[str], runs: list[MainWindow]
) -> None:
    prompts.answers = [PASSPHRASE]
    assert main(["--db", str(encrypted)]) == 0
    [asked] = prompts.asked
    assert asked == f"The database {encrypted} is encrypted. Type its passphrase to open it:"
    [window] = runs
    assert status(window) == ENCRYPTED == "Database encrypted (SQLCipher)"
    assert criticals == []


def test_a_wrong_passphrase_is_said_and_asked_again(
    qapp: QApplication, encrypted: Path, prompts: Prompts, criticals: list[str], runs: list[MainWindow]
) -> None:
    prompts.answers = ["not the passphrase", PASSPHRASE]
    assert main(["--db", str(encrypted)]) == 0
    assert prompts.asked[1].startswith(
        "The passphrase is wrong, or the file is not an IVIG Desktop database. 2 tries left.\n\n"
        f"The database {encrypted} is encrypted."
    )
    assert len(runs) == 1


def test_three_wrong_passphrases_close_the_app_and_change_nothing(
    qapp: QApplication, encrypted: Path, prompts: Prompts, criticals: list[str], runs: list[MainWindow]
) -> None:
    before = encrypted.read_bytes()
    prompts.answers = ["wrong one", "", "wrong three"]  # an empty answer is a wrong one, not a crash
    assert main(["--db", str(encrypted)]) == 1
    assert len(prompts.asked) == 3
    assert criticals == [
        f"The passphrase was wrong 3 times: IVIG Desktop closes. The database {encrypted} has not been changed. "
        "Start IVIG Desktop again to try again. (If you are sure of the passphrase, the file may be damaged: "
        "restore a backup.)"
    ]
    assert runs == []
    assert encrypted.read_bytes() == before


def test_cancelling_the_passphrase_closes_quietly(
    qapp: QApplication, encrypted: Path, prompts: Prompts, criticals: list[str], runs: list[MainWindow]
) -> None:
    prompts.answers = [None]
    assert main(["--db", str(encrypted)]) == 1
    assert (criticals, runs) == ([], [])


def test_the_passphrase_from_the_environment_or_a_file_is_not_asked_for(
    qapp: QApplication,
    encrypted: Path,
    prompts: Prompts,
    runs: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("IVIG_DESKTOP_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(encrypted)]) == 0
    monkeypatch.delenv("IVIG_DESKTOP_PASSPHRASE")
    key_file = tmp_path / "key.txt"
    key_file.write_text(PASSPHRASE + "\n")
    assert main(["--db", str(encrypted), "--passphrase-file", str(key_file)]) == 0
    assert prompts.asked == []
    assert [status(w) for w in runs] == [ENCRYPTED, ENCRYPTED]


def test_a_wrong_passphrase_from_the_environment_is_reported(
    qapp: QApplication,
    encrypted: Path,
    prompts: Prompts,
    criticals: list[str],
    runs: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("IVIG_DESKTOP_PASSPHRASE", "not the passphrase")
    assert main(["--db", str(encrypted)]) == 1
    assert criticals == [
        f"The database {encrypted} could not be opened.\n\n"
        f"The passphrase is wrong, or the file is not an IVIG Desktop database. The database {encrypted} has "
        "not been changed."
    ]
    assert (prompts.asked, runs) == ([], [])


def test_a_plain_database_says_it_is_not_encrypted(
    qapp: QApplication, tmp_path: Path, prompts: Prompts, runs: list[MainWindow]
) -> None:
    assert main(["--db", str(tmp_path / "ivig.db")]) == 0
    [window] = runs
    assert status(window) == NOT_ENCRYPTED
    assert NOT_ENCRYPTED == "Database not encrypted: run ivig-desktop encrypt (recommended on laptops)"
    assert prompts.asked == []


def test_a_new_database_is_created_encrypted_when_a_passphrase_is_given(
    qapp: QApplication, tmp_path: Path, runs: list[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IVIG_DESKTOP_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "ivig.db"  # (a chosen database's folder must exist)
    assert main(["--db", str(path)]) == 0
    [window] = runs
    assert status(window) == ENCRYPTED
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"


def test_a_restart_after_a_restore_does_not_ask_again(
    qapp: QApplication, encrypted: Path, prompts: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts.answers = [PASSPHRASE]
    seen: list[MainWindow] = []

    def exec_once() -> int:
        [window] = shown_windows()
        seen.append(window)
        window.restart_requested = len(seen) == 1  # as after a restore from backup
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    assert main(["--db", str(encrypted)]) == 0
    assert len(seen) == 2
    assert len(prompts.asked) == 1


def test_a_whole_session_on_an_encrypted_database_logs_no_patient_data(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, player: FakePlayer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "ivig.db"
    open_database(path, passphrase=PASSPHRASE, now=clock.now()).close()
    db = open_database(path, passphrase=PASSPHRASE, now=clock.now())
    window = MainWindow(Workstation(db, clock, path), player=player)
    qtbot.addWidget(window)
    window.show()
    try:
        workstation = window.workstation
        workstation.sign_in(workstation.create_nurse("Quentin Zabriskie", "RN", "correct horse 1", "correct horse 1"))
        window.sign_in_page.signed_in.emit()
        details = new_patient_details(
            family_name="Featherstonehaugh",
            given_name="Philippa",
            date_of_birth="1956-03-12",
            mrn="MRN-4417",
            sex="F",
            height_cm="165",
            weight_kg="72.5",
            allergies="Penicillin",
            today=clock.now().date(),
        )
        patient = workstation.create_patient(details)
        controller = workstation.open_session(patient.id, "Chair 1")
        window.show_session(controller.session_id)
        ready_to_start(controller)
        controller.start_infusion(Decimal("21.8"))
        clock.advance(minutes(30))
        record_vitals_event(controller)
        controller.change_rate(Decimal("43.5"), RateChange.STEP_UP)
        controller.add_note("Wheezing after the step up, settled")
        page = window.session_page
        assert page is not None
        page.note_edit.setPlainText(LONG_NOTE.replace("Observed", "Wheezing"))
        with disk_full(db.conn):  # a failed save: the store logs a warning
            page.add_note_button.click()
        page.add_note_button.click()
        controller.end_infusion(Outcome.COMPLETED)
        backup_database(db, reason=MANUAL, now=clock.now())
        workstation.restore(list_backups(db.path)[0])  # logs the restore
    finally:
        window.close()
        db.close()
    assert caplog.records, "the test must see the store's log records to mean anything"
    text = caplog.text + " ".join(str(r.args) for r in caplog.records)
    private = ("Philippa", "Featherstonehaugh", "MRN-4417", "1956", "Penicillin", "Wheezing", "Quentin", "Zabriskie")
    for word in (*private, PASSPHRASE, "lid closed"):
        assert word not in text, word
