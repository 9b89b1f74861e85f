"""A record changed behind the app's back is shown as such: the session page, the session's record (screen and
print) and the patient's history say "Record altered outside the app"; an untouched record shows its digest and
its verified signature."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.dialogs.summary import SummaryDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.widgets.form import error_message

from .test_history import cells, shoot, shots_dir, two_sessions

__all__ = ["shots_dir"]  # (a fixture, imported to be used here)


def alter_first_event(db_path: Path, session_id: int) -> int:
    """Another program changes a stored entry, its trigger dropped and re-created around the change."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        event_id, payload = conn.execute(
            "SELECT id, payload FROM events WHERE session_id = ? AND type = 'vitals' ORDER BY seq LIMIT 1",
            [session_id],
        ).fetchone()
        changed = json.loads(payload)
        changed["temperature_c"] = "36.3"
        trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'events_no_update'").fetchone()[0]
        conn.execute("DROP TRIGGER events_no_update")
        conn.execute("UPDATE events SET payload = ? WHERE id = ?", [json.dumps(changed), event_id])
        conn.execute(trigger)
        return int(event_id)
    finally:
        conn.close()


def test_an_untouched_record_shows_its_digest_and_verified_signature(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    _, (signed, current) = two_sessions(window, clock)
    window.show_session(current.session_id)
    ws = window.workstation
    dialog = SummaryDialog(ws.db, signed.session_id, ws.config, clock.now(), window)
    qtbot.addWidget(dialog)
    integrity = dialog.summary.integrity
    assert integrity is not None and not integrity.altered
    assert integrity.signature == "signature verified: the record is as signed"
    assert integrity.digest is not None and integrity.digest in dialog.browser.toPlainText()
    assert "record verified; signature verified: the record is as signed." in dialog.browser.toPlainText()
    assert not dialog.integrity_banner.isVisibleTo(dialog)
    assert window.session_page is not None and window.session_page.integrity_banner.isHidden()


def test_an_altered_record_says_so_on_every_screen(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, shots_dir: Path
) -> None:
    _, (signed, current) = two_sessions(window, clock)
    window.show_session(current.session_id)
    ws = window.workstation
    event_id = alter_first_event(ws.db_path, signed.session_id)

    dialog = SummaryDialog(ws.db, signed.session_id, ws.config, clock.now(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    banner = error_message(dialog.integrity_banner)
    assert dialog.integrity_banner.isVisible()
    assert banner.startswith(f"Record altered outside the app: events row {event_id} (gid ")
    assert "its content differs from what was written" in banner
    assert "RECORD ALTERED OUTSIDE THE APP: events row" in dialog.browser.toPlainText()  # and on paper
    shoot(dialog, shots_dir, "altered-summary")
    dialog.close()

    window.open_history()
    history = window.history_dialog
    assert history is not None
    qtbot.keyClicks(history.search, "Doe")
    assert cells(history, 1)["Signed"] == "⚠ ALTERED outside the app"  # newest first: the signed one is second
    assert cells(history, 0)["Signed"] == "not signed"
    assert history.integrity_banner.isVisible()
    assert "the sessions of" in error_message(history.integrity_banner)
    shoot(history, shots_dir, "altered-history")

    page = window.session_page
    assert page is not None and page.controller is current
    assert page.integrity_banner.isHidden()  # the open session itself is untouched
    conn = sqlite3.connect(ws.db_path, isolation_level=None)
    note_id = conn.execute(
        "SELECT id FROM events WHERE session_id = ? ORDER BY seq DESC LIMIT 1", [current.session_id]
    ).fetchone()
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'events_no_delete'").fetchone()[0]
    if note_id is None:
        current.add_note("Comfortable.")
        note_id = conn.execute("SELECT MAX(id) FROM events").fetchone()
    conn.execute("DROP TRIGGER events_no_delete")
    conn.execute("DELETE FROM events WHERE id = ?", [note_id[0]])
    conn.execute(trigger)
    conn.close()
    page = window.session_page  # (the page as it is now: a save may have rebuilt it)
    assert page is not None and page.controller.session_id == current.session_id
    page.check_integrity()
    assert not page.integrity_banner.isHidden()
    assert "this row was deleted outside the app" in error_message(page.integrity_banner)
    page.resize(1100, 700)  # (the window itself shows the lock screen: four weeks went by on the clock)
    shoot(page, shots_dir, "altered-page")
