"""Signed-in nurses: passwords and PINs, lockout, the lock screen after inactivity, the signature's password,
the audit trail, and no patient data in the logs."""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.store import accounts
from ivig_desktop.ui.dialogs.audit import AuditDialog
from ivig_desktop.ui.main_window import MainWindow

from .conftest import MakeWindow
from .helpers import PASSWORD, minutes, open_session, ready_to_start
from .test_first_session import create_profile, sign_in_by_keyboard


@pytest.fixture
def config(config: ClinicConfig) -> ClinicConfig:
    """The clinic's own security settings: lock after 10 minutes, 5 failures lock a profile for 15 minutes."""
    policy = dataclasses.replace(config.policy, security=dataclasses.replace(config.policy.security, auto_lock_min=10))
    return dataclasses.replace(config, policy=policy)


def test_the_first_account_is_created_with_a_password_stored_only_as_argon2id(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    assert window.sign_in_page.create_box.title() == "Create the first account"
    create_profile(qtbot, window)
    assert window.stack.currentWidget() is window.work_page
    raw = sqlite3.connect(db_path)
    [(kind, digest)] = raw.execute("SELECT kind, hash FROM nurse_secrets").fetchall()
    raw.close()
    assert kind == "password" and digest.startswith("$argon2id$") and PASSWORD not in digest


def test_wrong_passwords_lock_the_profile_then_it_opens_again(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock
) -> None:
    first = make_window()
    create_profile(qtbot, first)
    first.close()
    window = make_window()
    page = window.sign_in_page
    for _ in range(4):
        sign_in_by_keyboard(qtbot, window, "wrong guess")
        assert page.sign_in_form.error_for("secret") == "Wrong password or PIN."
    sign_in_by_keyboard(qtbot, window, "wrong guess")
    assert page.sign_in_form.general_error.text().startswith("⚠ Too many wrong passwords or PINs")
    sign_in_by_keyboard(qtbot, window)  # even the right password is refused while locked out
    assert window.stack.currentWidget() is window.sign_in_page
    clock.advance(minutes(15))
    sign_in_by_keyboard(qtbot, window)
    assert window.stack.currentWidget() is window.work_page
    nurse = window.workstation.nurses()[0]
    results = [a.succeeded for a in accounts.attempts(window.workstation.db, nurse.id)]
    assert results == [False, False, False, False, False, True]  # tries while locked out are not even checked


def test_a_profile_without_a_password_sets_one_at_its_next_sign_in(
    qtbot: QtBot, make_window: MakeWindow, db_path: Path, clock: FakeClock
) -> None:
    from ivig_desktop.domain.people import new_nurse_profile
    from ivig_desktop.store import nurses
    from ivig_desktop.store.database import open_database

    db = open_database(db_path)  # a profile made before passwords existed (schema version 2)
    nurses.add_nurse(db, new_nurse_profile("Ana Lima", "RN"), clock.now())
    db.close()
    window = make_window()
    page = window.sign_in_page
    assert page.first_secret_note.isVisible()
    assert page.continue_button.text() == "Set and sign in"
    qtbot.keyClicks(page.secret_edit, "246813")
    qtbot.keyClicks(page.first_confirm, "246813")
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.work_page


def test_inactivity_locks_the_screen_hides_patients_but_alerts_go_on(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    from .helpers import D

    controller = open_session(window, clock, "Chair 4", "Nguyen")
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    window.tick()
    qtbot.keyClick(window.session_page.note_edit, Qt.Key.Key_A)  # type: ignore[union-attr]
    clock.advance(minutes(9))
    window.tick()
    assert window.stack.currentWidget() is window.work_page
    clock.advance(minutes(6))  # 15 min since the start: vitals due; and 15 min without a key press
    window.tick()
    assert window.stack.currentWidget() is window.lock_page
    assert not window.toolbar.isVisible()
    lock = window.lock_page
    assert lock.who.text() == "Signed in: Ana Lima, RN"
    texts = [lock.alert_panel.list.item(i).text() for i in range(lock.alert_panel.list.count())]
    assert texts == ["⚠ Chair 4 · Due now · Vitals 15 min after the start"]
    assert not any("NGUYEN" in text for text in texts)
    # Time goes on while locked: the alert escalates.
    clock.advance(minutes(10))
    window.tick()
    assert lock.alert_panel.list.item(0).text().startswith("⚠ Chair 4 · Overdue by 10\u00a0min, escalated")
    qtbot.keyClicks(lock.secret_edit, "nope")
    qtbot.keyClick(lock.secret_edit, Qt.Key.Key_Return)
    assert lock.form.error_for("secret") == "Wrong password or PIN."
    qtbot.keyClicks(lock.secret_edit, PASSWORD)
    qtbot.keyClick(lock.secret_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.work_page
    assert window.session_page is not None and window.session_page.note_edit.toPlainText() == "a"
    assert not any("Nguyen" in r.getMessage() or "NGUYEN" in r.getMessage() for r in caplog.records)


def test_another_nurse_takes_over_from_the_lock_screen(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    open_session(window, clock)
    window.workstation.lock()
    qtbot.mouseClick(window.lock_page.switch_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.sign_in_page
    assert window.workstation.nurse is None


def test_the_audit_trail_lists_every_entry_with_its_corrections(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    controller = open_session(window, clock)
    note = controller.add_note("Left arm")
    clock.advance(minutes(2))
    controller.amend_note(note.id, reason="Wrong side", new_text="Right arm")
    page = window.session_page
    assert page is not None
    qtbot.mouseClick(page.audit_button, Qt.MouseButton.LeftButton)
    dialog = page.audit_dialog
    assert isinstance(dialog, AuditDialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]  # type: ignore[union-attr]
    assert [r[5] for r in rows] == ["Session opened", "Note", "Amendment"]
    assert rows[1][6] == "Left arm" and rows[1][8] == "corrected"
    assert rows[2][6] == "Corrected. Reason: Wrong side" and rows[2][7] == "#1"
    assert rows[2][4] == "Ana Lima, RN"


def test_the_patient_audit_trail_covers_every_session(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    first = open_session(window, clock, "Chair 1")
    first.add_note("First visit")
    second = window.workstation.open_session(first.patient.id, "Chair 2")
    second.add_note("Second visit")
    window.show_session(second.session_id)
    page = window.session_page
    assert page is not None
    qtbot.mouseClick(page.patient_audit_button, Qt.MouseButton.LeftButton)
    dialog = page.audit_dialog
    assert isinstance(dialog, AuditDialog)
    table = dialog.table
    details = [table.item(r, 6).text() for r in range(table.rowCount())]  # type: ignore[union-attr]
    assert details == ["at Chair 1", "First visit", "at Chair 2", "Second visit"]
