"""The window's work area: what it shows once someone signs in (the alerts, the board, the selected session), the
lock page and the alert tone's status. Built after the window is shown (ui/main_window.py, `finish_loading`), so
that the sign-in page appears first; building it finds and folds the active sessions (Workstation.controllers)
and loads the alert tone (ui/sound.py). The window's 1-second tick feeds the alerts (`AlertCenter.refresh`) with
what is due in each session, computed once per tick (domain/due.py, DueSnapshot)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ivig_desktop.ui.alerts import AlertCenter
from ivig_desktop.ui.board import Board
from ivig_desktop.ui.i18n import translate
from ivig_desktop.ui.lock import ActivityWatcher, LockPage
from ivig_desktop.ui.shortcuts import shortcut
from ivig_desktop.ui.sound import AlertPlayer, SoundStatus
from ivig_desktop.ui.style import set_font
from ivig_desktop.ui.widgets.alert_panel import AlertPanel
from ivig_desktop.ui.workstation import Workstation


@dataclass(frozen=True)
class WorkArea:
    alerts: AlertCenter
    board: Board
    alert_panel: AlertPanel
    lock_page: LockPage
    session_host: QStackedWidget
    no_selection: QLabel
    activity: ActivityWatcher
    sound_status: SoundStatus


def build_work_area(
    window: QMainWindow,
    workstation: Workstation,
    stack: QStackedWidget,
    work_page: QWidget,
    *,
    player: AlertPlayer,
    show_session: Callable[[int], None],
    show_unlocked: Callable[[], None],
) -> WorkArea:
    """Fill `work_page` (board and alerts beside the session host), add the lock page to `stack` and the alert
    tone's status to the window's status bar (the tone is loaded now)."""
    alerts = AlertCenter(player, window)
    alerts.attention.connect(lambda: QApplication.alert(window))
    lock_page = LockPage(workstation, alerts, stack)
    lock_page.unlocked.connect(show_unlocked)
    lock_page.switch_requested.connect(workstation.sign_out)
    stack.addWidget(lock_page)

    board = Board(workstation, alerts, work_page)
    board.session_selected.connect(show_session)
    board.setMinimumWidth(300)
    workstation.people_changed.connect(board.people_changed)
    alert_panel = AlertPanel(alerts, work_page)
    alert_panel.session_requested.connect(show_session)
    left = QWidget(work_page)
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(alert_panel)
    left_layout.addWidget(board, 1)
    session_host = QStackedWidget(work_page)
    no_selection = QLabel(
        translate("work_area", "Select a session on the board, or start a new one ({0}).").format(
            shortcut("new_session").key_text()
        ),
        window,
    )
    no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
    no_selection.setWordWrap(True)
    set_font(no_selection, 1.2)
    session_host.addWidget(no_selection)
    splitter = QSplitter(Qt.Orientation.Horizontal, work_page)
    splitter.addWidget(left)
    splitter.addWidget(session_host)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([340, 940])
    work_layout = QVBoxLayout(work_page)
    work_layout.setContentsMargins(0, 0, 0, 0)
    work_layout.addWidget(splitter)

    activity = ActivityWatcher(workstation, window)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(activity)
    # The alert tone, loaded now; when it cannot play, the status bar says so for good.
    sound_status = SoundStatus(player, window)
    window.statusBar().addPermanentWidget(sound_status)
    return WorkArea(alerts, board, alert_panel, lock_page, session_host, no_selection, activity, sound_status)
