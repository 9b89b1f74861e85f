"""The shell: sign-in, then the chair board beside the selected session, with a toolbar and shortcuts.

Start fast (docs/architecture.md, rule 9): the window is built with the sign-in page only, and shown; the rest
(the alerts, the board with the active sessions, the lock page, the alert tone) is built by `finish_loading()`,
which the app calls as soon as the window is shown and the event loop idle (ui/ready.py), or by the first thing
that needs it (`board`, `alerts`, ... are built on first use). Dialogs and the session page are imported when
first opened. The day's backup and full check then run in the background (ui/housekeeping.py).

The toolbar is built in ui/window_toolbar.py, the dialog openers are in ui/window_dialogs.py, the read-only banner
and the restore in ui/window_reliability.py (mixed into MainWindow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore  # (QtCore.Qt is read where used: loading its enums takes tens of ms)
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop import APP_NAME
from ivig_desktop.ui.demo_banner import banner_and_title
from ivig_desktop.ui.dialog_focus import DialogFocus
from ivig_desktop.ui.geometry import restore_geometry, save_geometry
from ivig_desktop.ui.icon import app_icon
from ivig_desktop.ui.menus import WindowMenus
from ivig_desktop.ui.sign_in import SignInPage
from ivig_desktop.ui.sound import AlertPlayer, SoundStatus, SystemAlertPlayer
from ivig_desktop.ui.style import PaletteFollower, set_banner_colours, set_font
from ivig_desktop.ui.timer import repaint_timer
from ivig_desktop.ui.window_reliability import WindowReliability
from ivig_desktop.ui.window_toolbar import WindowToolbar
from ivig_desktop.ui.workstation import Workstation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ivig_desktop.ui.alerts import AlertCenter
    from ivig_desktop.ui.board import Board
    from ivig_desktop.ui.dialogs.export import ExportDialog
    from ivig_desktop.ui.dialogs.history import HistoryDialog
    from ivig_desktop.ui.dialogs.lots import LotDialog
    from ivig_desktop.ui.dialogs.new_session import NewSessionDialog
    from ivig_desktop.ui.dialogs.patient import PatientDialog
    from ivig_desktop.ui.housekeeping import Housekeeping
    from ivig_desktop.ui.hub_sync import HubSync
    from ivig_desktop.ui.lock import LockPage
    from ivig_desktop.ui.session.page import SessionPage
    from ivig_desktop.ui.widgets.alert_panel import AlertPanel
    from ivig_desktop.ui.work_area import WorkArea

MINIMUM_SIZE = QSize(960, 600)


class MainWindow(WindowToolbar, WindowReliability, QMainWindow):
    def __init__(
        self,
        workstation: Workstation,
        parent: QWidget | None = None,
        *,
        player: AlertPlayer | None = None,
        simulation: bool = False,
        settings: QSettings | None = None,
        welcome: bool = False,
    ) -> None:
        """`settings`: this workstation's settings, where the window's size and place are kept between starts
        (ui/geometry.py); without them (tests), the window opens at its default size and keeps nothing.
        `welcome`: open on the first-run welcome (ui/welcome.py) instead of the sign-in."""
        super().__init__(parent)
        self._settings = settings
        self.workstation = workstation
        self.simulation = simulation
        self.demo = workstation.demo
        banner, self._title_mark = banner_and_title(simulation=simulation, demo=self.demo)
        self._player: AlertPlayer = player or SystemAlertPlayer()
        self._work: WorkArea | None = None
        self.menus: WindowMenus | None = None
        self._closed = False
        self.housekeeping: Housekeeping | None = None
        self._hub_sync: HubSync | None = None
        self.session_page: SessionPage | None = None
        self.new_session_dialog: NewSessionDialog | None = None
        self.patient_dialog: PatientDialog | None = None
        self.lot_dialog: LotDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.profiles_dialog: QDialog | None = None
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        # An explicit minimum: the window never grows by itself when what it shows changes (an alert, a longer
        # text); what is inside keeps fixed areas for what changes, and scrolls where it could run long.
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(1280, 800)
        if settings is not None:
            restore_geometry(self, settings)

        self.stack = QStackedWidget(self)
        self.sign_in_page = SignInPage(workstation, self.stack)
        self.sign_in_page.signed_in.connect(self._show_work)
        self.work_page = QWidget(self.stack)
        self.stack.addWidget(self.sign_in_page)
        self.stack.addWidget(self.work_page)
        self._hidden_dialogs: list[QDialog] = []
        central = QWidget(self)
        self.central_layout = central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        # SIMULATION or DEMO (ui/demo_banner.py): the top row from the start, so it never moves what is below it.
        self.simulation_banner = QLabel(banner, central)
        set_banner_colours(self.simulation_banner)
        self.simulation_banner.setMargin(6)
        if banner:
            self.simulation_banner.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.simulation_banner.setWordWrap(True)  # (the window's minimum width stays its own)
        set_font(self.simulation_banner, 1.5, bold=True)
        self.simulation_banner.setVisible(bool(banner))
        central_layout.addWidget(self.simulation_banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self.statusBar().showMessage(self.tr("Database: {0}").format(workstation.db_path))
        workstation.nurse_changed.connect(self._nurse_changed)
        workstation.lock_changed.connect(self._lock_changed)
        self.dialog_focus = DialogFocus(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.dialog_focus)
        workstation.sessions_changed.connect(self._sessions_changed)

        self.timer = repaint_timer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self._nurse_changed()
        self._build_reliability()
        self.menus = WindowMenus(self)
        self.menus.sync()
        self.palette_follower = PaletteFollower(self)
        if app is not None:
            app.installEventFilter(self.palette_follower)
        self.demo_requested = False  # run_gui opens a demo database instead when set (the welcome's offer)
        if welcome:
            from ivig_desktop.ui.welcome import show_welcome

            self.welcome_page = show_welcome(self)

    def finish_loading(self) -> None:
        """Build what the first screen did not need: the alerts and the board (the active sessions are found and
        folded now), the lock page, the alert tone; then start the day's backup and check in the background.
        Called once the window is shown; building twice does nothing, and a window already closed (its database
        with it) builds nothing."""
        if self._closed:
            return
        self._built()
        if self.housekeeping is None:
            from ivig_desktop.ui.housekeeping import Housekeeping

            self.housekeeping = Housekeeping(self.workstation, self.statusBar(), self.daily_check_failed, self)
            self.housekeeping.start()  # the day's backup and check, in the background
        _ = self.hub_sync  # the hub's status and exchanges (nothing shown, nothing run, without a hub)

    @property
    def loaded(self) -> bool:
        """Is the work area (alerts, board, lock page) built?"""
        return self._work is not None

    def _built(self) -> WorkArea:
        if self._work is None:
            from ivig_desktop.ui import accessibility
            from ivig_desktop.ui.work_area import build_work_area

            # Here, not at start: the sign-in page needs neither (the toolbar shows once someone has signed in), and
            # the accessibility module's first touch of QAccessible costs 20-30 ms of start-up.
            accessibility.install()
            accessibility.reachable_by_tab(self.toolbar)  # after the menus and the toolbar are built (k-access)
            self._set_keys()
            self._work = build_work_area(
                self,
                self.workstation,
                self.stack,
                self.work_page,
                player=self._player,
                show_session=self.show_session,
                show_unlocked=self._show_unlocked,
            )
            # The menus follow what the board and the alerts show (and each session's changes: show_session).
            self.workstation.sessions_changed.connect(self._sync_menus)
            self._work.alerts.changed.connect(self._sync_menus)
            self._sync_menus()
        return self._work

    @property
    def hub_sync(self) -> HubSync:
        """The background exchange with the clinic hub, built once the window is shown (it imports the hub's
        modules, which a start does without): inactive, and not shown, on a workstation without a hub."""
        if self._hub_sync is None:
            from ivig_desktop.ui.hub_sync import HubSync

            self._hub_sync = HubSync(self.workstation, self)
            self.statusBar().addPermanentWidget(self._hub_sync.label)
            self.toolbar.insertAction(self.restore_action, self._hub_sync.duplicates_action)
            from ivig_desktop.ui import accessibility

            accessibility.reachable_by_tab(self.toolbar)  # its duplicates action too
        return self._hub_sync

    @property
    def alerts(self) -> AlertCenter:
        return self._built().alerts

    @property
    def board(self) -> Board:
        return self._built().board

    @property
    def alert_panel(self) -> AlertPanel:
        return self._built().alert_panel

    @property
    def lock_page(self) -> LockPage:
        return self._built().lock_page

    @property
    def session_host(self) -> QStackedWidget:
        return self._built().session_host

    @property
    def no_selection(self) -> QLabel:
        return self._built().no_selection

    @property
    def sound_status(self) -> SoundStatus:
        return self._built().sound_status

    def _nurse_changed(self) -> None:
        nurse = self.workstation.nurse
        signed_in = nurse is not None
        if not signed_in:
            self._close_hidden_dialogs()
        self.show_toolbar()
        self._enable_actions(signed_in)
        if nurse is None:
            self.sign_in_page.refresh()
            self.stack.setCurrentWidget(self.sign_in_page)
            self.setWindowTitle(self._title(APP_NAME))
        else:
            self.nurse_label.setText(self.tr("Signed in: {0}  ").format(nurse.display_name))
            self.setWindowTitle(self._title(f"{APP_NAME}: {nurse.display_name}"))

    def _title(self, title: str) -> str:
        return f"{self._title_mark} · {title}" if self._title_mark else title

    def _lock_changed(self) -> None:
        """Locked: hide every patient detail (the pages and any open dialog); the timers and alerts go on."""
        if self.workstation.locked:
            from PySide6.QtWidgets import QDialog

            self._hidden_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
            for dialog in self._hidden_dialogs:
                dialog.hide()
            self.toolbar.setVisible(False)
            self._sync_menus()
            self.lock_page.refresh()
            self.stack.setCurrentWidget(self.lock_page)

    def _show_unlocked(self) -> None:
        self.show_toolbar()
        self.stack.setCurrentWidget(self.work_page)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []

    def _close_hidden_dialogs(self) -> None:
        """Another nurse takes over: what the previous one had open is closed (her typing is not carried over)."""
        for dialog in self._hidden_dialogs:
            dialog.reject()
        self._hidden_dialogs = []

    def _show_work(self) -> None:
        self._built()
        self.stack.setCurrentWidget(self.work_page)
        if self.board.cards:
            self.board.cards[0].setFocus()

    def _sessions_changed(self) -> None:
        """A session closed (signed): if it was shown, show the board's hint instead."""
        page = self.session_page
        if page is not None and page.controller.session_id not in {
            c.session_id for c in self.workstation.controllers()
        }:
            self.session_host.setCurrentWidget(self.no_selection)
            self.session_host.removeWidget(page)
            page.hide()
            page.deleteLater()
            self.session_page = None
            self.statusBar().showMessage(self.tr("Session signed and closed."), 10_000)

    def show_session(self, session_id: int) -> None:
        from ivig_desktop.ui.session.page import SessionPage

        controller = self.workstation.controller(session_id)
        if self.session_page is not None and self.session_page.controller is controller:
            self.session_host.setCurrentWidget(self.session_page)
            return
        if self.session_page is not None:
            self.session_host.removeWidget(self.session_page)
            self.session_page.deleteLater()
        self.session_page = SessionPage(self.workstation, controller, self.session_host, alerts=self.alerts)
        controller.changed.connect(self._sync_menus)
        self.session_host.addWidget(self.session_page)
        self.session_host.setCurrentWidget(self.session_page)
        if self.board.selected_id != session_id:
            self.board.select(session_id)

    def tick(self) -> None:
        """Repaint what depends on the time. Deadlines come from recorded times and the clock, not from ticks.

        What is due in each session is computed once here and shared by the alerts, the board and the page."""
        now = self.workstation.clock.now()
        self.workstation.lock_if_idle()
        policy = self.workstation.config.monitoring
        controllers = self.workstation.controllers()
        due = {c.session_id: c.session.due_snapshot(now, policy) for c in controllers}
        self.alerts.refresh(
            now,
            self.workstation.human_clock.monotonic(),
            [(c.session_id, c.session.header.location, due[c.session_id]) for c in controllers],
        )
        self.alert_panel.tick(now)
        self.lock_page.alert_panel.tick(now)
        self.board.tick(now, due)
        page = self.session_page
        if page is not None and page.controller.session_id in due:
            page.tick(now, due[page.controller.session_id])
        self.hub_sync.tick()
        self._sync_menus()

    def _sync_menus(self) -> None:
        """The menus offer what the buttons offer now (ui/menus.py)."""
        if self.menus is not None:
            self.menus.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window leaves every session active: they are on the board when the app reopens."""
        if self._settings is not None and not self._closed:
            save_geometry(self, self._settings)
        self._closed = True
        self.timer.stop()
        if self.housekeeping is not None:
            self.housekeeping.stop()
        if self._hub_sync is not None:
            self._hub_sync.finish()
        app = QApplication.instance()
        if app is not None:
            if self._work is not None:
                app.removeEventFilter(self._work.activity)
            app.removeEventFilter(self.dialog_focus)
            app.removeEventFilter(self.palette_follower)
        super().closeEvent(event)
