"""The desktop app with a hub: background exchanges, the status bar, the board with every chair, take-over."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.store import hub_link
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.main_window import MainWindow
from tests.hub.conftest import Hub
from tests.hub.stations import Station
from tests.pgserver import free_port
from tests.ui.conftest import (  # noqa: F401  (fixtures)
    MakeWindow,
    clock,
    config,
    db_path,
    human_clock,
    make_window,
    no_timer_left_running,
    player,
)


def joined_window(
    make_window: MakeWindow,  # noqa: F811
    db_path: Path,  # noqa: F811
    clock: FakeClock,  # noqa: F811
    url: str,
    mrn: str | None = None,
) -> MainWindow:
    """A window on a workstation that joined the hub (with a patient made before, if `mrn`), its nurse signed in."""
    station = Station("Front", db_path, clock)
    station.join(url)
    if mrn is not None:
        station.new_patient("Okafor", mrn)
    station.close()
    window = make_window()
    workstation = window.workstation
    [nurse] = [n for n in workstation.nurses() if n.name == "Nurse of Front"]
    workstation.sign_in(nurse)
    window.sign_in_page.signed_in.emit()
    return window


def wait_for_exchange(qtbot: QtBot, window: MainWindow) -> None:
    sync = window.hub_sync
    sync.start()
    qtbot.waitUntil(lambda: not sync.running, timeout=30_000)


def shot(window: MainWindow, name: str) -> None:
    folder = os.environ.get("IVIG_SHOTS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / name))


def test_the_board_shows_every_chair_and_the_status_bar_says_synced(
    qtbot: QtBot,
    hub: Hub,
    make_window: MakeWindow,  # noqa: F811
    db_path: Path,  # noqa: F811
    clock: FakeClock,  # noqa: F811
    tmp_path: Path,
) -> None:
    window = joined_window(make_window, db_path, clock, hub.url())
    back = Station("Back", tmp_path / "back.db", FakeClock(clock.now()))
    try:
        back.join(hub.url())
        session = back.open_session(back.new_patient("Brook", "MRN-2"), "Chair 2")
        back.note(session, "from the back room")
        back.sync()
        wait_for_exchange(qtbot, window)
        assert window.hub_sync.label.isVisible()
        assert window.hub_sync.label.text() == f"Hub: synced {fmt.time_hm(clock.now())}"  # the clinic's time
        chairs = [c.session.header.location for c in window.workstation.controllers()]
        assert chairs == ["Chair 2"]
        assert len(window.board.cards) == 1  # the board shows the chair opened on the other workstation
        window.show_session(window.workstation.controllers()[0].session_id)
        page = window.session_page
        assert page is not None
        assert page.holding_bar.isVisible()
        assert "Back holds this session" in page.holding_bar.text.text()
        shot(window, "hub-held-elsewhere.png")
        controller = page.controller
        with pytest.raises(DomainError, match="Back holds this session"):
            controller.add_note("written from the front")
        clock.advance(timedelta(minutes=5))  # (a take-over comes after the entries it follows, by this clock too)
        page.holding_bar.take_over_button.click()
        dialog = page.holding_bar.dialog
        assert dialog is not None
        dialog.reason_edit.setText("Back room PC is being updated")
        dialog.confirm_button.click()
        assert not page.holding_bar.isVisible()
        controller.add_note("written from the front")
        wait_for_exchange(qtbot, window)
        back.sync()
        assert back.holder("Chair 2") == "Front"
        assert back.notes()["Chair 2"] == ["from the back room", "written from the front"]
    finally:
        back.close()


def test_offline_the_status_bar_counts_the_entries_waiting(
    qtbot: QtBot,
    hub: Hub,
    make_window: MakeWindow,  # noqa: F811
    db_path: Path,  # noqa: F811
    clock: FakeClock,  # noqa: F811
) -> None:
    station = Station("Front", db_path, clock)
    station.join(hub.url())
    dead = f"postgresql://{hub.login}@127.0.0.1:{free_port()}/{hub.dbname}?sslmode=disable&connect_timeout=2"
    hub_link.connect(station.db, dead, "Front", clock.now())
    station.close()
    window = make_window()
    wait_for_exchange(qtbot, window)
    text = window.hub_sync.label.text()
    assert text.startswith("Hub: offline, ")
    waiting = int(text.split(", ")[1].split(" ")[0])
    assert waiting > 0
    assert "cannot be reached" in window.hub_sync.label.toolTip()
    shot(window, "hub-offline.png")


def test_without_a_hub_nothing_changes(make_window: MakeWindow) -> None:  # noqa: F811
    window = make_window()
    assert not window.hub_sync.active
    assert not window.hub_sync.label.isVisible()
    window.tick()
    assert window.hub_sync.operation is None


def test_possible_duplicates_are_listed_and_linked_with_a_reason(
    qtbot: QtBot,
    hub: Hub,
    make_window: MakeWindow,  # noqa: F811
    db_path: Path,  # noqa: F811
    clock: FakeClock,  # noqa: F811
    tmp_path: Path,
) -> None:
    from ivig_desktop.store import duplicates

    window = joined_window(make_window, db_path, clock, hub.url(), mrn="MRN-9")
    back = Station("Back", tmp_path / "back.db", FakeClock(clock.now()))
    try:
        back.join(hub.url())
        back.new_patient("Okafor", "MRN-9")
        back.sync()
        wait_for_exchange(qtbot, window)
        action = window.hub_sync.duplicates_action
        assert action.isVisible()
        assert action.text() == "Possible duplicates (1)"
        action.trigger()
        dialog = window.hub_sync.duplicates_dialog
        assert dialog is not None
        assert dialog.table.rowCount() == 1
        first = dialog.table.item(0, 0)
        assert first is not None
        assert first.text() == "MRN-9"
        if os.environ.get("IVIG_SHOTS_DIR"):
            dialog.grab().save(str(Path(os.environ["IVIG_SHOTS_DIR"]) / "hub-duplicates.png"))
        dialog.same_button.click()
        link = dialog.link_dialog
        assert link is not None
        link.confirm_button.click()
        assert link.form.error_for("reason") == "Say how you know (for example: same date of birth and address)."
        link.reason_edit.setText("Same date of birth and address; MRN typed twice")
        link.confirm_button.click()
        assert dialog.table.rowCount() == 0
        dialog.reject()
        assert not action.isVisible()
        assert duplicates.possible_duplicates(window.workstation.db) == []
    finally:
        back.close()
