"""The clock goes back (issue 13, item 11): a pause and a resume 4 minutes before the infusion's own recorded start
were accepted, overstating the volume infused. Now the pause is refused under its form, which keeps the reason,
and the message says what the clock shows against the record; the note box does the same."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.session import Stage
from ivig_desktop.ui.dialogs.rate import RateDialog, ReasonDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.widgets.form import error_message

from .helpers import minutes, open_session, ready_to_start


def test_a_pause_before_the_recorded_start_is_refused(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    assert window.session_page is not None
    tab = window.session_page.infusion_tab
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    start = tab.dialog
    assert isinstance(start, RateDialog)
    qtbot.mouseClick(start.confirm_button, Qt.MouseButton.LeftButton)
    started_at = controller.session.infusion.started_at
    assert started_at is not None and controller.session.stage is Stage.INFUSING
    entries = controller.session.last_seq

    clock.set_wall_time(started_at - minutes(4))  # a time server corrects the clock back 4 minutes
    qtbot.mouseClick(tab.pause_button, Qt.MouseButton.LeftButton)
    pause = tab.dialog
    assert isinstance(pause, ReasonDialog)
    qtbot.keyClicks(pause.reason_edit, "Patient to the bathroom")
    qtbot.mouseClick(pause.confirm_button, Qt.MouseButton.LeftButton)
    assert pause.isVisible()
    message = error_message(pause.form.general_error)
    assert message.startswith(f"This workstation's clock shows {(started_at - minutes(4)).astimezone():%H:%M:%S}")
    assert "4 min later. Nothing was saved" in message
    assert pause.reason_edit.text() == "Patient to the bathroom"
    assert controller.session.last_seq == entries and not controller.session.infusion.paused
    pause.grab().save(str(window.workstation.db_path.parent / "clock-behind.png"))

    clock.set_wall_time(started_at + minutes(1))  # the clock is right again: the same form saves
    qtbot.mouseClick(pause.confirm_button, Qt.MouseButton.LeftButton)
    assert not pause.isVisible()
    assert controller.session.infusion.paused
    assert controller.session.effective_events()[-1].type is EventType.INFUSION_PAUSED


def test_a_note_with_the_clock_behind_stays_in_the_box(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    controller = open_session(window, clock)
    controller.add_note("first")
    page = window.session_page
    assert page is not None
    clock.set_wall_time(clock.now() - minutes(2))
    qtbot.keyClicks(page.note_edit, "Line flushed")
    qtbot.mouseClick(page.add_note_button, Qt.MouseButton.LeftButton)
    assert page.note_edit.toPlainText() == "Line flushed"
    assert "Nothing was saved: an entry now would be dated before it." in error_message(page.note_error)
    assert [e.event.payload["text"] for e in controller.session.notes] == ["first"]
