"""The shell: sign-in, then the chair board beside the selected session, with a toolbar and shortcuts.

Start fast (docs/architecture.md, rule 9): the window is built with the sign-in page only, and shown; the rest
(the alerts, the board with the active sessions, the lock page, the alert tone) is built by `finish_loading()`,
which the app calls as soon as the window is shown and the event loop idle (ui/ready.py), or by the first thing
that needs it (`board`, `alerts`, ... are built on first use). Dialogs and the session page are imported when
first opened. The day's backup and full check then run in the background (ui/housekeeping.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # (QtCore.Qt is read where used: loading its enums takes tens of ms)
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop import APP_NAME
from ivig_desktop.store.database import IvigDatabase
from ivig_desktop.ui.demo_banner import banner_and_title
from ivig_desktop.ui.dialog_focus import DialogFocus
from ivig_desktop.ui.sign_in import SignInPage
from ivig_desktop.ui.sound import AlertPlayer, SoundStatus, SystemAlertPlayer
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font
from ivig_desktop.ui.timer import repaint_timer
from ivig_desktop.ui.workstation import Workstation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ivig_desktop.store.backup import BackupInfo
    from ivig_desktop.store.check import CheckReport
    from ivig_desktop.ui.alerts import AlertCenter
    from ivig_desktop.ui.board import Board
    from ivig_desktop.ui.dialogs.export import ExportDialog
    from ivig_desktop.ui.dialogs.history import HistoryDialog
    from ivig_desktop.ui.dialogs.lots import LotDialog
    from ivig_desktop.ui.dialogs.new_session import NewSessionDialog
    from ivig_desktop.ui.dialogs.patient import PatientDialog
    from ivig_desktop.ui.dialogs.restore import RestoreDialog
    from ivig_desktop.ui.housekeeping import Housekeeping
    from ivig_desktop.ui.lock import LockPage
    from ivig_desktop.ui.session.page import SessionPage
    from ivig_desktop.ui.widgets.alert_panel import AlertPanel
    from ivig_desktop.ui.work_area import WorkArea

MINIMUM_SIZE = QSize(960, 600)


class MainWindow(QMainWindow):
    def __init__(
        self,
        workstation: Workstation,
        parent: QWidget | None = None,
        *,
        player: AlertPlayer | None = None,
        simulation: bool = False,
        welcome: bool = False,
    ) -> None:
        super().__init__(parent)
        self.workstation = workstation
        self.simulation = simulation
        self.demo = workstation.demo
        banner, self._title_mark = banner_and_title(simulation=simulation, demo=self.demo)
        self._player: AlertPlayer = player or SystemAlertPlayer()
        self._work: WorkArea | None = None
        self._closed = False
        self.housekeeping: Housekeeping | None = None
        self.session_page: SessionPage | None = None
        self.new_session_dialog: NewSessionDialog | None = None
        self.patient_dialog: PatientDialog | None = None
        self.lot_dialog: LotDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.profiles_dialog: QDialog | None = None
        self.setWindowTitle(APP_NAME)
        # An explicit minimum: the window never grows by itself when what it shows changes (an alert, a longer
        # text); what is inside keeps fixed areas for what changes, and scrolls where it could run long.
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(1280, 800)

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
        self.simulation_banner.setAccessibleName(banner)
        self.simulation_banner.setStyleSheet("background: #b00020; color: white; padding: 6px;")
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

    @property
    def loaded(self) -> bool:
        """Is the work area (alerts, board, lock page) built?"""
        return self._work is not None

    def _built(self) -> WorkArea:
        if self._work is None:
            from PySide6.QtGui import QKeySequence, QShortcut

            from ivig_desktop.ui.work_area import build_work_area

            # Set here, not with the actions: the first call of setShortcut loads Qt's enums (tens of ms), which
            # the sign-in page can do without (the toolbar shows once someone has signed in).
            self.toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
            for action, keys in (
                (self.new_session_action, "Ctrl+N"),
                (self.new_patient_action, "Ctrl+Shift+P"),
                (self.lots_action, "Ctrl+L"),
                (self.history_action, "Ctrl+H"),
                (self.export_action, "Ctrl+E"),
            ):
                action.setShortcut(QKeySequence(keys))
            acknowledge = QShortcut(QKeySequence("Ctrl+K"), self)
            acknowledge.activated.connect(lambda: self.alerts.acknowledge())
            for position in range(1, 10):
                shortcut = QShortcut(QKeySequence(f"Ctrl+{position}"), self)
                shortcut.activated.connect(lambda p=position: self.board.select_position(p))

            self._work = build_work_area(
                self,
                self.workstation,
                self.stack,
                self.work_page,
                player=self._player,
                show_session=self.show_session,
                show_unlocked=self._show_unlocked,
            )
        return self._work

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

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self.tr("Main"), self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.new_session_action = QAction(self.tr("New session"), self)
        self.new_session_action.setToolTip(self.tr("Start a session for a patient (Ctrl+N)"))
        self.new_session_action.triggered.connect(self.open_new_session)
        self.new_patient_action = QAction(self.tr("New patient"), self)
        self.new_patient_action.setToolTip(self.tr("Create a patient record (Ctrl+Shift+P)"))
        self.new_patient_action.triggered.connect(self.open_new_patient)
        self.lots_action = QAction(self.tr("Lot look-up"), self)
        self.lots_action.setToolTip(self.tr("Every patient and session that received a vial lot (Ctrl+L)"))
        self.lots_action.triggered.connect(self.open_lots)
        self.history_action = QAction(self.tr("Patients && history"), self)
        self.history_action.setToolTip(self.tr("Find a patient; see every session, the trend and the records (Ctrl+H)"))
        self.history_action.triggered.connect(self.open_history)
        self.export_action = QAction(self.tr("Export…"), self)
        self.export_action.setToolTip(
            self.tr("Export a patient's or a date range's records: PDF, CSV, JSON, FHIR (Ctrl+E)")
        )
        self.export_action.triggered.connect(self.open_export)
        self.profiles_action = QAction(self.tr("Profiles…"), self)
        self.profiles_action.setToolTip(
            self.tr("Nurse profiles: correct your details; administrators deactivate or promote profiles")
        )
        self.profiles_action.triggered.connect(self.open_profiles)
        self.switch_nurse_action = QAction(self.tr("Switch nurse"), self)
        self.switch_nurse_action.setToolTip(self.tr("Hand the workstation to another nurse"))
        self.switch_nurse_action.triggered.connect(self.workstation.sign_out)
        self.toolbar.addAction(self.new_session_action)
        self.toolbar.addAction(self.new_patient_action)
        self.toolbar.addAction(self.lots_action)
        self.toolbar.addAction(self.history_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.profiles_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.nurse_label = QLabel(self.toolbar)
        self.nurse_label.setAccessibleName(self.tr("Signed-in nurse"))
        self.toolbar.addWidget(self.nurse_label)
        self.toolbar.addAction(self.switch_nurse_action)

    def _nurse_changed(self) -> None:
        nurse = self.workstation.nurse
        signed_in = nurse is not None
        if not signed_in:
            self._close_hidden_dialogs()
        self.toolbar.setVisible(signed_in)
        for action in (
            self.new_session_action,
            self.new_patient_action,
            self.lots_action,
            self.history_action,
            self.profiles_action,
            self.switch_nurse_action,
        ):
            action.setEnabled(signed_in)
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
            self.lock_page.refresh()
            self.stack.setCurrentWidget(self.lock_page)

    def _show_unlocked(self) -> None:
        self.toolbar.setVisible(True)
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
        self.session_host.addWidget(self.session_page)
        self.session_host.setCurrentWidget(self.session_page)
        if self.board.selected_id != session_id:
            self.board.select(session_id)

    def open_new_session(self) -> None:
        from ivig_desktop.ui.dialogs.new_session import NewSessionDialog

        self.new_session_dialog = NewSessionDialog(self.workstation, self)
        self.new_session_dialog.started.connect(lambda controller: self.show_session(controller.session_id))
        self.new_session_dialog.finished.connect(self.activateWindow)
        self.new_session_dialog.open()

    def open_new_patient(self) -> None:
        from ivig_desktop.ui.dialogs.patient import PatientDialog

        self.patient_dialog = PatientDialog(self.workstation, self)
        self.patient_dialog.saved.connect(
            lambda patient: self.statusBar().showMessage(
                self.tr("Patient {0} saved.").format(patient.display_name), 10_000
            )
        )
        self.patient_dialog.finished.connect(self.activateWindow)
        self.patient_dialog.open()

    def open_lots(self) -> None:
        from ivig_desktop.ui.dialogs.lots import LotDialog

        self.lot_dialog = LotDialog(self.workstation, self)
        self.lot_dialog.finished.connect(self.activateWindow)
        self.lot_dialog.open()

    def open_profiles(self) -> None:
        from ivig_desktop.ui.dialogs.profiles import ProfilesDialog

        self.profiles_dialog = ProfilesDialog(self.workstation, self)
        self.profiles_dialog.finished.connect(self.activateWindow)
        self.profiles_dialog.open()

    def open_history(self) -> None:
        from ivig_desktop.ui.dialogs.history import HistoryDialog

        self.history_dialog = HistoryDialog(self.workstation, self)
        self.history_dialog.finished.connect(self.activateWindow)
        self.history_dialog.open()

    def open_export(self) -> None:
        from ivig_desktop.ui.dialogs.export import ExportDialog

        self.export_dialog = ExportDialog(self.workstation, self)
        self.export_dialog.finished.connect(self.activateWindow)
        self.export_dialog.open()

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

    # Reliability: read-only banner (another writer, a read-only file, damage found by the daily check), restore
    def _build_reliability(self) -> None:
        self.restart_requested = False  # run_gui reopens the database and a new window when set
        self.restart_notice = ""
        self.restore_dialog: RestoreDialog | None = None
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setMargin(8)
        set_font(self.read_only_banner, 1.1, bold=True)
        self._show_read_only(self.workstation.read_only_reason)
        central = self.central_layout
        central.insertWidget(1, self.read_only_banner)  # under the simulation banner, above the pages

        self.restore_action = QAction(self.tr("Restore from backup…"), self)
        self.restore_action.setToolTip(self.tr("Put back an earlier backup of the database"))
        self.restore_action.triggered.connect(self.open_restore)
        self.toolbar.addAction(self.restore_action)
        self.workstation.nurse_changed.connect(self._update_reliability)
        self._update_reliability()
        for notice in getattr(self.workstation.db, "notices", []):
            self.show_notice(notice)

    def _update_reliability(self) -> None:
        """After each change of nurse (run after _nurse_changed, which sets the title)."""
        read_only = self.workstation.read_only_reason is not None
        self.restore_action.setEnabled(self.workstation.nurse is not None and not read_only)
        if read_only:
            self.setWindowTitle(self.tr("{0} (read-only)").format(self.windowTitle()))

    def show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def _show_read_only(self, reason: str | None) -> None:
        if reason:
            self.read_only_banner.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            text = self.tr("{0} Read-only: you can read the record but not add to it. {1}").format(
                WARNING_SYMBOL, reason
            )
            self.read_only_banner.setText(text)
            self.read_only_banner.setAccessibleName(text)
        self.read_only_banner.setVisible(bool(reason))

    def daily_check_failed(self, report: CheckReport) -> None:
        """The day's full check found a problem. A damaged file: save nothing more into it, and say how to restore
        a backup. A record altered outside the app, or entries lost: said for good in a banner, as `ivig-desktop
        check` says it (the screens show which session; nothing is trusted that the chain does not prove)."""
        from ivig_desktop.ui.housekeeping import altered_text, damaged_reason

        db = self.workstation.db
        if report.kind == "damaged":
            if isinstance(db, IvigDatabase):
                db.damage_found = True  # the next start checks the whole file (store/lock.py)
                db.read_only_reason = damaged_reason(db.path, report.problem or "")
                self._show_read_only(db.read_only_reason)
                self._update_reliability()
            return
        text = altered_text(report)
        self.read_only_banner.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_only_banner.setText(text)
        self.read_only_banner.setAccessibleName(text)
        self.read_only_banner.setVisible(True)

    def open_restore(self) -> None:
        from ivig_desktop.ui.dialogs.restore import RestoreDialog

        self.restore_dialog = RestoreDialog(self.workstation, self)
        self.restore_dialog.restored.connect(self._restored)
        self.restore_dialog.finished.connect(self.activateWindow)
        self.restore_dialog.open()

    def _restored(self, chosen: BackupInfo, before: Path) -> None:
        from ivig_desktop.ui import format as fmt

        self.restart_notice = self.tr(
            "Restored the backup taken {0}. The database as it was just before is kept in {1}."
        ).format(fmt.day_time(chosen.taken_at), before)
        self.restart_requested = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window leaves every session active: they are on the board when the app reopens."""
        self._closed = True
        self.timer.stop()
        if self.housekeeping is not None:
            self.housekeeping.stop()
        app = QApplication.instance()
        if app is not None:
            if self._work is not None:
                app.removeEventFilter(self._work.activity)
            app.removeEventFilter(self.dialog_focus)
        super().closeEvent(event)
