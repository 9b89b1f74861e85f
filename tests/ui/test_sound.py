"""An alarm that cannot sound says so (issue 12 item 11), and the window's shortcuts work after any dialog closes.

The player's logic, the window's words and the log are the app's own; only the audio device is a stand-in (the
tests never depend on one, and QtMultimedia may not even load here)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.sound import SystemAlertPlayer
from ivig_desktop.ui.workstation import Workstation

from .conftest import FakePlayer
from .helpers import D, minutes, open_session, ready_to_start


class Status:
    """QSoundEffect.Status as the stand-in reports it."""

    def __init__(self, name: str) -> None:
        self.name = name


class StandInEffect(QObject):
    """A sound effect on a stand-in audio device: it records what it was asked, and reports the status it is
    given (a device error, for instance)."""

    statusChanged = Signal()  # noqa: N815 (QSoundEffect's name)

    def __init__(self) -> None:
        super().__init__()
        self.source: QUrl | None = None
        self.plays: list[tuple[int, float]] = []
        self.loops = 1
        self.volume = 1.0
        self._status = Status("Loading")

    def setSource(self, url: QUrl) -> None:
        self.source = url

    def setLoopCount(self, count: int) -> None:
        self.loops = count

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def play(self) -> None:
        self.plays.append((self.loops, self.volume))

    def status(self) -> Any:
        return self._status

    def become(self, name: str) -> None:
        self._status = Status(name)
        self.statusChanged.emit()


class StandInAudio:
    def __init__(self, outputs: list[str], effect: StandInEffect) -> None:
        self._outputs = outputs
        self._effect = effect

    def outputs(self) -> list[str]:
        return self._outputs

    def effect(self) -> StandInEffect:
        return self._effect


def window_with(
    qtbot: QtBot, db_path: Path, clock: FakeClock, config: Any, player: SystemAlertPlayer | FakePlayer
) -> MainWindow:
    window = MainWindow(Workstation(open_database(db_path), clock, db_path, config, human_clock=clock), player=player)
    qtbot.addWidget(window)
    window.show()
    build_work_area_now(window)
    return window


def build_work_area_now(window: MainWindow) -> None:
    """What the app does once the window is shown (ui/main_window.py finish_loading, without the day's background
    backup): build the work area, whose sound status asks the player to load the tone once the event loop runs."""
    assert window.sound_status is not None
    QApplication.processEvents()


def test_the_tone_is_loaded_at_start_and_plays_at_once(
    qtbot: QtBot, db_path: Path, clock: FakeClock, config: Any
) -> None:
    effect = StandInEffect()
    beeps: list[bool] = []
    player = SystemAlertPlayer(audio=lambda: StandInAudio(["Speakers"], effect), beep=lambda: beeps.append(True))
    window = window_with(qtbot, db_path, clock, config, player)
    assert effect.source is not None and effect.source.fileName() == "alert.wav"  # before any alert
    effect.become("Ready")
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(15))
    window.tick()
    assert effect.plays == [(1, 0.7)]
    assert beeps == []
    assert not window.sound_status.isVisible()
    window.close()
    window.workstation.db.close()


@pytest.mark.parametrize(
    ("outputs", "fails_at", "why"),
    [
        ([], "start", "this computer reports no audio output device"),
        (["Speakers"], "load", "the audio system could not load or play the alert tone (alert.wav)"),
        (["Speakers"], "play", "the audio system could not load or play the alert tone (alert.wav)"),
    ],
)
def test_a_tone_that_cannot_play_is_said_logged_and_replaced_by_the_beep(
    qtbot: QtBot,
    db_path: Path,
    clock: FakeClock,
    config: Any,
    caplog: pytest.LogCaptureFixture,
    outputs: list[str],
    fails_at: str,
    why: str,
) -> None:
    effect = StandInEffect()
    beeps: list[bool] = []
    player = SystemAlertPlayer(audio=lambda: StandInAudio(outputs, effect), beep=lambda: beeps.append(True))
    with caplog.at_level(logging.WARNING, logger="ivig_desktop.ui.sound"):
        window = window_with(qtbot, db_path, clock, config, player)
        if fails_at == "load":
            effect.become("Error")  # the device refuses the file as it loads
        else:
            effect.become("Ready")
        controller = open_session(window, clock)
        ready_to_start(controller)
        controller.start_infusion(D("21.8"))
        clock.advance(minutes(15))
        if fails_at == "play":
            original = effect.play

            def failing_play() -> None:
                original()
                effect.become("Error")

            effect.play = failing_play  # type: ignore[method-assign]
        window.tick()
    assert beeps == [True]  # the fallback is tried for the alert
    assert window.sound_status.isVisible()
    assert window.sound_status.text() == "⚠ Alert sound unavailable"
    assert why in window.sound_status.toolTip().lower()
    assert [r.getMessage() for r in caplog.records] == [
        f"Alert sound unavailable: {why}; the system beep is tried instead."
    ]
    # It stays said; the next alert beeps again, and the log is not repeated.
    clock.advance(minutes(11))
    window.tick()
    assert window.sound_status.isVisible() and beeps == [True, True]
    assert len(caplog.records) == 1
    window.close()
    window.workstation.db.close()


def test_without_the_audio_library_the_window_says_so(
    qtbot: QtBot, db_path: Path, clock: FakeClock, config: Any, caplog: pytest.LogCaptureFixture
) -> None:
    def no_library() -> StandInAudio:
        raise ImportError("libpulse.so.0: cannot open shared object file")

    beeps: list[bool] = []
    player = SystemAlertPlayer(audio=no_library, beep=lambda: beeps.append(True))
    with caplog.at_level(logging.WARNING, logger="ivig_desktop.ui.sound"):
        window = window_with(qtbot, db_path, clock, config, player)
    assert window.sound_status.isVisible()
    assert "libpulse.so.0" in caplog.records[0].getMessage()
    player.play(escalated=True)
    assert beeps == [True]
    window.close()
    window.workstation.db.close()


def test_the_fake_player_reports_like_the_real_one(window: MainWindow, player: FakePlayer) -> None:
    build_work_area_now(window)
    assert player.report is not None
    assert not window.sound_status.isVisible()
    player.report("the sound server stopped")
    assert window.sound_status.isVisible()
    assert window.sound_status.accessibleDescription() == "the sound server stopped"


def test_shortcuts_work_after_a_page_dialog_closes(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(16))
    window.tick()
    assert window.alerts.unacknowledged()
    page = window.session_page
    assert page is not None
    tab = page.infusion_tab
    page.tabs.setCurrentWidget(tab)
    tab.pause_button.setFocus()
    openers: list[tuple[Callable[[], None], Callable[[], QWidget | None]]] = [
        (tab.open_pause, lambda: tab.dialog),
        (tab.open_step_down, lambda: tab.dialog),
        (page.open_audit, lambda: page.audit_dialog),
    ]
    for open_dialog, opened in openers:
        open_dialog()
        dialog = opened()
        assert isinstance(dialog, QDialog)
        qtbot.waitExposed(dialog)
        dialog.reject()
        QApplication.processEvents()
        QApplication.processEvents()
        assert QApplication.activeWindow() is window
    assert QApplication.focusWidget() is tab.pause_button  # back where the nurse was
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not window.alerts.unacknowledged()
