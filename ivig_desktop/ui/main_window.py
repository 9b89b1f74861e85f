"""The shell: sign-in, then the chair board beside the selected session, with a toolbar and shortcuts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop import APP_NAME
from ivig_desktop.domain.due import DueItem
from ivig_desktop.store.backup import BackupInfo
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui.alerts import AlertCenter, AlertPlayer, SystemAlertPlayer
from ivig_desktop.ui.board import Board
from ivig_desktop.ui.dialogs.history import HistoryDialog
from ivig_desktop.ui.dialogs.lots import LotDialog
from ivig_desktop.ui.dialogs.new_session import NewSessionDialog
from ivig_desktop.ui.dialogs.patient import PatientDialog
from ivig_desktop.ui.dialogs.restore import RestoreDialog
from ivig_desktop.ui.hub_sync import HubSync
from ivig_desktop.ui.lock import ActivityWatcher, LockPage
from ivig_desktop.ui.session.page import SessionPage
from ivig_desktop.ui.sign_in import SignInPage
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font
from ivig_desktop.ui.timer import repaint_timer
from ivig_desktop.ui.widgets.alert_panel import AlertPanel
from ivig_desktop.ui.workstation import Workstation

SIMULATION_TEXT = "SIMULATION - not for patient care"


class MainWindow(QMainWindow):
    def __init__(
        self,
        workstation: Workstation,
        parent: QWidget | None = None,
        *,
        player: AlertPlayer | None = None,
        simulation: bool = False,
    ) -> None:
        super().__init__(parent)
        self.workstation = workstation
        self.simulation = simulation
        self.alerts = AlertCenter(
            self._sessions_due, workstation.config.monitoring, player or SystemAlertPlayer(), self
        )
        self.alerts.attention.connect(lambda: QApplication.alert(self))
        self.session_page: SessionPage | None = None
        self.new_session_dialog: NewSessionDialog | None = None
        self.patient_dialog: PatientDialog | None = None
        self.lot_dialog: LotDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self.stack = QStackedWidget(self)
        self.sign_in_page = SignInPage(workstation, self.stack)
        self.sign_in_page.signed_in.connect(self._show_work)
        self.work_page = QWidget(self.stack)
        self.lock_page = LockPage(workstation, self.alerts, self.stack)
        self.lock_page.unlocked.connect(self._show_unlocked)
        self.lock_page.switch_requested.connect(self.workstation.sign_out)
        self.stack.addWidget(self.sign_in_page)
        self.stack.addWidget(self.work_page)
        self.stack.addWidget(self.lock_page)
        self._hidden_dialogs: list[QDialog] = []
        central = QWidget(self)
        self.central_layout = central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.simulation_banner = QLabel(SIMULATION_TEXT, central)
        self.simulation_banner.setAccessibleName(SIMULATION_TEXT)
        self.simulation_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.simulation_banner.setStyleSheet("background: #b00020; color: white; padding: 6px;")
        set_font(self.simulation_banner, 1.5, bold=True)
        self.simulation_banner.setVisible(simulation)
        central_layout.addWidget(self.simulation_banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.board = Board(workstation, self.alerts, self.work_page)
        self.board.session_selected.connect(self.show_session)
        self.board.setMinimumWidth(300)
        self.alert_panel = AlertPanel(self.alerts, self.work_page)
        self.alert_panel.session_requested.connect(self.show_session)
        left = QWidget(self.work_page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.alert_panel)
        left_layout.addWidget(self.board, 1)
        self.session_host = QStackedWidget(self.work_page)
        self.no_selection = QLabel(self.tr("Select a session on the board, or start a new one (Ctrl+N)."), self)
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection.setWordWrap(True)
        set_font(self.no_selection, 1.2)
        self.session_host.addWidget(self.no_selection)
        splitter = QSplitter(Qt.Orientation.Horizontal, self.work_page)
        splitter.addWidget(left)
        splitter.addWidget(self.session_host)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 940])
        work_layout = QVBoxLayout(self.work_page)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addWidget(splitter)

        self._build_actions()
        self.statusBar().showMessage(self.tr("Database: {0}").format(workstation.db_path))
        workstation.nurse_changed.connect(self._nurse_changed)
        workstation.lock_changed.connect(self._lock_changed)
        self.activity = ActivityWatcher(workstation, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.activity)
        workstation.sessions_changed.connect(self._sessions_changed)

        self.timer = repaint_timer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self._nurse_changed()
        self._build_reliability()
        self.hub_sync = HubSync(workstation, self)  # (inactive, and not shown, without a hub)
        self.statusBar().addPermanentWidget(self.hub_sync.label)
        self.toolbar.insertAction(self.restore_action, self.hub_sync.duplicates_action)

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self.tr("Main"), self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.new_session_action = QAction(self.tr("New session"), self)
        self.new_session_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_session_action.setToolTip(self.tr("Start a session for a patient (Ctrl+N)"))
        self.new_session_action.triggered.connect(self.open_new_session)
        self.new_patient_action = QAction(self.tr("New patient"), self)
        self.new_patient_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.new_patient_action.setToolTip(self.tr("Create a patient record (Ctrl+Shift+P)"))
        self.new_patient_action.triggered.connect(self.open_new_patient)
        self.lots_action = QAction(self.tr("Lot look-up"), self)
        self.lots_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lots_action.setToolTip(self.tr("Every patient and session that received a vial lot (Ctrl+L)"))
        self.lots_action.triggered.connect(self.open_lots)
        self.history_action = QAction(self.tr("Patients && history"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setToolTip(self.tr("Find a patient; see every session, the trend and the records (Ctrl+H)"))
        self.history_action.triggered.connect(self.open_history)
        self.switch_nurse_action = QAction(self.tr("Switch nurse"), self)
        self.switch_nurse_action.setToolTip(self.tr("Hand the workstation to another nurse"))
        self.switch_nurse_action.triggered.connect(self.workstation.sign_out)
        self.toolbar.addAction(self.new_session_action)
        self.toolbar.addAction(self.new_patient_action)
        self.toolbar.addAction(self.lots_action)
        self.toolbar.addAction(self.history_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.nurse_label = QLabel(self.toolbar)
        self.nurse_label.setAccessibleName(self.tr("Signed-in nurse"))
        self.toolbar.addWidget(self.nurse_label)
        self.toolbar.addAction(self.switch_nurse_action)
        acknowledge = QShortcut(QKeySequence("Ctrl+K"), self)
        acknowledge.activated.connect(lambda: self.alerts.acknowledge())
        for position in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{position}"), self)
            shortcut.activated.connect(lambda p=position: self.board.select_position(p))

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
        return f"{SIMULATION_TEXT} · {title}" if self.simulation else title

    def _lock_changed(self) -> None:
        """Locked: hide every patient detail (the pages and any open dialog); the timers and alerts go on."""
        if self.workstation.locked:
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
        self.new_session_dialog = NewSessionDialog(self.workstation, self)
        self.new_session_dialog.started.connect(lambda controller: self.show_session(controller.session_id))
        self.new_session_dialog.finished.connect(self.activateWindow)
        self.new_session_dialog.open()

    def open_new_patient(self) -> None:
        self.patient_dialog = PatientDialog(self.workstation, self)
        self.patient_dialog.saved.connect(
            lambda patient: self.statusBar().showMessage(
                self.tr("Patient {0} saved.").format(patient.display_name), 10_000
            )
        )
        self.patient_dialog.finished.connect(self.activateWindow)
        self.patient_dialog.open()

    def open_lots(self) -> None:
        self.lot_dialog = LotDialog(self.workstation, self)
        self.lot_dialog.finished.connect(self.activateWindow)
        self.lot_dialog.open()

    def open_history(self) -> None:
        self.history_dialog = HistoryDialog(self.workstation, self)
        self.history_dialog.finished.connect(self.activateWindow)
        self.history_dialog.open()

    def tick(self) -> None:
        """Repaint what depends on the time. Deadlines come from recorded times and the clock, not from ticks."""
        now = self.workstation.clock.now()
        self.workstation.lock_if_idle()
        self.alert_panel.now = now
        self.lock_page.alert_panel.now = now
        self.alerts.refresh(now, self.workstation.clock.monotonic())
        self.board.tick(now)
        if self.session_page is not None:
            self.session_page.tick(now)
        self._daily_backup()
        self.hub_sync.tick()

    def _sessions_due(self, now: datetime) -> list[tuple[int, str, list[DueItem]]]:
        policy = self.workstation.config.monitoring
        return [
            (c.session_id, c.session.header.location, c.session.due(now, policy))
            for c in self.workstation.controllers()
        ]

    # Reliability: read-only banner, daily backup while running, restore from backup (then restart)
    def _build_reliability(self) -> None:
        self.restart_requested = False  # run_gui reopens the database and a new window when set
        self.restart_notice = ""
        self.restore_dialog: RestoreDialog | None = None
        self._backup_retry_at = 0.0
        reason = self.workstation.read_only_reason
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_only_banner.setMargin(8)
        set_font(self.read_only_banner, 1.1, bold=True)
        if reason:
            text = self.tr("{0} Read-only: you can read the record but not add to it. {1}").format(
                WARNING_SYMBOL, reason
            )
            self.read_only_banner.setText(text)
            self.read_only_banner.setAccessibleName(text)
        self.read_only_banner.setVisible(bool(reason))
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

    def _daily_backup(self) -> None:
        """Take the day's backup when the app runs past midnight (UTC); after a failure, retry in 10 minutes."""
        if self.workstation.read_only_reason is not None:
            return
        clock = self.workstation.backup_clock
        if clock.monotonic() < self._backup_retry_at:
            return
        try:
            self.workstation.daily_backup()
        except StoreError as error:
            self._backup_retry_at = clock.monotonic() + 600
            self.show_notice(self.tr("Today's automatic backup could not be made: {0}").format(error))

    def open_restore(self) -> None:
        self.restore_dialog = RestoreDialog(self.workstation, self)
        self.restore_dialog.restored.connect(self._restored)
        self.restore_dialog.finished.connect(self.activateWindow)
        self.restore_dialog.open()

    def _restored(self, chosen: BackupInfo, before: Path) -> None:
        self.restart_notice = self.tr(
            "Restored the backup taken {0}. The database as it was just before is kept in {1}."
        ).format(chosen.taken_at.astimezone().strftime("%a %d %b %Y %H:%M"), before)
        self.restart_requested = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window leaves every session active: they are on the board when the app reopens."""
        self.timer.stop()
        self.hub_sync.finish()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.activity)
        super().closeEvent(event)
