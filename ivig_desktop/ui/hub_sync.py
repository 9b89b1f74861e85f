"""Syncing with the clinic hub in the background, and the status bar's word on it.

When the workstation has joined a hub (`ivig-desktop hub connect`), an exchange (hub/sync.py) runs in a worker
thread (ui/background.py, with its own database connection) every few seconds, and at once after each entry,
never in front of a save or the one-second tick: the window's tick only asks whether one is due, by the clock's
monotonic time. What arrived is folded into the board and the open session on the main thread afterwards.
The status bar always says where the record stands: `Hub: synced 12:03`, or `Hub: offline, 14 entries waiting`
(the hub cannot be reached: the workstation works on and tries again), or `Hub: refused ...` (the hub refused
this workstation's record: the tooltip says why). A workstation without a hub shows nothing of this, as before.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from ivig_desktop.hub.errors import HubError, HubUnreachableError
from ivig_desktop.hub.sync import SyncReport
from ivig_desktop.store import duplicates, hub_link, replica
from ivig_desktop.store.database import IvigDatabase, StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.background import BackgroundOperation, Progress
from ivig_desktop.ui.dialogs.duplicates import DuplicatesDialog
from ivig_desktop.ui.workstation import Workstation

log = logging.getLogger(__name__)

INTERVAL_S = 5.0  # between exchanges while connected
RETRY_S = 30.0  # after a failed one


class HubSync(QObject):
    """The background exchange with the hub for one window (inactive when the workstation has no hub)."""

    status_changed = Signal(str)

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        db = workstation.db
        self.link = hub_link.current(db) if workstation.read_only_reason is None else None
        self._hub: str | None = None
        last = replica.last_pull(db)
        if last is not None:
            self._hub = last.hub
        self._due = 0.0  # monotonic time of the next exchange: the first one at once
        self.operation: BackgroundOperation[SyncReport] | None = None
        self.last_synced: datetime | None = None
        self.duplicates_action = QAction(parent)
        self.duplicates_action.triggered.connect(self.open_duplicates)
        self.duplicates_dialog: DuplicatesDialog | None = None
        self._show_duplicates()
        self.label = QLabel(parent)
        self.label.setAccessibleDescription(self.tr("Hub status"))
        self.label.setVisible(self.active)
        if self.active:
            self._show(self._offline_text() if last is None else self._synced_text(last.at))
        workstation.sessions_changed.connect(self._watch_controllers)
        self._watched: set[int] = set()
        self._watch_controllers()

    @property
    def active(self) -> bool:
        return self.link is not None

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def request(self) -> None:
        """Exchange at the next tick (after an entry)."""
        self._due = 0.0

    def tick(self) -> None:
        """From the window's one-second tick: start an exchange when one is due and none is running."""
        if not self.active or self.running:
            return
        if self._workstation.clock.monotonic() >= self._due:
            self.start()

    def start(self) -> None:
        link = self.link
        db = self._workstation.db
        if link is None or self.running or not isinstance(db, IvigDatabase):
            return
        path, passphrase, now = db.path, db.passphrase, self._workstation.clock.now

        def work(progress: Progress) -> SyncReport:
            from ivig_desktop.hub.sync import sync_once
            from ivig_desktop.store.database import connect

            own = connect(path, passphrase=passphrase)  # the worker's own connection; SQLite orders the writers
            try:
                return sync_once(own, link.url, now, progress=progress)
            finally:
                own.close()

        self.operation = BackgroundOperation(work, self._done, self._failed, parent=self)
        self.operation.start()

    def finish(self, timeout_ms: int = 15_000) -> None:
        """When the window closes: let a running exchange end (it is bounded by the hub's time-outs), stop more."""
        self.link = None
        if self.operation is not None and self.operation.running:
            self.operation.wait(timeout_ms)

    def _done(self, report: SyncReport) -> None:
        self._hub = report.hub
        if self.link is None:
            return  # the window is closing
        self.last_synced = report.at
        self._due = self._workstation.clock.monotonic() + INTERVAL_S
        if report.pulled:
            self._workstation.refresh_from_record()
            self._show_duplicates()
        self._show(self._synced_text(report.at))
        self.label.setToolTip(report.describe())

    def _failed(self, error: Exception) -> None:
        if self.link is None:
            return
        self._due = self._workstation.clock.monotonic() + RETRY_S
        if isinstance(error, HubUnreachableError):
            self._show(self._offline_text())
        elif isinstance(error, HubError | StoreError):
            self._show(self.tr("Hub: refused, {0} waiting (see the tooltip)").format(self._waiting()))
        else:
            log.error("hub sync failed: %s", type(error).__name__)
            self._show(self.tr("Hub: failed, {0} waiting (see the tooltip)").format(self._waiting()))
        self.label.setToolTip(str(error))

    def _waiting(self) -> int:
        return replica.waiting(self._workstation.db, self._hub)

    def _offline_text(self) -> str:
        waiting = self._waiting()
        return self.tr("Hub: offline, {0} {1} waiting").format(waiting, "entry" if waiting == 1 else "entries")

    def _synced_text(self, at: datetime) -> str:
        return self.tr("Hub: synced {0}").format(fmt.time_hm(at))  # the clinic's time, as every screen

    def _show(self, text: str) -> None:
        self.label.setText(text)
        self.status_changed.emit(text)

    def _show_duplicates(self) -> None:
        """A toolbar action while patients made apart share an MRN (never shown without a hub)."""
        count = len(duplicates.possible_duplicates(self._workstation.db)) if self.active else 0
        text = self.tr("Possible duplicates ({0})").format(count)
        self.duplicates_action.setText(text)
        self.duplicates_action.setToolTip(self.tr("Patients with one MRN made on two workstations while apart"))
        self.duplicates_action.setVisible(count > 0)

    def open_duplicates(self) -> None:
        parent = self.parent()
        self.duplicates_dialog = DuplicatesDialog(self._workstation, parent if isinstance(parent, QWidget) else None)
        self.duplicates_dialog.finished.connect(self._show_duplicates)
        self.duplicates_dialog.open()

    def _watch_controllers(self) -> None:
        """Exchange at once after each entry of any session on the board."""
        for controller in self._workstation.controllers():
            if controller.session_id not in self._watched:
                self._watched.add(controller.session_id)
                controller.changed.connect(self.request)
